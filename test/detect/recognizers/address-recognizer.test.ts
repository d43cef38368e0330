import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { addressRecognizer } from '../../../src/detect/recognizers/address-recognizer.js'
import { ScanDocument } from '../../../src/detect/scan-document.js'

function streetsIn(text: string): string[] {
  return addressRecognizer
    .find(new ScanDocument(text), [])
    .filter((c) => c.score >= 0.5)
    .sort((a, b) => a.start - b.start)
    .map((c) => text.slice(c.start, c.end))
}

describe('street lines are found, without city, state or ZIP', () => {
  type FoundRow = [text: string, expected: string[]]
  const rows: FoundRow[] = [
    ['9811 S. Main St, Springfield, IL 62704', ['9811 S. Main St']], // directional, abbreviation
    ['Address: 815 Riverbend Court\nCity: Paris', ['815 Riverbend Court']], // full suffix
    ['17495 Birch Hollow Pl^^Tacoma^WA^98474', ['17495 Birch Hollow Pl']], // HL7, last suffix wins
    ['2517 8th Street, Apt. 248, Reno', ['2517 8th Street, Apt. 248']], // ordinal name and unit
    ['659 Riverbend Rd Suite 378^^Salem', ['659 Riverbend Rd Suite 378']], // unit without comma
    ['20388 Birch Hollow Place #285', ['20388 Birch Hollow Place #285']], // # unit
    ['427 Main Street N, Salem', ['427 Main Street N']], // trailing directional
    ['4606 S. Hillcrest Ave., Bend', ['4606 S. Hillcrest Ave.']], // abbreviation keeps its period
    ['lives at 12 Oak Street. She', ['12 Oak Street']], // a sentence's full stop is not kept
    ['7986 West Street', ['7986 West Street']], // a directional word as the street name
    ['9552 N Broadway, Fargo', ['9552 N Broadway']], // a street without a suffix
    [
      '221B Baker Street. 350 Fifth Ave, Suite 3300',
      ['221B Baker Street', '350 Fifth Ave, Suite 3300'],
    ],
    ['Send to PO Box 1234, Austin', ['PO Box 1234']], // PO box
    ['P.O. Box 77', ['P.O. Box 77']], // dotted PO box
  ]
  for (const [text, expected] of rows) {
    test(JSON.stringify(text), () => {
      assert.deepEqual(streetsIn(text), expected)
    })
  }
})

describe('numbers before capitalised words are not always streets', () => {
  type NearMissRow = [text: string, why: string]
  const rows: NearMissRow[] = [
    ['Take 2 Tylenol Extra Strength', 'no street suffix'],
    ['Vehicle: 2016 Ferrari CTS  VIN 1HGCM', 'an all-caps model name is not a suffix'],
    ['12 N St', 'a directional alone is no street name'],
    ['Follow up at Main Street Clinic', 'no house number'],
  ]
  for (const [text, why] of rows) {
    test(why, () => {
      assert.deepEqual(streetsIn(text), [])
    })
  }
})
