import type { Candidate } from '../candidate.js'
import { isWordCode } from '../char-codes.js'
import { DIGIT_RUN_PATTERN, digitRunsOf } from '../digit-runs.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'
import { isValidNpi } from '../validators/npi.js'

// Ten digits from a 1 or a 2, read in place at the start of a run of ten (see digit-runs.ts).
const NPI_LIKE = /[12](?<![\w.-].)\d{9}(?![\w-])/y
// "npi-" glued before the digits, as in a FHIR reference or a URL slug.
const NPI_TAG = /(?:^|[^a-z])npi-$/i
// HL7 XCN (a person in a provider field): ID^FAMILY^GIVEN, as in PV1-7 or ORC-12.
const XCN_NAME_AFTER = /^\^[A-Za-z]/
// An HL7 segment name at the start of a line, read in place.
const SEGMENT_AT = /[A-Z][A-Z0-9]{2}\|/y

/**
 * HL7 v2.5 fields that hold a provider (XCN or a bare ID), by segment: a Luhn-valid number
 * alone in one of them is the provider's NPI even with no name after it (FT1-21 "ordered by"
 * is often only the ID). A field of another kind holds the number by chance one time in ten.
 */
const PROVIDER_FIELDS: Readonly<Record<string, readonly number[]>> = {
  PV1: [7, 8, 9, 17, 52], // attending, referring, consulting, admitting, other
  // Performed by, ordered by; senders one field early put it where the diagnosis belongs.
  FT1: [19, 20, 21],
  ORC: [10, 11, 12], // entered by, verified by, ordering provider
  OBR: [16, 28, 32, 33, 34], // ordering, copies to, interpreters, technician
  PD1: [4], // primary care provider
  TXA: [5, 9, 10, 22], // authenticators and transcriptionist
  RXO: [14],
  RXE: [13],
  OBX: [16], // responsible observer
  AIP: [3], // scheduled personnel
  PRD: [7],
  ROL: [4],
}

/**
 * National Provider Identifiers. Ten digits with the CMS Luhn check are common by chance
 * (one number in ten passes), so a bare number is weak; a label such as "NPI" before it, or
 * the HL7 person layout `1234567893^SMITH^JOHN`, makes it strong.
 *
 * @example 'NPI: 1234567893' -> NPI, score 0.7
 */
export const npiRecognizer: Recognizer = {
  name: 'npi',
  types: ['NPI'],
  patterns: [DIGIT_RUN_PATTERN, NPI_LIKE, NPI_TAG, XCN_NAME_AFTER, SEGMENT_AT],
  context: {
    supporting: ['npi', 'national provider', 'provider id', 'provider no', 'provider number'],
    opposing: [
      'phone',
      'tel',
      'fax',
      'cell',
      'call',
      'mrn',
      'acct',
      'account',
      'member',
      'order',
      'claim',
      'invoice',
      'policy',
      'subscriber',
    ],
    windowBefore: 32,
  },
  find(doc: ScanDocument): Candidate[] {
    const { text } = doc
    const runs = digitRunsOf(doc)
    const found: Candidate[] = []
    for (let i = 0; i < runs.count; i++) {
      const start = runs.starts[i] ?? 0
      const end = runs.ends[i] ?? 0
      const before = text.charCodeAt(start - 1)
      if (end - start !== 10 || isWordCode(before) || before === 46) continue
      // A hyphen before the digits joins them to a code, unless the code is the NPI label
      // itself: a FHIR reference or URL slug ("Practitioner/npi-1234567893", "NPI-...").
      const tagged = before === 45 && NPI_TAG.test(text.slice(Math.max(0, start - 5), start))
      if (before === 45 && !tagged) continue

      NPI_LIKE.lastIndex = start
      const next = text.charCodeAt(end)
      const shaped = tagged ? !isWordCode(next) && next !== 45 : NPI_LIKE.test(text)
      if (!shaped || !isValidNpi(text.slice(start, end))) continue
      if (tagged) {
        found.push({
          type: 'NPI',
          start,
          end,
          score: 0.7,
          recognizer: 'npi',
          pattern: 'npi (tagged token)',
          validator: { name: 'luhn-80840', passed: true },
        })
        continue
      }

      const inXcn = XCN_NAME_AFTER.test(text.slice(end, end + 2))
      const inProviderField = !inXcn && isHl7ProviderField(doc, start, end)
      const strong = inXcn || inProviderField
      found.push({
        type: 'NPI',
        start,
        end,
        score: strong ? 0.7 : 0.35,
        recognizer: 'npi',
        pattern: inXcn
          ? 'npi (hl7 person field)'
          : inProviderField
            ? 'npi (hl7 provider field)'
            : 'npi (bare, weak)',
        validator: { name: 'luhn-80840', passed: true },
      })
    }

    return found
  },
}

/**
 * True when [start, end) is the whole first component of an HL7 provider field, such as the
 * last field of `FT1|1|||...|K80.20^^I10|1234567893`.
 */
function isHl7ProviderField(doc: ScanDocument, start: number, end: number): boolean {
  const { text } = doc
  if (text.charCodeAt(start - 1) !== 124 /* | */) return false
  const after = text.charCodeAt(end)
  // '|', '^', '~', a line end or the end of the text closes the component.
  if (!(Number.isNaN(after) || after === 124 || after === 94 || after === 126)) {
    if (after !== 10 && after !== 13) return false
  }

  const lineStart = doc.lineStart(start)
  SEGMENT_AT.lastIndex = lineStart
  if (!SEGMENT_AT.test(text)) return false

  const fields = PROVIDER_FIELDS[text.slice(lineStart, lineStart + 3)]
  if (!fields) return false
  let field = 0
  for (let at = text.indexOf('|', lineStart + 4); at !== -1 && at < start;) {
    field++
    at = text.indexOf('|', at + 1)
  }
  // The count above stops at the bar before the number, which opens field `field + 1`.
  return fields.includes(field + 1)
}
