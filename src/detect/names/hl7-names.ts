import type { Candidate } from '../candidate.js'
import type { ScanDocument } from '../scan-document.js'
import { nameLexicon } from './name-lexicon.js'
import { AMBIGUOUS_NAMES, NOT_A_NAME } from './name-stop-list.js'
import { keyOf } from './name-tokens.js'
import { PERSON_CUED, personCandidate } from './person-candidate.js'

// HL7 person names (XPN/XCN): LAST^FIRST with an optional ^M initial, usually in capitals, at a
// field or component. The surname may hold spaces ("DE LA CRUZ"). A suffix after the initial
// ("TOHEE^WILLIAM^R^JR") belongs to the name. The separator before is matched, not looked
// behind for: a look-behind tried at every position of the text cost three times as much. A
// match ends before a separator, so the next match can still start with that one.
const HL7_NAME =
  /[|~^]([A-Z][A-Za-z'.-]{0,30}(?: [A-Z][A-Za-z'-]{0,30}){0,3}\^[A-Z][A-Za-z'-]{1,30}(?: [A-Z][A-Za-z'-]{1,30})?(?:\^[A-Z](?:[A-Za-z'-]{1,30})?(?:\^(?:JR|SR|Jr|Sr|II|III|IV))?(?=[\^|~\r\n]))?(?=[\^|~\r\n]))/g

// Empty components, then a degree: the XCN tail of "LAST^FIRST^^^^^MD".
const XCN_DEGREE = /^\^{2,6}(?:MD|DO|RN|NP|PA|PhD|DDS|CRNA)(?=[\^|~\r\n])/

// A caret name copied out of a message into plain text stands as a word of its own:
// "Patient: ABERNETHY^CORNELIUS^R   MRN ...". Tried only on the word around each caret.
const PROSE_CARET_NAME =
  /^[A-Z][A-Za-z'.-]{1,30}\^[A-Z][A-Za-z'-]{1,30}(?:\^[A-Z](?:[A-Za-z'-]{1,30})?)?$/

/** Regular expressions this module runs, for the pattern-safety test. */
export const HL7_NAME_PATTERNS: readonly RegExp[] = [HL7_NAME, XCN_DEGREE, PROSE_CARET_NAME]

/**
 * HL7 v2 person names (PID-5, NK1-2, PV1-7, OBR-16 ...) as one span: `WATERS^DOROTHY^C`,
 * `1642983765^DO^CHANCE^I` (after an NPI). Codes with the same shape ("Fargo^ND",
 * "SSA^SS") are told apart by a known given name or a middle initial.
 */
export function findHl7Names(doc: ScanDocument, found: Candidate[]): void {
  for (const match of doc.text.matchAll(HL7_NAME)) {
    const name = match[1] ?? ''
    const start = match.index + 1
    if (isHl7Name(doc.text, start, name)) {
      found.push(personCandidate(start, start + name.length, PERSON_CUED, 'hl7 name'))
    }
  }
  findCaretNamesInProse(doc, found)
}

/** Caret names between spaces (or after a colon) outside HL7 segments. */
function findCaretNamesInProse(doc: ScanDocument, found: Candidate[]): void {
  const text = doc.text
  let caret = text.indexOf('^')
  while (caret !== -1) {
    let start = caret
    while (start > 0 && !isWordBreak(text.charCodeAt(start - 1))) start--
    let end = caret
    while (end < text.length && !isWordBreak(text.charCodeAt(end))) end++
    // Trailing punctuation of the sentence is not part of the name.
    while (end > caret && isTrailingPunctuation(text.charCodeAt(end - 1))) end--

    const name = text.slice(start, end)
    if (PROSE_CARET_NAME.test(name) && isHl7Name(text, start, name)) {
      found.push(personCandidate(start, end, PERSON_CUED, 'hl7 name'))
    }
    caret = text.indexOf('^', Math.max(end, caret + 1))
  }
}

/** Whitespace or a colon: what can stand before or after a caret name in plain text. */
function isWordBreak(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 58
}

function isTrailingPunctuation(code: number): boolean {
  return code === 44 || code === 46 || code === 59 || code === 41
}

/**
 * Whether `name` (LAST^FIRST with an optional ^M) at `start` is a person rather than a code
 * such as "Fargo^ND" or "SSA^SS": a name needs a known given name, an initial, or the
 * provider ID before it that an XCN field carries ("2374998526^LAST^FIRST").
 */
function isHl7Name(text: string, start: number, name: string): boolean {
  const lexicon = nameLexicon()
  const [surname = '', given = '', initial] = name.split('^')
  const givenKey = keyOf(given.split(' ')[0] ?? '')
  if (NOT_A_NAME.has(givenKey) && !AMBIGUOUS_NAMES.has(givenKey)) return false
  const surnameKey = keyOf(surname)
  if (NOT_A_NAME.has(surnameKey) && !AMBIGUOUS_NAMES.has(surnameKey)) return false
  if (surname.length < 2) return false

  const middleWord = initial !== undefined && initial.length > 1
  return (
    lexicon.givenRank(givenKey) > 0 ||
    (initial !== undefined && !middleWord && given.length >= 3) ||
    (given.length >= 3 && xcnAround(text, start, name.length))
  )
}

/**
 * An XCN field around a name: a numeric ID right before it ("1234^LAST^FIRST") or a degree
 * after empty components ("LAST^FIRST^^^^^MD").
 */
function xcnAround(text: string, start: number, length: number): boolean {
  // An ID of four digits or more: "ED^136^B^RMC" (room, bed, facility) is no XCN.
  if (text.charCodeAt(start - 1) === 94) {
    let digits = 0
    while (digits < 4 && isDigit(text.charCodeAt(start - 2 - digits))) digits++
    if (digits === 4) return true
  }

  return XCN_DEGREE.test(text.slice(start + length, start + length + 16))
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}
