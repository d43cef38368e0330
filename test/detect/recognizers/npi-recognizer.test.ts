import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { npiRecognizer } from '../../../src/detect/recognizers/npi-recognizer.js'
import { findWith } from '../../support/recognizer-findings.js'

describe('npi recognizer', () => {
  const rows: Array<[text: string, expected: string[], why: string]> = [
    ['NPI: 1234567893', ['1234567893'], 'labelled'],
    ['Ordering: Dr. Ann Lee (NPI 1245319599)', ['1245319599'], 'in parentheses'],
    ['PV1|1|I|ED^421^A^RMC||||1234567893^STRONG^BRYANT^N^^^^MD|||', ['1234567893'], 'HL7 XCN'],
    [
      'FT1|1|||20260105||CG|99213^OFFICE VISIT^CPT||1|||||||||I10^^I10|1234567893',
      ['1234567893'],
      'HL7 FT1 provider field with the ID alone',
    ],
    ['ORC|NW|55012||||||||||1245319599|', ['1245319599'], 'HL7 ORC-12 ordering provider alone'],
    ['FT1|1|||1234567893||CG', [], 'HL7 field that holds no provider'],
    ['ZX1|1|||||||||||||||||||1234567893', [], 'a segment with no known provider field'],
    ['Provider 1234567893', [], 'no NPI label: one number in ten passes Luhn by chance'],
    ['NPI: 1234567890', [], 'wrong check digit'],
    ['Phone 2345678903', [], 'a phone label, not an NPI label'],
    ['"reference": "Practitioner/npi-1234567893"', ['1234567893'], 'an npi- tag in a reference'],
    ['/providers/NPI-1245319599/profile', ['1245319599'], 'an NPI- tag in a URL path'],
    ['REF-1234567893', [], 'a hyphen after another code'],
    ['npi-1234567893-2', [], 'a longer code after the tag'],
  ]
  for (const [text, expected, why] of rows) {
    test(why, () => {
      const found = findWith(npiRecognizer, text)
      assert.deepEqual(
        found.map((f) => f.value),
        expected,
      )
      assert.ok(found.every((f) => f.type === 'NPI'))
    })
  }
})
