import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { Detector } from '../../src/detect/detector.js'

/** Hostile inputs of a few hundred KB each (RELIABILITY.md section 2, "near-miss ReDoS"). */
const SIZE = 300_000
const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE)

const CEILING_MS = 10_000

/** `garbage`: true where the input holds no identifier, so 0 findings is the right answer. */
const CORPUS: Array<{ name: string; text: string; garbage: boolean }> = [
  { name: 'run of digits', text: fill('7'), garbage: false },
  { name: '"1-1-1-1..."', text: fill('1-'), garbage: false },
  { name: '"1.1.1.1..."', text: fill('1.'), garbage: false },
  { name: '"1 1 1 1..."', text: fill('1 '), garbage: false },
  { name: '"12-34-12-34..."', text: fill('12-34-'), garbage: false },
  { name: '"(1)(1)..."', text: fill('(1)'), garbage: false },
  { name: '"a.a.a..."', text: fill('a.'), garbage: true },
  { name: '"a@a@a..."', text: fill('a@'), garbage: true },
  { name: '"a@a.a@a."', text: fill('a@a.'), garbage: true },
  { name: 'capitalised words', text: fill('Alpha Beta '), garbage: false },
  { name: 'capitalised words with commas', text: fill('Smith, John, '), garbage: false },
  { name: '"^" run', text: fill('^'), garbage: true },
  { name: '"http://" then dots', text: `http://${fill('.')}`, garbage: true },
  { name: '"http://a." repeated', text: fill('http://a.'), garbage: false },
  { name: 'base64-ish run', text: fill('QUJD'), garbage: false },
  { name: 'base64 lines', text: fill('QUJDRUZHSElKS0xNTk9Q\n'), garbage: false },
  { name: 'nested HTML entities', text: fill('&amp;amp;#x35;'), garbage: true },
  { name: 'numeric HTML entities of digits', text: fill('&#53;'), garbage: false },
  {
    name: 'zero-width between every character',
    text: [...fill('abc 12 ')].join('\u200b'),
    garbage: false,
  },
  { name: 'spaces and tabs', text: fill(' \t'), garbage: true },
  { name: 'label runs "MRN: MRN: "', text: fill('MRN: '), garbage: true },
  { name: '"#" and tabs', text: `###${fill('\t')}##.`, garbage: true },
  { name: 'colons and tabs', text: fill('Site \t\t'), garbage: false },
  { name: 'dates without end', text: fill('1/1/'), garbage: false },
]

describe('pathological input: the default detector finishes, does not throw', () => {
  const detector = new Detector()
  for (const { name, text, garbage } of CORPUS) {
    test(`${name} (${text.length} chars)`, (t) => {
      const started = performance.now()
      const result = detector.scan(text)
      const elapsed = Math.round(performance.now() - started)
      t.diagnostic(`${elapsed} ms, ${result.findings.length} findings`)

      // A safety bound against catastrophic backtracking, not a speed target.
      assert.ok(elapsed < CEILING_MS, `${name} took ${elapsed} ms`)
      if (garbage) assert.equal(result.findings.length, 0, `${name} gave findings`)
    })
  }
})
