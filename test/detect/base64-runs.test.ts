import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { findBase64Runs } from '../../src/detect/base64-runs.js'

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64')

describe('findBase64Runs', () => {
  test('decodes a run that holds text and reports where it stands', () => {
    const run = b64('Patient SSN 345-67-8912')
    const text = `see ${run} above`

    assert.deepEqual(findBase64Runs(text), [
      { start: 4, end: 4 + run.length, text: 'Patient SSN 345-67-8912' },
    ])
  })

  test('joins a run that MIME wrapped over several lines', () => {
    const lines =
      b64('Jane Roe was seen today; call her on 312 555 0199. '.repeat(3)).match(/.{1,76}/g) ?? []
    const wrapped = lines.join('\r\n')
    const text = `Content-Transfer-Encoding: base64\r\n\r\n${wrapped}\r\n\r\n--boundary`

    const runs = findBase64Runs(text)

    assert.equal(runs.length, 1)
    assert.equal(runs[0]?.start, text.indexOf(wrapped))
    assert.equal(runs[0].end, text.indexOf(wrapped) + wrapped.length)
    assert.match(runs[0].text, /^Jane Roe was seen today/)
  })

  // [what, text]
  const ignored: Array<[string, string]> = [
    ['long words of prose', 'electroencephalography and hypercholesterolemia were discussed'],
    ['identifiers that mix letters and digits', 'accession ACC96025255 and claim CLM38958864'],
    [
      'base64 of binary data',
      `blob ${Buffer.from([0, 1, 2, 250, 251, 252, 253, 9, 8, 7, 6, 5, 4]).toString('base64')}`,
    ],
    ['a short run', `x ${b64('hi there')} y`],
  ]
  for (const [what, text] of ignored) {
    test(`ignores ${what}`, () => {
      assert.deepEqual(findBase64Runs(text), [])
    })
  }

  test('stops at the configured number of runs', () => {
    const run = b64('Seen by Dr. Okafor on 03/04/2021.')
    const text = Array.from({ length: 10 }, () => run).join(' ')

    assert.equal(findBase64Runs(text, { maxRuns: 3, maxDecodedChars: 1 << 20 }).length, 3)
  })
})
