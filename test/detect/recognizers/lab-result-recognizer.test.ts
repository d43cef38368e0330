import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { Detector } from '../../../src/detect/detector.js'
import { isValidLoinc } from '../../../src/detect/validators/loinc.js'

const detector = new Detector()

function labResults(text: string): string[] {
  return detector
    .scan(text)
    .findings.filter((f) => f.type === 'LAB_RESULT')
    .map((f) => text.slice(f.start, f.end))
}

describe('lab results', () => {
  // [what, text, the spans expected]
  const rows: Array<[string, string, string[]]> = [
    ['a value with a mass unit', 'Hemoglobin 14.5 g/dL today', ['14.5 g/dL']],
    ['a molar unit without a space', 'K 5.2mmol/L', ['5.2mmol/L']],
    ['a count per microlitre', 'Platelets 211 x10^3/uL', ['211 x10^3/uL']],
    ['a rate', 'eGFR 55 mL/min/1.73m2', ['55 mL/min']],
    ['a LOINC code after its label', 'Creatinine LOINC 2160-0', ['2160-0']],
    ['a date is not a unit', 'seen 03/04/2021 and 3/4', []],
    ['a dose per kilogram is treatment, not a result', 'heparin 80 U/kg bolus', []],
    ['an enzyme activity', 'ALT 45 U/L', ['45 U/L']],
    ['a fraction in prose is not a result', 'and/or 1/2 of the dose', []],
  ]
  for (const [what, text, expected] of rows) {
    test(what, () => {
      assert.deepEqual(labResults(text), expected)
    })
  }

  test('make a lab report with a patient name PHI rather than PII', () => {
    const report = 'Patient: Okafor, Adaeze   MRN 4995008\nGlucose 105 mg/dL\nLDL 175 mg/dL'

    assert.equal(detector.scan(report).verdict, 'phi')
  })
})

describe('isValidLoinc', () => {
  // [code, valid?]
  const rows: Array<[string, boolean]> = [
    ['2160-0', true], // creatinine
    ['4548-4', true], // haemoglobin A1c
    ['718-7', true], // haemoglobin
    ['2160-1', false], // wrong check digit
    ['54570-6', false],
    ['21600', false], // no dash
  ]
  for (const [code, valid] of rows) {
    test(`${code} is ${valid ? 'valid' : 'not valid'}`, () => {
      assert.equal(isValidLoinc(code), valid)
    })
  }
})
