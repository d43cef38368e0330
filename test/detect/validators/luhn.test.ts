import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { isLuhnValid, luhnCheckDigit } from '../../../src/detect/validators/luhn.js'
import { stdnumVectors, validatorjsTable } from '../../support/vectors.js'

describe('isLuhnValid accepts the public Luhn vectors', () => {
  const table = validatorjsTable('isLuhnNumber', 6370)
  for (const value of table.valid ?? []) {
    // validator.js allows spaces and dashes between groups; ours takes digits only.
    test(`valid: ${value}`, () => assert.equal(isLuhnValid(value.replace(/[ -]/g, '')), true))
  }
  for (const value of table.invalid ?? []) {
    test(`invalid: ${JSON.stringify(value)}`, () => assert.equal(isLuhnValid(value), false))
  }
  for (const vector of stdnumVectors('luhn')) {
    test(`stdnum ${vector.value}`, () =>
      assert.equal(isLuhnValid(vector.value), vector.expected_valid))
  }
})

describe('luhnCheckDigit completes a payload', () => {
  const rows: Array<[payload: string, digit: string]> = [
    ['453957876362148', '6'], // a Visa-length payload
    ['7992739871', '3'], // the textbook example
    ['0', '0'], // zero needs no correction
  ]
  for (const [payload, digit] of rows) {
    test(`${payload} -> ${digit}`, () => {
      assert.equal(luhnCheckDigit(payload), digit)
      assert.equal(isLuhnValid(payload + digit), true)
    })
  }

  test('refuses non-digits', () => assert.throws(() => luhnCheckDigit('12a'), TypeError))
})
