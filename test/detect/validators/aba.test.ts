import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { checkDigitAba, isValidAbaRouting } from '../../../src/detect/validators/aba.js'
import { validatorjsTable } from '../../support/vectors.js'

describe('isValidAbaRouting agrees with validator.js isAbaRouting', () => {
  const table = validatorjsTable('isAbaRouting', 6188)
  for (const value of table.valid ?? []) {
    test(`valid: ${value}`, () => assert.equal(isValidAbaRouting(value), true))
  }
  for (const value of table.invalid ?? []) {
    test(`invalid: ${value}`, () => assert.equal(isValidAbaRouting(value), false))
  }
})

describe('isValidAbaRouting rules', () => {
  const rows: Array<[digits: string, valid: boolean, why: string]> = [
    ['011000015', true, 'Federal Reserve Bank of Boston'],
    ['789456124', false, 'checksum passes but 78 is no Federal Reserve range'],
    ['011000016', false, 'checksum fails'],
  ]
  for (const [digits, valid, why] of rows) {
    test(why, () => assert.equal(isValidAbaRouting(digits), valid))
  }

  test('checkDigitAba completes a routing number', () => {
    assert.equal(checkDigitAba('01100001'), '5')
    assert.equal(isValidAbaRouting(`12200066${checkDigitAba('12200066')}`), true)
  })
})
