import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { wordListRecognizer } from '../../../src/detect/custom/word-list-recognizer.js'
import { Detector } from '../../../src/detect/detector.js'
import { ScanDocument } from '../../../src/detect/scan-document.js'

const wards = wordListRecognizer({
  name: 'wards',
  type: 'LOCATION_OTHER',
  words: ['Ward 7B', 'Rosewood', 'Rosewood Unit', 'São Paulo Wing', 'covid-19'],
})

function found(text: string): string[] {
  return wards.find(new ScanDocument(text), []).map((c) => text.slice(c.start, c.end))
}

describe('wordListRecognizer: whole words, any case', () => {
  const rows: Array<[name: string, text: string, want: string[]]> = [
    ['exact word', 'moved to Rosewood today', ['Rosewood']],
    ['other case', 'moved to ROSEWOOD today', ['ROSEWOOD']],
    ['longest phrase wins', 'in Rosewood Unit now', ['Rosewood Unit']],
    ['phrase with more white space', 'on ward\n  7b since', ['ward\n  7b']],
    ['not inside a longer word', 'Rosewoods and XRosewood', []],
    ['next to digits is not whole', 'Rosewood2 and 1Rosewood', []],
    ['punctuation is a boundary', '(Rosewood), Rosewood.', ['Rosewood', 'Rosewood']],
    ['adjacent matches share one separator', 'Rosewood Rosewood', ['Rosewood', 'Rosewood']],
    ['start and end of text', 'Rosewood', ['Rosewood']],
    ['accented phrase, case folded', 'the SÃO PAULO WING', ['SÃO PAULO WING']],
    ['accented letter is not a boundary', 'éRosewood', []],
    ['hyphenated entry', 'tested covid-19 positive', ['covid-19']],
    ['longer falls back to shorter when not whole', 'Rosewood Units', ['Rosewood']],
  ]
  for (const [name, text, want] of rows) {
    test(name, () => assert.deepEqual(found(text), want))
  }

  test('offsets are UTF-16 after emoji and accents', () => {
    const text = '😀 café 👩‍⚕️ Ward 7B'
    const [candidate] = wards.find(new ScanDocument(text), [])
    assert.equal(candidate?.start, text.indexOf('Ward 7B'))
    assert.equal(candidate.end, text.length)
  })

  test('entries are escaped, not read as patterns', () => {
    const list = wordListRecognizer({ name: 'x', type: 'OTHER_ID', words: ['a.b', '(c)+'] })
    const text = 'axb a.b (c)+ cc'
    assert.deepEqual(
      list.find(new ScanDocument(text), []).map((c) => text.slice(c.start, c.end)),
      ['a.b', '(c)+'],
    )
  })

  test('an empty list is a TypeError', () => {
    assert.throws(() => wordListRecognizer({ name: 'none', type: 'OTHER_ID', words: [' ', ''] }), {
      name: 'TypeError',
      message: 'word list "none" holds no word',
    })
  })

  test('runs inside the detector with its type and score', () => {
    const detector = new Detector({ builtIns: false, recognizers: [wards] })
    const [finding] = detector.scan('admitted to Rosewood Unit').findings
    assert.equal(finding?.type, 'LOCATION_OTHER')
    assert.equal(finding.score, 0.6)
    assert.equal(finding.explanation.pattern, 'wards (word list)')
  })

  test('20,000 words compile into one matcher and scan 1 MB in bounded time', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `term${i}x`)
    const big = wordListRecognizer({ name: 'big', type: 'MEDICATION', words })
    const text = 'lorem ipsum term123x dolor sit amet '.repeat(30_000)
    const started = performance.now()
    const hits = big.find(new ScanDocument(text), [])
    const elapsed = performance.now() - started
    assert.equal(hits.length, 30_000)
    assert.ok(elapsed < 10_000, `took ${elapsed} ms`)
  })
})
