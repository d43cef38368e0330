import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { Detector } from '../../../src/detect/detector.js'
import { ndcRecognizer } from '../../../src/detect/recognizers/ndc-recognizer.js'

function reported(text: string): string[] {
  const detector = new Detector({ builtIns: false, recognizers: [ndcRecognizer] })
  return detector.scan(text).findings.map((f) => text.slice(f.start, f.end))
}

describe('ndc: drug codes in FDA layouts', () => {
  const rows: Array<[name: string, text: string, want: string[]]> = [
    // Each FDA layout after the NDC label
    ['4-4-2 after NDC', 'NDC 0002-1433-80', ['0002-1433-80']],
    ['5-3-2 after NDC', 'NDC: 12345-678-90', ['12345-678-90']],
    ['5-4-1 near a drug word', 'Drug dispensed: 12345-6789-1', ['12345-6789-1']],
    // Eleven bare digits right after the label (HIPAA billing form)
    ['11 digits after NDC', 'NDC# 00002143380 x30', ['00002143380']],
  ]
  for (const [name, text, want] of rows) {
    test(name, () => assert.deepEqual(reported(text), want))
  }
})

describe('ndc: other dashed numbers are not drug codes', () => {
  const rows: Array<[name: string, text: string]> = [
    // A catalogue number without drug context stays below the threshold
    ['catalogue number alone', 'Item 12345-678-90 in stock'],
    // Wrong layouts
    ['SSN layout', 'NDC 123-45-6789'],
    ['phone number', 'call 1-312-555-0199'],
    // Eleven digits without the label
    ['eleven digits alone', 'ref 00002143380'],
  ]
  for (const [name, text] of rows) {
    test(name, () => assert.deepEqual(reported(text), []))
  }
})
