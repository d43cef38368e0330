import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { ipAddressRecognizer } from '../../../src/detect/recognizers/ip-address-recognizer.js'
import { findWith } from '../../support/recognizer-findings.js'
import { validatorjsTable } from '../../support/vectors.js'

describe('ip-address recognizer finds validator.js addresses after "from"', () => {
  const table = validatorjsTable('isIP', 5)
  // Addresses with three or more groups; "::1"-like shorthands carry too little to report.
  const values = (table.valid ?? []).filter((v) => v.split(/[:.]/).filter(Boolean).length >= 3)
  for (const value of values.filter((v) => !v.startsWith('0'))) {
    test(value, () => {
      assert.deepEqual(findWith(ipAddressRecognizer, `failed logins from ${value} today`), [
        { type: 'IP_ADDRESS', value },
      ])
    })
  }
})

describe('ip-address recognizer', () => {
  const rows: Array<[text: string, expected: string[], why: string]> = [
    ['Audit log shows failed attempts from 136.111.189.166 and', ['136.111.189.166'], 'IPv4'],
    ['attempts from 2001:7bb9:be1:f::0bf on', ['2001:7bb9:be1:f::0bf'], 'IPv6'],
    ['seen at 203.0.113.207', ['203.0.113.207'], 'a large octet needs no context'],
    ['Bumped libfoo to 10.5.8.22 to fix', [], 'a library version'],
    ['libfoo 6.11.5.62', [], 'a library name right before'],
    ['Version of template: 9.0.0.85', [], 'template version'],
    ['(serial no. 01575183739, firmware 4.0.11.54)', [], 'firmware'],
    ['Build IDs now use the 3.7.3.6 scheme', [], 'a build scheme'],
    ['ref 10.5.8.22', [], 'small octets without context read as a version'],
    ['Date: Sun, 11 Feb 2018 20:54:22 -0500', [], 'a time of day'],
    ['MAC 00:1A:2B:3C:4D:5E', [], 'a MAC address'],
    ['from 256.1.1.1', [], 'an octet over 255'],
    // The organisation's own machines are no patient's connection
    ['Primary DB server 10.8.0.14 failed over', [], 'a private server address'],
    ['set the default gateway to 192.168.1.254', [], 'a private gateway'],
    ['replica node at 172.20.5.9 lagged', [], 'a private node'],
    ['VPN concentrator 64.12.190.250 restarted', [], 'a public address of a VPN box'],
    ['listens on 145.220.13.77 port 8443', [], 'a service port'],
    ['link-local fe80::1c2a:3bff:fe4d:9a10 on eth0', [], 'an IPv6 link-local address'],
    ['member signed in from 73.158.41.220 at 21:04', ['73.158.41.220'], 'a sign-in'],
  ]
  for (const [text, expected, why] of rows) {
    test(why, () => {
      assert.deepEqual(
        findWith(ipAddressRecognizer, text).map((f) => f.value),
        expected,
      )
    })
  }
})
