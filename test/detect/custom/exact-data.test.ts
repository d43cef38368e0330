import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'

import {
  buildExactDataIndexFromCsv,
  csvRecords,
} from '../../../src/detect/custom/exact-data-csv.js'
import {
  buildExactDataIndex,
  parseExactDataIndex,
  readExactDataIndex,
} from '../../../src/detect/custom/exact-data-match.js'
import {
  nameVariants,
  normaliseDate,
  normaliseName,
  normaliseNumber,
} from '../../../src/detect/custom/exact-data-normalise.js'
import { exactDataRecognizer } from '../../../src/detect/custom/exact-data-recognizer.js'
import { Detector } from '../../../src/detect/detector.js'

// Synthetic people and numbers only.
const SALT = 'test-salt-0123456789abcdef'
const RECORDS = [
  { mrn: '00123456', ssn: '219-55-0101', name: 'Jane Q. Roe', dob: '1961-03-04' },
  { mrn: '77001122', ssn: '', name: 'José García', dob: '12/31/1975' },
  { mrn: '123', name: 'Tom Short', dob: 'someday' }, // mrn too short, dob unreadable
]

describe('exact data normalisation', () => {
  const numbers: Array<[string, string]> = [
    ['219-55-0101', '219550101'],
    ['MRN 0012 3456', '00123456'],
    ['１２３４５６', '123456'],
  ]
  for (const [input, want] of numbers) {
    test(`number ${input}`, () => assert.equal(normaliseNumber(input), want))
  }

  const names: Array<[string, string]> = [
    ['  Jane   Q. ROE ', 'jane q roe'],
    ['Roe,Jane', 'roe jane'],
    ['José García', 'josé garcía'],
  ]
  for (const [input, want] of names) {
    test(`name ${input}`, () => assert.equal(normaliseName(input), want))
  }

  test('name variants drop the middle name', () => {
    assert.deepEqual(nameVariants('Jane Q. Roe'), ['jane q roe', 'jane roe'])
    assert.deepEqual(nameVariants('Jane Roe'), ['jane roe'])
  })

  const dates: Array<[string, string | undefined, 'mdy' | 'dmy']> = [
    ['1961-03-04', '1961-03-04', 'mdy'],
    ['03/04/1961', '1961-03-04', 'mdy'],
    ['03/04/1961', '1961-04-03', 'dmy'],
    ['3.4.1961', '1961-03-04', 'mdy'],
    ['March 4, 1961', '1961-03-04', 'mdy'],
    ['Mar 4th 1961', '1961-03-04', 'mdy'],
    ['4 March 1961', '1961-03-04', 'mdy'],
    ['02/30/1961', undefined, 'mdy'], // no 30 February
    ['03/04/61', undefined, 'mdy'], // two-digit year refused
    ['Smarch 4, 1961', undefined, 'mdy'],
  ]
  for (const [input, want, order] of dates) {
    test(`date ${input} (${order})`, () => assert.equal(normaliseDate(input, order), want))
  }
})

describe('buildExactDataIndex', () => {
  const index = buildExactDataIndex(RECORDS, { salt: SALT })
  const json = JSON.stringify(index)

  test('the index holds none of the input values, in any normalised form', () => {
    const forms = RECORDS.flatMap((record) =>
      Object.values(record).flatMap((value) => [
        value,
        normaliseNumber(value),
        normaliseName(value),
        ...nameVariants(value),
        normaliseDate(value) ?? '',
      ]),
    )
    for (const form of forms.filter((f) => f.length >= 3)) {
      assert.ok(!json.toLowerCase().includes(form.toLowerCase()), `index contains "${form}"`)
    }
    assert.ok(!json.includes(SALT), 'index contains the salt')
  })

  test('records hashes per field, digit lengths and what was skipped', () => {
    assert.equal(index.algorithm, 'HMAC-SHA256')
    assert.match(index.saltId, /^[0-9a-f]{16}$/)
    assert.equal(index.numbers.mrn?.hashes.length, 2)
    assert.deepEqual(index.numbers.mrn.lengths, [8])
    assert.equal(index.numbers.ssn?.hashes.length, 1)
    assert.equal(index.nameDob.length, 3) // jane q roe, jane roe, josé garcía
    assert.deepEqual(index.stats, { records: 3, skipped: { mrn: 1, dob: 1 } })
  })

  test('hashes are sorted, so record order does not show', () => {
    const hashes = index.numbers.mrn?.hashes ?? []
    assert.deepEqual([...hashes].sort(), hashes)
  })

  test('a short salt is refused', () => {
    assert.throws(() => buildExactDataIndex(RECORDS, { salt: 'short' }), {
      name: 'TypeError',
      message: 'the exact data salt must be at least 16 bytes',
    })
  })

  test('the index round-trips through its JSON checker', () => {
    assert.deepEqual(parseExactDataIndex(json), index)
    assert.throws(() => parseExactDataIndex('{"format":"x"}', 'edm.json'), {
      code: 'PHG_BAD_CONFIG',
      message: /^edm\.json is not a phiguard exact data index: format: /,
    })
  })
})

describe('exactDataRecognizer', () => {
  const index = buildExactDataIndex(RECORDS, { salt: SALT })
  const detector = new Detector({
    builtIns: false,
    recognizers: [exactDataRecognizer({ index, salt: SALT, windowChars: 60 })],
  })
  const scan = (text: string): string[] =>
    detector.scan(text).findings.map((f) => `${f.type} ${text.slice(f.start, f.end)}`)

  const rows: Array<[name: string, text: string, want: string[]]> = [
    ['MRN plain', 'MRN 00123456 seen', ['MRN 00123456']],
    ['MRN with separators', 'chart 0012-3456', ['MRN 0012-3456']],
    ['MRN next to other digits', 'ref 00123456 7 today', ['MRN 00123456']],
    ['unknown MRN', 'MRN 00123457', []],
    ['SSN another format', 'ss 219 55 0101', ['SSN 219 55 0101']],
    ['name and DOB close', 'Jane Roe, born 03/04/1961.', ['PERSON Jane Roe', 'DATE 03/04/1961']],
    ['upper case', 'ROE, JANE  DOB March 4, 1961', ['PERSON ROE, JANE', 'DATE March 4, 1961']],
    ['Last, First', 'Roe, Jane DOB March 4, 1961', ['PERSON Roe, Jane', 'DATE March 4, 1961']],
    ['accented name', 'José García 12/31/1975', ['PERSON José García', 'DATE 12/31/1975']],
    ['name alone', 'Jane Roe came in', []],
    ['date alone', 'seen 03/04/1961', []],
    ['name with another DOB', 'Jane Roe 12/31/1975', []],
    ['name and DOB too far apart', `Jane Roe ${'.'.repeat(80)} 03/04/1961`, []],
  ]
  for (const [name, text, want] of rows) {
    test(name, () => assert.deepEqual(scan(text), want))
  }

  test('a wrong salt is refused with PHG_BAD_CONFIG', () => {
    assert.throws(() => exactDataRecognizer({ index, salt: 'another-salt-0123456789' }), {
      code: 'PHG_BAD_CONFIG',
      message: `exact data salt does not match the index (index salt id ${index.saltId})`,
    })
  })

  test('a run of 300,000 digit groups stays bounded', () => {
    const started = performance.now()
    const result = detector.scan('1-'.repeat(150_000))
    const elapsed = performance.now() - started
    assert.equal(result.findings.length, 0)
    assert.ok(elapsed < 10_000, `took ${elapsed} ms`)
  })
})

describe('exact data from CSV', () => {
  let dir = ''
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'phiguard-edm-'))
  })
  after(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  test('csvRecords reads quotes, doubled quotes, CRLF and a BOM', () => {
    const csv = '\ufeffMRN, Name ,dob\r\n00123456,"Roe, Jane ""J""",1961-03-04\r\n\r\n77001122,x,\n'
    assert.deepEqual(
      [...csvRecords(csv)],
      [
        { mrn: '00123456', name: 'Roe, Jane "J"', dob: '1961-03-04' },
        { mrn: '77001122', name: 'x', dob: '' },
      ],
    )
  })

  test('an unclosed quote names the line, not the text', () => {
    assert.throws(() => [...csvRecords('mrn\n"0012\n')], {
      code: 'PHG_BAD_INPUT_LINE',
      message: 'CSV quote opened on line 2 never closes',
    })
  })

  test('builds an index file that holds no input value and that the recognizer reads', async () => {
    const csvPath = join(dir, 'people.csv')
    const indexPath = join(dir, 'edm.json')
    await writeFile(csvPath, 'mrn,ssn,name,dob\n00123456,219-55-0101,Jane Roe,1961-03-04\n')
    await buildExactDataIndexFromCsv(csvPath, indexPath, { salt: SALT })

    const text = await readFile(indexPath, 'utf8')
    for (const value of ['00123456', '219550101', '219-55-0101', 'jane', 'roe', '1961']) {
      assert.ok(!text.toLowerCase().includes(value), `index file contains "${value}"`)
    }
    assert.equal((await stat(indexPath)).mode & 0o777, 0o600)

    const recognizer = exactDataRecognizer({
      index: await readExactDataIndex(indexPath),
      salt: SALT,
    })
    const found = new Detector({ builtIns: false, recognizers: [recognizer] }).scan('MRN 00123456')
    assert.equal(found.findings[0]?.type, 'MRN')
  })
})
