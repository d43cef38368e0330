import assert from 'node:assert/strict'
import { Readable, Writable } from 'node:stream'
import { describe, test } from 'node:test'

import { runDetect } from '../../src/cli/detect-command.js'

async function detect(lines: string[]): Promise<{ code: number; replies: unknown[] }> {
  let text = ''
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8')
      done()
    },
  })
  const code = await runDetect(Readable.from([lines.join('\n')]), out, {})
  const replies = text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as unknown)

  return { code, replies }
}

describe('phiguard detect --jsonl', () => {
  test('answers each line in order with start, end, type and score only', async () => {
    const { code, replies } = await detect([
      JSON.stringify({ id: 'b', text: 'Nothing to see here.' }),
      JSON.stringify({ id: 'a', text: 'SSN 345-67-8912' }),
    ])

    assert.equal(code, 0)
    assert.deepEqual(replies[0], { id: 'b', findings: [] })
    const { id, findings } = replies[1] as { id: string; findings: Array<{ score: number }> }
    assert.equal(id, 'a')
    assert.equal(findings.length, 1)
    const { score, ...span } = findings[0] ?? { score: -1 }
    assert.deepEqual(span, { start: 4, end: 15, type: 'SSN' })
    assert.ok(score >= 0.5 && score <= 1, `score ${score} out of range`)
  })

  test('a line that is not a request gets an error naming the line, and exit code 2', async () => {
    const { code, replies } = await detect([
      '{not json',
      JSON.stringify({ id: 'x', text: 42 }),
      JSON.stringify({ id: 'y', text: 'fine' }),
    ])

    assert.equal(code, 2)
    assert.match((replies[0] as { error: string }).error, /^line 1: /)
    assert.deepEqual(replies[1], { id: null, error: 'line 2: "text" must be a string' })
    assert.deepEqual(replies[2], { id: 'y', findings: [] })
  })
})
