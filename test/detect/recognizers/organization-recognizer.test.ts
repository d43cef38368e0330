import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { organizationRecognizer } from '../../../src/detect/recognizers/organization-recognizer.js'
import { ScanDocument } from '../../../src/detect/scan-document.js'

function organizationsIn(text: string): string[] {
  return organizationRecognizer
    .find(new ScanDocument(text), [])
    .filter((c) => c.score >= 0.5)
    .sort((a, b) => a.start - b.start)
    .map((c) => text.slice(c.start, c.end))
}

describe('organisations are found by their last word, a known name or a label', () => {
  type Row = [text: string, expected: string[]]
  const rows: Row[] = [
    ["Seen at St. Peter's Regional Medical Center today.", ["St. Peter's Regional Medical Center"]],
    ['Sunrise Nursing and Rehabilitation Center', ['Sunrise Nursing and Rehabilitation Center']],
    [
      'Records request from Collier-Huel Medical Associates for',
      ['Collier-Huel Medical Associates'],
    ],
    ['Follow up at Fort Rico Memorial Hospital.', ['Fort Rico Memorial Hospital']], // place prefix
    ['Referred to Kaiser Permanente.', ['Kaiser Permanente']], // known payer, longest name
    ['Insurance: Blue Cross Blue Shield of Texas', ['Blue Cross Blue Shield of Texas']],
    ['IN1|1|HMO|9|BLUE CROSS BLUE SHIELD OF ILLINOIS|||', ['BLUE CROSS BLUE SHIELD OF ILLINOIS']],
    ['Using Amazon Alexa at home', ['Amazon']], // a known name starts the span
    ['Employer: Dibbert, Smith and Walsh   Work phone', ['Dibbert, Smith and Walsh']], // label
    ['Employer: Rempel - Rolfson\nWork phone', ['Rempel - Rolfson']], // label, spaced hyphen
    ['Vendor: Schiller & Heathcote', ['Schiller & Heathcote']], // surnames joined by "&"
    ['He works as a cashier at Wilderman - Hauck and lives', ['Wilderman - Hauck']], // workplace
    ['She works at Target and lives alone', ['Target']], // any word after "works at"
  ]
  for (const [text, expected] of rows) {
    test(JSON.stringify(text), () => assert.deepEqual(organizationsIn(text), expected))
  }
})

describe('word runs that only look like organisations are left alone', () => {
  type Row = [text: string, why: string]
  const rows: Row[] = [
    ['Internal Medicine follow-up', 'a specialty has no distinctive word'],
    ['Client: 6476 Gregorio Center, Savannah', 'a street after a house number'],
    ['Kernig and Brudzinski signs absent.', 'eponyms joined by "and"'],
    ['Mary and John visited.', 'two given names are two people'],
    ['Case discussed with Drs. Smith and Jones.', 'people after a title'],
    ['Lab, 738 N 14th Terrace, Fort Ricoville CO 80047', 'CO in capitals is Colorado'],
    ['Target INR 2-3 at home', 'a known name without the "works at" context'],
  ]
  for (const [text, why] of rows) {
    test(`${why}: ${JSON.stringify(text)}`, () => assert.deepEqual(organizationsIn(text), []))
  }
})

test('an organisation outscores a person name inside it', () => {
  const [found] = organizationRecognizer.find(new ScanDocument('Haley Family Practice'), [])

  assert.ok((found?.score ?? 0) > 0.9)
})

describe('payers and employers known by name, and employer fields that stop at a sentence', () => {
  const find = (text: string): string[] =>
    organizationRecognizer.find(new ScanDocument(text), []).map((c) => text.slice(c.start, c.end))
  test('a payer with no organisation word', () => {
    assert.deepEqual(find('Secondary: Wellmark   ID WMK5521'), ['Wellmark'])
  })
  test('an employer label stops at a parenthesis', () => {
    assert.deepEqual(find('Employer: Blue Heron Tile LLC (since 2019). Foreman Ed'), [
      'Blue Heron Tile LLC',
    ])
  })
})
