import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { checkDigitVin, isValidVin } from '../../../src/detect/validators/vin.js'

describe('isValidVin checks position 9', () => {
  const rows: Array<[vin: string, valid: boolean, why: string]> = [
    ['1M8GDM9AXKP042788', true, 'the 49 CFR 565 example, check character X'],
    ['1HGCM82633A004352', true, 'check digit 3'],
    ['11111111111111111', true, 'all ones: the weighted sum is 1 mod 11'],
    ['1HGCM82643A004352', false, 'wrong check digit'],
    ['1M8GDM9AXKP04278', false, 'sixteen characters'],
    ['1M8GDM9AXKP0427I8', false, 'I is never used'],
    ['1M8GDM9AXKP0427O8', false, 'O is never used'],
    ['1M8GDM9AXKP0427Q8', false, 'Q is never used'],
    ['1m8gdm9axkp042788', false, 'letters must be upper case'],
  ]
  for (const [vin, valid, why] of rows) {
    test(why, () => assert.equal(isValidVin(vin), valid))
  }
})

describe('checkDigitVin', () => {
  test('computes X for a remainder of 10', () => {
    assert.equal(checkDigitVin('1M8GDM9A_KP042788'), 'X')
  })
  test('makes any seventeen characters valid', () => {
    const vin = '5YJ3E1EA0KF000000'
    const fixed = `${vin.slice(0, 8)}${checkDigitVin(vin)}${vin.slice(9)}`
    assert.equal(isValidVin(fixed), true)
  })
  test('refuses another length', () => assert.throws(() => checkDigitVin('1M8'), TypeError))
})
