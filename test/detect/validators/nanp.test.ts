import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { isValidNanp } from '../../../src/detect/validators/nanp.js'

describe('isValidNanp applies the numbering-plan rules', () => {
  const rows: Array<[digits: string, valid: boolean, why: string]> = [
    ['3125550199', true, 'fictional 555-01xx numbers are still phone numbers'],
    ['13125550199', true, 'leading country code 1'],
    ['2125551234', true, 'a New York number'],
    ['1125550199', false, 'area code starts with 1'],
    ['0125550199', false, 'area code starts with 0'],
    ['3121550199', false, 'exchange starts with 1'],
    ['9115550199', false, 'area code 911 is a service code'],
    ['3124110199', false, 'exchange 411 is a service code'],
    ['23125550199', false, 'eleven digits without the country code 1'],
    ['312555019', false, 'nine digits'],
  ]
  for (const [digits, valid, why] of rows) {
    test(why, () => assert.equal(isValidNanp(digits), valid))
  }
})
