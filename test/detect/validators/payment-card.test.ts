import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { isValidPaymentCard } from '../../../src/detect/validators/payment-card.js'
import { validatorjsTable } from '../../support/vectors.js'

describe('isValidPaymentCard agrees with validator.js isCreditCard', () => {
  const table = validatorjsTable('isCreditCard', 6398)
  for (const value of table.valid ?? []) {
    test(`valid: ${value}`, () =>
      assert.equal(isValidPaymentCard(value.replace(/[ -]/g, '')), true))
  }
  for (const value of table.invalid ?? []) {
    test(`invalid: ${value}`, () =>
      assert.equal(isValidPaymentCard(value.replace(/[ -]/g, '')), false))
  }
})

describe('isValidPaymentCard needs a network prefix and length', () => {
  const rows: Array<[digits: string, valid: boolean, why: string]> = [
    ['4111111111111111', true, 'Visa test number'],
    ['378282246310005', true, 'Amex, 15 digits'],
    ['6011111111111117', true, 'Discover'],
    ['2221000000000009', true, 'Mastercard 2-series, first BIN'],
    ['1111111111111117', false, 'Luhn-valid but no network starts with 1'],
    ['4111111111111112', false, 'Luhn fails'],
    ['37828224631000', false, 'Amex prefix with a Visa-like length'],
  ]
  for (const [digits, valid, why] of rows) {
    test(why, () => assert.equal(isValidPaymentCard(digits), valid))
  }
})
