import type { ScanDocument } from '../scan-document.js'
import { CREDENTIALS, CUE_WORD_KEYS, ROLE_TITLES, TITLES } from './name-cues.js'
import { AMBIGUOUS_NAMES, NOT_A_NAME, US_STATES } from './name-stop-list.js'
import { ORGANIZATION_HEADS, ORGANIZATION_MODIFIERS, PLACE_PREFIXES } from './organization-words.js'

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

/** What a word is, as bits of NameToken.flags, looked up once per token. */
export const Flag = {
  /** A common word that is not a name (NOT_A_NAME and not AMBIGUOUS_NAMES). */
  Stop: 1,
  /** A name that is also an everyday word (AMBIGUOUS_NAMES). */
  Ambiguous: 2,
  Title: 4,
  Credential: 8,
  /** Ends an organisation name ("Hospital"). */
  OrganizationHead: 16,
  /** May stand inside an organisation name ("Regional"). */
  OrganizationModifier: 32,
  /** A name particle ("Van", "De"). */
  Particle: 64,
  /** A word of a US state name ("Texas" in "Blue Cross Blue Shield of Texas"). */
  State: 128,
  /** A place word that may begin an organisation name ("Fort", "Lake", "New"). */
  PlacePrefix: 256,
} as const

/** One word that starts with a capital letter. */
export interface NameToken {
  readonly start: number
  readonly end: number
  /** Lower case, without apostrophes, hyphens or periods. */
  readonly key: string
  /** Every letter is upper case and there are at least two. */
  readonly allCaps: boolean
  /** A single letter ("J" in "J. Smith"). */
  readonly initial: boolean
  /** How this word is joined to the previous token. */
  readonly join: Join
  /** The word ends in "'s"; `end` includes it, `nameEnd` does not. */
  readonly possessive: boolean
  /** Where the word ends without a possessive "'s". */
  readonly nameEnd: number
  /** Bits of Flag. */
  readonly flags: number
}

// A capital letter, then letters and apostrophes, with up to two hyphenated parts
// ("Hettinger-Corkery", "Hyun-woo", "O'Hara"). Nothing quantified can match a hyphen except the
// group that starts with one, so the pattern stays linear.
export const NAME_TOKEN =
  /(?<![A-Za-z0-9_])[A-Z][A-Za-z'’]{0,30}(?:-[A-Za-z][A-Za-z'’]{0,30}){0,2}/g

/** Lower-case name particles: "van" in "Van der Berg". */
export const PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'la',
  'le',
  'da',
  'di',
  'du',
  'dos',
  'das',
  'ten',
  'ter',
  'bin',
  'ibn',
  'al',
  'el',
  'van der',
  'van den',
  'de la',
  'de los',
  'von der',
])
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', '&', 'of', 'of the'])
const DOTTED: ReadonlySet<string> = new Set([
  'st',
  'dr',
  'drs',
  'mr',
  'mrs',
  'ms',
  'mx',
  'prof',
  'jr',
  'sr',
  'ft',
  'mt',
])
const NOTE_KEY = 'names:tokens'

/**
 * The capitalised words of a document with how each joins the one before, computed once per
 * document and shared by the person and organisation recognizers.
 *
 * @example
 * nameTokens(new ScanDocument('Dr. J. Smith')).map((t) => [t.text, t.join])
 * // [['Dr', 0], ['J', 2], ['Smith', 2]]
 */
export function nameTokens(doc: ScanDocument): readonly NameToken[] {
  const cached = doc.notes.get(NOTE_KEY) as NameToken[] | undefined
  if (cached) return cached

  const text = doc.text
  const lower = doc.lower
  const tokens: NameToken[] = []
  let previous: NameToken | undefined
  NAME_TOKEN.lastIndex = 0
  // test() rather than exec(): no match array per word; the start is found from the end.
  while (NAME_TOKEN.test(text)) {
    let end = NAME_TOKEN.lastIndex
    const start = tokenStart(text, end)
    const after = text.charCodeAt(end)
    // A word glued to digits ("LAB01", "A1c") is a code, not a name.
    if (after >= 48 && after <= 57) {
      previous = undefined
      continue
    }

    const full = end
    const last = text.charCodeAt(end - 1)
    const possessive =
      (last === 115 || last === 83) && end - start > 3 && isApostrophe(text.charCodeAt(end - 2))
    if (possessive) end -= 2
    const key = keyOfLower(lower.slice(start, end))
    const flags = flagsOf(key)
    // A plain common word ("The", "Patient") only cuts runs: no token, and no join across it.
    if (flags === Flag.Stop && end - start > 1 && key !== 'of' && key !== 'and') {
      previous = undefined
      continue
    }
    const token: NameToken = {
      start,
      end: full,
      key,
      allCaps: end - start > 1 && isAllCaps(text, start, end),
      initial: end - start === 1,
      join: previous ? joinOf(text, previous, start) : Join.None,
      possessive,
      nameEnd: end,
      flags,
    }
    tokens.push(token)
    previous = token
  }
  doc.notes.set(NOTE_KEY, tokens)

  return tokens
}

const KEY_STRIP = /['’.-]/g

/** Regular expressions this module runs, for the pattern-safety test. */
export const NAME_TOKEN_PATTERNS: readonly RegExp[] = [NAME_TOKEN, KEY_STRIP]

/** Lower case without apostrophes, hyphens or periods: "O'Hara" -> "ohara". */
export function keyOf(word: string): string {
  return keyOfLower(word.toLowerCase())
}

/**
 * Where the token that NAME_TOKEN just matched, ending at `end`, starts: back over the
 * letters, apostrophes and hyphens it may hold, then forward to the first capital letter with
 * no letter, digit or underscore before it (the pattern's look-behind).
 */
function tokenStart(text: string, end: number): number {
  let start = end - 1
  while (start > 0 && isTokenChar(text.charCodeAt(start - 1))) start--
  while (start < end - 1) {
    const code = text.charCodeAt(start)
    if (code >= 65 && code <= 90 && (start === 0 || !isWordChar(text.charCodeAt(start - 1)))) break
    start++
  }

  return start
}

function isTokenChar(code: number): boolean {
  return isLetter(code) || code === 39 || code === 45 || code === 0x2019
}

function isWordChar(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57) || code === 95
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

function keyOfLower(lower: string): string {
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i)
    // An apostrophe, hyphen, period or right single quote: strip them all.
    if (code === 39 || code === 45 || code === 46 || code === 0x2019) {
      return lower.replace(KEY_STRIP, '')
    }
  }

  return lower
}

let flagTable: Map<string, number> | undefined

/** The Flag bits of a key, from one table built on first use out of the word lists. */
function flagsOf(key: string): number {
  flagTable ??= buildFlagTable()
  return flagTable.get(key) ?? 0
}

function buildFlagTable(): Map<string, number> {
  const table = new Map<string, number>()
  const mark = (words: ReadonlySet<string>, flag: number): void => {
    for (const word of words) table.set(word, (table.get(word) ?? 0) | flag)
  }
  mark(NOT_A_NAME, Flag.Stop)
  mark(ROLE_TITLES, Flag.Stop)
  mark(CUE_WORD_KEYS, Flag.Stop)
  mark(TITLES, Flag.Title)
  mark(CREDENTIALS, Flag.Credential)
  mark(ORGANIZATION_HEADS, Flag.OrganizationHead)
  mark(ORGANIZATION_MODIFIERS, Flag.OrganizationModifier)
  mark(PARTICLES, Flag.Particle)
  mark(US_STATES, Flag.State)
  mark(PLACE_PREFIXES, Flag.PlacePrefix)
  // An everyday-word name is never a plain stop word.
  for (const word of AMBIGUOUS_NAMES) {
    table.set(word, ((table.get(word) ?? 0) & ~Flag.Stop) | Flag.Ambiguous)
  }

  return table
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019
}

function isAllCaps(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code >= 97 && code <= 122) return false
  }

  return true
}

function joinOf(text: string, previous: NameToken, start: number): Join {
  const gap = start - previous.end
  if (gap === 1) {
    const c = text[previous.end]
    if (c === ' ') return Join.Space
    if (c === '^') return Join.Caret
    return Join.None
  }
  if (gap > 12) return Join.None

  const between = text.slice(previous.end, start)
  if (between === '. ' || between === '.') {
    return previous.initial || DOTTED.has(previous.key) ? Join.Dot : Join.None
  }
  if (between === ', ') return Join.Comma
  if (!between.startsWith(' ') || !between.endsWith(' ')) return Join.None

  const inner = between.slice(1, -1).toLowerCase()
  if (PARTICLES.has(inner)) return Join.Particle
  if (CONJUNCTIONS.has(inner)) return Join.Conjunction
  return Join.None
}
