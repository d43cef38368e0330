import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { builtInRecognizers } from '../../src/detect/recognizers/index.js'

// recheck's pure-JS backend: no JVM or native agent to start, the same result on every
// machine. It reads this variable on each call, so it must be set before the first check.
process.env.RECHECK_BACKEND = 'pure'
const { check } = await import('recheck')

/**
 * Milliseconds recheck may spend on one pattern before the answer is 'unknown' (a failure).
 * The slowest patterns (city after a label, the capitalised-word pass) take 8 to 18 s on an
 * idle 2-core machine; the budget leaves room for a busy CI machine, so that a failure means a
 * pattern grew harder to prove, not that the machine was slow.
 */
const CHECK_TIMEOUT_MS = 60_000

/**
 * Recognizers that run no regular expression over text (they reuse other recognizers'
 * candidates, for example), with the reason. Every other recognizer must list a pattern.
 */
const PATTERN_FREE: ReadonlyMap<string, string> = new Map([])

const recognizers = builtInRecognizers()

describe('every built-in recognizer lists the patterns it runs', () => {
  test('there is at least one built-in recognizer', () => assert.ok(recognizers.length > 0))
  for (const recognizer of recognizers) {
    test(recognizer.name, () => {
      if (PATTERN_FREE.has(recognizer.name)) return

      assert.ok(
        recognizer.patterns.length > 0,
        `recognizer "${recognizer.name}" lists no pattern; list every RegExp it runs, or add ` +
          'it to PATTERN_FREE with the reason',
      )
    })
  }
})

// The same RegExp object may be shared by several recognizers: check it once.
const seen = new Set<RegExp>()
const patterns: Array<{ owner: string; index: number; pattern: RegExp }> = []
for (const recognizer of recognizers) {
  recognizer.patterns.forEach((pattern, index) => {
    if (seen.has(pattern)) return
    seen.add(pattern)
    patterns.push({ owner: recognizer.name, index, pattern })
  })
}

describe('every built-in pattern is free of catastrophic backtracking (recheck)', () => {
  for (const { owner, index, pattern } of patterns) {
    const title = `${owner} pattern ${index}: /${pattern.source.slice(0, 50)}/${pattern.flags}`
    test(title, async () => {
      // RE2 objects (configuration patterns) are linear by construction; recheck reads V8 syntax.
      if (!(pattern instanceof RegExp)) return

      const diagnostics = await check(pattern.source, pattern.flags, { timeout: CHECK_TIMEOUT_MS })
      switch (diagnostics.status) {
        case 'safe':
          return
        case 'vulnerable':
          assert.fail(
            `/${pattern.source}/${pattern.flags} of "${owner}" is ReDoS-vulnerable ` +
              `(${diagnostics.complexity.summary}); attack string: ${diagnostics.attack.pattern}`,
          )
          break
        case 'unknown':
          // No proof either way is not a pass: a pattern we cannot check we cannot ship.
          assert.fail(
            `/${pattern.source}/${pattern.flags} of "${owner}" could not be checked: ` +
              JSON.stringify(diagnostics.error),
          )
      }
    })
  }
})
