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
    ['Home: 318 Camino Alto, Taos', ['318 Camino Alto']], // street type before the name
    ['Mail to 9 Rue Dauphine Apt 2', ['9 Rue Dauphine Apt 2']], // French, with a unit
    ['Give 2 Via Oral daily', []], // "Via" after a dose is no street
    ['Take 1 Calle', []], // a street type with no name
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

describe('grid, rural, hyphenated, lower-case and HL7 street lines', () => {
  type FoundRow = [text: string, expected: string[]]
  const rows: FoundRow[] = [
    ['Home: 1390 W 4700 S, Apt 22, Taylorsville', ['1390 W 4700 S, Apt 22']], // Utah grid
    ['Mail: 250 N 100 E Provo', ['250 N 100 E']],
    ['|RR 2 BOX 118^^PAWHUSKA^OK', ['RR 2 BOX 118']], // rural route
    ['HC 64 Box 9, Hot Springs', ['HC 64 Box 9']],
    ['Addr: 94-1021 Waipahu St, Unit 9, X', ['94-1021 Waipahu St, Unit 9']], // Hawaii
    ['N56W17000 Ridgewood Dr, Menomonee Falls', ['N56W17000 Ridgewood Dr']], // Wisconsin
    ['she lives w/ us at 48 cedar ln apt 2 now', ['48 cedar ln apt 2']], // lower case
    ['new address is 1200 w elm st, thanks', ['1200 w elm st']],
    ['2218 Old Gallup Hwy, Trailer 14, Shiprock', ['2218 Old Gallup Hwy, Trailer 14']], // unit
    ['|611 W Lancaster Ave^Apt 3C^Bryn Mawr^PA', ['611 W Lancaster Ave^Apt 3C']], // HL7 XAD
  ]
  for (const [text, expected] of rows) {
    test(JSON.stringify(text), () => {
      assert.deepEqual(streetsIn(text), expected)
    })
  }
})

describe('lower-case number runs need an address cue', () => {
  test('a dose and a walk are not street lines', () => {
    assert.deepEqual(streetsIn('gave 2 mg iv push; walked 3 blocks down main st'), [])
  })
})

test('numbered routes right after the house number, and private mailboxes', () => {
  assert.deepEqual(streetsIn('Address: 10231 Hwy 90 Lot 17, Pass Christian'), [
    '10231 Hwy 90 Lot 17',
  ])
  assert.deepEqual(streetsIn('Clinic\n615 Rte 9W, Glenmont'), ['615 Rte 9W'])
  assert.deepEqual(streetsIn('Mailing: PMB 418, 7320 N Oracle Rd Ste 154, Tucson'), [
    'PMB 418, 7320 N Oracle Rd Ste 154',
  ])
})
