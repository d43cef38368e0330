import type { Candidate } from '../candidate.js'
import { DIGIT_RUN_PATTERN, digitRunsOf, type DigitRuns } from '../digit-runs.js'
import type { EntityType } from '../entity-types.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'
import { isValidNanp } from '../validators/nanp.js'
import { labelBefore } from './label-before.js'
import { findSpokenPhones, SPOKEN_PATTERNS } from './spoken-phone.js'

// A NANP number: optional +1, area code (in parentheses or not), exchange, line, optional
// extension. `804^4779268` is the HL7 XTN form (area code and local number components);
// `859/555-0156` sets the area code off with a slash, as some letterheads do. A whole number
// may end an HL7 XTN's first component, before its use code: `(203)555-0104^PRN^PH`.
// Both patterns are read in place, where the document's digit runs (see digit-runs.ts) show
// that a number may start.
const PHONE_LIKE =
  /(?<![\w+./-])(?:\+?1[ .-]?)?(?:\(\d{3}\)[ .-]?|\d{3}(?:[ ./-]|\^)?)\d{3}[ .-]?\d{4}(?:,? {0,2}(?:[xX]|[eE]xt\.?|extension) ?\d{1,6})?(?!\w|\^(?![A-Z]{3}\^)|[.-]\d)/y
// Numbers outside NANP in ITU form: +, a country code, then groups split by separators.
// Every repeat starts with a separator, so the groups read one way only.
const INTERNATIONAL = /\+(?<![\w+].)[2-9]\d{0,2}(?:[ .-]\(?\d{1,5}\)?){2,5}(?![\w-]|\.\d)/y
const SPLITS = /(\(\d{3}\)|\d{3})([ ./^-]?) ?\d{3}([ .-]?)\d{4}$/
const EXTENSION = /,? {0,2}(?:[xX]|[eE]xt\.?|extension) ?\d{1,6}$/

type LabelKind = 'fax' | 'phone' | 'other-id' | 'organisation'

// Label words and what they say about the number after them. Words for other identifiers
// are there because a ten-digit number often follows them (an NPI, an account number).
const LABEL_KINDS: ReadonlyMap<string, LabelKind> = new Map([
  ...['fax', 'f:', 'facsimile', 'fx', 'faxed', 'faxing'].map((w) => [w, 'fax'] as const),
  // Lines that reach a vendor or a meeting, not a person: "Technical support:", "Dial-in:",
  // "conference bridge". They sit in manuals, release notes and agendas.
  ...['support', 'technical', 'conference', 'bridge', 'webinar', 'passcode', 'dial-in'].map(
    (w) => [w, 'organisation'] as const,
  ),
  ...[
    'phone',
    'ph',
    'tel',
    'telephone',
    'cell',
    'mobile',
    'call',
    'called',
    'contact',
    'reached',
    'text',
    'sms',
    'pager',
    'home',
    'work',
    'office',
    'number',
    'p:',
    't:',
    'c:',
    'm:',
    'h:',
    'w:',
    'dial',
    'voicemail',
    'services',
    'service',
    'hotline',
    'helpline',
    'desk',
    'caller',
  ].map((w) => [w, 'phone'] as const),
  ...[
    'npi',
    'mrn',
    'acct',
    'account',
    'id',
    'member',
    'policy',
    'order',
    'claim',
    'invoice',
    'ssn',
    'tin',
    'ein',
    'dea',
    'license',
    'routing',
    'serial',
    'batch',
    'ref',
    'reference',
    'confirmation',
    'tracking',
    'subscriber',
    'group',
    'control',
    'lot',
    'medicaid',
    'mbi',
    'auth',
    'authorization',
    'encounter',
    'visit',
    'case',
  ].map((w) => [w, 'other-id'] as const),
])
// Words of the label text are up to 20 letters a-z (see labelWordEnd); a trailing colon is
// kept so that "f:" differs from "f", and "dial-in" is one word.
const MAX_WORD = 20
// A label just after the number: "312-555-0100 (fax)", "312-555-0199 cell". Not when a
// number follows it: then it labels that number ("phone 312-555-0199, fax 312-555-0100").
// Sticky, read in place on the lower-case text.
const LABEL_AFTER =
  / ?\(?(fax|fx|cell|mobile|home|work|office|tel|phone|main)\b\)?(?![^\n\d+(]{0,4}[\d+(])/y
// "reached at 3125550199": a number right after "at" is where someone can be reached.
const AT_END = /(?:^|\W)at $/
// HL7 XTN with equipment type FX, read on the text before the number.
const HL7_FAX_BEFORE = /\^fx\^[^|~]{0,12}$/
const LABEL_WINDOW = 40
// The word before a closing "#" or "No." of a label ("nsc # ", "ref no.: ").
const NUMBER_SIGN_END = /(?:^|[^a-z])([a-z]{1,20}) ?(?:#|no\.?)[ :]{0,3}$/
const CALLER_ID = /\bcaller id\b/
// A lone capital T, P, C, M or F right before the number (case matters: "f" or "t" are words).
const LETTER_LABEL = /(?:^|[\s|])([TPCMF]) $/
/** Below the threshold: a support line or a meeting's dial-in is no person's number. */
const ORGANISATION_SCORE = 0.3

/**
 * Telephone and fax numbers in NANP form, with extensions. A printed number (separators,
 * parentheses, +1, extension, HL7 components) is likely on its own; ten bare digits need a
 * word such as "phone" or "call" just before them. Numbers said digit by digit ("my cell is
 * two eight one, ...") are read after such a word (see spoken-phone.ts). The label nearest
 * the number decides between PHONE and FAX ("Tel ... | Fax 312-555-0199" is a fax).
 *
 * @example 'Tel (312) 555-0199' -> PHONE; 'F: 312.555.0100' -> FAX
 */
export const phoneRecognizer: Recognizer = {
  name: 'phone',
  types: ['PHONE', 'FAX'],
  patterns: [
    DIGIT_RUN_PATTERN,
    PHONE_LIKE,
    INTERNATIONAL,
    EXTENSION,
    SPLITS,
    NUMBER_SIGN_END,
    LABEL_AFTER,
    AT_END,
    HL7_FAX_BEFORE,
    CALLER_ID,
    LETTER_LABEL,
    ...SPOKEN_PATTERNS,
  ],
  find(doc: ScanDocument): Candidate[] {
    const runs = digitRunsOf(doc)
    const found: Candidate[] = []
    const international: Candidate[] = []
    // Where the last match of each pattern ended, as in a scan of the whole text.
    let readTo = 0
    let internationalTo = 0
    for (let i = 0; i < runs.count; i++) {
      const start = runs.starts[i] ?? 0
      if (doc.text.charCodeAt(start - 1) === 43 /* + */ && start - 1 >= internationalTo) {
        internationalTo = readInternational(doc, start - 1, international) ?? internationalTo
      }
      if (start < readTo || !mayStartNanp(doc.text, runs, i)) continue

      // "+1 312 ...", "(312) ...": the number starts at the sign or the parenthesis.
      const sign = doc.text.charCodeAt(start - 1)
      const signed = (sign === 43 || sign === 40) && start - 1 >= readTo
      const match =
        (signed ? matchAt(PHONE_LIKE, doc, start - 1) : null) ?? matchAt(PHONE_LIKE, doc, start)
      if (!match) continue

      readTo = PHONE_LIKE.lastIndex
      const text = match[0]
      const hl7 = text.includes('^')
      if (hl7 && !isXtnComponent(doc.text, match.index, readTo)) continue

      const extension = text.includes('x') || text.includes('X') ? EXTENSION.exec(text) : null
      const number = extension ? text.slice(0, extension.index) : text
      if (!isValidNanp(digitsOf(number)) || !isPrintedLikeAPhone(number)) continue

      const base = baseScore(number, extension !== null)
      found.push(scored(doc, match.index, text.length, base, 'nanp'))
    }
    found.push(...international)
    for (const spoken of findSpokenPhones(doc)) {
      found.push(scored(doc, spoken.start, spoken.end - spoken.start, 0.6, 'spoken digits'))
    }

    return found
  },
}

/**
 * True when a NANP number may start at run `i` (or at a '+' or '(' before it). The first run
 * of a number is the country code "1" (then a separator or '(' and the area code), the area
 * code, "1" and the area code, the area code and exchange with or without the "1", or the
 * whole number; the runs after it follow within a separator or two.
 */
function mayStartNanp(text: string, runs: DigitRuns, i: number): boolean {
  const start = runs.starts[i] ?? 0
  const end = runs.ends[i] ?? 0
  const length = end - start
  // The length first: most runs ("38.2", "02/22") are of no length a number starts with.
  const areaOrExchange = length === 3 || length === 4 || length === 6 || length === 7
  const whole = length === 10 || length === 11
  const countryCode = length === 1 && text.charCodeAt(start) === 49 /* 1 */
  if (!areaOrExchange && !whole && !countryCode) return false

  const before = text.charCodeAt(start - 1)
  // The look-behind of PHONE_LIKE; a '+' or '(' passes, as the number may start there.
  if (isWordCode(before) || before === 46 || before === 47 || before === 45) return false
  if (whole) return true

  // The run after the first holds the area code, the exchange or the line, alone or with the
  // next of them: never under three digits ("142/88", "1 of 2").
  const next = i + 1 < runs.count ? (runs.starts[i + 1] ?? 0) : -1
  if (next === -1 || (runs.ends[i + 1] ?? 0) - next < 3) return false

  const after = text.charCodeAt(end)
  if (countryCode) return next <= end + 3 && isSplit(after, 40)

  const areaSplit = isSplit(after, 94) || after === 41 || (length === 3 && after === 47)
  return next <= end + 2 && areaSplit
}

/** ' ', '.', '-', or the other code given ('(' after a country code, '^' in HL7). */
function isSplit(code: number, other: number): boolean {
  return code === 32 || code === 46 || code === 45 || code === other
}

/**
 * Reads an ITU number at the '+' at `plus` into `found`; returns where the match ends, or
 * undefined when there is none.
 */
function readInternational(
  doc: ScanDocument,
  plus: number,
  found: Candidate[],
): number | undefined {
  if (doc.text.charCodeAt(plus + 1) < 50 /* 2 */) return undefined
  const match = matchAt(INTERNATIONAL, doc, plus)
  if (!match) return undefined

  const digits = match[0].replace(/\D/g, '').length
  if (digits >= 8 && digits <= 15) {
    found.push(scored(doc, plus, match[0].length, 0.6, 'international (+cc)'))
  }

  return INTERNATIONAL.lastIndex
}

function matchAt(pattern: RegExp, doc: ScanDocument, at: number): RegExpExecArray | null {
  pattern.lastIndex = at
  return pattern.exec(doc.text)
}

/** The digits of `number`, in order: "(312) 555-0199" -> "3125550199". */
function digitsOf(number: string): string {
  // A loop: cheaper than a replace with a pattern, once per phone-shaped match.
  let digits = ''
  for (let i = 0; i < number.length; i++) {
    const code = number.charCodeAt(i)
    if (code >= 48 && code <= 57) digits += number.charAt(i)
  }

  return digits
}

/**
 * Phone numbers split area code, exchange and line the same way: "312 555-0199" and
 * "3125550199" are phones, "312555-0199" (an account number's 6-4 split) is not.
 */
function isPrintedLikeAPhone(number: string): boolean {
  const parts = SPLITS.exec(number)
  if (!parts) return false

  const [, area = '', areaSplit = '', lineSplit = ''] = parts
  if (area.startsWith('(')) return true
  // HL7 XTN keeps the local number whole: 312^5550199.
  if (areaSplit === '^') return lineSplit === ''

  return (areaSplit === '') === (lineSplit === '')
}

/** How much the printed form alone says: separators and +1 are typical of phone numbers. */
function baseScore(number: string, hasExtension: boolean): number {
  if (number.includes('^')) return 0.8
  if (hasExtension || number.startsWith('+') || number.startsWith('(')) return 0.75
  if (/^\d+$/.test(number)) return 0.35

  return 0.65
}

/** The label ends in "#" or "No." and the word before it names no kind of line. */
function numberSignOfOther(label: string): boolean {
  const sign = NUMBER_SIGN_END.exec(label)
  if (!sign) return false

  const kind = LABEL_KINDS.get(sign[1] ?? '')
  return kind !== 'phone' && kind !== 'fax'
}

function scored(
  doc: ScanDocument,
  start: number,
  length: number,
  base: number,
  pattern: string,
): Candidate {
  const end = start + length
  // "Caller ID:" names the caller's number, not an identifier.
  const before = labelBefore(doc, start, LABEL_WINDOW)
  const label = before.includes('caller id') ? before.replace(CALLER_ID, 'caller') : before
  const supporting: string[] = []
  let lastFax = -1
  let lastPhone = -1
  let opposed = false
  let organisation = false
  // Each word of the label, in order: `to` is where the next word may start.
  for (let at = 0, to = 0; at < label.length; at = to) {
    to = at + 1
    if (!isLowerLetter(label.charCodeAt(at))) continue

    to = labelWordEnd(label, at)
    const word = label.slice(at, to)
    const colon = label.charCodeAt(to - 1) === 58 /* : */
    const term = colon && !LABEL_KINDS.has(word) ? word.slice(0, -1) : word
    const kind = LABEL_KINDS.get(term)
    if (kind === undefined) continue

    if (kind === 'other-id') opposed = true
    else if (kind === 'organisation') organisation = true
    else supporting.push(term)
    if (kind === 'fax') lastFax = at
    // "Fax number:" is a fax: "number" names no kind of line.
    if (kind === 'phone' && term !== 'number') lastPhone = at
  }
  if (label.endsWith('at ') && AT_END.test(label)) supporting.push('at')
  // "NSC # 2214059001", "Ref No. 3125550199": ten bare digits after a number sign that no
  // phone word labels are the identifier that word names.
  if (base === 0.35 && numberSignOfOther(label)) opposed = true
  // Letterheads print "T 206-555-0100   F 206-555-0101": a lone capital letter labels the line.
  const letter = mayBeLetterLabel(doc.text, start)
    ? LETTER_LABEL.exec(doc.text.slice(Math.max(0, start - 3), start))?.[1]
    : undefined
  if (letter === 'F') lastFax = label.length
  if (letter !== undefined) supporting.push(letter.toLowerCase())
  // "(3125550199)" after a name is how notes give a relative's number.
  if (label.endsWith('(') && doc.text.charAt(end) === ')') supporting.push('(...)')
  LABEL_AFTER.lastIndex = end
  const after = LABEL_AFTER.exec(doc.lower)
  if (after?.[1]) supporting.push(after[1])

  let score = base
  if (supporting.length > 0) score = Math.max(score + 0.35, 0.6)
  if (opposed) score -= 0.4
  if (organisation) score = Math.min(score, ORGANISATION_SCORE)
  const faxAfter = after?.[1] === 'fax' || after?.[1] === 'fx'
  const fax = lastFax > lastPhone || faxAfter || isHl7Fax(doc, start)
  const type: EntityType = fax ? 'FAX' : 'PHONE'

  return {
    type,
    start,
    end,
    score: Math.min(1, Math.max(0, score)),
    recognizer: 'phone',
    pattern: base === 0.35 ? `${pattern} (bare digits, weak)` : pattern,
    validator: { name: pattern.startsWith('international') ? 'itu-length' : 'nanp', passed: true },
    supportingWords: supporting,
    contextApplied: true,
  }
}

/**
 * The end of the label word that starts at the letter at `start`: up to MAX_WORD letters, then
 * "-in" and a colon when they follow. Read by hand: a pattern costs more on a label this short.
 *
 * @example
 * labelWordEnd('call dial-in: 5', 5) // 13
 */
function labelWordEnd(label: string, start: number): number {
  let end = start + 1
  while (end < start + MAX_WORD && isLowerLetter(label.charCodeAt(end))) end++
  if (label.startsWith('-in', end)) end += 3
  if (label.charCodeAt(end) === 58 /* : */) end++

  return end
}

function isLowerLetter(code: number): boolean {
  return code >= 97 && code <= 122
}

/** A capital T, P, C, M or F and a space right before `start`: what LETTER_LABEL needs. */
function mayBeLetterLabel(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 32) return false

  const letter = text.charCodeAt(start - 2)
  return letter === 84 || letter === 80 || letter === 67 || letter === 77 || letter === 70
}

// A local copy: an imported function costs a call per use under some loaders.
/** `\w`: a letter, a digit or '_'. */
function isWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95
  )
}

/**
 * An HL7 `area^number` pair is a phone inside an XTN (`^PRN^PH^^1^804^4779268`) or alone as a
 * whole field or repetition (PID-13 `|917^5550164|`); elsewhere it may be two components of
 * some other field.
 */
function isXtnComponent(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1)
  if (before === 94 /* ^ */) return true
  if (before !== 124 /* | */ && before !== 126 /* ~ */) return false
  const after = text.charCodeAt(end)
  return Number.isNaN(after) || after === 124 || after === 126 || after === 10 || after === 13
}

/** HL7 XTN with equipment type FX (`^WPN^FX^^1^312^5550100`). */
function isHl7Fax(doc: ScanDocument, start: number): boolean {
  if (doc.text.charAt(start - 1) !== '^') return false

  return HL7_FAX_BEFORE.test(doc.before(start, 24))
}
