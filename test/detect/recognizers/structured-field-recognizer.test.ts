import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { Detector } from '../../../src/detect/detector.js'
import { plausibleFieldValue } from '../../../src/detect/structured/field-value.js'

const detector = new Detector()

/** What the detector reports in structured text, as `TYPE value` strings. */
function fields(text: string): string[] {
  return detector
    .scan(text)
    .findings.filter((f) => f.kind === 'identifier' && f.type !== 'ORGANIZATION')
    .map((f) => `${f.type} ${text.slice(f.start, f.end)}`)
}

describe('structured fields: JSON', () => {
  // [what, JSON, findings expected from the field names]
  const rows: Array<[string, string, string[]]> = [
    [
      'keys in any case and spelling',
      '{"Member_ID": "ZXQ4410", "postalCode": "53051"}',
      ['HEALTH_PLAN_ID ZXQ4410', 'ZIP_CODE 53051'],
    ],
    [
      'an array of given names',
      '{"given": ["Agnieszka", "Maria"]}',
      ['PERSON Agnieszka', 'PERSON Maria'],
    ],
    [
      'a name under a person-like parent',
      '{"patient": {"name": "Jean Baptiste"}}',
      ['PERSON Jean Baptiste'],
    ],
    ['a name under a facility is not a person', '{"facility": {"name": "North Clinic"}}', []],
    ['a date with a time keeps the date', '{"dob": "1946-07-23 14:30"}', ['DATE 1946-07-23']],
    [
      'an ISO date-time stays whole',
      '{"birthDate": "1929-05-17T08:00:00Z"}',
      ['DATE 1929-05-17T08:00:00Z'],
    ],
    ['an age under 90 is not PHI', '{"age": 47}', []],
    ['an age of 90 or more is', '{"age": 95}', ['AGE 95']],
    [
      'a FHIR identifier typed by its system',
      '{"system": "http://hl7.org/fhir/sid/us-npi", "value": "1234567893"}',
      ['NPI 1234567893'],
    ],
    [
      'a FHIR telecom typed by its system',
      '{"system": "fax", "value": "262-555-0175"}',
      ['FAX 262-555-0175'],
    ],
    [
      'a reference display names the person it points at, without the credential',
      '{"individual": {"reference": "Practitioner/17", "display": "Imke Vossberg, MD"}}',
      ['PERSON Imke Vossberg'],
    ],
    [
      'an identifier typed by its type code',
      '{"type": {"coding": [{"code": "MB"}]}, "value": "QRX5510472"}',
      ['HEALTH_PLAN_ID QRX5510472'],
    ],
    [
      'an identifier typed by its type text',
      '{"type": {"text": "group"}, "value": "GRP-88213"}',
      ['HEALTH_PLAN_ID GRP-88213'],
    ],
    ['placeholders are not values', '{"mrn": "unknown", "city": "N/A"}', []],
    ['a value of the wrong shape is dropped', '{"zip": "hello", "city": "12345"}', []],
  ]
  for (const [what, json, expected] of rows) {
    test(what, () => {
      assert.deepEqual(fields(json), expected)
    })
  }
})

describe('structured fields: delimited exports', () => {
  test('reads the cells under known columns of a CSV, honouring quotes', () => {
    const csv = [
      'patient_id,last_name,first_name,city,zip,notes',
      'A0093817,Nakashima,Haruto,Portland,97214,"seen, stable"',
      'A0093818,Osei-Bonsu,Akosua,Beaverton,97007-0612,',
      '',
      'Totals,2',
    ].join('\n')

    assert.deepEqual(fields(csv), [
      'MRN A0093817',
      'PERSON Nakashima',
      'PERSON Haruto',
      'CITY Portland',
      'ZIP_CODE 97214',
      'MRN A0093818',
      'PERSON Osei-Bonsu',
      'PERSON Akosua',
      'CITY Beaverton',
      'ZIP_CODE 97007-0612',
    ])
  })

  test('reads a tab-separated sheet', () => {
    const tsv = 'subj_id\tfull_name\tmrn\tage\n03-002\tTadeo Olmedo\t6620744\t90\n'

    assert.deepEqual(fields(tsv), ['PERSON Tadeo Olmedo', 'MRN 6620744', 'AGE 90'])
  })

  test('column names with a prefix keep the meaning of their ending', () => {
    const csv = [
      'appt_id,provider_npi,guarantor_phone,consent_date',
      'B-2207-0001,1234567893,(312) 555-0143,2024-03-12',
      '',
    ].join('\n')

    assert.deepEqual(fields(csv), [
      'OTHER_ID B-2207-0001',
      'NPI 1234567893',
      'PHONE (312) 555-0143',
      'DATE 2024-03-12',
    ])
  })

  test('abbreviated column names are expanded word by word', () => {
    const csv = 'mbr_no,birth_dt,home_ph,name\nQH44810277,03/14/1951,312-555-0143,Ines Carvalho\n'

    assert.deepEqual(fields(csv), [
      'HEALTH_PLAN_ID QH44810277',
      'DATE 03/14/1951',
      'PHONE 312-555-0143',
      'PERSON Ines Carvalho',
    ])
  })

  test('one known column is not enough to call a line of commas a table', () => {
    const csv = 'name,dose,route\nMetoprolol,25 mg,PO\n'

    assert.deepEqual(fields(csv), [])
  })

  test('a header of unknown names reads nothing', () => {
    assert.deepEqual(fields('sku,qty,price\nAB-1,2,3.50\n'), [])
  })
})

describe('plausibleFieldValue', () => {
  test('checks checksummed types with their validators', () => {
    assert.equal(plausibleFieldValue('SSN', '000-12-3456'), undefined)
    assert.equal(plausibleFieldValue('NPI', '1234567890'), undefined)
    assert.deepEqual(plausibleFieldValue('NPI', ' 1234567893 '), {
      type: 'NPI',
      offset: 1,
      length: 10,
    })
  })
})

describe('structured fields: prose is not a table', () => {
  test('a sentence with commas that names a field reads nothing from the next lines', () => {
    const prose = [
      'Please confirm the address, phone, and insurance on file.',
      'He lives at 12 Oak Street, second floor, with his sister.',
    ].join('\n')

    assert.deepEqual(
      detector.scan(prose).findings.filter((f) => f.explanation.recognizer === 'structured-field'),
      [],
    )
  })
})

describe('structured fields: fixed-width reports', () => {
  test('cells under known columns, and a name with its number in parentheses', () => {
    const report = [
      'Bed   Patient (MRN)                 Admitted     Nurse',
      '4A    Quist, Marta (AX4410291)      03/11/2024   Delphine',
      '4B    Oyelaran, Tunde (AX4410377)   03/12/2024   Delphine',
      '',
    ].join('\n')
    const structured = detector
      .scan(report)
      .findings.filter((f) => f.explanation.recognizer === 'structured-field')
      .map((f) => `${f.type} ${report.slice(f.start, f.end)}`)

    for (const expected of ['MRN AX4410291', 'PERSON Delphine', 'MRN AX4410377']) {
      assert.ok(fields(report).includes(expected) || structured.includes(expected), expected)
    }
    assert.ok(fields(report).includes('PERSON Quist, Marta'))
  })

  test('a sentence with double spaces is not a header', () => {
    const prose = 'The patient  was seen  today by  the team.\nMRN  A  B\n'

    assert.deepEqual(
      detector.scan(prose).findings.filter((f) => f.explanation.recognizer === 'structured-field'),
      [],
    )
  })

  test('semicolons separate the cells of a European-style export', () => {
    const csv = 'pt_last;pt_first;birth_dt\nLindqvist;Ebba;1931-10-05\n'

    assert.deepEqual(fields(csv), ['PERSON Lindqvist', 'PERSON Ebba', 'DATE 1931-10-05'])
  })
})
