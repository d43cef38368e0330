import type { Candidate } from '../candidate.js'
import { DIGIT_RUN_PATTERN, digitRunsOf } from '../digit-runs.js'
import type { IdentifierType } from '../entity-types.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'
import { isValidNpi } from '../validators/npi.js'

// Segments that carry person-linked identifiers; the check that one starts a line is in code.
const SEGMENT = /(?:PID|PV1|IN1|OBR|ORC|MRG|GT1|SPM|SCH)\|/g
// A driver's licence field: `number^state^...`.
const LICENSE_FIELD = /^[^^|]{3,30}\^[A-Z]{2}(?:\^|$)/
const MEMBER_SHAPE = /^[A-Z0-9][A-Z0-9-]{5,19}$/
const ID_VALUE = /^[A-Za-z0-9][A-Za-z0-9 -]{2,29}$/

/**
 * Which field of which segment holds which identifier, by HL7 v2.5 field number. Senders
 * are often one field off (a visit number in PV1-18, a group number in IN1-9, a licence in
 * PID-21), so the neighbours are read too; a value must still look like an identifier.
 * PID-3 is not here: its identifier type code decides (see `PID3_TYPES`); PID-19 (SSN) is
 * reported by the SSN recognizer, unless it holds no SSN (then it is the account, one late).
 */
const FIELDS: Readonly<Record<string, Readonly<Record<number, IdentifierType>>>> = {
  PID: { 2: 'MRN', 4: 'MRN', 18: 'ACCOUNT_NUMBER', 20: 'LICENSE_NUMBER' },
  PV1: { 18: 'OTHER_ID', 19: 'OTHER_ID', 50: 'OTHER_ID' }, // visit number, alternate visit ID
  IN1: { 8: 'HEALTH_PLAN_ID', 9: 'HEALTH_PLAN_ID', 36: 'HEALTH_PLAN_ID', 49: 'HEALTH_PLAN_ID' },
  OBR: { 3: 'OTHER_ID' }, // filler order number: the lab's accession
  ORC: { 3: 'OTHER_ID' },
  MRG: { 1: 'MRN', 3: 'ACCOUNT_NUMBER', 5: 'OTHER_ID' }, // prior MRN, account, visit
  GT1: { 2: 'ACCOUNT_NUMBER' }, // guarantor number
  SPM: { 2: 'OTHER_ID' }, // specimen ID
  SCH: { 1: 'OTHER_ID', 2: 'OTHER_ID' }, // placer and filler appointment IDs: one visit
}

/** IN1 fields after the policy number (36) that some senders use for the member ID. */
const IN1_LATE_FIELDS_FROM = 37

/** PID-3 identifier type codes (HL7 table 0203) and what they are; SS is left to SSN. */
const PID3_TYPES: Readonly<Record<string, IdentifierType>> = {
  MR: 'MRN',
  MRN: 'MRN',
  PI: 'MRN', // patient internal identifier
  PT: 'MRN',
  PN: 'MRN',
  EPI: 'MRN',
  AN: 'ACCOUNT_NUMBER',
  DL: 'LICENSE_NUMBER',
  MB: 'HEALTH_PLAN_ID', // member number
  MA: 'HEALTH_PLAN_ID', // Medicaid number
  SN: 'HEALTH_PLAN_ID', // subscriber number
  VN: 'OTHER_ID', // visit number
}

/**
 * ASC X12 837/835 claim text: which element of which segment holds which identifier. CLM-1
 * and CLP-1 are the provider's patient control number (the patient's account); CLP-7 is the
 * payer's claim control number.
 */
const X12_ELEMENTS: Readonly<Record<string, Readonly<Record<number, IdentifierType>>>> = {
  CLM: { 1: 'ACCOUNT_NUMBER' },
  CLP: { 1: 'ACCOUNT_NUMBER', 7: 'OTHER_ID' },
  SBR: { 3: 'HEALTH_PLAN_ID' }, // the subscriber's group or policy number
}

/**
 * X12 identification qualifiers and what the element after them is: NM1-8/NM1-9 ("MI" member
 * ID, "XX" NPI) and REF-1/REF-2 ("EA" medical record, "G1" prior authorisation).
 */
const X12_QUALIFIERS: Readonly<Record<string, IdentifierType>> = {
  MI: 'HEALTH_PLAN_ID', // member identification number
  XX: 'NPI',
  EA: 'MRN',
  '1L': 'HEALTH_PLAN_ID', // group or policy number
  '6P': 'HEALTH_PLAN_ID', // group number
  IG: 'HEALTH_PLAN_ID', // insurance policy number
  '1W': 'HEALTH_PLAN_ID', // member identification number
  D9: 'OTHER_ID', // clearinghouse claim number
  F8: 'OTHER_ID', // original (payer) claim reference
  G1: 'OTHER_ID', // prior authorisation
  '9F': 'OTHER_ID', // referral number
  '9A': 'OTHER_ID', // repriced claim reference
  EJ: 'ACCOUNT_NUMBER', // patient account number
}

/** Segments whose qualifier-value pairs are read: NM1 (names), REF (references). */
const X12_QUALIFIED = new Set(['NM1', 'NM', 'REF'])

/** How far back from a value its X12 segment may start, in characters. */
const X12_REACH = 120

const SCORE_FIELD = 0.9
const SCORE_UNTYPED_PID3 = 0.75

/**
 * Identifiers found by their place in an HL7 v2 message: PID-3 by identifier type code
 * (`MR` is an MRN), PID-18 account, PID-20 driver's licence, PV1-19 visit number, IN1
 * group and policy numbers, OBR-3 accession, MRG prior identifiers.
 *
 * @example
 * 'PID|1||00306297^^^LAB01^MR' // MRN at [7, 15)
 */
export const hl7IdRecognizer: Recognizer = {
  name: 'hl7-id',
  types: ['MRN', 'HEALTH_PLAN_ID', 'ACCOUNT_NUMBER', 'LICENSE_NUMBER', 'OTHER_ID', 'NPI'],
  patterns: [SEGMENT, LICENSE_FIELD, MEMBER_SHAPE, ID_VALUE, DIGIT_RUN_PATTERN],
  find(doc: ScanDocument): Candidate[] {
    const { text } = doc
    const found = findX12Elements(doc)
    if (!text.includes('|')) return found

    SEGMENT.lastIndex = 0
    for (let segment = SEGMENT.exec(text); segment; segment = SEGMENT.exec(text)) {
      const at = segment.index
      const previous = text.charCodeAt(at - 1)
      if (at > 0 && previous !== 10 && previous !== 13) continue

      const name = segment[0].slice(0, 3)
      const end = segmentEnd(text, at)
      found.push(...fieldsOf(text, name, at, end))
      SEGMENT.lastIndex = end
    }

    return found
  },
}

/**
 * Identifiers in ASC X12 claim and remittance text ("NM1*QC*1*DOE*JANE****MI*W123456789~",
 * "CLP*PCN4471*1*120*80**MC*2025190044~"), read at the document's digit runs: an element
 * that starts after '*' is placed in its segment, and the segment and element number, or the
 * qualifier before it, say what it is.
 */
function findX12Elements(doc: ScanDocument): Candidate[] {
  const { text } = doc
  const found: Candidate[] = []
  // Every element follows a '*': text without one (most notes) holds none.
  if (!text.includes('*')) return found

  const runs = digitRunsOf(doc)
  let readTo = 0

  for (let i = 0; i < runs.count; i++) {
    const runStart = runs.starts[i] ?? 0
    if (runStart < readTo) continue

    let start = runStart
    while (start > runStart - 30 && isElementCode(text.charCodeAt(start - 1))) start--
    if (text.charCodeAt(start - 1) !== 42 /* * */) continue
    let end = runs.ends[i] ?? 0
    while (end < start + 30 && isElementCode(text.charCodeAt(end))) end++
    readTo = end
    if (!isElementEnd(text.charCodeAt(end))) continue

    const type = x12TypeAt(text, start)
    if (!type || !isIdValue(text, start, end, type)) continue
    if (type === 'NPI' && !isValidNpi(text.slice(start, end))) continue
    found.push(candidate(type, start, end, SCORE_FIELD, 'x12 element'))
  }

  return found
}

/** The type of the X12 element that starts at `start` (right after a '*'), if it is an ID. */
function x12TypeAt(text: string, start: number): IdentifierType | undefined {
  let segmentStart = start - 1
  let stars = 0
  const stop = Math.max(0, start - X12_REACH)
  while (segmentStart > stop) {
    const code = text.charCodeAt(segmentStart - 1)
    if (code === 126 /* ~ */ || code === 10 || code === 13) break
    if (code === 42) stars++
    segmentStart--
  }
  while (text.charCodeAt(segmentStart) === 32) segmentStart++

  const firstStar = text.indexOf('*', segmentStart)
  const name = text.slice(segmentStart, firstStar)
  const element = stars + 1
  const byPlace = X12_ELEMENTS[name]?.[element]
  if (byPlace) return byPlace
  if (!X12_QUALIFIED.has(name)) return undefined

  // The qualifier is the element right before the value: "MI*W123", "REF*EA*00123".
  const qualifierEnd = start - 1
  let qualifierStart = qualifierEnd
  while (qualifierStart > qualifierEnd - 3 && text.charCodeAt(qualifierStart - 1) !== 42) {
    qualifierStart--
  }
  if (text.charCodeAt(qualifierStart - 1) !== 42) return undefined

  return X12_QUALIFIERS[text.slice(qualifierStart, qualifierEnd)]
}

// Capitals, digits and '-' make up X12 identifier elements.
function isElementCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code === 45
}

// An element ends at the next element ('*'), component (':'), segment ('~') or line.
function isElementEnd(code: number): boolean {
  return code === 42 || code === 58 || code === 126 || code === 10 || code === 13 || isNaN(code)
}

function fieldsOf(text: string, name: string, start: number, end: number): Candidate[] {
  const found: Candidate[] = []
  let field = 0
  let from = start + 4

  while (from <= end && field < 60) {
    field++
    const to = indexWithin(text, 124 /* | */, from, end)

    if (name === 'PID' && field === 3) found.push(...pid3(text, from, to))
    const type = typeFor(text, name, field, from, to)
    const value = type && firstComponent(text, from, to)
    if (type && value && isIdValue(text, value[0], value[1], type)) {
      found.push(candidate(type, value[0], value[1], SCORE_FIELD, `${name}-${field}`))
    }
    from = to + 1
  }

  return found
}

/** Each repetition of PID-3 is `ID^check^scheme^authority^type`; the type names the ID. */
function pid3(text: string, from: number, to: number): Candidate[] {
  const found: Candidate[] = []
  let rep = from
  while (rep < to) {
    const repEnd = indexWithin(text, 126 /* ~ */, rep, to)
    const components = text.slice(rep, repEnd).split('^')
    const code = (components[4] ?? '').trim().toUpperCase()
    const idEnd = rep + (components[0] ?? '').length
    const type = code === '' ? 'MRN' : PID3_TYPES[code]
    if (type && isIdValue(text, rep, idEnd, type)) {
      const score = code === '' ? SCORE_UNTYPED_PID3 : SCORE_FIELD
      found.push(candidate(type, rep, idEnd, score, `PID-3 ${code || 'untyped'}`))
    }
    rep = repEnd + 1
  }

  return found
}

function typeFor(
  text: string,
  name: string,
  field: number,
  from: number,
  to: number,
): IdentifierType | undefined {
  const type = FIELDS[name]?.[field]
  if (type) return type

  // A driver's licence is `number^state^expiry`; one field late it is still recognisable.
  if (
    name === 'PID' &&
    field === 21 &&
    LICENSE_FIELD.test(text.slice(from, Math.min(to, from + 40)))
  ) {
    return 'LICENSE_NUMBER'
  }
  if (name === 'IN1' && field >= IN1_LATE_FIELDS_FROM && isMemberShaped(text.slice(from, to))) {
    return 'HEALTH_PLAN_ID'
  }
  // The account number one field late, where the SSN belongs; an SSN there is left to the
  // SSN recognizer.
  if (name === 'PID' && field === 19 && !isSsnShaped(text.slice(from, to))) {
    return 'ACCOUNT_NUMBER'
  }

  return undefined
}

/** Letters and digits together, or 9 or more digits: not an amount, a count or a date. */
function isMemberShaped(value: string): boolean {
  if (!MEMBER_SHAPE.test(value)) return false

  const digits = digitCount(value)
  return digits < value.length - dashCount(value) ? digits >= 3 : digits >= 9
}

/** Nine digits, bare or split 3-2-4 by hyphens or spaces. */
function isSsnShaped(value: string): boolean {
  const digits = digitCount(value)
  if (digits !== 9) return false
  if (value.length === 9) return true

  const split = value.charAt(3)
  return value.length === 11 && (split === '-' || split === ' ') && value.charAt(6) === split
}

/** The first `code` in [from, to), or `to`: bounded, unlike indexOf, by the segment. */
function indexWithin(text: string, code: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return i
  return to
}

function firstComponent(text: string, from: number, to: number): [number, number] | undefined {
  let end = from
  while (end < to) {
    const code = text.charCodeAt(end)
    if (code === 94 /* ^ */ || code === 126 /* ~ */ || code === 38 /* & */) break
    end++
  }

  return end > from ? [from, end] : undefined
}

/** Letters, digits, spaces and hyphens, with a digit (licences may be letters only). */
function isIdValue(text: string, start: number, end: number, type: IdentifierType): boolean {
  const value = text.slice(start, end)
  if (end - start > 30 || !ID_VALUE.test(value)) return false

  return digitCount(value) > 0 || (type === 'LICENSE_NUMBER' && value.length >= 5)
}

function digitCount(value: string): number {
  let count = 0
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code >= 48 && code <= 57) count++
  }

  return count
}

function dashCount(value: string): number {
  return value.split('-').length - 1
}

function segmentEnd(text: string, start: number): number {
  let end = start
  while (end < text.length) {
    const code = text.charCodeAt(end)
    if (code === 10 || code === 13) break
    end++
  }

  return end
}

function candidate(
  type: IdentifierType,
  start: number,
  end: number,
  score: number,
  pattern: string,
): Candidate {
  return {
    type,
    start,
    end,
    score,
    recognizer: 'hl7-id',
    pattern,
    contextApplied: true,
    supportingWords: [pattern],
  }
}
