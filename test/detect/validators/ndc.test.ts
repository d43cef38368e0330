import assert from 'node:assert/strict'
import { test } from 'node:test'

import { isNdcLayout } from '../../../src/detect/validators/ndc.js'

const rows: Array<[code: string, want: boolean]> = [
  ['0002-1433-80', true], // 4-4-2
  ['12345-678-90', true], // 5-3-2
  ['12345-6789-1', true], // 5-4-1
  ['12345-6789-01', true], // 5-4-2, the 11-digit billing form
  ['123-45-6789', false], // SSN layout
  ['1234-567-89', false], // 4-3-2 is not an FDA layout
  ['12345-6789', false], // two segments
  ['12345-67a9-1', false], // a letter
]
for (const [code, want] of rows) {
  test(`isNdcLayout(${code}) is ${want}`, () => assert.equal(isNdcLayout(code), want))
}
