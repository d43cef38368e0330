import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { bankAccountRecognizer } from '../../../src/detect/recognizers/bank-account-recognizer.js'
import { findWith } from '../../support/recognizer-findings.js'
import { validatorjsTable } from '../../support/vectors.js'

describe('bank-account recognizer', () => {
  const rows: Array<[text: string, expected: string[], why: string]> = [
    [
      'Refund via ACH: routing 122105155 account 200504473463 (savings)',
      ['200504473463'],
      'ACH refund: the account, not the routing number',
    ],
    ['Refund via ACH: routing 061000104 account 3565-878696-21', ['3565-878696-21'], 'dashes'],
    ['Direct deposit to checking acct #123456789012', ['123456789012'], 'acct #'],
    ['Account number 000123456789, routing number 011000015', ['000123456789'], 'bank word after'],
    ['Patient Acct No: 78553608', [], 'a hospital account without banking words'],
    ['Group: 53186-ABA\nPatient Acct No: 8376683032', [], 'banking words on another line'],
    ['Routing number 011000015', [], 'a routing number names a bank'],
    [
      'Refund to:\n Routing no. 122105155\n Account: 55012047731\n',
      ['55012047731'],
      'routing number on the line before the account',
    ],
    ['Routing: see reverse\n\nAccount: 55012047731', [], 'a blank line ends the block'],
    ['IBAN: DE89 3704 0044 0532 0130 00 please', ['DE89 3704 0044 0532 0130 00'], 'IBAN'],
    ['IBAN GB82WEST12345698765432', ['GB82WEST12345698765432'], 'compact IBAN'],
    ['IBAN GB83WEST12345698765432', [], 'IBAN check digits fail'],
  ]
  for (const [text, expected, why] of rows) {
    test(why, () => {
      const found = findWith(bankAccountRecognizer, text)
      assert.deepEqual(
        found.map((f) => f.value),
        expected,
      )
      assert.ok(found.every((f) => f.type === 'BANK_ACCOUNT'))
    })
  }
})

describe('bank-account recognizer finds the validator.js IBANs', () => {
  for (const value of validatorjsTable('isIBAN', 6208).valid ?? []) {
    test(value, () => {
      assert.deepEqual(findWith(bankAccountRecognizer, `Wire to ${value} today`), [
        { type: 'BANK_ACCOUNT', value },
      ])
    })
  }
})
