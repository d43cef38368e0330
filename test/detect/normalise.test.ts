import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { normalise } from '../../src/detect/normalise.js'
import { mapSpan } from '../../src/detect/offset-map.js'

describe('normalise', () => {
  // [what, input, expected normalised text]
  const rows: Array<[string, string, string]> = [
    ['plain ASCII is untouched', 'MRN 00123456', 'MRN 00123456'],
    ['full-width digits and letters fold', 'ＭＲＮ １２３', 'MRN 123'],
    ['Arabic-Indic digits take their values', 'ID \u0664\u0665\u0666', 'ID 456'],
    ['astral mathematical digits become one character each', '𝟗𝟖𝟕', '987'],
    ['zero-width and bidi characters are removed', 'a\u200bb\u200ec\u2060d\ufeff', 'abcd'],
    ['soft hyphens are removed', '12\u00ad34', '1234'],
    ['decimal and hex character references decode', '&#53;&#x36;7 &amp; x', '567 & x'],
    ['a reference to a zero-width space vanishes', '1&#8203;2', '12'],
    ['unknown references stay as written', '&bogus; &#xZZ;', '&bogus; &#xZZ;'],
    ['dash and space variants become ASCII', '1\u20132\u00a03\u22124', '1-2 3-4'],
    ['Cyrillic look-alikes become Latin', '\u0410\u0412\u0421', 'ABC'],
    ['digits spread one by one are joined', 'SSN 3 4 5 6 7 8 9 1 2 ok', 'SSN 345678912 ok'],
    ['short spread runs stay (a list, not a number)', 'grades 1 2 3 4', 'grades 1 2 3 4'],
    ['quoted-printable decodes with soft breaks', 'a=3D1=\r\nb=2D2=20c', 'a=1b-2 c'],
    ['a lab value alone is not quoted-printable', 'eGFR=60 mL/min', 'eGFR=60 mL/min'],
  ]
  for (const [what, input, expected] of rows) {
    test(what, () => {
      assert.equal(normalise(input).text, expected)
    })
  }

  test('plain text carries no offset map', () => {
    assert.equal(normalise('Seen today, plan unchanged.').map, undefined)
  })

  // [what, input, a substring of the normalised text, the original it must map to]
  const spans: Array<[string, string, string, string]> = [
    ['full-width', 'SSN ３４５-６７-８９１２.', '345-67-8912', '３４５-６７-８９１２'],
    ['zero-width inside', 'x 34\u200b5 y', '345', '34\u200b5'],
    ['entities', 'id &#51;&#52;5 z', '345', '&#51;&#52;5'],
    ['astral digits before', '𝟏 then 345', '345', '345'],
    ['spread digits', 'n 3-4-5-6-7-8 m', '345678', '3-4-5-6-7-8'],
    ['quoted-printable', 'k =33=34=35=\r\n6 j', '3456', '=33=34=35=\r\n6'],
  ]
  for (const [what, input, needle, original] of spans) {
    test(`offsets map back to the original: ${what}`, () => {
      const { text, map } = normalise(input)
      const at = text.indexOf(needle)
      assert.notEqual(at, -1, `normalised text ${JSON.stringify(text)} lacks ${needle}`)

      const [start, end] = mapSpan(map, at, at + needle.length)

      assert.equal(input.slice(start, end), original)
    })
  }
})
