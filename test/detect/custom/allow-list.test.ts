import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { allowKey, allowList } from '../../../src/detect/custom/allow-list.js'
import { regexRecognizer } from '../../../src/detect/custom/regex-recognizer.js'
import { Detector } from '../../../src/detect/detector.js'
import type { EntityType } from '../../../src/detect/entity-types.js'
import { PhiguardError } from '../../../src/errors.js'

describe('allowKey: how allowed values compare', () => {
  const rows: Array<[input: string, key: string]> = [
    ['(555) 010-0000', '5550100000'],
    ['555.010.0000', '5550100000'],
    ['５５５-０１０-００００', '5550100000'], // full-width digits
    ['555\u200b010\u200b0000', '5550100000'], // zero-width spaces
    ['Rosewood  General\nHospital', 'rosewood general hospital'],
    ['ROSEWOOD GENERAL HOSPITAL', 'rosewood general hospital'],
    ['Ward 7B', 'ward 7b'], // letters and digits: case-folded, not digits only
  ]
  for (const [input, key] of rows) {
    test(JSON.stringify(input), () => assert.equal(allowKey(input), key))
  }
})

/** A detector whose only recognizer marks phone-like numbers and one organisation name. */
function detectorWith(exclusion: ReturnType<typeof allowList>): Detector {
  const phone = regexRecognizer({
    name: 'phone',
    type: 'PHONE',
    pattern: '\\(?\\d{3}\\)?[ .-]?\\d{3}-\\d{4}',
    score: 0.9,
  })
  const org = regexRecognizer({
    name: 'org',
    type: 'ORGANIZATION',
    pattern: 'Rosewood',
    score: 0.9,
  })
  return new Detector({ builtIns: false, recognizers: [phone, org], exclusions: [exclusion] })
}

function types(detector: Detector, text: string): string[] {
  return detector.scan(text).findings.map((f) => `${f.type} ${text.slice(f.start, f.end)}`)
}

describe('allowList: values', () => {
  const allow = allowList({
    values: ['555-010-0000', { value: 'rosewood', types: ['PERSON'] as EntityType[] }],
  })
  const detector = detectorWith(allow)

  test('the switchboard number in any format is not reported', () => {
    assert.deepEqual(types(detector, 'call (555) 010-0000 or 555.010-0000'), [])
  })

  test('other numbers still are', () => {
    assert.deepEqual(types(detector, 'call (555) 010-0001'), ['PHONE (555) 010-0001'])
  })

  test('a value allowed for one type is still reported as another', () => {
    assert.deepEqual(types(detector, 'at Rosewood'), ['ORGANIZATION Rosewood'])
  })

  test('a value listed for every type and for one type stays allowed for every type', () => {
    const both = allowList({ values: ['Rosewood', { value: 'rosewood', types: ['PERSON'] }] })
    assert.deepEqual(types(detectorWith(both), 'at Rosewood'), [])
  })
})

const FOOTER =
  'CONFIDENTIALITY NOTICE: This e-mail is for the intended recipient only. ' +
  'If received in error call (555) 010-0009 and delete it.'

describe('allowList: boilerplate', () => {
  test('a literal footer hides findings inside it, whatever its line breaks and case', () => {
    const allow = allowList({ boilerplate: [{ text: FOOTER }] })
    const mail = `Patient line (555) 010-0001.\n\n${FOOTER.toUpperCase().replaceAll(' ', '\n ')}`
    assert.deepEqual(types(detectorWith(allow), mail), ['PHONE (555) 010-0001'])
  })

  test('only for the listed types', () => {
    const allow = allowList({ boilerplate: [{ text: FOOTER, types: ['ORGANIZATION'] }] })
    assert.deepEqual(types(detectorWith(allow), FOOTER), ['PHONE (555) 010-0009'])
  })

  test('a pattern region, and a finding only partly inside it is kept', () => {
    const allow = allowList({
      boilerplate: [{ pattern: 'Rosewood Hospital, Main St', flags: 'i' }],
    })
    const detector = detectorWith(allow)
    assert.deepEqual(types(detector, 'ROSEWOOD HOSPITAL, MAIN ST'), [])
    assert.deepEqual(types(detector, 'Rosewood clinic'), ['ORGANIZATION Rosewood'])
  })

  test('the region is found through zero-width characters (offsets mapped back)', () => {
    const allow = allowList({ boilerplate: [{ text: FOOTER }] })
    const hidden = [...FOOTER].join('\u200b')
    assert.deepEqual(types(detectorWith(allow), hidden), [])
  })

  test('a boilerplate pattern RE2 refuses is PHG_BAD_PATTERN', () => {
    assert.throws(
      () => allowList({ name: 'allow', boilerplate: [{ pattern: '(?=x)' }] }),
      (error: unknown) =>
        error instanceof PhiguardError &&
        error.code === 'PHG_BAD_PATTERN' &&
        error.message.startsWith('pattern of "allow boilerplate 1" is not supported by RE2'),
    )
  })

  test('an entry with both pattern and text is a TypeError', () => {
    assert.throws(() => allowList({ boilerplate: [{ pattern: 'a', text: 'a' }] }), {
      name: 'TypeError',
      message: 'allow-list boilerplate 1 needs exactly one of pattern and text',
    })
  })
})
