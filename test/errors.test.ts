import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'

import { ERROR_CODES } from '../src/errors.js'

/** Codes listed in the first column of docs/errors.md's table, in order. */
function documentedCodes(): string[] {
  const markdown = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8')
  const codes: string[] = []
  for (const line of markdown.split('\n')) {
    const match = /^\|\s*`([A-Z0-9_]+)`\s*\|/.exec(line)
    if (match) codes.push(match[1]!)
  }

  return codes
}

test('docs/errors.md lists every code of ERROR_CODES', () => {
  const documented = new Set(documentedCodes())
  const missing = Object.keys(ERROR_CODES).filter((code) => !documented.has(code))

  assert.deepEqual(missing, [], `add these codes to docs/errors.md: ${missing.join(', ')}`)
})

test('docs/errors.md lists no code that ERROR_CODES does not have', () => {
  const stale = documentedCodes().filter((code) => !Object.hasOwn(ERROR_CODES, code))

  assert.deepEqual(stale, [], `remove these codes from docs/errors.md: ${stale.join(', ')}`)
})

test('docs/errors.md lists each code once', () => {
  const codes = documentedCodes()
  const repeated = codes.filter((code, i) => codes.indexOf(code) !== i)

  assert.deepEqual(repeated, [])
  assert.ok(codes.length > 0, 'the table of codes was not found in docs/errors.md')
})
