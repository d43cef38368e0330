import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import type { Candidate } from '../../../src/detect/candidate.js'
import { addressRecognizer } from '../../../src/detect/recognizers/address-recognizer.js'
import { placeRecognizer } from '../../../src/detect/recognizers/place-recognizer.js'
import { ScanDocument } from '../../../src/detect/scan-document.js'

/** "TYPE text" for every place found, in text order; street lines are found first, as in a scan. */
function placesIn(text: string, earlier: Candidate[] = []): string[] {
  const doc = new ScanDocument(text)
  const streets = addressRecognizer.find(doc, [])
  return placeRecognizer
    .find(doc, [...streets, ...earlier])
    .filter((c) => c.score >= 0.5)
    .sort((a, b) => a.start - b.start)
    .map((c) => `${c.type} ${text.slice(c.start, c.end)}`)
}

describe('cities, ZIP codes and counties are found from address structure', () => {
  type FoundRow = [text: string, expected: string[]]
  const rows: FoundRow[] = [
    // City, ST ZIP after a street line
    ['9811 S. Main St, Springfield, IL 62704', ['CITY Springfield', 'ZIP_CODE 62704']],
    // ZIP+4, multi-word city on its own line
    ['8 Elm St\nWinston-Salem, NC 27101-1234\n', ['CITY Winston-Salem', 'ZIP_CODE 27101-1234']],
    // no comma between city and state
    [
      'Client: Clinic, 862 7th Avenue, Lake Aaliyah ME 04101',
      ['CITY Lake Aaliyah', 'ZIP_CODE 04101'],
    ],
    // a state code that is also a word, after a comma
    ['PO Box 6377\nBend, OR 97707-1935\nTel', ['CITY Bend', 'ZIP_CODE 97707-1935']],
    // no commas at all, after a unit
    ['Home: 123 Elm Street Apt 5B Boston MA 02118', ['CITY Boston', 'ZIP_CODE 02118']],
    // HL7 address components
    [
      'PID|1||x||||||||1 Oak St^^Fort Alverta^WA^98474^USA',
      ['CITY Fort Alverta', 'ZIP_CODE 98474'],
    ],
    // a state closing a place, no ZIP
    ['DISPOSITION: Oak Manor (SNF), St. Louis, MO. Report called', ['CITY St. Louis']],
    // a state name, and a city that shares its name with a state
    [
      'born in Springfield, Illinois. Later at 1 A St, Washington, DC 20500',
      ['CITY Springfield', 'CITY Washington', 'ZIP_CODE 20500'],
    ],
    // labels
    [
      'City: Fort Wayne  State: IN  ZIP: 46802\nCounty: Allen County',
      ['CITY Fort Wayne', 'ZIP_CODE 46802', 'LOCATION_OTHER Allen County'],
    ],
    // the city right after a street line, with no state
    ['Pharmacy: CVS, 4883 Ferne Mill, Paris  555-0100', ['CITY Paris']],
    // lives in / resides in
    [
      'Lives with her daughter in West Zakary. Resides in Travis County.',
      ['CITY West Zakary', 'LOCATION_OTHER Travis County'],
    ],
    // a facility line
    ['Performed at: Quest Diagnostics, Fargo. Medical Director: Amos Kunde, MD', ['CITY Fargo']],
    // County of X
    ['Filed with the County of Los Angeles', ['LOCATION_OTHER County of Los Angeles']],
  ]
  for (const [text, expected] of rows) {
    test(JSON.stringify(text), () => {
      assert.deepEqual(placesIn(text), expected)
    })
  }

  test('a city right after an organisation found by another recognizer', () => {
    const text = 'Transferred from Mercy Hospital, Des Moines.'
    const start = text.indexOf('Mercy')
    const organization: Candidate = {
      type: 'ORGANIZATION',
      start,
      end: start + 'Mercy Hospital'.length,
      score: 0.9,
      recognizer: 'test',
      pattern: 'test',
    }
    assert.deepEqual(placesIn(text, [organization]), ['CITY Des Moines'])
  })
})

describe('near-misses are not places', () => {
  type NearMissRow = [text: string, why: string]
  const rows: NearMissRow[] = [
    ['Invoice total 62704 and Member ID 48213', 'a bare five-digit number is not a ZIP'],
    ['Attending: Jane Doe, MD\n', 'a credential that is also a state code'],
    ['Provider: Murray, Virginia MD', 'a first name that is also a state name'],
    ['Dictated by: Dr. Thomas Parish', 'Parish as a surname'],
    ['Patient lives alone in the house.', 'no capitalised place after "in"'],
  ]
  for (const [text, why] of rows) {
    test(why, () => {
      assert.deepEqual(placesIn(text), [])
    })
  }
})

describe('places without a comma, in prose and in labels', () => {
  type FoundRow = [text: string, expected: string[]]
  const rows: FoundRow[] = [
    // two spaces part the street from a city before a code that is also a word
    ['  1846 Gulick Ave  Honolulu HI 96819', ['CITY Honolulu', 'ZIP_CODE 96819']],
    // a ZIP after the city of a street line with no state
    ['Addr: 94 Kam Hwy, Unit 9, Kailua 96734\n', ['CITY Kailua', 'ZIP_CODE 96734']],
    ['Raised in Nogales by her aunt', ['CITY Nogales']], // a known city after "in"
    ['an opening at our Mesa unit next week', ['CITY Mesa']],
    ['moved here from Garden Grove last year', ['CITY Garden Grove']],
    ['6. Birthplace: Kraków, Poland', ['CITY Kraków']], // label, diacritics
    // a city and a state code with no comma and no ZIP, closing a clause
    ['Visit site: patient home, Sault Ste Marie MI (verified)', ['CITY Sault Ste Marie']],
    ['Oak Glen Manor, unit 3, Flagstaff AZ\nPCP: pending', ['CITY Flagstaff']],
    ['calling from her car, Lubbock TX.', ['CITY Lubbock']],
    [
      '|^^PAWHUSKA^OK^74056^USA^H^^OSAGE COUNTY|', // an all-caps county in HL7 XAD
      ['CITY PAWHUSKA', 'ZIP_CODE 74056', 'LOCATION_OTHER OSAGE COUNTY'],
    ],
  ]
  for (const [text, expected] of rows) {
    test(JSON.stringify(text), () => {
      assert.deepEqual(placesIn(text), expected)
    })
  }
})

describe('organisation words and city names inside other names are not cities', () => {
  type NearMissRow = [text: string, why: string]
  const rows: NearMissRow[] = [
    ['Summit Orthopaedic Specialists, PC\nStatement', 'a company suffix'],
    ['Vendor: Medline Industries, Inc.', 'Inc'],
    ['admitted at Mesa General Hospital', 'a city inside a hospital name'],
    ['RESIDENCE COUNTY: see below', 'a form label'],
    ['Pt seen by Okafor, Chen MD today', 'a credential that is also a state code'],
    ['transferred to Regional, St Luke Hospital NM.', 'an organisation before a state code'],
  ]
  for (const [text, why] of rows) {
    test(why, () => {
      assert.deepEqual(
        placesIn(text).filter((p) => !p.startsWith('ZIP')),
        [],
      )
    })
  }
})

test('a court caption names the county after "COUNTY OF"', () => {
  assert.deepEqual(placesIn('IN AND FOR THE COUNTY OF PIMA\n'), ['LOCATION_OTHER COUNTY OF PIMA'])
})
