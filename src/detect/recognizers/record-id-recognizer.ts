import { readFileSync } from 'node:fs'

import type { Candidate } from '../candidate.js'
import { hasTerm } from '../context.js'
import { DIGIT_RUN_PATTERN, digitRunsOf } from '../digit-runs.js'
import { labelAnchorsOf } from '../label-anchors.js'
import type { EntityType } from '../entity-types.js'
import { lineStartWithin as lineStartNear } from '../line-window.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'
import { ISO_DATE, isPlausibleRecordId as plausibleId, US_DATE } from '../validators/record-id.js'
import { COLUMN_PATTERNS, columnLabel, isCellStart as cellStart } from './column-label.js'
import {
  LABEL_REACH as REACH,
  mayEndLabel as endsLabel,
  readLabel as labelAt,
  type LabelMatch,
} from './record-id-labels.js'

// Every identifier worth a label holds a run of three digits; the document's digit runs
// (see digit-runs.ts) give those, and the token around each run is then read by hand.
const MIN_RUN = 3
// After a driver's licence label, for the values the digit runs miss: spaced groups ("X 242
// 175 528 134", "32 724 039") and letter-heavy state formats ("WDLDRMQFXB").
const LICENSE_TAIL =
  /s?(?:[ \t]{0,3}(?:#|no\.?|number|num|nbr|id|is)){0,3}[ \t]{0,3}[:#.]?[ \t]{0,3}/y
const SPACED_VALUE = /(?:[A-Z]|\d{1,3})(?: \d{3}){2,4}(?![\w-])/y
const LETTER_VALUE = /WDL[A-Z0-9*]{6,9}(?![\w-])/y
// Professional and facility licences with a dotted board prefix: "35.118402", "FH.002218".
const DOTTED_VALUE = /(?:[A-Z]{1,4}|\d{1,3})\.\d{4,8}(?![\w.-])/y
// Near an account number these mark a bank account, which another recognizer reports.
const BANK_WORDS = /\b(?:bank|checking|savings|routing|ach|iban)\b/

const DATE_OF_BIRTH = /^(?:dob|d\.o\.b)\b/
// A patient's name quoted as "LAST, FIRST" in a log line, read in place after the quote.
const QUOTED_NAME = /[A-Z][A-Za-z'-]{1,30}, [A-Z][A-Za-z'-]{0,30}[" ]/y
// A clinician's own malpractice cover, named before a policy number: the number is the
// clinician's, but no health plan's ("Malpractice carrier: ProAssurance policy ..."). Other
// coverage of a patient (an auto insurer's policy) stays a plan number, as the corpora have it.
const OTHER_COVERAGE =
  /\b(?:malpractice|professional liability) (?:ins|carrier|insurance|insurer|policy|coverage)\b/
// A patient's name as "Last, First [Middle]" ending the text before "(": a census, schedule
// or worklist row gives the record number in parentheses after it.
const NAME_BEFORE_PAREN =
  /(?:^|[^A-Za-z'-])[A-Z][A-Za-z'-]{1,30}, [A-Z][A-Za-z'-]{0,30}(?: [A-Z][A-Za-z'-]{0,30}\.?)? ?$/
// What joins two identifiers of one label: "MB26-004417 / MB26-004418", "A1, A2".
const PAIR_JOIN = / ?[/,&] ?| and /y

// Module constants for the imports read once per token: under a loader that compiles modules
// to CommonJS (tsx), every read of an imported binding is a getter call.
const LABEL_REACH = REACH
const mayEndLabel = endsLabel
const readLabel = labelAt
const isCellStart = cellStart
const isPlausibleRecordId = plausibleId
const lineStartWithin = lineStartNear

/** How far before "(ID" a payer's name may be, in characters. */
const PAYER_REACH = 60

const SCORE_LABELLED = 0.9
const SCORE_PAYER_ID = 0.8
const SCORE_IN_COLUMN = 0.85
const SCORE_HEADER = 0.7
const SCORE_BEFORE_NAME = 0.65
const SCORE_AFTER_NAME = 0.65

let payerWords: readonly string[] | undefined

/**
 * Record identifiers recognised by the label in front of them: medical record numbers
 * ("MRN:", "Med Rec #", "MR#"), health plan numbers ("Member ID", "Subscriber ID",
 * "Policy #", "Group #"), account numbers ("Acct", "HAR", "Guarantor #"), licences ("DL#",
 * "Driver's License", "State License"), device serials ("Serial no.", "S/N") and encounter
 * identifiers ("Claim #", "Accession #", "Encounter", "Prior auth").
 *
 * A header line such as "DOE, JANE  00892509  DOB 01/02/1950" also gives an MRN: an
 * identifier between a name and a date of birth.
 *
 * @example
 * 'MRN 4995008  Acct 889378-2174' // MRN [4, 11), ACCOUNT_NUMBER [18, 29)
 */
export const recordIdRecognizer: Recognizer = {
  name: 'record-id',
  types: ['MRN', 'HEALTH_PLAN_ID', 'ACCOUNT_NUMBER', 'LICENSE_NUMBER', 'DEVICE_ID', 'OTHER_ID'],
  patterns: [
    DIGIT_RUN_PATTERN,
    LICENSE_TAIL,
    SPACED_VALUE,
    LETTER_VALUE,
    DOTTED_VALUE,
    DATE_OF_BIRTH,
    QUOTED_NAME,
    NAME_BEFORE_PAREN,
    OTHER_COVERAGE,
    PAIR_JOIN,
    BANK_WORDS,
    ISO_DATE,
    US_DATE,
    ...COLUMN_PATTERNS,
  ],
  find(doc: ScanDocument): Candidate[] {
    const found = findLabelledTokens(doc)
    const taken = new Set(found.map((c) => c.start))
    for (const candidate of findLicenseValues(doc)) {
      if (!taken.has(candidate.start)) found.push(candidate)
    }

    return found
  },
}

function findLabelledTokens(doc: ScanDocument): Candidate[] {
  const { text, lower } = doc
  const found: Candidate[] = []
  const payer = (at: number, adjacent: boolean): boolean => payerNear(doc, at, adjacent)
  const runs = digitRunsOf(doc)
  // Tokens are read no further than 32 characters, so the next token may start inside a run.
  let readTo = 0

  for (let i = 0; i < runs.count; i++) {
    const runStart = Math.max(runs.starts[i] ?? 0, readTo)
    let end = runs.ends[i] ?? 0
    if (end - runStart < MIN_RUN) continue

    let start = runStart
    while (start > 0 && runStart - start < 30 && isTokenCode(text.charCodeAt(start - 1))) start--
    while (end < text.length && end - start < 32 && isTokenCode(text.charCodeAt(end))) end++
    readTo = end
    while (text.charCodeAt(end - 1) === 45 /* - */) end--
    while (text.charCodeAt(start) === 45) start++

    if (isGlued(text, start, end)) continue

    let candidate: Candidate | undefined
    if (labelMayPrecede(text, start)) {
      const header = beforeDateOfBirth(lower, end)
      const reach = Math.max(0, start - LABEL_REACH)
      if (header || mayEndLabel(lower, start, reach)) {
        candidate = classify(doc, start, end, header, payer)
      }
    }
    candidate ??= isCellStart(text, start) ? classifyCell(doc, start, end) : undefined
    candidate ??= classifyPrefixed(doc, start, end, payer)
    candidate ??= beforeQuotedName(doc, start, end)
    candidate ??= afterNameInParens(doc, start, end)
    if (candidate) {
      candidate = withSpacedGroup(text, candidate)
      found.push(candidate)
      readTo = Math.max(readTo, candidate.end)
      const second = secondOfPair(text, candidate)
      if (second) {
        found.push(second)
        readTo = Math.max(readTo, second.end)
      }
    }
  }

  return found
}

function classify(
  doc: ScanDocument,
  start: number,
  end: number,
  header: boolean,
  payer: (at: number, adjacent: boolean) => boolean,
): Candidate | undefined {
  const token = doc.text.slice(start, end)
  if (!isPlausibleRecordId(token)) return undefined

  const limit = lineStartWithin(doc.text, start, LABEL_REACH)
  const label = readLabel(doc.lower, start, limit, payer, isIdShaped(token))
  if (label) {
    if (label.type === 'ACCOUNT_NUMBER' && bankNear(doc, start, end)) return undefined
    if (!fitsLabel(doc, label, token, start)) return undefined

    const score = label.words === 'id' ? SCORE_PAYER_ID : SCORE_LABELLED
    if (label.type === 'HEALTH_PLAN_ID' && otherCoverage(doc, start, limit)) {
      return candidate('OTHER_ID', start, end, score, 'after label, other insurance', label)
    }
    const to = label.type === 'HEALTH_PLAN_ID' ? end + personSuffix(doc.text, end) : end
    return candidate(label.type, start, to, score, 'after label', label)
  }

  if (header && isPlausibleRecordId(token, 6)) {
    return candidate('MRN', start, end, SCORE_HEADER, 'in header before DOB', undefined)
  }

  return undefined
}

/** Malpractice cover named on the line before a plan label's value. */
function otherCoverage(doc: ScanDocument, start: number, limit: number): boolean {
  const from = Math.max(doc.lineStart(start), Math.min(limit, start - PAYER_REACH))
  return OTHER_COVERAGE.test(doc.lower.slice(from, start))
}

/**
 * "kit # NBS 24-918830", "reference PA 7730 1189": a short capital prefix and groups of
 * digits split by single spaces, after a label. The span covers the prefix and every group.
 */
function classifyPrefixed(
  doc: ScanDocument,
  start: number,
  end: number,
  payer: (at: number, adjacent: boolean) => boolean,
): Candidate | undefined {
  const { text } = doc
  const prefix = capitalPrefixStart(text, start)
  if (prefix === -1) return undefined
  if (!mayEndLabel(doc.lower, prefix, Math.max(0, prefix - LABEL_REACH))) return undefined

  let to = end
  for (let next = spacedGroupEnd(text, to); next !== -1; next = spacedGroupEnd(text, to)) {
    to = next
  }
  const found = classify(doc, prefix, to, false, payer)
  return found && { ...found, pattern: 'after label, with a prefix' }
}

/**
 * An audit or access log line gives the patient's number, then the patient's name quoted
 * ("CHART_OPEN 4471902 \"DOE, JANE\""): a number of six to ten digits right before a quoted
 * "LAST, FIRST" is the record number.
 */
function beforeQuotedName(doc: ScanDocument, start: number, end: number): Candidate | undefined {
  const { text } = doc
  if (text.charCodeAt(end) !== 32 || text.charCodeAt(end + 1) !== 34 /* " */) return undefined
  if (end - start < 6 || end - start > 10 || !allDigits(text, start, end)) return undefined
  const before = text.charCodeAt(start - 1)
  if (before !== 32 && before !== 9) return undefined

  QUOTED_NAME.lastIndex = end + 2
  if (!QUOTED_NAME.test(text)) return undefined

  return candidate('MRN', start, end, SCORE_BEFORE_NAME, 'before quoted patient name', undefined)
}

/**
 * "Tran, Quoc Bao (WC1102938)", "DOE, JANE (00482913)": a schedule, census or worklist row
 * gives the patient's record number in parentheses right after the name. The value must hold
 * six or more characters with four digits, so that "(x3)", "(2 wk)" and years stay out.
 */
function afterNameInParens(doc: ScanDocument, start: number, end: number): Candidate | undefined {
  const { text } = doc
  if (text.charCodeAt(start - 1) !== 40 /* ( */ || text.charCodeAt(end) !== 41 /* ) */) {
    return undefined
  }
  const token = text.slice(start, end)
  if (!isPlausibleRecordId(token, 6) || countDigits(token) < 4) return undefined

  const from = Math.max(doc.lineStart(start), start - 1 - 64)
  if (!NAME_BEFORE_PAREN.test(text.slice(from, start - 1))) return undefined

  return candidate('MRN', start, end, SCORE_AFTER_NAME, 'in parentheses after a name', undefined)
}

function countDigits(token: string): number {
  let count = 0
  for (let i = 0; i < token.length; i++) if (isDigit(token.charCodeAt(i))) count++
  return count
}

/**
 * "accession MB26-004417 / MB26-004418": a second identifier of the same shape right after
 * a labelled one, joined by a slash, a comma or "and", is of the same kind.
 */
function secondOfPair(text: string, first: Candidate): Candidate | undefined {
  PAIR_JOIN.lastIndex = first.end
  if (!PAIR_JOIN.test(text)) return undefined

  const start = PAIR_JOIN.lastIndex
  const length = first.end - first.start
  const end = start + length
  if (isTokenCode(text.charCodeAt(end)) || isWordCode(text.charCodeAt(end))) return undefined
  for (let i = 0; i < length; i++) {
    const a = text.charCodeAt(first.start + i)
    const b = text.charCodeAt(start + i)
    // Same shape: digits where digits are, the same letters and hyphens elsewhere.
    if (isDigit(a) ? !isDigit(b) : a !== b) return undefined
  }

  return { ...first, start, end, pattern: 'second of a pair' }
}

/**
 * "WCB Case No.: G3318 7704": a letter-led identifier printed in two groups; the group after
 * one space (four or more digits) belongs to it.
 */
function withSpacedGroup(text: string, found: Candidate): Candidate {
  if (!isUpper(text.charCodeAt(found.start)) || !allDigitsAfterFirst(text, found)) return found
  const next = spacedGroupEnd(text, found.end)
  if (next === -1 || next - found.end - 1 < 4) return found

  return { ...found, end: next }
}

function allDigitsAfterFirst(text: string, found: Candidate): boolean {
  return found.end - found.start >= 4 && allDigits(text, found.start + 1, found.end)
}

function allDigits(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isDigit(text.charCodeAt(i))) return false
  return true
}

/**
 * Names of other identifiers and codes, which label the number after them rather than
 * start it: "Medical Group  NPI 1092187362", "CPT 99213", "Lot 4471".
 */
// prettier-ignore
const NOT_PREFIXES: ReadonlySet<string> = new Set([
  'NPI', 'DEA', 'TIN', 'EIN', 'SSN', 'MBI', 'UPIN', 'CLIA', 'MRN', 'CPT', 'ICD', 'NDC', 'LOT',
  'DOB', 'PO', 'BP', 'HR', 'BIN', 'PCN', 'IIN', 'NABP', 'NCPDP', 'HCPCS', 'LOINC', 'TAX',
])

/** Where two to four capitals and one space before `start` begin; -1 when they do not. */
function capitalPrefixStart(text: string, start: number): number {
  if (text.charCodeAt(start - 1) !== 32) return -1

  let i = start - 1
  while (i > start - 6 && isUpper(text.charCodeAt(i - 1))) i--
  const length = start - 1 - i
  if (length < 2 || length > 4 || isWordCode(text.charCodeAt(i - 1))) return -1

  return NOT_PREFIXES.has(text.slice(i, start - 1)) ? -1 : i
}

/**
 * The end of " 1189" (one space, three or more digits, then no word, or a short "-01") after
 * `end`; or -1.
 */
function spacedGroupEnd(text: string, end: number): number {
  if (text.charCodeAt(end) !== 32) return -1

  let i = end + 1
  while (i < end + 9 && isDigit(text.charCodeAt(i))) i++
  if (i - end - 1 < 3 || isWordCode(text.charCodeAt(i))) return -1
  if (text.charCodeAt(i) !== 45) return i

  // "CMH 884 102 337-01": a member's two-digit person code after a hyphen ends the groups.
  let j = i + 1
  while (j < i + 4 && isDigit(text.charCodeAt(j))) j++
  const after = text.charCodeAt(j)
  return j > i + 1 && !isWordCode(after) && after !== 45 ? j : -1
}

/**
 * Checks a labelled value against what its label says. A number shaped like a document code
 * ("LAB-PRE-0107": two words of capitals, then a number) after "Policy No." heads a hospital
 * policy, unless an insurer or an insurance word is near.
 */
function fitsLabel(doc: ScanDocument, label: LabelMatch, token: string, start: number): boolean {
  if (!firstWordIs(label.words, 'policy') && !firstWordIs(label.words, 'pol')) return true

  return !isDocumentCode(token) || payerNear(doc, start, false)
}

/** True when `word` is all of `words` or its first word, without splitting. */
function firstWordIs(words: string, word: string): boolean {
  return words.startsWith(word) && (words.length === word.length || words[word.length] === ' ')
}

/** Two or more hyphen-separated groups of capitals only, as in "LAB-PRE-0107", "HR-POL-12". */
function isDocumentCode(token: string): boolean {
  let letterGroups = 0
  for (const group of token.split('-')) {
    let letters = group.length > 1
    for (let i = 0; i < group.length && letters; i++) {
      const code = group.charCodeAt(i)
      letters = code >= 65 && code <= 90
    }
    if (letters) letterGroups++
  }

  return letterGroups >= 2
}

/** "U48821907 01": a two-digit person code after a member ID, split off by one space. */
function personSuffix(text: string, end: number): number {
  if (text.charCodeAt(end) !== 32 || !isDigit(text.charCodeAt(end + 1))) return 0
  if (!isDigit(text.charCodeAt(end + 2)) || !isDigit(text.charCodeAt(end - 1))) return 0

  const after = text.charCodeAt(end + 3)
  if (isWordCode(after) || after === 47 || after === 45 || after === 58) return 0
  // "01." ends a sentence; "01.5" is a decimal.
  return after === 46 && isDigit(text.charCodeAt(end + 4)) ? 0 : 3
}

/** Capitals and digits together ("PRV-25-0112", "A2407250033"), as identifiers are written. */
function isIdShaped(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i)
    if (code >= 65 && code <= 90) return true
  }

  return false
}

/** A value in a table whose column header is a label ("MRN" over "00123456"). */
function classifyCell(doc: ScanDocument, start: number, end: number): Candidate | undefined {
  if (!isPlausibleRecordId(doc.text.slice(start, end))) return undefined

  const label = columnLabel(doc, start)
  if (!label || (label.type === 'ACCOUNT_NUMBER' && bankNear(doc, start, end))) return undefined

  return candidate(label.type, start, end, SCORE_IN_COLUMN, 'under column header', label)
}

function findLicenseValues(doc: ScanDocument): Candidate[] {
  const found: Candidate[] = []
  for (const label of licenseLabels(doc)) {
    LICENSE_TAIL.lastIndex = label.end
    if (!LICENSE_TAIL.test(doc.lower)) continue

    const at = LICENSE_TAIL.lastIndex
    const value =
      matchAt(SPACED_VALUE, doc.text, at) ??
      matchAt(LETTER_VALUE, doc.text, at) ??
      matchAt(DOTTED_VALUE, doc.text, at)
    if (value === undefined) continue

    const words = { type: 'LICENSE_NUMBER', words: label.words } as const
    found.push(candidate('LICENSE_NUMBER', at, at + value, SCORE_LABELLED, 'licence', words))
  }

  return found
}

interface LicenseLabel {
  readonly end: number
  readonly words: string
}

/** Ends of "license" and "licence" words (see label-anchors.ts) and of upper-case "DL". */
function licenseLabels(doc: ScanDocument): LicenseLabel[] {
  const { text, lower } = doc
  const labels: LicenseLabel[] = []
  for (const at of labelAnchorsOf(doc).licen) {
    const c = lower[at + 5]
    const after = lower.charCodeAt(at + 7)
    // "licensed" and "licensing" are not labels; "licenses" is.
    const wordEnds = !(after >= 97 && after <= 122 && after !== 115)
    if ((c === 's' || c === 'c') && lower[at + 6] === 'e' && wordEnds) {
      labels.push({ end: at + 7, words: 'license' })
    }
  }
  for (let at = text.indexOf('DL'); at !== -1; at = text.indexOf('DL', at + 2)) {
    if (!isWordCode(text.charCodeAt(at - 1)) && !isWordCode(text.charCodeAt(at + 2))) {
      labels.push({ end: at + 2, words: 'dl' })
    }
  }

  return labels
}

function matchAt(pattern: RegExp, text: string, at: number): number | undefined {
  pattern.lastIndex = at
  const match = pattern.exec(text)
  return match ? match[0].length : undefined
}

/** A label can stand before the token only if a letter or '#' ends the text before it. */
function labelMayPrecede(text: string, start: number): boolean {
  let i = start - 1
  const stop = Math.max(0, start - 6)
  while (i >= stop && isGap(text.charCodeAt(i))) i--
  const code = text.charCodeAt(i)
  const letter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
  // "Registry ID (CAIR2): ...": a system's name in parentheses may end in a digit.
  const aside = isDigit(code) && text.charCodeAt(i + 1) === 41 /* ) */

  return ((letter || aside) && i < start - 1) || code === 35
}

/** Tokens glued to lower-case letters or decimals are parts of words or numbers ("12.5"). */
function isGlued(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1)
  const after = text.charCodeAt(end)
  if (isLowerOrDigit(before) || isLowerOrDigit(after)) return true
  if ((after === 46 || after === 47) && isDigit(text.charCodeAt(end + 1))) return true

  return (before === 46 || before === 47) && isDigit(text.charCodeAt(start - 2))
}

/** "SMITH, JOHN  00892509  DOB 01/02/1950": the token is followed by a date-of-birth label. */
function beforeDateOfBirth(lower: string, end: number): boolean {
  let i = end
  while (i < end + 4 && (lower.charCodeAt(i) === 32 || lower.charCodeAt(i) === 9)) i++
  if (i === end || !lower.startsWith('d', i)) return false

  return DATE_OF_BIRTH.test(lower.slice(i, i + 6))
}

/**
 * A payer's name or an insurance word shortly before `at`, or, when `adjacent`, as the last
 * words before it ("Aetna ID").
 */
function payerNear(doc: ScanDocument, at: number, adjacent: boolean): boolean {
  payerWords ??= readPayerWords()
  const window = doc.before(at, PAYER_REACH).trimEnd()
  // Plain loops: a callback per call costs a closure (and, under tsx, a naming call).
  if (!adjacent) {
    for (const word of payerWords) if (hasTerm(window, word)) return true
    return false
  }

  // "Premera Blue Cross, ID PBC4471930285": a comma may part the payer from its ID.
  const name = window.endsWith(',') ? window.slice(0, -1) : window
  for (const word of payerWords) if (name.endsWith(word) && hasTerm(name, word)) return true
  return false
}

function bankNear(doc: ScanDocument, start: number, end: number): boolean {
  return BANK_WORDS.test(doc.before(start, 48)) || BANK_WORDS.test(doc.after(end, 12))
}

function readPayerWords(): readonly string[] {
  const url = new URL('../../../data/ids/payers.txt', import.meta.url)
  return readFileSync(url, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}

function candidate(
  type: EntityType,
  start: number,
  end: number,
  score: number,
  pattern: string,
  label: LabelMatch | undefined,
): Candidate {
  return {
    type,
    start,
    end,
    score,
    recognizer: 'record-id',
    pattern,
    contextApplied: true,
    supportingWords: label ? [label.words] : [],
  }
}

// Upper-case letters, digits and '-' make up identifier tokens.
function isTokenCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code === 45
}

// Space, tab, ':', '.', '(', ')', '=' ('#' is handled by the caller).
function isGap(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 58 ||
    code === 46 ||
    code === 40 ||
    code === 41 ||
    code === 61
  )
}

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || isDigit(code)
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isLowerOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || isDigit(code)
}
