import type { Candidate } from '../candidate.js'
import { CREDENTIALS, TITLES } from '../names/name-cues.js'
import { AMBIGUOUS_NAMES, EPONYM_HEADS, NOT_A_NAME } from '../names/name-stop-list.js'
import { keyOf, PARTICLES } from '../names/name-tokens.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'

const RECOGNIZER = 'person-echo'
/** Earlier person candidates at or above this score lend their words to the echo. */
const CONFIDENT = 0.8
const ECHO_SCORE = 0.75
const MAX_NAME_WORDS = 24

// Splits a found name into its words: "Schiller, Xiomara I", "WATERS^DOROTHY^C".
const NAME_WORD_SPLIT = /[\s,^]+/
const EPONYM_AFTER = /^(?:['’]s)? ([a-z]{2,20})/
const NEXT_WORD = /^:? ?([a-z]{2,20})/
// Verbs that follow a name at the start of a sentence ("Rich is a 22-year-old").
const SENTENCE_VERB_WORDS: ReadonlySet<string> = new Set([
  'is', 'was', 'has', 'had', 'will', 'reports', 'reported', 'states', 'stated', 'denies',
  'presents', 'tolerated', 'underwent', 'returns', 'notes', 'turned', 'called', 'says', 'said',
])

/**
 * Finds again, anywhere in the document, each word of a name that was found with confidence:
 * "Dr. Herzog" after "To: Francis Herzog", "TOY, RAJ" then "Toy is a 25 year old". Words that
 * are also everyday words ("Young", "Mark") are found again only capitalised as written;
 * other words are found in any case. Runs after the other recognizers (`late`).
 *
 * @example
 * // 'Patient: Ervin Koelpin ... Koelpin reports' -> PERSON 'Koelpin' (second mention)
 */
export const personEchoRecognizer: Recognizer = {
  name: RECOGNIZER,
  types: ['PERSON'],
  patterns: [NAME_WORD_SPLIT, EPONYM_AFTER, NEXT_WORD],
  late: true,
  find(doc: ScanDocument, earlier: readonly Candidate[]): Candidate[] {
    const words = confidentWords(doc, earlier)
    if (words.size === 0) return []

    const covered = earlier.filter((c) => c.type === 'PERSON' || c.score >= ECHO_SCORE)
    const found: Candidate[] = []
    for (const [word, exactCase] of words) {
      const haystack = exactCase ? doc.text : doc.lower
      const needle = exactCase ? word : word.toLowerCase()
      for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
        const end = at + needle.length
        if (!isWholeWord(doc.text, at, end) || isEponym(doc, end)) continue
        if (exactCase && beforeCommonNoun(doc, end)) continue
        if (covered.some((c) => c.start < end && at < c.end)) continue

        found.push({
          type: 'PERSON',
          start: at,
          end,
          score: ECHO_SCORE,
          recognizer: RECOGNIZER,
          pattern: 'name found earlier in the document',
          contextApplied: true,
        })
      }
    }

    return found
  },
}

/** The words of confident names, each with whether it must match in its written case. */
function confidentWords(doc: ScanDocument, earlier: readonly Candidate[]): Map<string, boolean> {
  const words = new Map<string, boolean>()
  for (const c of earlier) {
    if (c.type !== 'PERSON' || c.score < CONFIDENT) continue

    for (const raw of doc.text.slice(c.start, c.end).split(NAME_WORD_SPLIT)) {
      const word = raw.replace(/\.$/, '')
      const key = keyOf(word)
      if (word.length < 2 || TITLES.has(key) || CREDENTIALS.has(key) || PARTICLES.has(key)) {
        continue
      }
      if (key === 'st') continue
      if (NOT_A_NAME.has(key) && !AMBIGUOUS_NAMES.has(key)) continue

      // Everyday words are echoed only as written, capitalised: "Young", not "young".
      const exactCase = AMBIGUOUS_NAMES.has(key) || word[0] !== word[0]?.toUpperCase()
      const form = exactCase ? titleCase(word) : word
      if (!exactCase || !words.has(form)) words.set(form, exactCase)
      if (words.size >= MAX_NAME_WORDS) return words
    }
  }

  return words
}

/** Letters or digits on neither side, and not part of an e-mail address or a URL. */
function isWholeWord(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1)
  const after = text.charCodeAt(end)
  if (isWordCode(before) || isWordCode(after)) return false
  // '@', '.', '/', '_' before or '@', '_' after: inside an address such as raj.toy78 or l.wood@.
  if (before === 64 || before === 46 || before === 47 || before === 95) return false
  if (after === 64 || after === 95) return false

  return !(after === 46 && isWordCode(text.charCodeAt(end + 1)))
}

function isEponym(doc: ScanDocument, end: number): boolean {
  const word = EPONYM_AFTER.exec(doc.after(end, 24))?.[1]
  return word !== undefined && EPONYM_HEADS.has(word)
}

/** "Street address", "Rich text": an everyday-word name followed by a common noun. */
function beforeCommonNoun(doc: ScanDocument, end: number): boolean {
  const next = NEXT_WORD.exec(doc.text.slice(end, end + 24))
  if (!next?.[1]) return false

  return NOT_A_NAME.has(next[1]) && !SENTENCE_VERB_WORDS.has(next[1])
}

function isWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 39 ||
    code === 45
  )
}

function titleCase(word: string): string {
  return word[0]?.toUpperCase() + word.slice(1).toLowerCase()
}
