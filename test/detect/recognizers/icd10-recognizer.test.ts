import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { Detector } from '../../../src/detect/detector.js'
import { icd10Recognizer } from '../../../src/detect/recognizers/icd10-recognizer.js'
import { ScanDocument } from '../../../src/detect/scan-document.js'

/** Codes the full pipeline keeps (context applied, low scores dropped). */
function reported(text: string): string[] {
  const detector = new Detector({ builtIns: false, recognizers: [icd10Recognizer] })
  return detector.scan(text).findings.map((f) => text.slice(f.start, f.end))
}

describe('icd10: codes are kept where they read as diagnoses', () => {
  const rows: Array<[name: string, text: string, want: string[]]> = [
    // In parentheses after the diagnosis
    ['after a diagnosis', 'history of community-acquired pneumonia (J18.9)', ['J18.9']],
    [
      'with the ICD-10 label in parentheses',
      'osteoarthritis of the knee (ICD-10 M17.11)',
      ['M17.11'],
    ],
    // A bare code is weak alone but strong after "Dx"
    ['bare code after Dx', 'Dx: I10, stable', ['I10']],
    // A dotted code alone is fair
    ['dotted code alone', 'Assessment: E05.00 stable', ['E05.00']],
    // HL7 DG1 segment
    ['DG1 segment', 'DG1|1||I50.9^CONGESTIVE HEART FAILURE^I10||', ['I50.9', 'I10']],
    // Under a DX column header in a claim table
    [
      'claim table column',
      'LN  DOS         CPT    DX       UNITS\n01  02/10/23  99232  G20      4',
      ['G20'],
    ],
  ]
  for (const [name, text, want] of rows) {
    test(name, () => assert.deepEqual(reported(text), want))
  }
})

describe('icd10: look-alikes are not codes', () => {
  const rows: Array<[name: string, text: string]> = [
    // A vitamin, not a code: bare and without context
    ['vitamin B12', 'started vitamin B12 supplements'],
    // Inside longer tokens
    ['inside an MRN', 'MRN E1234567'],
    ['inside SpO2 and A1c', 'SpO2 97%, A1c 8.1%'],
    // A version number with more parts
    ['version number', 'upgraded to V10.5.8 today'],
    // U codes are not ICD-10-CM
    ['U code', 'code U07.1 (WHO)'],
  ]
  for (const [name, text] of rows) {
    test(name, () => assert.deepEqual(reported(text), []))
  }
})

test('icd10: a bare code is proposed with a low score, for context to decide', () => {
  const [candidate] = icd10Recognizer.find(new ScanDocument('take B12 daily'), [])

  assert.ok(candidate && candidate.score < 0.5)
})
