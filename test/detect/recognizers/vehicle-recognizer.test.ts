import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { vehicleRecognizer } from '../../../src/detect/recognizers/vehicle-recognizer.js'
import { findWith } from '../../support/recognizer-findings.js'

describe('vehicle recognizer', () => {
  const rows: Array<[text: string, expected: string[], why: string]> = [
    ['VIN 1M8GDM9AXKP042788  Plate TSA 071', ['1M8GDM9AXKP042788', 'TSA 071'], 'VIN and plate'],
    ['Visitor lot permit plate: NV 8KRT412', ['8KRT412'], 'the state code stays outside'],
    ['his pickup truck, plate TX-BW4417', ['BW4417'], 'a state code joined by a hyphen'],
    ['serial 1HGCM82633A004352 noted', ['1HGCM82633A004352'], 'valid check digit alone'],
    ['VIN: 1HGCM82643A004352', ['1HGCM82643A004352'], 'labelled VIN without a check digit'],
    ['ref 1HGCM82643A004352', [], 'unlabelled and the check digit fails'],
    ['License plate: 7ABC123', ['7ABC123'], 'labelled plate'],
    ['Vehicle: 2014 sedan, plate ZGM-2928', ['ZGM-2928'], 'plate with a dash'],
    ['Transfer to a plate 350F for 2 min', [], 'a kitchen plate'],
    ['Plate: ABCDEFG', [], 'a plate needs a digit'],
    ['12345678901234567', [], 'digits only'],
  ]
  for (const [text, expected, why] of rows) {
    test(why, () => {
      const found = findWith(vehicleRecognizer, text)
      assert.deepEqual(
        found.map((f) => f.value),
        expected,
      )
      assert.ok(found.every((f) => f.type === 'VEHICLE_ID'))
    })
  }
})
