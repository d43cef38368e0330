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
    ['Temp 99F, Tmax 100F overnight', 'temperatures in Fahrenheit'],
    ['T 98 F, HR 94, Sat, 95, on RA', 'vitals with their labels'],
    ['Glucose, 96, fasting', 'a lab value between commas'],
  ]
  for (const [text, why] of rows) {
    test(why, () => {
      assert.deepEqual(agesIn(text), [])
    })
  }
})

describe('ages in forms, prose and words', () => {
  type FoundRow = [text: string, expected: string[]]
  const rows: FoundRow[] = [
    ['4a. Age (years): 94     4b. Under 1 year', ['94']], // form label with a unit
    ['DOB: 1931-08-19    AGE: 92Y', ['92']], // a unit letter after the number
    ['Pt 95yrs, lives alone', ['95']],
    ['my mom is 93 and she wants to come', ['93']], // a verb and a clause end
    ['her aunt, now 97, is in memory care', ['97']],
    ['can my grandma come, shes 92 lol', ['92']],
    ['Pt is ninety-six years old, alert', ['ninety-six']], // words
    ['described as "ninety-four and sharp"', ['ninety-four']],
    ['She turned one hundred and two.', ['one hundred and two']],
    // a name, then the age with the sex (census and handoff lines)
    ['Bed 12  Okonjo, Adaeze  93F  full code', ['93']],
    ['Rm 7 Halvorsen 101M DNR', ['101']],
    ['Mr Pettigrew (96 M) resting', ['96']],
    // an appositive age between commas after the name
    ['seen today: Winifred Ashby, 98, with her daughter', ['98']],
  ]
  for (const [text, expected] of rows) {
    test(JSON.stringify(text), () => {
      assert.deepEqual(agesIn(text), expected)
    })
  }
})

describe('values after a verb and numbers in words are not always ages', () => {
  type NearMissRow = [text: string, why: string]
  const rows: NearMissRow[] = [
    ['HR is 92 and regular', 'a heart rate'],
    ['sat is 93% on room air', 'a saturation'],
    ['weight now 95 kg', 'a weight'],
    ['ninety minutes later she woke', 'a duration in words'],
    ['about ninety, give or take', 'a count in words'],
    ['she is 45 and healthy', 'an age under 90'],
  ]
  for (const [text, why] of rows) {
    test(why, () => {
      assert.deepEqual(agesIn(text), [])
    })
  }
})

test('an open age bracket is a population, not a person', () => {
  assert.deepEqual(agesIn('214 patients were aged 90 or older; 12 aged 95+'), [])
})

test('a relative who lived to or died at an age', () => {
  assert.deepEqual(agesIn('mother lived to 94; father died at 91.'), ['94', '91'])
})
