import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { checkDigitNpi, isValidNpi } from '../../../src/detect/validators/npi.js'

describe('isValidNpi applies the CMS Luhn check over the 80840 prefix', () => {
  const rows: Array<[digits: string, valid: boolean, why: string]> = [
    ['1234567893', true, 'the CMS example'],
    ['1234567890', false, 'wrong check digit'],
    ['3234567891', false, 'first digit must be 1 or 2'],
    ['123456789', false, 'nine digits'],
    ['12345678931', false, 'eleven digits'],
    ['1245319599', true, 'a second valid number'],
  ]
  for (const [digits, valid, why] of rows) {
    test(why, () => assert.equal(isValidNpi(digits), valid))
  }
})

describe('checkDigitNpi', () => {
  test('completes the CMS example', () => assert.equal(checkDigitNpi('123456789'), '3'))
  test('every payload from 2 gets a digit that validates', () => {
    for (const payload of ['200000000', '287654321', '199999999']) {
      assert.equal(isValidNpi(payload + checkDigitNpi(payload)), true, payload)
    }
  })
  test('refuses a payload not starting with 1 or 2', () => {
    assert.throws(() => checkDigitNpi('323456789'), TypeError)
  })
})
