import type { Candidate } from '../candidate.js'
import { DIGIT_RUN_PATTERN, type DigitRuns, digitRunsOf } from '../digit-runs.js'
import { anchoredMatches } from '../places/anchored-matches.js'
import { placeLexicon } from '../places/place-lexicon.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'

// A house number and up to seven capitalised or numbered words on the same line. Which word
// is the street suffix is decided in code, from the USPS list. No word character may come
// before the number, so it starts a digit run: the pattern is tried (sticky) only at runs of
// the shared digit-run index that a check in code lets through.
// Hawaii and Queens hyphenate the house number (94-1021, 123-45); Wisconsin grid numbers
// carry their coordinates (N56W17000), read back from the digits in code.
const NUMBERED_WORDS =
  /(?<![\w.,/:#$-])\d{1,6}(?:-\d{1,5})?[A-Z]?(?: [A-Z0-9][A-Za-z0-9'.-]{0,24}){1,7}/y
// The same after a Wisconsin grid number (N56W17000 Ridgewood Dr), read at its digit runs.
const GRID_WORDS = /[NSEW]\d{1,4}[NSEW]\d{1,6}(?: [A-Z0-9][A-Za-z0-9'.-]{0,24}){1,7}/y
// PO Box 1234, P.O. Box 1234, Post Office Box 1234, and rural routes: RR 2 Box 118, HC 64 Box 9.
// Tried (sticky) only at the letters that may start it shortly before a "Box" (see poBoxes).
const PO_BOX =
  /\b(?:(?:[Pp]\.? ?[Oo]\.?|Post Office|POST OFFICE)|(?:RR|R\.R\.|Rural Route|RURAL ROUTE|HC|Star Route|Route|Rte) ?\d{1,3},?) (?:Box|BOX) \d{1,8}\b/y
// How far before "Box" PO_BOX may start: "RURAL ROUTE 123, Box" at most, "PO Box" at least.
const BOX_REACH_FAR = 17
const BOX_REACH_NEAR = 3
// A lower-case street line in informal text: "48 cedar ln apt 2", "1200 w elm st".
const LOWER_STREET =
  /(?<![\w.,/:#$-])\d{1,6}(?: [nsew]\.?)? [a-z][a-z'-]{1,20}(?: [a-z][a-z'-]{1,20})? (?:st|ave|rd|ln|dr|blvd|ct|cir|pl|hwy|pkwy|ter|trl|way|street|avenue|road|lane|drive|court|boulevard)\b(?!-)/y
// Words right before a lower-case street line that say an address follows.
const LOWER_STREET_CUE = /\b(?:at|address|addr|live[sd]?|living|moved to|to|is)\W{0,3}$/
// A private mailbox before the street line it sits at: "PMB 418, 7320 N La Cholla Blvd".
const PMB_BEFORE = /\b(?:PMB|Pmb) #?\d{1,6},? $/
// Utah-style grid addresses: 1390 W 4700 S.
const GRID_ADDRESS = /^\d{1,6} [NSEW]\.? \d{1,5} [NSEW]\b\.?/
// Apt 4B, Suite 200, Ste. 3, Unit 11, #250, Bldg C, Fl 2, after the street (comma optional).
const UNIT =
  /^(?:,? |\^)(?:(?:Apt|APT|apt|Apartment|Suite|SUITE|Ste|STE|Unit|UNIT|unit|Bldg|Building|Fl|Floor|Rm|Room|Lot|LOT|Space|Spc|Trailer|TRAILER|Trlr|TRLR)\b\.?|#) ?#?[A-Za-z0-9][A-Za-z0-9-]{0,7}(?![\w-])/
const DIRECTIONAL =
  /^(?:[NSEW]|NE|NW|SE|SW|North|South|East|West|Northeast|Northwest|Southeast|Southwest)\.?$/
// Street names that need no suffix.
const STANDALONE_STREET = /^(?:Broadway|BROADWAY)$/
// Spanish and French street types that come before the name: 2207 Calle Mariposa, 14 Rue
// Royale. "Via" is left out: "2 Via G-tube" is a dose far more often than a street.
const LEADING_STREET_TYPE =
  /^(?:Calle|CALLE|Avenida|AVENIDA|Camino|CAMINO|Paseo|PASEO|Callejon|CALLEJON|Rue|RUE)$/
// Route-like suffixes that take a number after them: Highway 101, State Route 9.
const NUMBERED_ROUTE = /^(?:highway|hwy|route|rte|road|rd|county road|interstate)$/i

/**
 * Street lines: a house number, an optional directional, the street name and a USPS street
 * suffix, then an optional trailing directional and an optional unit; and PO boxes. City,
 * state and ZIP are separate types (see place-recognizer.ts).
 *
 * @example
 * // 'Address: 9811 S. Main St, Apt 4B, Springfield, IL 62704' -> STREET_ADDRESS on
 * // '9811 S. Main St, Apt 4B'
 */
export const addressRecognizer: Recognizer = {
  name: 'address',
  types: ['STREET_ADDRESS'],
  patterns: [
    DIGIT_RUN_PATTERN,
    NUMBERED_WORDS,
    GRID_WORDS,
    PO_BOX,
    LOWER_STREET,
    LOWER_STREET_CUE,
    GRID_ADDRESS,
    PMB_BEFORE,
    UNIT,
    DIRECTIONAL,
    NUMBERED_ROUTE,
    STANDALONE_STREET,
    LEADING_STREET_TYPE,
  ],
  find(doc: ScanDocument): Candidate[] {
    const found: Candidate[] = []
    const text = doc.text
    const runs = digitRunsOf(doc)
    // Where the next street line may start: a later number inside a run of words that held
    // none may start the real street line, but not a number inside a street line found.
    let next = 0
    // Street lines of the other shapes, kept apart to follow the main ones, as a pass of
    // their own would have found them: one walk over the runs serves both.
    const otherShapes: Candidate[] = []
    for (let i = 0; i < runs.count; i++) {
      const start = runs.starts[i] ?? 0
      const digitsEnd = runs.ends[i] ?? 0
      if (digitsEnd - start <= 6 && text.charCodeAt(digitsEnd) === 32) {
        otherShape(doc, runs, i, otherShapes)
      }
      if (start < next || !mayStartStreet(text, start, digitsEnd)) continue
      NUMBERED_WORDS.lastIndex = start
      const match = NUMBERED_WORDS.exec(text)
      if (!match) continue

      const grid = GRID_ADDRESS.exec(match[0])
      const streetEnd = grid ? grid[0].length : streetLineEnd(match[0])
      next = start + (streetEnd ?? match[0].indexOf(' '))
      if (streetEnd === undefined) continue

      const end = withUnit(doc, start + streetEnd)
      const box = PMB_BEFORE.exec(doc.text.slice(Math.max(0, start - 14), start))
      const first = box ? start - box[0].length : start
      found.push(candidate(first, end, 0.8, grid ? 'grid address' : 'number street suffix'))
    }
    for (const street of otherShapes) found.push(street)
    for (const match of poBoxes(doc.text)) {
      const end = withUnit(doc, match.index + match[0].length)
      found.push(candidate(match.index, end, 0.85, 'po box'))
    }

    return found
  },
}

/**
 * The matches of a global pass of PO_BOX, found from the word "Box" it holds: a pass of the
 * pattern costs far more than a search for a capitalised word. A match starts at P, p, R, H
 * or S (P.O., Post Office, RR, Rural Route, Route, HC, Star Route) a few characters before it.
 */
function poBoxes(text: string): RegExpExecArray[] {
  const starts: number[] = []
  for (const word of ['Box', 'BOX']) {
    for (let box = text.indexOf(word); box !== -1; box = text.indexOf(word, box + 1)) {
      if (text.charCodeAt(box - 1) !== 32) continue
      for (let at = Math.max(0, box - BOX_REACH_FAR); at <= box - BOX_REACH_NEAR; at++) {
        if (mayStartPoBox(text.charCodeAt(at))) starts.push(at)
      }
    }
  }
  // The starts before "BOX" were found after all those before "Box".
  starts.sort((a, b) => a - b)

  return anchoredMatches(text, PO_BOX, starts)
}

/** P, p, R, H or S. */
function mayStartPoBox(code: number): boolean {
  return code === 80 || code === 112 || code === 82 || code === 72 || code === 83
}

/**
 * False when NUMBERED_WORDS cannot match at the digit run `[start, end)`: a word character or
 * one of . , / : # $ - before it, more than six digits, or no space then a capital or digit
 * after the number (with its optional -suffix digits and letter).
 */
function mayStartStreet(text: string, start: number, end: number): boolean {
  if (end - start > 6) return false
  const before = text.charCodeAt(start - 1)
  if (start > 0 && (isWordCode(before) || isNotBeforeNumber(before))) return false

  let at = end
  if (text.charCodeAt(at) === 45) {
    while (isDigitCode(text.charCodeAt(at + 1))) at++
    if (at === end) return false
    at++
  }
  if (isCapitalCode(text.charCodeAt(at))) at++
  if (text.charCodeAt(at) !== 32) return false

  const next = text.charCodeAt(at + 1)
  return isCapitalCode(next) || isDigitCode(next)
}

/** . , / : # $ or - (what NUMBERED_WORDS' lookbehind refuses besides word characters). */
function isNotBeforeNumber(code: number): boolean {
  switch (code) {
    case 46:
    case 44:
    case 47:
    case 58:
    case 35:
    case 36:
    case 45:
      return true
    default:
      return false
  }
}

function isWordCode(code: number): boolean {
  return isDigitCode(code) || isCapitalCode(code) || (code >= 97 && code <= 122) || code === 95
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57
}

function isCapitalCode(code: number): boolean {
  return code >= 65 && code <= 90
}

/**
 * A street line that the main pattern cannot start on, read at digit run `i` of up to six
 * digits and a space: a lower-case line after a word that says an address follows ("lives at
 * 48 cedar ln"), or a Wisconsin grid number ("N56W17000 Ridgewood Dr").
 */
function otherShape(doc: ScanDocument, runs: DigitRuns, i: number, found: Candidate[]): void {
  const start = runs.starts[i] ?? 0
  const next = doc.text.charCodeAt((runs.ends[i] ?? 0) + 1)
  if (next >= 97 && next <= 122) lowerCaseStreet(doc, start, found)
  else if (i > 0 && isGridLetter(doc.text.charCodeAt(start - 1))) gridStreet(doc, i, found)
}

function lowerCaseStreet(doc: ScanDocument, start: number, found: Candidate[]): void {
  LOWER_STREET.lastIndex = start
  const match = LOWER_STREET.exec(doc.text)
  if (!match || !LOWER_STREET_CUE.test(doc.before(start, 16))) return

  const end = withUnit(doc, start + match[0].length)
  found.push(candidate(start, end, 0.7, 'lower-case street'))
}

/** "N56W17000 Ridgewood Dr": run `i` is the second number, run `i - 1` the first. */
function gridStreet(doc: ScanDocument, i: number, found: Candidate[]): void {
  const runs = digitRunsOf(doc)
  const first = runs.starts[i - 1] ?? 0
  if ((runs.ends[i - 1] ?? 0) !== (runs.starts[i] ?? 0) - 1) return

  const start = first - 1
  if (!isGridLetter(doc.text.charCodeAt(start)) || /\w/.test(doc.text[start - 1] ?? '')) return
  GRID_WORDS.lastIndex = start
  const match = GRID_WORDS.exec(doc.text)
  const streetEnd = match ? streetLineEnd(match[0]) : undefined
  if (streetEnd === undefined) return

  found.push(candidate(start, withUnit(doc, start + streetEnd), 0.8, 'grid street'))
}

/** N, S, E or W. */
function isGridLetter(code: number): boolean {
  return code === 78 || code === 83 || code === 69 || code === 87
}

/**
 * Where the street line ends inside `run` ("9811 S. Main St Apt 4"), or undefined when no
 * word after the street name is a street suffix. The last suffix wins (Birch Hollow Pl).
 */
function streetLineEnd(run: string): number | undefined {
  // A number and one word ("2 L"): only "Broadway" makes that a street line.
  const space = run.indexOf(' ')
  if (!run.includes(' ', space + 1) && !STANDALONE_STREET.test(run.slice(space + 1))) {
    return undefined
  }
  const words = run.split(' ')
  const lexicon = placeLexicon()
  let suffixAt = -1
  // Whether the run is all capitals, found when a suffix first needs it.
  let upperCaseRun: boolean | undefined
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? ''
    if (/^(?:Apt|Suite|Ste|Unit|Bldg|Fl|Rm)\b/.test(word)) break
    // "221B Baker Street. 350 Fifth Ave": a full stop then a number starts another address.
    if (/^\d/.test(word) && /[a-z]{3}\.$/.test(words[i - 1] ?? '')) break
    if (STANDALONE_STREET.test(word)) suffixAt = i
    // "10231 Hwy 90", "615 Rte 9W": a numbered route right after the house number.
    if (i === 1 && NUMBERED_ROUTE.test(withoutFullStop(word))) {
      if (/^\d{1,4}[NSEW]?$/.test(words[2] ?? '')) suffixAt = i
    }
    if (i < 2 || !lexicon.isStreetSuffix(word) || isOnlyAbbreviatedDirectionals(words, i)) continue
    // In mixed-case text an all-caps "CTS" or "PT" is an acronym (a car model), not a suffix.
    upperCaseRun ??= run === run.toUpperCase()
    if (!upperCaseRun && /^[A-Z]{2,4}$/.test(word)) continue

    suffixAt = i
  }
  if (suffixAt === -1) return leadingTypeStreetEnd(words)

  let last = suffixAt
  const next = words[suffixAt + 1] ?? ''
  const suffix = words[suffixAt] ?? ''
  if (DIRECTIONAL.test(next) && !next.endsWith('.')) last += 1
  else if (NUMBERED_ROUTE.test(withoutFullStop(suffix)) && /^\d{1,4}[NSEW]?$/.test(next)) last += 1

  // The length of the first words joined again by their spaces.
  let end = last
  for (let i = 0; i <= last; i++) end += words[i]?.length ?? 0
  // A period ends the sentence after a full word (Street.), but belongs to Ave. and St.
  const lastWord = words[last] ?? ''
  if (lastWord.endsWith('.') && (lastWord.length > 5 || !/^[A-Z][a-z]{1,3}\.$/.test(lastWord))) {
    end -= 1
  }

  return end
}

/**
 * The end of "2207 Calle Mariposa": a street type before one capitalised name word. With no
 * suffix to end it, the line takes only that word, so that a city after it stays outside.
 */
function leadingTypeStreetEnd(words: readonly string[]): number | undefined {
  const type = words[1] ?? ''
  const name = withoutFullStop(words[2] ?? '')
  if (!LEADING_STREET_TYPE.test(type) || !/^[A-Z][A-Za-z'-]{2,24}$/.test(name)) return undefined

  return (words[0] ?? '').length + 1 + type.length + 1 + name.length
}

function withoutFullStop(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word
}

/**
 * True when the words between the house number and `suffixAt` are only abbreviated
 * directionals ("12 N St"): there is no street name. "7986 West Street" has one: West.
 */
function isOnlyAbbreviatedDirectionals(words: readonly string[], suffixAt: number): boolean {
  for (let i = 1; i < suffixAt; i++) {
    const word = words[i] ?? ''
    if (!DIRECTIONAL.test(word) || word.length > 3) return false
  }

  return true
}

function withUnit(doc: ScanDocument, end: number): number {
  const unit = UNIT.exec(doc.text.slice(end, end + 24))
  return unit ? end + unit[0].length : end
}

function candidate(start: number, end: number, score: number, pattern: string): Candidate {
  return {
    type: 'STREET_ADDRESS',
    start,
    end,
    score,
    recognizer: 'address',
    pattern,
    contextApplied: true,
  }
}
