import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { Detector } from '../../../src/detect/detector.js'
import { organizationRecognizer } from '../../../src/detect/recognizers/organization-recognizer.js'
import { personEchoRecognizer } from '../../../src/detect/recognizers/person-echo-recognizer.js'
import { personRecognizer } from '../../../src/detect/recognizers/person-recognizer.js'

const detector = new Detector({
  builtIns: false,
  recognizers: [personRecognizer, organizationRecognizer, personEchoRecognizer],
})

/** Every person finding, as text, after overlaps are resolved. */
function namesIn(text: string): string[] {
  return detector
    .scan(text)
    .findings.filter((f) => f.type === 'PERSON')
    .map((f) => text.slice(f.start, f.end))
}

describe('a name found with confidence is found again elsewhere in the document', () => {
  type Row = [text: string, expected: string[]]
  const rows: Row[] = [
    // A surname from a "LAST, FIRST" heading, then in running text in another case.
    ['Subject: TOY, RAJ - prior auth\n\nToy is on our panel.', ['TOY, RAJ', 'Toy']],
    // A surname first seen after a title, then alone mid-sentence.
    ['To: Francis Herzog\n\nwe asked Herzog to sign.', ['Francis Herzog', 'Herzog']],
    // An everyday-word surname is found again only where capitalised.
    ['Provider: Dr. Brian Street\nStreet was kind. street parking', ['Brian Street', 'Street']],
    // A name from a lower-case mention is also looked for in lower case.
    ['spoke w/ diana adams today; adams agreed', ['diana adams', 'adams']],
    // Two words found again side by side are one name.
    ['Patient: Schimmel, June\nRecords for June Schimmel', ['Schimmel, June', 'June Schimmel']],
    // A possessive mention leaves the "'s" outside.
    ["my son Zayd has a rash. Document in Zayd's chart.", ['Zayd', 'Zayd']],
    ['Seen by Dr. Lindqvist. Referral from Lindqvist’s NP.', ['Lindqvist', 'Lindqvist']],
  ]
  for (const [text, expected] of rows) {
    test(JSON.stringify(text), () => assert.deepEqual(namesIn(text), expected))
  }
})

describe('echoes skip eponyms, addresses and organisations', () => {
  type Row = [text: string, expected: string[]]
  const rows: Row[] = [
    // Dr. Foley is a person; the catheter is not.
    ['Attending: Dr. Ollie Foley\nFoley catheter removed.', ['Ollie Foley']],
    // Inside an e-mail address or a URL the name is part of another identifier.
    ['From: Lillian Wood <l.wood@example.org>', ['Lillian Wood']],
    // A practice named after the doctor is an organisation.
    ['Provider: Dr. Rita Haley\nHaley Family Practice', ['Rita Haley']],
    // "Street address" after an everyday-word surname is a field label.
    ['Signature: Susie Street\nStreet address: 12 Oak St', ['Susie Street']],
  ]
  for (const [text, expected] of rows) {
    test(JSON.stringify(text), () => assert.deepEqual(namesIn(text), expected))
  }
})
