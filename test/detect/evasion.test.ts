import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import fc from 'fast-check'

import { Detector } from '../../src/detect/detector.js'
import type { IdentifierType } from '../../src/detect/entity-types.js'
import { ENCODING_FORMS, EVASION_FORMS, quotedPrintable } from '../support/evasion.js'
import { IDENTIFIER_KINDS } from '../support/identifiers.js'

const detector = new Detector()

function spansOf(type: IdentifierType, text: string): Array<[number, number]> {
  return detector
    .scan(text)
    .findings.filter((f) => f.type === type)
    .map((f) => [f.start, f.end])
}

for (const kind of IDENTIFIER_KINDS) {
  describe(`evasion: a disguised ${kind.type} is found where it stands`, () => {
    for (const form of EVASION_FORMS) {
      test(form.name, () => {
        fc.assert(
          fc.property(kind.valid, (value) => {
            const disguised = form.disguise(value)
            const text = `${kind.label}${disguised} on file.`
            const start = kind.label.length

            assert.deepEqual(spansOf(kind.type, text), [[start, start + disguised.length]])
          }),
          { numRuns: 40 },
        )
      })
    }

    for (const form of ENCODING_FORMS) {
      test(`${form.name}: the finding covers the encoded run`, () => {
        fc.assert(
          fc.property(kind.valid, (value) => {
            const encoded = form.encode(`${kind.label}${value} on file.`)
            const text = `attachment follows\r\n${encoded}\r\n-- end`
            const start = text.indexOf(encoded)

            const found = spansOf(kind.type, text)
            assert.ok(found.length > 0, `no ${kind.type} found in the encoded run`)
            for (const [s, e] of found) {
              assert.ok(s >= start && e <= start + encoded.length, 'finding outside the run')
            }
          }),
          { numRuns: 25 },
        )
      })
    }

    test('quoted-printable with soft line breaks', () => {
      fc.assert(
        fc.property(kind.valid, (value) => {
          const text = quotedPrintable(`${kind.label}${value} on file.`)
          const found = spansOf(kind.type, text)

          assert.equal(found.length, 1, `expected one ${kind.type} in ${JSON.stringify(text)}`)
        }),
        { numRuns: 25 },
      )
    })
  })

  describe(`evasion: a ${kind.type} that breaks its rules is not reported in any form`, () => {
    for (const form of EVASION_FORMS) {
      test(form.name, () => {
        fc.assert(
          fc.property(kind.invalid, (value) => {
            const text = `${kind.label}${form.disguise(value)} on file.`

            assert.deepEqual(spansOf(kind.type, text), [])
          }),
          { numRuns: 25 },
        )
      })
    }
  })
}
