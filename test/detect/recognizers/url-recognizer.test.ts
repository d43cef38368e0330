import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { urlRecognizer } from '../../../src/detect/recognizers/url-recognizer.js'
import { ScanDocument } from '../../../src/detect/scan-document.js'
import { findWith } from '../../support/recognizer-findings.js'
import { validatorjsTable } from '../../support/vectors.js'

// Schemed ASCII URLs without quotes or a trailing punctuation mark, as they appear in text.
const PLAIN = /^https?:\/\/[\w.:@[\]~%/?#=&+$-]+[\w/\]]$/i

describe('url recognizer reads the validator.js URLs whole', () => {
  const valid = (validatorjsTable('isURL', 382).valid ?? []).filter((v) => PLAIN.test(v))
  test('the table has schemed URLs to try', () => assert.ok(valid.length > 10))
  for (const value of valid) {
    test(value, () => {
      const text = `sent a link to ${value} today`
      const candidates = urlRecognizer.find(new ScanDocument(text), [])
      assert.deepEqual(
        candidates.map((c) => text.slice(c.start, c.end)),
        [value],
      )
    })
  }
})

describe('url recognizer reports links that can point at a person', () => {
  const rows: Array<[text: string, expected: string[], why: string]> = [
    [
      'sent a link to https://mychart.example.org/reset?u=5483236. Thanks',
      ['https://mychart.example.org/reset?u=5483236'],
      'portal reset link with a user id',
    ],
    ['posted at www.facebook.com/jane.doe12, fyi', ['www.facebook.com/jane.doe12'], 'profile'],
    ['see facebook.com/jane.doe12', ['facebook.com/jane.doe12'], 'profile without www'],
    ['see www.cdc.gov for info', [], 'a bare site points at no one'],
    [
      'results: https://care.lakeview.example/encounter/V-220931/summary',
      ['https://care.lakeview.example/encounter/V-220931/summary'],
      'a hyphenated record number in the path',
    ],
    ['email jane@facebook.com/x', [], 'part of an e-mail address'],
    // Standards namespaces and documentation name no one
    ['"system": "http://loinc.org",', [], 'a code system'],
    ['"system": "http://hl7.org/fhir/sid/us-mbi",', [], 'a FHIR identifier namespace'],
    ['"system": "http://snomed.info/sct"', [], 'SNOMED CT'],
    ['valueset https://terminology.hl7.org/CodeSystem/v2-0203', [], 'HL7 terminology'],
    ['see https://docs.vendor.example.com/admin/install', [], 'documentation'],
    ['https://www.heart.org/en/health-topics/arrhythmia', [], 'a public page without an id'],
    // Pages about one person
    [
      'records at https://portal.example.org/charts/4471823 today',
      ['https://portal.example.org/charts/4471823'],
      'a record number in the path',
    ],
    ['her page linkedin.com/in/amara-o-rn', ['linkedin.com/in/amara-o-rn'], 'a profile'],
    [
      'https://app.example.net/viewer?patientId=X55120',
      ['https://app.example.net/viewer?patientId=X55120'],
      'an id in the query',
    ],
    ['fund: https://www.gofundme.com/f/help-ana', ['https://www.gofundme.com/f/help-ana'], 'fund'],
  ]
  for (const [text, expected, why] of rows) {
    test(why, () => {
      const found = findWith(urlRecognizer, text)
      assert.deepEqual(
        found.map((f) => f.value),
        expected,
      )
      assert.ok(found.every((f) => f.type === 'URL'))
    })
  }
})
