import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { deaRecognizer } from '../../../src/detect/recognizers/dea-recognizer.js'
import { findWith } from '../../support/recognizer-findings.js'

describe('dea recognizer', () => {
  const rows: Array<[text: string, expected: string[], why: string]> = [
    ['NPI: 1234567893   DEA: AB1234563', ['AB1234563'], 'labelled'],
    ['DEA# MJ0000000', ['MJ0000000'], 'label with #'],
    ['DEA: AB1234564', [], 'wrong check digit'],
    ['DEA: ZB1234563', [], 'Z is no registrant type'],
    ['Member ID AB1234563', [], 'valid shape without a DEA label'],
  ]
  for (const [text, expected, why] of rows) {
    test(why, () =>
      assert.deepEqual(
        findWith(deaRecognizer, text).map((f) => f.value),
        expected,
      ),
    )
  }
})
