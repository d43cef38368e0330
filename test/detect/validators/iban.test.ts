import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { isValidIban } from '../../../src/detect/validators/iban.js'
import { stdnumVectors, validatorjsTable } from '../../support/vectors.js'

/** The compact form both libraries validate: no spaces, upper case. */
const compact = (value: string): string => value.replace(/[\s.-]/g, '').toUpperCase()

describe('isValidIban agrees with validator.js isIBAN', () => {
  const table = validatorjsTable('isIBAN', 6208)
  for (const value of table.valid ?? []) {
    test(`valid: ${value}`, () => assert.equal(isValidIban(compact(value)), true))
  }
  for (const value of table.invalid ?? []) {
    test(`invalid: ${value}`, () => assert.equal(isValidIban(compact(value)), false))
  }
})

describe('isValidIban agrees with python-stdnum iban', () => {
  for (const vector of stdnumVectors('iban')) {
    test(`${vector.expected_valid ? 'valid' : 'invalid'}: ${vector.value}`, () => {
      assert.equal(isValidIban(compact(vector.value)), vector.expected_valid)
    })
  }
})

describe('isValidIban rules', () => {
  const rows: Array<[iban: string, valid: boolean, why: string]> = [
    ['GB82WEST12345698765432', true, 'the ECBS example'],
    ['GB82WEST1234569876543', false, 'one character short for GB'],
    ['GB83WEST12345698765432', false, 'check digits off by one'],
    ['XX82WEST12345698765432', false, 'no such country'],
    ['gb82west12345698765432', false, 'lower case is compacted by the caller'],
  ]
  for (const [iban, valid, why] of rows) {
    test(why, () => assert.equal(isValidIban(iban), valid))
  }
})
