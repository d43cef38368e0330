import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { credentialAfter, cueBefore } from '../../../src/detect/names/name-cues.js'
import { ScanDocument } from '../../../src/detect/scan-document.js'

/** The cue before the word "Lee" in `text`. */
function cueOf(text: string): string | undefined {
  return cueBefore(new ScanDocument(text), text.lastIndexOf('Lee'))
}

describe('the cue before a name', () => {
  const rows: Array<[text: string, cue: string | undefined]> = [
    ['Attending: Lee', 'label'], // field label
    ['Last name: Adams   First name: Lee', 'label'], // the nearest label on the line
    ['Emergency contact: Lee', 'label'], // two-word label
    ['Wife: Lee', 'label'], // a relation word as a label
    ['Dear Dr. Lee', 'title'], // title with a period
    ['signed by Lee', 'verb'], // two-word phrase
    ['follow up with Lee', 'verb'], // three-word phrase
    ['accompanied by his partner, Lee', 'relation'], // relation then comma
    ['Husband (Lee)', 'relation'], // relation then parenthesis
    ['Hi Lee,', 'greeting'],
    ['Thanks,\nLee\nFront Desk', 'signoff'], // sign-off on the line above
    ['Sincerely,\n\nLee', 'signoff'], // blank line between
    ['thx\nLee', 'signoff'], // a sign-off without a comma
    ['From: "Lee', 'label'], // an opening quote after the label
    ['please call his wife\nLee at home', 'relation'], // a wrapped line reads as a space
    ['Diagnosis: Lee', undefined], // a label that is not about a person
    ['The drug. Lee', undefined], // a sentence ended
    ['We saw Lee', undefined], // no cue word
  ]
  for (const [text, cue] of rows) test(JSON.stringify(text), () => assert.equal(cueOf(text), cue))
})

describe('a credential after a name', () => {
  const rows: Array<[after: string, expected: boolean]> = [
    [', MD on 1/2', true],
    [', M.D.', true],
    [' RN 01/05', true],
    [', PA-C', true],
    [', PharmD:', true],
    [', MD 21201', false], // Maryland and a ZIP code
    [', PA.', false], // a bare PA is more often Pennsylvania
    [' do not', false], // the word "do"
  ]
  for (const [after, expected] of rows) {
    test(JSON.stringify(after), () => {
      assert.equal(credentialAfter(new ScanDocument(`Jane Roe${after}`), 8), expected)
    })
  }
})
