import assert from 'node:assert/strict'
import { test } from 'node:test'

import { Detector } from '../../src/detect/detector.js'

// Synthetic documents: every name and number here is made up.
const PROGRESS_NOTE = [
  'PROGRESS NOTE',
  'Patient: Jordan Q. Example    MRN: 00123456    DOB: 01/02/1950',
  'Pt has a history of type 2 diabetes mellitus (E11.9) and essential hypertension.',
  'MEDICATIONS: metformin 500 mg PO BID; lisinopril 10 mg PO daily.',
].join('\n')

const STAFF_EMAIL = [
  'From: Front Desk',
  'Hi team, please call Jordan Example back at (312) 555-0142 about the new parking passes.',
  'Thanks',
].join('\n')

const RECIPE = [
  'Lemon Bars',
  'Serves 8 | Prep 15 min',
  '- 1 1/2 cups all-purpose flour',
  '- 3/4 cup sugar',
  'Bake at 350 F for 25 minutes. Recipe card v3.9',
].join('\n')

const detector = new Detector()

test('a progress note with an MRN, a diagnosis and drugs is phi', () => {
  const result = detector.scan(PROGRESS_NOTE)
  const types = new Set(result.findings.map((f) => f.type))

  assert.ok(types.has('MRN') && types.has('ICD10_CODE'))
  assert.ok(types.has('DIAGNOSIS') && types.has('MEDICATION'))
  assert.equal(result.verdict, 'phi')
})

test('a staff e-mail with a name and a phone number only is pii', () => {
  assert.equal(detector.scan(STAFF_EMAIL).verdict, 'pii')
})

test('a recipe is none', () => {
  assert.equal(detector.scan(RECIPE).verdict, 'none')
})
