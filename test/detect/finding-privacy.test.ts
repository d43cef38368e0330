import assert from 'node:assert/strict'
import { test } from 'node:test'

import { Detector } from '../../src/detect/detector.js'

test('a scan result never holds the matched values, only offsets and reasons', () => {
  const values = [
    'Wilhelmina Okonjo',
    '345-67-8912',
    '(312) 555-0143',
    'w.okonjo@example.org',
    '00481516',
    '4821 Quillon Crossing',
  ]
  const text =
    `Patient: ${values[0]}  SSN ${values[1]}  Phone ${values[2]}  Email ${values[3]}\n` +
    `MRN: ${values[4]}  Address: ${values[5]}, Marrowby, OH 44101`

  const result = new Detector().scan(text)
  const serialised = JSON.stringify(result)

  assert.ok(result.findings.length >= values.length, 'every value is found')
  for (const value of values) {
    assert.equal(serialised.includes(value), false, `the result holds ${value}`)
  }
})
