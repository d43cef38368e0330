import assert from 'node:assert/strict'
import { test } from 'node:test'

import { nameLexicon } from '../../../src/detect/names/name-lexicon.js'

test('the most frequent census names rank first', () => {
  const lexicon = nameLexicon()

  assert.equal(lexicon.surnameRank('Smith'), 1)
  assert.ok(lexicon.givenRank('JAMES') <= 2)
})

test('lookups ignore case and the apostrophe the census drops', () => {
  const lexicon = nameLexicon()

  assert.ok(lexicon.surnameRank("O'Brien") > 0)
  assert.equal(lexicon.surnameRank("O'Brien"), lexicon.surnameRank('OBRIEN'))
})

test('names outside the 1990 lists come from the hand-written extra list', () => {
  assert.ok(nameLexicon().givenRank('Oluwaseun') > 5000)
})

test('a word that is no name has rank 0', () => {
  assert.equal(nameLexicon().givenRank('hypertension'), 0)
  assert.equal(nameLexicon().surnameRank('zzzq'), 0)
})
