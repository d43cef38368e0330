import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { isValidIp, isValidIpv4, isValidIpv6 } from '../../../src/detect/validators/ip.js'
import { validatorjsTable } from '../../support/vectors.js'

describe('isValidIp agrees with validator.js isIP (any version)', () => {
  const table = validatorjsTable('isIP', 5)
  for (const value of table.valid ?? []) {
    test(`valid: ${value}`, () => assert.equal(isValidIp(value), true))
  }
  for (const value of table.invalid ?? []) {
    test(`invalid: ${value}`, () => assert.equal(isValidIp(value), false))
  }
})

describe('isValidIpv4 agrees with validator.js isIP version 4', () => {
  const table = validatorjsTable('isIP', 112)
  for (const value of table.valid ?? []) {
    test(`valid: ${value}`, () => assert.equal(isValidIpv4(value), true))
  }
  for (const value of table.invalid ?? []) {
    test(`invalid: ${value}`, () => assert.equal(isValidIpv4(value), false))
  }
})

describe('isValidIpv6 agrees with validator.js isIP version 6', () => {
  const table = validatorjsTable('isIP', 133)
  for (const value of table.valid ?? []) {
    test(`valid: ${value}`, () => assert.equal(isValidIpv6(value), true))
  }
  for (const value of table.invalid ?? []) {
    test(`invalid: ${value}`, () => assert.equal(isValidIpv6(value), false))
  }
})

describe('IPv6 compression and time-like text', () => {
  const rows: Array<[text: string, valid: boolean, why: string]> = [
    ['2601:1bc3:b:5b::4', true, 'a compressed portal address'],
    ['2001:db8::1::2', false, '"::" twice'],
    ['1:2:3:4:5:6:7:8:9', false, 'nine groups'],
    ['12:30:45', false, 'a time of day is three groups without "::"'],
    ['00:1A:2B:3C:4D:5E', false, 'a MAC address is six groups'],
  ]
  for (const [text, valid, why] of rows) {
    test(why, () => assert.equal(isValidIpv6(text), valid))
  }
})
