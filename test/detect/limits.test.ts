import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { Detector } from '../../src/detect/detector.js'
import { LimitExceededError } from '../../src/errors.js'

/** Calls scan and returns what it threw; fails if it returned a result instead. */
function thrownBy(detector: Detector, text: string): LimitExceededError {
  let result: unknown
  try {
    result = detector.scan(text)
  } catch (error) {
    assert.ok(error instanceof LimitExceededError, `threw ${String(error)}`)
    return error
  }
  assert.fail(`scan returned a result instead of failing: ${JSON.stringify(result).slice(0, 200)}`)
}

describe('scan limits fail closed: a coded error, never a partial result', () => {
  test('maxChars: text longer than the bound', () => {
    const error = thrownBy(new Detector({ limits: { maxChars: 100 } }), 'x'.repeat(101))
    assert.equal(error.code, 'PHG_INPUT_TOO_LARGE')
    assert.equal(error.limit, 'maxChars')
    assert.equal(error.max, 100)
    assert.equal(error.message, 'text of 101 characters exceeds maxChars 100; use scanStream')
  })

  test('maxChars: text exactly at the bound is scanned', () => {
    const result = new Detector({ limits: { maxChars: 100 } }).scan('x'.repeat(100))
    assert.equal(result.scannedChars, 100)
  })

  test('timeoutMs 0 with a large input', () => {
    const text = 'Patient Jane Roe, SSN 219-55-0101, seen 03/04/2021. '.repeat(40_000)
    const error = thrownBy(new Detector({ limits: { timeoutMs: 0 } }), text)
    assert.equal(error.code, 'PHG_SCAN_TIMEOUT')
    assert.equal(error.limit, 'timeoutMs')
    assert.equal(error.max, 0)
    assert.equal(error.message, 'scan exceeded timeoutMs 0')
  })

  test('maxFindings: more findings than the bound', () => {
    const text = 'SSN 219-55-0101. '.repeat(20)
    const error = thrownBy(new Detector({ limits: { maxFindings: 5 } }), text)
    assert.equal(error.code, 'PHG_TOO_MANY_FINDINGS')
    assert.equal(error.limit, 'maxFindings')
    assert.equal(error.max, 5)
    assert.equal(error.message, 'scan produced more than maxFindings 5 findings')
  })

  test('maxFindings: as many findings as the bound pass', () => {
    const text = 'SSN 219-55-0101. '.repeat(5)
    const result = new Detector({ limits: { maxFindings: 5 } }).scan(text)
    assert.equal(result.findings.filter((f) => f.type === 'SSN').length, 5)
  })
})
