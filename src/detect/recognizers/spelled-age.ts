import type { Candidate } from '../candidate.js'
import type { ScanDocument } from '../scan-document.js'

const UNITS = 'one|two|three|four|five|six|seven|eight|nine'
// Ninety to ninety-nine, and one hundred to one hundred and nineteen, in words.
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen'
const SPELLED_AGE = new RegExp(
  `\\b(?:ninety(?:[- ](?:${UNITS}))?|(?:one|a) hundred(?:(?: and)?[ -](?:${UNITS}|${TEENS}))?)\\b`,
  'y',
)
// The words that start a spelled age of 90 or more.
const NUMBER_WORD = /ninety|hundred/gi
// An age phrase after the words: "ninety-six years old", "ninety-four-year-old".
const PHRASE_AFTER = /^(?:[- ](?:years?|yrs?)[- ]old\b|[- ]y\/?o\b|[- ]?years? of age)/
// Otherwise the words must close a clause, so that "ninety minutes" and "ninety percent"
// stay numbers: "ninety-four and sharp", "she's ninety-one, lives alone".
const CLAUSE_AFTER =
  /^(?:\s*(?:[,;!?)"'\u201d]|\.(?:\D|$)|$)|\s+(?:and|but|now|this|next|last|in|on|at|&|soon|today|tomorrow)\b)/
// A count is not an age: "about ninety", "over one hundred", "ninety of the".
const COUNT_BEFORE = /\b(?:about|around|over|under|nearly|almost|approximately|than|of|x|the)\s$/

/**
 * Ages of 90 and over written in words, the words only: "ninety-six years old",
 * "described as ninety-four and sharp", "turned one hundred and two".
 *
 * @example
 * // 'Pt is ninety-six years old' -> AGE on 'ninety-six'; 'ninety minutes' gives none.
 */
export function spelledAges(doc: ScanDocument): Candidate[] {
  const found: Candidate[] = []
  for (const at of anchors(doc)) {
    SPELLED_AGE.lastIndex = at
    const m = SPELLED_AGE.exec(doc.lower)
    if (!m) continue

    const end = m.index + m[0].length
    const after = doc.after(end, 16)
    const phrase = PHRASE_AFTER.test(after)
    if (!phrase && (!CLAUSE_AFTER.test(after) || COUNT_BEFORE.test(doc.before(m.index, 16)))) {
      continue
    }

    found.push({
      type: 'AGE',
      start: m.index,
      end,
      score: phrase ? 0.85 : 0.6,
      recognizer: 'age',
      pattern: phrase ? 'age in words (phrase after)' : 'age in words',
      contextApplied: true,
    })
  }

  return found
}

/**
 * Where a spelled age may start: each "ninety", and the "one" or "a" before "hundred". One
 * case-blind regex pass finds both words faster than two searches of the lower-case text.
 */
function anchors(doc: ScanDocument): number[] {
  const found: number[] = []
  for (const m of doc.text.matchAll(NUMBER_WORD)) {
    if (m[0].length === 6) found.push(m.index)
    else if (doc.lower.startsWith('one ', m.index - 4)) found.push(m.index - 4)
    else if (doc.lower.startsWith('a ', m.index - 2)) found.push(m.index - 2)
  }

  return found
}

/** The patterns of this file, for the regex-safety check. */
export const SPELLED_AGE_PATTERNS: readonly RegExp[] = [
  NUMBER_WORD,
  SPELLED_AGE,
  PHRASE_AFTER,
  CLAUSE_AFTER,
  COUNT_BEFORE,
]
