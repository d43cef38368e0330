import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { ssnRecognizer } from '../../../src/detect/recognizers/ssn-recognizer.js'
import { findWith } from '../../support/recognizer-findings.js'

describe('ssn recognizer', () => {
  const rows: Array<[text: string, expected: string[], why: string]> = [
    ['SSN: 443-03-7368', ['443-03-7368'], 'labelled, dashes'],
    ['Social Security #: 723 35 2428', ['723 35 2428'], 'labelled, spaces'],
    ['Social Security #: 723352428', ['723352428'], 'labelled, bare digits'],
    ['Pt reports 443-03-7368 on file', ['443-03-7368'], 'formatted and valid: strong alone'],
    ['Call 723352428 today', [], 'nine bare digits without a label are weak'],
    ['PID|1||00306297^^^LAB01^MR~221930096^^^SSA^SS||DOE^JANE', ['221930096'], 'HL7 PID-3 SSA'],
    ['PID|1||123^^^MR||DOE^J||19700101|F|||||||||||219099998|', ['219099998'], 'HL7 PID-19'],
    ['Reference 000-12-3456', [], 'area 000 is never issued'],
    ['Batch 666-12-3456', [], 'area 666 is never issued'],
    ['Schema migration 912-34-5678', [], 'area 9xx is never issued'],
    ['Invoice 123-00-4567', [], 'group 00 is never issued'],
    ['Batch 443-03-7368 posted', [], 'a batch label before a valid-looking number'],
    ['SSN 078-05-1120', [], 'the advertised Woolworth number'],
    ['Acct 078051121 SSN: 443037368', ['443037368'], 'the nearest label decides'],
  ]
  for (const [text, expected, why] of rows) {
    test(why, () => {
      const found = findWith(ssnRecognizer, text)
      assert.deepEqual(
        found.map((f) => f.value),
        expected,
      )
      assert.ok(found.every((f) => f.type === 'SSN'))
    })
  }
})
