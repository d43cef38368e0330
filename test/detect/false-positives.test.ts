import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { Detector } from '../../src/detect/detector.js'

const detector = new Detector()

/** Identifier findings only: codes, diagnoses and drugs are health information, not PHI alone. */
function identifiers(text: string): string[] {
  return detector
    .scan(text)
    .findings.filter((f) => f.kind === 'identifier')
    .map((f) => `${f.type} ${text.slice(f.start, f.end)}`)
}

describe('benign text yields no identifiers', () => {
  // [what, text]
  const rows: Array<[string, string]> = [
    ['an order number', 'Order #4417-2209-8812 shipped; tracking 1Z999AA10123456784.'],
    ['a part number and quantity', 'Replace filter P/N 3M-7093C (qty 12) on the air handler.'],
    ['an ISBN', 'See Harrison, 21st ed., ISBN 978-1-264-26850-4, chapter 12.'],
    ['a UUID', 'request 3f2b8c1e-9a4d-4e2b-8f6a-1c2d3e4f5a6b failed with 503'],
    ['a software version', 'Upgraded libfoo from 10.5.8.22 to 10.5.9.1 (build 20240117).'],
    ['ICD-10 and CPT codes', 'Billing: ICD-10 E11.9, I10; CPT 99214, 93000.'],
    ['a LOINC code and a value', 'LOINC 4548-4 HbA1c 7.2 %'],
    ['vital signs', 'BP 132/84, HR 72, RR 16, SpO2 97% on RA, T 37.1 C.'],
    ['doses and times', 'Give 2.5 mg at 0800 and 1/2 tab at 2000; max 4 g/24 h.'],
    ['a reference range', 'Hemoglobin reference 12.0-16.0 g/dL; platelets 150-400.'],
    ['a year alone', 'Guideline reviewed 2021 and reaffirmed 2024.'],
    ['an invalid SSN in an invoice', 'Reference: 000-12-3456; Batch 666-45-1234.'],
    ['a Luhn-failing 16-digit number', 'Control # 4111 1111 1111 1112'],
    ['an eponym', "Parkinson's disease with a Foley catheter; Murphy sign negative."],
    ['a recipe', 'Whisk 2 eggs, fold in 1 1/2 cups flour, bake at 350 F for 25 minutes.'],
  ]
  for (const [what, text] of rows) {
    test(what, () => {
      assert.deepEqual(identifiers(text), [])
    })
  }
})
