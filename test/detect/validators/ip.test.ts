import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import {
  isInternalIpv4,
  isInternalIpv6,
  isValidIp,
  isValidIpv4,
  isValidIpv6,
} from '../../../src/detect/validators/ip.js'
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

describe('internal addresses are told from public ones', () => {
  const v4: Array<[address: string, internal: boolean, why: string]> = [
    ['10.200.3.4', true, 'RFC 1918 10/8'],
    ['172.16.0.1', true, 'RFC 1918 172.16/12, first'],
    ['172.31.255.254', true, 'RFC 1918 172.16/12, last'],
    ['172.32.0.1', false, 'just past 172.16/12'],
    ['192.168.44.2', true, 'RFC 1918 192.168/16'],
    ['100.72.9.1', true, 'carrier-grade NAT'],
    ['169.254.10.10', true, 'link-local'],
    ['127.0.0.1', true, 'loopback'],
    ['239.1.1.1', true, 'multicast'],
    ['73.158.41.220', false, 'a home broadband address'],
  ]
  for (const [address, internal, why] of v4) {
    test(why, () => assert.equal(isInternalIpv4(address), internal))
  }
  const v6: Array<[address: string, internal: boolean, why: string]> = [
    ['fd12:3456:789a::1', true, 'unique local'],
    ['fe80::a6db:30ff:fe98:e946', true, 'link-local'],
    ['::1', true, 'loopback'],
    ['2a01:4f8:c17:2b6e::1', false, 'a hosting provider'],
  ]
  for (const [address, internal, why] of v6) {
    test(why, () => assert.equal(isInternalIpv6(address), internal))
  }
})
