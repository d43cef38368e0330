import type { Candidate } from '../candidate.js'
import type { IdentifierType } from '../entity-types.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'

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
  types: ['MRN', 'HEALTH_PLAN_ID', 'ACCOUNT_NUMBER', 'LICENSE_NUMBER', 'OTHER_ID'],
  patterns: [SEGMENT, LICENSE_FIELD, MEMBER_SHAPE, ID_VALUE],
  find(doc: ScanDocument): Candidate[] {
    const { text } = doc
    if (!text.includes('|')) return []

    const found: Candidate[] = []
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
