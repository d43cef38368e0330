import assert from 'node:assert/strict'
import { test } from 'node:test'

import { isDateShaped, isPlausibleRecordId } from '../../../src/detect/validators/record-id.js'

const rows: Array<[token: string, minDigits: number | undefined, want: boolean]> = [
  ['HAR100293847', undefined, true], // letters then digits
  ['684-46-26', undefined, true], // dashed MRN, not a date
  ['GA37548', undefined, true], // five digits are enough
  ['AB123', undefined, false], // three digits are not
  ['0000000', undefined, false], // one digit repeated: a placeholder
  ['2021-03-04', undefined, false], // ISO date
  ['03-04-2021', undefined, false], // US date
  ['13-45-2021', undefined, true], // no such month or day
  ['123', undefined, false], // too short
  ['A'.repeat(27) + '1234', undefined, false], // too long
  ['1234567', 6, true], // header MRN needs six digits
  ['AB12345', 6, false],
]
for (const [token, minDigits, want] of rows) {
  test(`isPlausibleRecordId(${token}, ${minDigits ?? 'default'}) is ${want}`, () => {
    assert.equal(isPlausibleRecordId(token, minDigits), want)
  })
}

test('isDateShaped accepts day-first and month-first, refuses impossible dates', () => {
  assert.equal(isDateShaped('31-12-99'), true)
  assert.equal(isDateShaped('12-31-99'), true)
  assert.equal(isDateShaped('2021-13-01'), false)
  assert.equal(isDateShaped('684-46-26'), false)
})
