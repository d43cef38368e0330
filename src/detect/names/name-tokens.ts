import type { ScanDocument } from '../scan-document.js'
import { LOWER_NAME_CUES } from './name-cues.js'
import { Flag as FLAG, nameWords as NAME_WORDS, PARTICLES as NAME_PARTICLES } from './name-words.js'
import {
  keyHashAt as KEY_HASH_AT,
  keyOf as KEY_OF,
  plainKeyHashAt as PLAIN_KEY_HASH_AT,
  WORD_KEY_PATTERNS,
} from './word-table.js'

export { keyOf } from './word-table.js'

// Module copies of imported values read once per word: under tsx (the tests and benchmarks)
// every read of an imported binding is a getter call, dearer than the rest of the loop body.
const Flag = FLAG
const keyHashAt = KEY_HASH_AT
const plainKeyHashAt = PLAIN_KEY_HASH_AT
const PARTICLES = NAME_PARTICLES
const nameWords = NAME_WORDS
const keyOf = KEY_OF

/**
 * How a capitalised word is joined to the one before it. Recognizers decide which joins keep
 * a name or an organisation together.
 */
export const Join = {
  /** Not joined: a line break, other punctuation or a long gap lies between. */
  None: 0,
  /** One space: "Mary Smith". */
  Space: 1,
  /** A period and a space after an initial, a title or "St": "J. Smith", "Dr. Lee". */
  Dot: 2,
  /** A lower-case name particle: "Van der Berg", "De la Cruz". */
  Particle: 3,
  /** "and", "&" or "of" between words: "Smith and Walsh", "Blue Shield of Texas". */
  Conjunction: 4,
  /** A comma and one space: "Smith, Mary". */
  Comma: 5,
  /** An HL7 component separator: "SMITH^MARY". */
  Caret: 6,
} as const
export type Join = (typeof Join)[keyof typeof Join]

/** How a word is written, as bits of NameTokens.shape. */
export const Shape = {
  /** Every letter is upper case and there are at least two. */
  AllCaps: 1,
  /** A single letter ("J" in "J. Smith"). */
  Initial: 2,
  /** The word ends in "'s"; `end` includes it, `nameEnd` does not. */
  Possessive: 4,
} as const

/**
 * The capitalised words of a document, as parallel arrays indexed by token number (no object
 * per word: there are tens of thousands per megabyte).
 */
export class NameTokens {
  readonly count: number
  readonly start: Int32Array
  /** Where the word ends, a possessive "'s" included. */
  readonly end: Int32Array
  /** Where the word ends without a possessive "'s". */
  readonly nameEnd: Int32Array
  /** How each word is joined to the previous token (Join). */
  readonly join: Uint8Array
  /** Bits of Shape. */
  readonly shape: Uint8Array
  /** Bits of Flag. */
  readonly flags: Uint16Array
  /** The word's id in nameWords().listed, or -1 when it is not a listed word. */
  readonly word: Int32Array
  /** keyHashAt of the word without a possessive: finds a word again without its key. */
  readonly hash: Int32Array
  /**
   * Where a cue for a lower-case name starts ("hey", "w/", "mrs."), followed by a space and a
   * lower-case letter, in text order. Found in the same pass because trying the cue words at
   * every position of the text in a separate pass cost more than this whole pass.
   */
  readonly lowerCaseCues: readonly number[]
  readonly #text: string

  constructor(text: string, columns: TokenColumns, count: number, cues: readonly number[]) {
    this.#text = text
    this.lowerCaseCues = cues
    this.count = count
    this.start = columns.start.subarray(0, count)
    this.end = columns.end.subarray(0, count)
    this.nameEnd = columns.nameEnd.subarray(0, count)
    this.join = columns.join.subarray(0, count)
    this.shape = columns.shape.subarray(0, count)
    this.flags = columns.flags.subarray(0, count)
    this.word = columns.word.subarray(0, count)
    this.hash = columns.hash.subarray(0, count)
  }

  /** The word's key: lower case, without apostrophes or hyphens (a new string each call). */
  key(index: number): string {
    return keyOf(this.#text.slice(this.start[index], this.nameEnd[index]))
  }

  /** The census rank of the word as a given name, or 0. */
  givenRank(index: number): number {
    const { names, givenRank } = nameWords()
    return rankOf(
      givenRank,
      names.idAt(this.#text, this.start[index]!, this.nameEnd[index]!, this.hash[index]!),
    )
  }

  /** The census rank of the word as a surname, or 0. */
  surnameRank(index: number): number {
    const { names, surnameRank } = nameWords()
    return rankOf(
      surnameRank,
      names.idAt(this.#text, this.start[index]!, this.nameEnd[index]!, this.hash[index]!),
    )
  }

  /** The join of token `index`, or Join.None past the last token. */
  joinAt(index: number): Join {
    return index < this.count ? (this.join[index] as Join) : Join.None
  }

  allCaps(index: number): boolean {
    return (this.shape[index]! & Shape.AllCaps) !== 0
  }

  initial(index: number): boolean {
    return (this.shape[index]! & Shape.Initial) !== 0
  }

  possessive(index: number): boolean {
    return (this.shape[index]! & Shape.Possessive) !== 0
  }
}

// Letters of a name word: ASCII, the Latin-1 and Latin Extended letters ("Ramón", "Wiśniewski",
// "Yıldız", "Nguyễn"), combining accents, the okina ("Kaʻahumanu") and apostrophes.
const LETTERS = String.raw`A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF\u0300-\u036F`
const WORD_REST = String.raw`[${LETTERS}\u02BB\u02BC'’]{0,30}(?:-[${LETTERS}][${LETTERS}\u02BB\u02BC'’]{0,30}){0,2}`
// A capital letter, then letters and apostrophes, with up to two hyphenated parts
// ("Hettinger-Corkery", "Hyun-woo", "O'Hara"). Nothing quantified can match a hyphen except the
// group that starts with one, so the pattern stays linear. `\b` before a capital is "no letter,
// digit or underscore before", and lets V8 skip ahead to capitals instead of trying a
// look-behind at every position. The second branch is a lower-case name cue and its space. The
// third is a word opening with an accented capital ("Łukasz", "Émile"), where `\b` (ASCII only)
// does not hold; its class also takes some lower-case letters, which the scan then skips.
const NAME_WORD = new RegExp(
  String.raw`\b(?:[A-Z]${WORD_REST}|(?:${LOWER_NAME_CUES}) (?=[a-z]))|(?<![${LETTERS}\d_])[\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F\u1E00-\u1EFF]${WORD_REST}`,
  'g',
)
// The same without the third branch, for text that has no character above 127: most documents,
// which then skip the costly look-behind the third branch tries at every lower-case letter.
const NAME_WORD_ASCII = new RegExp(
  String.raw`\b(?:[A-Z]${WORD_REST}|(?:${LOWER_NAME_CUES}) (?=[a-z]))`,
  'g',
)
// A cue right after a hyphen or apostrophe inside a capitalised word: "Ex-wife john".
const CUE_AT = new RegExp(String.raw`\b(?:${LOWER_NAME_CUES}) (?=[a-z])`, 'y')

// Capitalised words that open a lower-case name cue of LOWER_NAME_CUES: a field label.
const CAPITALISED_CUES: ReadonlySet<string> = new Set([
  'Name',
  'NAME',
  'Patient',
  'PATIENT',
  'Pt',
  'PT',
])
// Their first letters: most words before a colon ("History:", "Plan:") are ruled out by these.
const CAPITALISED_CUE_INITIALS: ReadonlySet<number> = new Set(
  [...CAPITALISED_CUES].map((cue) => cue.charCodeAt(0)),
)

/** Regular expressions this module runs, for the pattern-safety test. */
export const NAME_TOKEN_PATTERNS: readonly RegExp[] = [
  NAME_WORD,
  NAME_WORD_ASCII,
  CUE_AT,
  ...WORD_KEY_PATTERNS,
]

const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', '&', 'of', 'of the'])
/** Stop words that still stand as tokens: "of" and "and" join organisation names. */
const JOINING_WORDS = ['of', 'and']
// A word with any of these is kept even when it is also a stop word.
const NOT_ONLY_STOP =
  Flag.Ambiguous |
  Flag.Title |
  Flag.Credential |
  Flag.OrganizationHead |
  Flag.OrganizationModifier |
  Flag.Particle |
  Flag.State |
  Flag.PlacePrefix
const NOTE_KEY = 'names:tokens'

/**
 * The capitalised words of a document with how each joins the one before, computed once per
 * document and shared by the person and organisation recognizers. A word glued to digits
 * ("LAB01") and a plain common word ("The", "Patient") are not tokens; a common word also
 * cuts the join across it.
 *
 * @example
 * const tokens = nameTokens(new ScanDocument('Dr. J. Smith'))
 * [...tokens.join] // [Join.None, Join.Dot, Join.Dot]
 */
export function nameTokens(doc: ScanDocument): NameTokens {
  const cached = doc.notes.get(NOTE_KEY) as NameTokens | undefined
  if (cached) return cached

  const text = doc.text
  const words = nameWords()
  const listed = words.listed
  const wordFlags = words.flags
  const [joiningFirst = -1, joiningSecond = -1] = JOINING_WORDS.map((word) => listed.idOf(word))
  let columns = new TokenColumns(Math.max(64, text.length >> 5))
  let count = 0
  let previous = -1
  const cues: number[] = []
  const nameWord = doc.isAscii ? NAME_WORD_ASCII : NAME_WORD
  nameWord.lastIndex = 0
  // test() rather than exec(): no match array per word; the start is found from the end.
  while (nameWord.test(text)) {
    const end = nameWord.lastIndex
    // A cue ends in its space; a capitalised word never does.
    if (text.charCodeAt(end - 1) === 32) {
      cues.push(cueStart(text, end))
      continue
    }

    // Back over the word to its start (test() gives only the end). A hyphen or apostrophe on
    // the way may hide a cue after it.
    let start = end - 1
    let inner = false
    let wide = text.charCodeAt(start) >= 128
    for (let code = text.charCodeAt(start - 1); ; code = text.charCodeAt(start - 1)) {
      if (code < 128 ? isAsciiLetter(code) : isWideLetter(code)) {
        start--
        if (code >= 128) wide = true
      } else if (code === 39 || code === 45 || code === 0x2019) {
        start--
        inner = true
      } else break
    }
    start = capitalStart(text, start, end)
    // The accented-capital branch also takes lower-case letters: "ñandú" is no name word.
    if (wide && !isUpper(text.charCodeAt(start))) {
      previous = -1
      continue
    }
    if (text.charCodeAt(end) === 58) findNameCue(text, start, end, cues)
    if (inner) findCuesInside(text, start, end, cues)
    const after = text.charCodeAt(end)
    // A word glued to digits ("LAB01", "A1c", "WS-3W-02") is a code, not a name.
    if ((after >= 48 && after <= 57) || (after === 45 && isDigit(text.charCodeAt(end + 1)))) {
      previous = -1
      continue
    }

    const last = text.charCodeAt(end - 1)
    const possessive =
      (last === 115 || last === 83) && end - start > 3 && isApostrophe(text.charCodeAt(end - 2))
    const nameEnd = possessive ? end - 2 : end
    const hash =
      inner || wide ? keyHashAt(text, start, nameEnd) : plainKeyHashAt(text, start, nameEnd)
    const word = listed.idAt(text, start, nameEnd, hash)
    const flags = word === -1 ? 0 : wordFlags[word]!
    // A plain common word ("The", "Patient") only cuts runs: no token, and no join across it.
    const onlyStop = (flags & (Flag.Stop | NOT_ONLY_STOP)) === Flag.Stop
    if (onlyStop && nameEnd - start > 1 && word !== joiningFirst && word !== joiningSecond) {
      previous = -1
      continue
    }

    if (count === columns.capacity) columns = columns.grown(count)
    columns.start[count] = start
    columns.end[count] = end
    columns.nameEnd[count] = nameEnd
    columns.join[count] = previous === -1 ? Join.None : joinOf(text, columns, previous, start)
    columns.shape[count] = shapeOf(text, start, nameEnd, possessive)
    columns.flags[count] = flags
    columns.word[count] = word
    columns.hash[count] = hash
    previous = count++
  }
  const tokens = new NameTokens(text, columns, count, cues)
  doc.notes.set(NOTE_KEY, tokens)

  return tokens
}

/** Growable storage for the columns of NameTokens while they are being found. */
class TokenColumns {
  readonly capacity: number
  readonly start: Int32Array
  readonly end: Int32Array
  readonly nameEnd: Int32Array
  readonly join: Uint8Array
  readonly shape: Uint8Array
  readonly flags: Uint16Array
  readonly word: Int32Array
  readonly hash: Int32Array

  constructor(capacity: number) {
    this.capacity = capacity
    this.start = new Int32Array(capacity)
    this.end = new Int32Array(capacity)
    this.nameEnd = new Int32Array(capacity)
    this.join = new Uint8Array(capacity)
    this.shape = new Uint8Array(capacity)
    this.flags = new Uint16Array(capacity)
    this.word = new Int32Array(capacity)
    this.hash = new Int32Array(capacity)
  }

  /** A copy with twice the room holding the first `count` rows. */
  grown(count: number): TokenColumns {
    const next = new TokenColumns(this.capacity * 2)
    next.start.set(this.start.subarray(0, count))
    next.end.set(this.end.subarray(0, count))
    next.nameEnd.set(this.nameEnd.subarray(0, count))
    next.join.set(this.join.subarray(0, count))
    next.shape.set(this.shape.subarray(0, count))
    next.flags.set(this.flags.subarray(0, count))
    next.word.set(this.word.subarray(0, count))
    next.hash.set(this.hash.subarray(0, count))

    return next
  }
}

/**
 * Where the word that NAME_WORD just matched, ending at `end`, starts, given where the run of
 * letters, apostrophes and hyphens before `end` starts: forward to the first capital letter
 * with no letter, digit or underscore before it (the pattern's `\b`).
 */
function capitalStart(text: string, runStart: number, end: number): number {
  let start = runStart
  while (start < end - 1) {
    const code = text.charCodeAt(start)
    if (isUpper(code) && (start === 0 || !isWordChar(text.charCodeAt(start - 1)))) break
    start++
  }

  return start
}

/** Where the cue that NAME_WORD just matched, ending in a space at `end` - 1, starts. */
function cueStart(text: string, end: number): number {
  let start = end - 2
  // "mrs.", "name:", "w/": punctuation ends some cues; the rest are lower-case letters.
  const last = text.charCodeAt(start)
  if (last === 46 || last === 58 || last === 47) start--
  while (start > 0 && isLowerLetter(text.charCodeAt(start - 1))) start--

  return start
}

/** "Name: john": the capital branch of NAME_WORD takes "Name", which hides the cue. */
function findNameCue(text: string, start: number, end: number, cues: number[]): void {
  // Only these capitalised words are also cues ("Name:", "PATIENT:", "Pt:"), all of 2 to 7.
  if (end - start < 2 || end - start > 7 || !CAPITALISED_CUE_INITIALS.has(text.charCodeAt(start))) {
    return
  }
  if (!CAPITALISED_CUES.has(text.slice(start, end))) return

  CUE_AT.lastIndex = start
  if (CUE_AT.test(text)) cues.push(start)
}

/** A cue after a hyphen or apostrophe inside a capitalised word: "Ex-wife john". */
function findCuesInside(text: string, start: number, end: number, cues: number[]): void {
  for (let i = start + 1; i < end - 1; i++) {
    const code = text.charCodeAt(i)
    if (isLetter(code) || !isLowerLetter(text.charCodeAt(i + 1))) continue

    CUE_AT.lastIndex = i + 1
    if (CUE_AT.test(text)) cues.push(i + 1)
  }
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isLowerLetter(code: number): boolean {
  return code >= 97 && code <= 122
}

function isWordChar(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57) || code === 95
}

function rankOf(ranks: Int32Array, id: number): number {
  return id === -1 ? 0 : ranks[id]!
}

function shapeOf(text: string, start: number, nameEnd: number, possessive: boolean): number {
  let shape = possessive ? Shape.Possessive : 0
  if (nameEnd - start === 1) shape |= Shape.Initial
  else if (isAllCaps(text, start, nameEnd)) shape |= Shape.AllCaps

  return shape
}

function isLetter(code: number): boolean {
  return code < 128 ? isAsciiLetter(code) : isWideLetter(code)
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/** A Latin-1 or Latin Extended letter, a combining accent or an okina: as in NAME_WORD. */
function isWideLetter(code: number): boolean {
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7
  return (
    (code >= 0x1e00 && code <= 0x1eff) ||
    (code >= 0x300 && code <= 0x36f) ||
    code === 0x2bb ||
    code === 0x2bc
  )
}

/** An upper-case letter, ASCII or accented. */
function isUpper(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90
  if (!isWideLetter(code) || (code >= 0x300 && code <= 0x36f)) return false
  const letter = String.fromCharCode(code)
  return letter !== letter.toLowerCase()
}

/** A lower-case letter, ASCII or accented. */
function isLower(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122
  if (!isWideLetter(code) || (code >= 0x300 && code <= 0x36f)) return false
  const letter = String.fromCharCode(code)
  return letter !== letter.toUpperCase()
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019
}

function isAllCaps(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code >= 97 && code <= 122) return false
    if (code >= 128 && isLower(code)) return false
  }

  return true
}

function joinOf(text: string, columns: TokenColumns, previous: number, start: number): Join {
  const previousEnd = columns.end[previous]!
  const gap = start - previousEnd
  const first = text.charCodeAt(previousEnd)
  if (gap === 1) {
    if (first === 32) return Join.Space
    if (first === 94) return Join.Caret
    return Join.None
  }
  if (gap > 12) return Join.None

  const last = text.charCodeAt(start - 1)
  // ". " after an initial, a title or "St".
  if (gap === 2 && first === 46 && last === 32) {
    const dotted =
      (columns.shape[previous]! & Shape.Initial) !== 0 ||
      (columns.flags[previous]! & Flag.Abbreviation) !== 0
    return dotted ? Join.Dot : Join.None
  }
  if (gap === 2 && first === 44 && last === 32) return Join.Comma
  // "A. de Villiers": a particle after an initial's period.
  const afterInitial =
    first === 46 &&
    text.charCodeAt(previousEnd + 1) === 32 &&
    (columns.shape[previous]! & Shape.Initial) !== 0
  if ((first !== 32 && !afterInitial) || last !== 32) return Join.None

  const inner = text.slice(previousEnd + (afterInitial ? 2 : 1), start - 1).toLowerCase()
  if (afterInitial) return PARTICLES.has(inner) ? Join.Particle : Join.None
  if (PARTICLES.has(inner)) return Join.Particle
  if (CONJUNCTIONS.has(inner)) return Join.Conjunction
  return Join.None
}
