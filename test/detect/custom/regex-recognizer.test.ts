import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { regexRecognizer } from '../../../src/detect/custom/regex-recognizer.js'
import { Detector } from '../../../src/detect/detector.js'
import { ScanDocument } from '../../../src/detect/scan-document.js'
import { PhiguardError } from '../../../src/errors.js'

function spans(detector: Detector, text: string): string[] {
  return detector.scan(text).findings.map((f) => `${f.type} ${text.slice(f.start, f.end)}`)
}

describe('regexRecognizer: matches and offsets', () => {
  const rows: Array<{
    name: string
    options: Parameters<typeof regexRecognizer>[0]
    text: string
    want: string[]
  }> = [
    {
      name: 'plain pattern',
      options: { name: 'badge', type: 'OTHER_ID', pattern: 'EMP-\\d{6}' },
      text: 'badge EMP-004211 and EMP-000001',
      want: ['OTHER_ID EMP-004211', 'OTHER_ID EMP-000001'],
    },
    {
      name: 'case-sensitive by default',
      options: { name: 'badge', type: 'OTHER_ID', pattern: 'EMP-\\d{6}' },
      text: 'badge emp-004211',
      want: [],
    },
    {
      name: 'flag i ignores case',
      options: { name: 'badge', type: 'OTHER_ID', pattern: 'EMP-\\d{6}', flags: 'i' },
      text: 'badge emp-004211',
      want: ['OTHER_ID emp-004211'],
    },
    {
      name: 'group reports only the number after the label',
      options: { name: 'mrn', type: 'MRN', pattern: 'MRN[:# ]*(\\d{8})', group: 1 },
      text: 'Pt MRN: 00123456 seen',
      want: ['MRN 00123456'],
    },
    {
      name: 'luhn validator drops numbers that fail the check',
      options: { name: 'card', type: 'ACCOUNT_NUMBER', pattern: '\\d{16}', validator: 'luhn' },
      text: 'good 4539578763621486 bad 4539578763621487',
      want: ['ACCOUNT_NUMBER 4539578763621486'],
    },
    {
      name: 'empty matches are skipped, not looped on',
      options: { name: 'maybe', type: 'OTHER_ID', pattern: 'X*' },
      text: 'abc XX d',
      want: ['OTHER_ID XX'],
    },
  ]
  for (const row of rows) {
    test(row.name, () => {
      const detector = new Detector({
        builtIns: false,
        recognizers: [regexRecognizer(row.options)],
      })
      assert.deepEqual(spans(detector, row.text), row.want)
    })
  }

  test('offsets are UTF-16 offsets even after accents and an emoji', () => {
    const text = 'Café 😀 naïve résumé – EMP-004211 👩‍⚕️ EMP-000002'
    const recognizer = regexRecognizer({ name: 'badge', type: 'OTHER_ID', pattern: 'EMP-\\d{6}' })
    const detector = new Detector({ builtIns: false, recognizers: [recognizer] })
    const findings = detector.scan(text).findings
    assert.deepEqual(
      findings.map((f) => [f.start, f.end]),
      [
        [text.indexOf('EMP-004211'), text.indexOf('EMP-004211') + 10],
        [text.indexOf('EMP-000002'), text.indexOf('EMP-000002') + 10],
      ],
    )
    assert.deepEqual(
      findings.map((f) => text.slice(f.start, f.end)),
      ['EMP-004211', 'EMP-000002'],
    )
  })

  test('RE2 itself reports UTF-16 offsets (astral characters count two)', () => {
    const text = 'é😀😀 MRN 00123456 ü𝟘 MRN 00999999'
    const recognizer = regexRecognizer({
      name: 'm',
      type: 'MRN',
      pattern: 'MRN (\\d{8})',
      group: 1,
    })
    const found = recognizer.find(new ScanDocument(text), [])
    assert.deepEqual(
      found.map((c) => [c.start, c.end]),
      [
        [10, 18],
        [27, 35],
      ],
    )
    assert.deepEqual(
      found.map((c) => text.slice(c.start, c.end)),
      ['00123456', '00999999'],
    )
  })

  test('explanation names the recognizer, the pattern and the validator', () => {
    const recognizer = regexRecognizer({
      name: 'card',
      type: 'ACCOUNT_NUMBER',
      pattern: '\\d{16}',
      validator: 'luhn',
      score: 0.7,
    })
    const [finding] = new Detector({ builtIns: false, recognizers: [recognizer] }).scan(
      'x 4539578763621486',
    ).findings
    assert.equal(finding?.explanation.recognizer, 'card')
    assert.equal(finding.explanation.pattern, 'card (custom regex)')
    assert.deepEqual(finding.explanation.validator, { name: 'luhn', passed: true })
    assert.equal(finding.score, 0.7)
  })

  test('context words raise the score', () => {
    const recognizer = regexRecognizer({
      name: 'badge',
      type: 'OTHER_ID',
      pattern: 'EMP-\\d{6}',
      score: 0.3,
      context: { supporting: ['badge'] },
    })
    const detector = new Detector({ builtIns: false, recognizers: [recognizer] })
    assert.equal(detector.scan('EMP-004211').findings.length, 0)
    assert.equal(detector.scan('badge EMP-004211').findings.length, 1)
  })
})

describe('regexRecognizer: patterns RE2 refuses are PHG_BAD_PATTERN', () => {
  const rows = [
    { name: 'backreference', pattern: '(\\d)\\1', reason: 'invalid escape sequence: \\1' },
    { name: 'lookahead', pattern: '\\d{9}(?=x)', reason: 'invalid perl operator: (?=' },
    { name: 'lookbehind', pattern: '(?<!\\d)\\d{9}', reason: 'invalid perl operator: (?<' },
    { name: 'unclosed class', pattern: '[0-9', reason: 'missing ]: [0-9' },
    { name: 'huge repeat', pattern: 'a{1001}', reason: 'invalid repetition size: {1001}' },
  ]
  for (const row of rows) {
    test(row.name, () => {
      assert.throws(
        () => regexRecognizer({ name: 'bad-one', type: 'OTHER_ID', pattern: row.pattern }),
        (error: unknown) => {
          assert.ok(error instanceof PhiguardError)
          assert.equal(error.code, 'PHG_BAD_PATTERN')
          assert.match(error.message, /^pattern of "bad-one" is not supported by RE2: /)
          assert.ok(error.message.includes(row.reason), error.message)
          return true
        },
      )
    })
  }

  test('a group that does not exist', () => {
    assert.throws(
      () => regexRecognizer({ name: 'g', type: 'MRN', pattern: 'MRN (\\d+)', group: 2 }),
      {
        code: 'PHG_BAD_PATTERN',
        message: 'pattern of "g" has 1 groups, so group 2 does not exist',
      },
    )
  })

  test('an unknown flag', () => {
    assert.throws(() => regexRecognizer({ name: 'f', type: 'MRN', pattern: 'x', flags: 'g' }), {
      code: 'PHG_BAD_PATTERN',
      message: 'pattern of "f" has unknown flags "g": use i, m or s',
    })
  })

  test('an unknown validator is PHG_BAD_CONFIG listing the known ones', () => {
    assert.throws(
      () => regexRecognizer({ name: 'v', type: 'MRN', pattern: 'x', validator: 'crc32' }),
      (error: unknown) => {
        assert.ok(error instanceof PhiguardError)
        assert.equal(error.code, 'PHG_BAD_CONFIG')
        assert.match(
          error.message,
          /^recognizer "v" names unknown validator "crc32"; known: .*luhn/,
        )
        return true
      },
    )
  })
})

describe('regexRecognizer: hostile patterns stay linear', () => {
  test('(a+)+$ on 200 KB of a then ! finishes (RE2, not backtracking)', () => {
    const recognizer = regexRecognizer({ name: 'evil', type: 'OTHER_ID', pattern: '(a+)+$' })
    const detector = new Detector({ builtIns: false, recognizers: [recognizer] })
    const started = performance.now()
    const result = detector.scan(`${'a'.repeat(200_000)}!`)
    const elapsed = performance.now() - started
    assert.equal(result.findings.length, 0)
    assert.ok(elapsed < 10_000, `took ${elapsed} ms`)
  })

  test('a pattern that matches everywhere fails closed past maxMatches', () => {
    const recognizer = regexRecognizer({
      name: 'dots',
      type: 'OTHER_ID',
      pattern: '.',
      maxMatches: 100,
    })
    const detector = new Detector({ builtIns: false, recognizers: [recognizer] })
    assert.throws(() => detector.scan('x'.repeat(101)), {
      code: 'PHG_TOO_MANY_FINDINGS',
      limit: 'maxFindings',
      message: 'recognizer "dots" produced more than 100 matches',
    })
  })
})
