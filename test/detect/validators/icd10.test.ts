import assert from 'node:assert/strict'
import { test } from 'node:test'

import { isIcd10Code } from '../../../src/detect/validators/icd10.js'

const rows: Array<[code: string, want: boolean]> = [
  ['J18.9', true], // pneumonia, unspecified organism
  ['I10', true], // category only
  ['M17.11', true], // four characters
  ['S72.001A', true], // seventh-character extension
  ['C4A.9', true], // one of the categories with a letter third
  ['U07.1', false], // U codes are for WHO emergency use
  ['C4B.9', false], // no category has B third
  ['J18.', false], // dot without subcategory
  ['j18.9', false], // lower case
  ['J18.12345', false], // too long
]
for (const [code, want] of rows) {
  test(`isIcd10Code(${code}) is ${want}`, () => assert.equal(isIcd10Code(code), want))
}
