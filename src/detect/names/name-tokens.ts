import type { ScanDocument } from '../scan-document.js'

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

/** One word that starts with a capital letter. */
export interface NameToken {
  readonly start: number
  readonly end: number
  readonly text: string
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
}

// A capital letter, then letters and apostrophes, with up to two hyphenated parts
// ("Hettinger-Corkery", "Hyun-woo", "O'Hara"). Nothing quantified can match a hyphen except the
// group that starts with one, so the pattern stays linear.
export const NAME_TOKEN = /(?<![A-Za-z0-9_])[A-Z][A-Za-z'’]{0,30}(?:-[A-Za-z][A-Za-z'’]{0,30}){0,2}/g

/** Lower-case name particles: "van" in "Van der Berg". */
export const PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'la', 'le', 'da', 'di', 'du', 'dos', 'das',
  'ten', 'ter', 'bin', 'ibn', 'al', 'el', 'van der', 'van den', 'de la', 'de los', 'von der',
])
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', '&', 'of', 'of the'])
const DOTTED: ReadonlySet<string> = new Set([
  'st', 'dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'jr', 'sr', 'ft', 'mt',
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
  const tokens: NameToken[] = []
  let previous: NameToken | undefined
  for (const match of text.matchAll(NAME_TOKEN)) {
    const start = match.index
    const word = match[0]
    const end = start + word.length
    const after = text.charCodeAt(end)
    // A word glued to digits ("LAB01", "A1c") is a code, not a name.
    if (after >= 48 && after <= 57) {
      previous = undefined
      continue
    }

    const possessive = word.length > 3 && /['’][sS]$/.test(word)
    const bare = possessive ? word.slice(0, -2) : word
    const token: NameToken = {
      start,
      end,
      text: bare,
      key: keyOf(bare),
      allCaps: bare.length > 1 && bare === bare.toUpperCase(),
      initial: bare.length === 1,
      join: previous ? joinOf(text, previous, start) : Join.None,
      possessive,
      nameEnd: start + bare.length,
    }
    tokens.push(token)
    previous = token
  }
  doc.notes.set(NOTE_KEY, tokens)

  return tokens
}

/** Regular expressions this module runs, for the pattern-safety test. */
export const NAME_TOKEN_PATTERNS: readonly RegExp[] = [NAME_TOKEN, /['’][sS]$/, /['’.-]/]

/** Lower case without apostrophes, hyphens or periods: "O'Hara" -> "ohara". */
export function keyOf(word: string): string {
  const lower = word.toLowerCase()
  return /['’.-]/.test(lower) ? lower.replace(/['’.-]/g, '') : lower
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
  if (between[0] !== ' ' || between[between.length - 1] !== ' ') return Join.None

  const inner = between.slice(1, -1).toLowerCase()
  if (PARTICLES.has(inner)) return Join.Particle
  if (CONJUNCTIONS.has(inner)) return Join.Conjunction
  return Join.None
}
