import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { paymentCardRecognizer } from '../../../src/detect/recognizers/payment-card-recognizer.js'
import { findWith } from '../../support/recognizer-findings.js'
import { validatorjsTable } from '../../support/vectors.js'

describe('payment-card recognizer finds the validator.js card numbers after "card"', () => {
  const table = validatorjsTable('isCreditCard', 6398)
  for (const value of table.valid ?? []) {
    test(value, () => {
      assert.deepEqual(findWith(paymentCardRecognizer, `Paid by card ${value} exp 05/30`), [
        { type: 'CREDIT_CARD', value },
      ])
    })
  }
})

describe('payment-card recognizer', () => {
  const rows: Array<[text: string, expected: string[], why: string]> = [
    ['Patient payment: card 5358 0624 1242 7822 exp', ['5358 0624 1242 7822'], 'grouped'],
    ['card 3782-822463-10005 exp 03/26', ['3782-822463-10005'], 'Amex 4-6-5'],
    ['4111111111111111', ['4111111111111111'], 'bare digits with a valid Luhn digit'],
    ['Order # 4111 1111 1111 1112', [], 'Luhn fails'],
    ['Control #: 5500000000000004', [], 'Luhn-valid but after "Control #"'],
    ['card 4111 11111 1111 111', [], 'groups no issuer prints'],
    ['x4111111111111111', [], 'inside a longer token'],
  ]
  for (const [text, expected, why] of rows) {
    test(why, () => {
      assert.deepEqual(
        findWith(paymentCardRecognizer, text).map((f) => f.value),
        expected,
      )
    })
  }
})
