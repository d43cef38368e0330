import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { checkDigitDea, isValidDea } from '../../../src/detect/validators/dea.js'

describe('isValidDea checks the registrant type and the check digit', () => {
  const rows: Array<[id: string, valid: boolean, why: string]> = [
    ['AB1234563', true, '1+3+5 + 2*(2+4+6) = 33, check digit 3'],
    ['AB1234564', false, 'wrong check digit'],
    ['MJ0000000', true, 'mid-level practitioner, all zeros'],
    ['A91234563', true, 'second character 9 for a business name'],
    ['ZB1234563', false, 'Z is no registrant type'],
    ['IB1234563', false, 'I is no registrant type'],
    ['ab1234563', false, 'letters must be upper case'],
    ['AB123456', false, 'six digits'],
  ]
  for (const [id, valid, why] of rows) {
    test(why, () => assert.equal(isValidDea(id), valid))
  }
})

describe('checkDigitDea', () => {
  test('computes the last digit of the weighted sum', () => {
    assert.equal(checkDigitDea('123456'), '3')
    assert.equal(checkDigitDea('975310'), '5') // 9+5+1 + 2*(7+3+0) = 35
  })
  test('refuses five digits', () => assert.throws(() => checkDigitDea('12345'), TypeError))
})
