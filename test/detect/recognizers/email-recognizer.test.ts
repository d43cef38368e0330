import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { emailRecognizer } from '../../../src/detect/recognizers/email-recognizer.js'
import { findWith } from '../../support/recognizer-findings.js'
import { validatorjsTable } from '../../support/vectors.js'

const table = validatorjsTable('isEmail', 111)
// Plain ASCII addresses; quoted local parts and non-ASCII domains are not read (yet).
const PLAIN = /^[\w.+-]+@[\w.-]+$/

describe('email recognizer finds the plain validator.js addresses in text', () => {
  for (const value of (table.valid ?? []).filter((v) => PLAIN.test(v))) {
    test(value, () => {
      assert.deepEqual(findWith(emailRecognizer, `Write to ${value} today`), [
        { type: 'EMAIL', value },
      ])
    })
  }
})

describe('email recognizer does not report validator.js non-addresses whole', () => {
  // Full-width letters are folded to ASCII on purpose (evasion), so "ｇｍａｉｌ.com" is found.
  const invalid = (table.invalid ?? []).filter((v) => !/[\uFF00-\uFFEF]/.test(v))
  for (const value of invalid) {
    test(JSON.stringify(value), () => {
      const found = findWith(emailRecognizer, value)
      assert.ok(!found.some((f) => f.value === value), `reported ${value}`)
    })
  }
})

describe('email recognizer', () => {
  const rows: Array<[text: string, expected: string[], why: string]> = [
    ['From: Ann Lee <a.lee@clinic-health.org>', ['a.lee@clinic-health.org'], 'angle brackets'],
    ['^NET^Internet^dorothy.waters11@gmail.com|||', ['dorothy.waters11@gmail.com'], 'HL7 XTN'],
    ['her email is miranda.short78@hotmail.com.', ['miranda.short78@hotmail.com'], 'sentence end'],
    ['mailto:.ann@x.org', ['ann@x.org'], 'a local part never starts with a dot'],
    ['see @handle on social media', [], 'no local part'],
    ['user@localhost', [], 'no top-level domain'],
  ]
  for (const [text, expected, why] of rows) {
    test(why, () =>
      assert.deepEqual(
        findWith(emailRecognizer, text).map((f) => f.value),
        expected,
      ),
    )
  }
})
