import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { medicareRecognizer } from '../../../src/detect/recognizers/medicare-recognizer.js'
import { findWith } from '../../support/recognizer-findings.js'

describe('medicare recognizer', () => {
  const rows: Array<[text: string, expected: string[], why: string]> = [
    ['Medicare MBI: 1EG4-TE5-MK73.', ['1EG4-TE5-MK73'], 'labelled, 4-3-4'],
    ['MBI 5QX7AH2KD91', ['5QX7AH2KD91'], 'labelled, whole'],
    ['ref 1EG4TE5MK73', ['1EG4TE5MK73'], 'the position rules are rare in other text'],
    ['Medicare: 1EG4-TE5MK73', [], 'one dash only'],
    ['Medicare: 1SG4TE5MK73', [], 'S is never used'],
    ['Part 1EG4TE5MK73', [], 'a part number label'],
    ['X1EG4TE5MK73', [], 'inside a longer token'],
  ]
  for (const [text, expected, why] of rows) {
    test(why, () => {
      assert.deepEqual(
        findWith(medicareRecognizer, text).map((f) => f.value),
        expected,
      )
    })
  }
})
