import assert from 'node:assert/strict'
import { test } from 'node:test'

import { termPattern } from '../../src/detect/term-pattern.js'

function matches(terms: string[], text: string): string[] {
  return [...text.matchAll(termPattern(terms))].map((m) => m[0])
}

test('shared prefixes become one branch', () => {
  assert.equal(termPattern(['asthma', 'aspirin']).source, '\\b(?:as(?:thma|pirin))\\b')
})

test('the longest term wins, and a shorter one is kept when the longer is not there', () => {
  const terms = ['heart failure', 'heart failure with reduced ejection fraction']
  const text = 'heart failure with reduced ejection fraction; heart failure with edema'

  assert.deepEqual(matches(terms, text), [
    'heart failure with reduced ejection fraction',
    'heart failure',
  ])
})

test('terms match only as whole words', () => {
  assert.deepEqual(matches(['gout'], 'gout, goutweed, ragout'), ['gout'])
})

test('regex characters in terms are literal', () => {
  assert.deepEqual(matches(['covid-19', 'a.b'], 'covid-19 and axb and a.b'), ['covid-19', 'a.b'])
})
