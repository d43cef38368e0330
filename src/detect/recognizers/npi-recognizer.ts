import type { Candidate } from '../candidate.js'
import { isWordCode } from '../char-codes.js'
import { DIGIT_RUN_PATTERN, digitRunsOf } from '../digit-runs.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'
import { isValidNpi } from '../validators/npi.js'

// Ten digits from a 1 or a 2, read in place at the start of a run of ten (see digit-runs.ts).
const NPI_LIKE = /[12](?<![\w.-].)\d{9}(?![\w-])/y
// HL7 XCN (a person in a provider field): ID^FAMILY^GIVEN, as in PV1-7 or ORC-12.
const XCN_NAME_AFTER = /^\^[A-Za-z]/

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
  patterns: [DIGIT_RUN_PATTERN, NPI_LIKE, XCN_NAME_AFTER],
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
      if (end - start !== 10 || isWordCode(before) || before === 46 || before === 45) continue

      NPI_LIKE.lastIndex = start
      if (!NPI_LIKE.test(text) || !isValidNpi(text.slice(start, end))) continue

      const inXcn = XCN_NAME_AFTER.test(text.slice(end, end + 2))
      found.push({
        type: 'NPI',
        start,
        end,
        score: inXcn ? 0.7 : 0.35,
        recognizer: 'npi',
        pattern: inXcn ? 'npi (hl7 person field)' : 'npi (bare, weak)',
        validator: { name: 'luhn-80840', passed: true },
      })
    }

    return found
  },
}
