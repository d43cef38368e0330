import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { healthTermRecognizer } from '../../../src/detect/recognizers/health-term-recognizer.js'
import { ScanDocument } from '../../../src/detect/scan-document.js'

function found(text: string): string[] {
  return healthTermRecognizer
    .find(new ScanDocument(text), [])
    .map((c) => `${c.type} ${text.slice(c.start, c.end)}`)
}

describe('health-term: diagnoses and medications from the word lists', () => {
  const rows: Array<[name: string, text: string, want: string[]]> = [
    // Any case, whole words
    [
      'condition and drug',
      'Hx of Asthma on albuterol',
      ['DIAGNOSIS Asthma', 'MEDICATION albuterol'],
    ],
    [
      'upper case from HL7',
      'I50.9^CONGESTIVE HEART FAILURE^I10',
      ['DIAGNOSIS CONGESTIVE HEART FAILURE'],
    ],
    // The longest phrase wins over its prefix
    ['longest phrase', 'osteoarthritis of the knee', ['DIAGNOSIS osteoarthritis of the knee']],
    [
      'prefix when the phrase is not there',
      'osteoarthritis of the hip',
      ['DIAGNOSIS osteoarthritis'],
    ],
    // Eponyms with either apostrophe
    ['straight apostrophe', "Crohn's disease", ["DIAGNOSIS Crohn's disease"]],
    ['typographic apostrophe', 'Crohn’s disease', ['DIAGNOSIS Crohn’s disease']],
    // Hyphenated combination drugs
    ['combination drug', 'Carbidopa-levodopa 25/100', ['MEDICATION Carbidopa-levodopa']],
    // Not inside longer words
    ['not inside a word', 'goutweed and preasthmatic', []],
    // Recipes hold no health terms
    ['recipe', 'Whisk the flour and sugar, simmer 20 minutes', []],
  ]
  for (const [name, text, want] of rows) {
    test(name, () => assert.deepEqual(found(text), want))
  }
})

test('health-term: findings are health information, with a list named as the pattern', () => {
  const [candidate] = healthTermRecognizer.find(new ScanDocument('metformin'), [])
  assert.ok(candidate)

  assert.equal(candidate.type, 'MEDICATION')
  assert.equal(candidate.pattern, 'medication list')
})
