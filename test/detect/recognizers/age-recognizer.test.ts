import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { ageRecognizer } from '../../../src/detect/recognizers/age-recognizer.js'
import { ScanDocument } from '../../../src/detect/scan-document.js'

function agesIn(text: string): string[] {
  return ageRecognizer
    .find(new ScanDocument(text), [])
    .filter((c) => c.score >= 0.5)
    .map((c) => text.slice(c.start, c.end))
}

describe('ages of 90 and over are found, the number only', () => {
  type FoundRow = [text: string, expected: string[]]
  const rows: FoundRow[] = [
    ['a 92-year-old woman', ['92']], // hyphenated phrase
    ['She is 92 years old.', ['92']], // spelled out
    ['Age: 99   Sex: F', ['99']], // label
    ['aged 101, lives alone', ['101']], // "aged"
    ['A 93 yo man, a 94 y/o woman', ['93', '94']], // abbreviations
    ['Pt is a 101yo male', ['101']], // abbreviation without a space
    ['Dmitri turned 101 last spring.', ['101']], // "turned"
    ['Age: 90.', ['90']], // the boundary value, then a full stop
  ]
  for (const [text, expected] of rows) {
    test(JSON.stringify(text), () => {
      assert.deepEqual(agesIn(text), expected)
    })
  }
})

describe('ages under 90 and other numbers are not ages', () => {
  type NearMissRow = [text: string, why: string]
  const rows: NearMissRow[] = [
    ['a 45-year-old man, Age: 89', 'ages under 90 are not identifiers'],
    ['HR 92, SpO2 95%, Temp 98.6', 'vital signs'],
    ['Room 95, bed 101', 'numbers without age wording'],
    ['Age: 92.5 kg', 'a decimal is not an age'],
  ]
  for (const [text, why] of rows) {
    test(why, () => {
      assert.deepEqual(agesIn(text), [])
    })
  }
})
