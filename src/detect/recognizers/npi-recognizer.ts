import type { Candidate } from '../candidate.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'
import { isValidNpi } from '../validators/npi.js'

// The look-behind follows the first digit so the engine can skip ahead to a 1 or a 2.
const NPI_LIKE = /[12](?<![\w.-].)\d{9}(?![\w-])/g
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
  patterns: [NPI_LIKE, XCN_NAME_AFTER],
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
    const found: Candidate[] = []
    for (const match of doc.text.matchAll(NPI_LIKE)) {
      if (!isValidNpi(match[0])) continue

      const end = match.index + 10
      const inXcn = XCN_NAME_AFTER.test(doc.text.slice(end, end + 2))
      found.push({
        type: 'NPI',
        start: match.index,
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
