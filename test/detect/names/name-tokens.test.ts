import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { Join, keyOf, nameTokens } from '../../../src/detect/names/name-tokens.js'
import { ScanDocument } from '../../../src/detect/scan-document.js'

/** Each token as "word:join", the word without a possessive. */
function tokensOf(text: string): string[] {
  const tokens = nameTokens(new ScanDocument(text))
  return Array.from(
    { length: tokens.count },
    (_, i) => `${text.slice(tokens.start[i], tokens.nameEnd[i])}:${tokens.join[i]}`,
  )
}

describe('capitalised words and how each joins the one before', () => {
  type Row = [text: string, expected: string[]]
  const rows: Row[] = [
    ['Dr. J. Smith', [`Dr:${Join.None}`, `J:${Join.Dot}`, `Smith:${Join.Dot}`]], // dotted joins
    ['Smith, Mary', [`Smith:${Join.None}`, `Mary:${Join.Comma}`]], // inverted name
    ['WATERS^DOROTHY', [`WATERS:${Join.None}`, `DOROTHY:${Join.Caret}`]], // HL7 component
    ['Ellen Van der Berg', [`Ellen:${Join.None}`, `Van:${Join.Space}`, `Berg:${Join.Particle}`]],
    ['Smith and Walsh', [`Smith:${Join.None}`, `Walsh:${Join.Conjunction}`]], // firm
    ["St. Peter's Hospital", [`St:${Join.None}`, `Peter:${Join.Dot}`, `Hospital:${Join.Space}`]],
    ['Hettinger-Corkery', [`Hettinger-Corkery:${Join.None}`]], // one hyphenated word
    ['LAB01 Mary', [`Mary:${Join.None}`]], // a word glued to digits is a code
    ['Patient Mary', [`Mary:${Join.None}`]], // a plain common word cuts the run
  ]
  for (const [text, expected] of rows) {
    test(JSON.stringify(text), () => assert.deepEqual(tokensOf(text), expected))
  }
})

test('tokens are computed once per document and shared', () => {
  const doc = new ScanDocument('Mary Smith')

  assert.equal(nameTokens(doc), nameTokens(doc))
})

describe('keys ignore case, apostrophes, hyphens and periods', () => {
  const rows: Array<[word: string, key: string]> = [
    ["O'Hara", 'ohara'], // census spelling
    ['McDONALD', 'mcdonald'],
    ['Al-Sayed', 'alsayed'],
    ['St.', 'st'],
  ]
  for (const [word, key] of rows) test(word, () => assert.equal(keyOf(word), key))
})
