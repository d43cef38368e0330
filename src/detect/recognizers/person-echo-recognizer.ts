import type { Candidate } from '../candidate.js'
import { CREDENTIALS as CUE_CREDENTIALS, TITLES as CUE_TITLES } from '../names/name-cues.js'
import { nameLexicon } from '../names/name-lexicon.js'
import {
  AMBIGUOUS_NAMES as STOP_LIST_AMBIGUOUS,
  EPONYM_HEADS as STOP_LIST_EPONYM_HEADS,
  NOT_A_NAME as STOP_LIST_NOT_A_NAME,
} from '../names/name-stop-list.js'
import { nameTokens } from '../names/name-tokens.js'
import { PARTICLES as NAME_PARTICLES } from '../names/name-words.js'
import { keyOf as KEY_OF, WordTable } from '../names/word-table.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'

// Module copies of imported values read once per word or candidate: under tsx (the tests and
// benchmarks) every read of an imported binding is a getter call.
const CREDENTIALS = CUE_CREDENTIALS
const TITLES = CUE_TITLES
const AMBIGUOUS_NAMES = STOP_LIST_AMBIGUOUS
const EPONYM_HEADS = STOP_LIST_EPONYM_HEADS
const NOT_A_NAME = STOP_LIST_NOT_A_NAME
const PARTICLES = NAME_PARTICLES
const keyOf = KEY_OF

const RECOGNIZER = 'person-echo'
/** Earlier person candidates at or above this score lend their words to the echo. */
const CONFIDENT = 0.8
/** Below this score (a name known only from the name lists) only listed names are echoed. */
const CUED = 0.85
const ECHO_SCORE = 0.75
/** Most distinct name words echoed per document, and how many of them in lower case. */
const MAX_NAME_WORDS = 4096
const MAX_LOWER_CASE_WORDS = 16

const EPONYM_AFTER = /^(?:['’]s)? ([a-z]{2,20})/
const NEXT_WORD = /^:? ?([a-z]{2,20})/
// Verbs that follow a name at the start of a sentence ("Rich is a 22-year-old").
const SENTENCE_VERB_WORDS: ReadonlySet<string> = new Set([
  'is',
  'was',
  'has',
  'had',
  'will',
  'reports',
  'reported',
  'states',
  'stated',
  'denies',
  'presents',
  'tolerated',
  'underwent',
  'returns',
  'notes',
  'turned',
  'called',
  'says',
  'said',
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
  patterns: [EPONYM_AFTER, NEXT_WORD],
  late: true,
  find(doc: ScanDocument, earlier: readonly Candidate[]): Candidate[] {
    const spans = new EarlierSpans(earlier)
    const words = confidentWords(doc, spans)
    if (words.list.length === 0) return []

    // Most hits are the confident mentions themselves: drop taken spans before closer looks.
    const hits = untaken(findHits(doc, words), spans, doc.text.length)
    const kept = hits.filter(([start, end]) => isEcho(doc, start, end))
    return joinAdjacent(doc.text, kept).map(echo)
  },
}

/** Where the words occur, sorted by start: capitalised words, then lower-case mentions. */
function findHits(doc: ScanDocument, words: EchoWords): Array<[number, number]> {
  const text = doc.text
  const hits: Array<[number, number]> = []
  const tokens = nameTokens(doc)
  for (let i = 0; i < tokens.count; i++) {
    const start = tokens.start[i]!
    const end = tokens.nameEnd[i]!
    const id = words.table.idAt(text, start, end, tokens.hash[i]!)
    if (id === -1 || (words.list[id]!.exactCase && tokens.allCaps(i))) continue

    hits.push([start, end])
  }
  let lowerCaseWords = 0
  for (const word of words.list) {
    // Each lower-case word costs a pass over the text: a few per document at most.
    if (!word.lowerCase || lowerCaseWords++ >= MAX_LOWER_CASE_WORDS) continue

    const lower = word.form.toLowerCase()
    for (let at = text.indexOf(lower); at !== -1; at = text.indexOf(lower, at + 1)) {
      // Only whole words are echoes (isEcho): "lee" inside "sleep" is dropped here rather
      // than sorted and compared with every candidate first.
      if (isWholeWord(text, at, at + lower.length)) hits.push([at, at + lower.length])
    }
  }

  // Stable: hits with the same start keep their order.
  return lowerCaseWords === 0 ? hits : hits.sort((a, b) => a[0] - b[0])
}

/**
 * "June Schimmel" found again word by word is one name: hits one space or one particle apart
 * ("Ferreira da Costa") are joined.
 */
function joinAdjacent(text: string, hits: Array<[number, number]>): Array<[number, number]> {
  const joined: Array<[number, number]> = []
  for (const hit of hits) {
    const last = joined[joined.length - 1]
    if (last && isNameGap(text, last[1], hit[0])) last[1] = hit[1]
    else joined.push([hit[0], hit[1]])
  }

  return joined
}

/** A space, or a space, a lower-case particle and a space, between `end` and `start`. */
function isNameGap(text: string, end: number, start: number): boolean {
  if (start <= end || start - end > 9 || text.charCodeAt(end) !== 32) return false
  if (start === end + 1) return true

  return text.charCodeAt(start - 1) === 32 && PARTICLES.has(text.slice(end + 1, start - 1))
}

const BUCKET_BITS = 6

/**
 * The hits (sorted by start) that no taken span overlaps: no person candidate and no
 * confident candidate of another type (an e-mail address, a street). Hits are few and
 * candidates many, so the hits are marked in 64-character buckets and a candidate is compared
 * with hits only where it touches a marked bucket.
 */
function untaken(
  hits: Array<[number, number]>,
  spans: EarlierSpans,
  textLength: number,
): Array<[number, number]> {
  if (hits.length === 0) return hits

  const buckets = new Uint8Array((textLength >> BUCKET_BITS) + 2)
  let longest = 0
  for (const [start, end] of hits) {
    for (let b = start >> BUCKET_BITS; b <= (end - 1) >> BUCKET_BITS; b++) buckets[b] = 1
    longest = Math.max(longest, end - start)
  }

  // The index of the first hit starting in or after each bucket: a search starts there.
  const firstInBucket = new Int32Array(buckets.length + 1).fill(hits.length)
  for (let i = hits.length - 1; i >= 0; i--) firstInBucket[hits[i]![0] >> BUCKET_BITS] = i
  for (let b = firstInBucket.length - 2; b >= 0; b--) {
    firstInBucket[b] = Math.min(firstInBucket[b]!, firstInBucket[b + 1]!)
  }

  const taken = new Uint8Array(hits.length)
  for (let k = 0; k < spans.takenStart.length; k++) {
    const spanStart = spans.takenStart[k]!
    const spanEnd = spans.takenEnd[k]!
    // A span of length 0 still overlaps a hit around it.
    const last = Math.max(spanStart, spanEnd - 1) >> BUCKET_BITS
    let b = spanStart >> BUCKET_BITS
    while (b <= last && buckets[b] === 0) b++
    if (b > last) continue

    // Only hits starting after spanStart - longest can reach the span.
    for (let i = firstStartAfter(hits, firstInBucket, spanStart - longest); i < hits.length; i++) {
      const [start, end] = hits[i]!
      if (start >= spanEnd) break
      if (end > spanStart) taken[i] = 1
    }
  }

  return hits.filter((_, i) => taken[i] === 0)
}

/**
 * The index of the first hit that starts after `offset`: from the first hit of the bucket
 * that holds offset + 1, forward over the few hits of that bucket (hits are sorted).
 */
function firstStartAfter(
  hits: Array<[number, number]>,
  firstInBucket: Int32Array,
  offset: number,
): number {
  if (offset < 0) return 0
  let i = firstInBucket[Math.min((offset + 1) >> BUCKET_BITS, firstInBucket.length - 1)]!
  while (i < hits.length && hits[i]![0] <= offset) i++

  return i
}

interface EchoWord {
  /** The word as first found. */
  readonly form: string
  /** An everyday word ("Young"): found again only capitalised, never in capitals. */
  readonly exactCase: boolean
  /** Found in lower case ("spoke w/ diana adams"): also looked for in lower case. */
  readonly lowerCase: boolean
}

function isEcho(doc: ScanDocument, start: number, end: number): boolean {
  if (!isWholeWord(doc.text, start, end) || isEponym(doc, end)) return false

  return !(beforeCommonNoun(doc, end) && AMBIGUOUS_NAMES.has(doc.lower.slice(start, end)))
}

function echo([start, end]: [number, number]): Candidate {
  return {
    type: 'PERSON',
    start,
    end,
    score: ECHO_SCORE,
    recognizer: RECOGNIZER,
    pattern: 'name found earlier in the document',
    contextApplied: true,
  }
}

/**
 * The spans of the earlier candidates that the echo reads, copied out in one pass. Candidates
 * come from every recognizer, in many shapes, and reading their fields is the dearest part of
 * a pass over them.
 */
class EarlierSpans {
  /** Person candidates at or above CONFIDENT, in order. */
  readonly confidentStart: number[] = []
  readonly confidentEnd: number[] = []
  readonly confidentScore: number[] = []
  /** Spans an echo may not overlap: every person candidate, and others at ECHO_SCORE or more. */
  readonly takenStart: number[] = []
  readonly takenEnd: number[] = []

  constructor(earlier: readonly Candidate[]) {
    for (const c of earlier) {
      const person = c.type === 'PERSON'
      const score = c.score
      if (!person && score < ECHO_SCORE) continue

      this.takenStart.push(c.start)
      this.takenEnd.push(c.end)
      if (!person || score < CONFIDENT) continue

      this.confidentStart.push(c.start)
      this.confidentEnd.push(c.end)
      this.confidentScore.push(score)
    }
  }
}

/** The words of confident names: a table of their keys (keyOf), and each word by id. */
interface EchoWords {
  readonly table: WordTable
  readonly list: EchoWord[]
}

function confidentWords(doc: ScanDocument, spans: EarlierSpans): EchoWords {
  const words: EchoWords = { table: new WordTable(), list: [] }
  const seen = new Set<string>()
  const lexicon = nameLexicon()
  for (let k = 0; k < spans.confidentStart.length; k++) {
    const name = doc.text.slice(spans.confidentStart[k], spans.confidentEnd[k])
    if (seen.has(name)) continue
    seen.add(name)

    const listedOnly = spans.confidentScore[k]! < CUED
    for (const word of wordsOf(name)) {
      const key = keyOf(word)
      if (words.table.idOf(key) !== -1 || !isEchoWord(key)) continue
      if (listedOnly && lexicon.surnameRank(key) === 0 && lexicon.givenRank(key) === 0) continue

      const first = word.charCodeAt(0)
      const lowerCase = first >= 97 && first <= 122
      const exactCase = AMBIGUOUS_NAMES.has(key)
      words.table.add(key)
      words.list.push({ form: word, exactCase, lowerCase: lowerCase && !exactCase })
      if (words.list.length >= MAX_NAME_WORDS) return words
    }
  }

  return words
}

/** The words of a name, split at spaces, commas, carets and periods: "WATERS^DOROTHY^C". */
function wordsOf(name: string): string[] {
  const words: string[] = []
  let start = 0
  for (let i = 0; i <= name.length; i++) {
    const code = name.charCodeAt(i)
    // Space, comma, period, caret, or the end of the name (NaN).
    if (code === 32 || code === 44 || code === 46 || code === 94 || Number.isNaN(code)) {
      if (i - start >= 2) words.push(name.slice(start, i))
      start = i + 1
    }
  }

  return words
}

function isEchoWord(key: string): boolean {
  if (TITLES.has(key) || CREDENTIALS.has(key) || PARTICLES.has(key) || key === 'st') return false

  return !NOT_A_NAME.has(key) || AMBIGUOUS_NAMES.has(key)
}

/** Letters or digits on neither side, and not part of an e-mail address or a URL. */
function isWholeWord(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1)
  const after = text.charCodeAt(end)
  if (isWordCode(before) || (isWordCode(after) && !isPossessiveAt(text, end))) return false
  // '@', '.', '/', '_' before or '@', '_' after: inside an address such as raj.toy78 or l.wood@.
  if (before === 64 || before === 46 || before === 47 || before === 95) return false
  if (after === 64 || after === 95) return false

  return !(after === 46 && isWordCode(text.charCodeAt(end + 1)))
}

/**
 * "Document in Zayd's chart", "from Lindqvist's NP": a possessive "'s" after the word keeps it
 * whole. Eponyms ("Graves's disease") are ruled out by the word after it (isEponym).
 */
function isPossessiveAt(text: string, end: number): boolean {
  const mark = text.charCodeAt(end)
  if (mark !== 39 && mark !== 0x2019) return false
  const s = text.charCodeAt(end + 1)

  return (s === 115 || s === 83) && !isWordCode(text.charCodeAt(end + 2))
}

function isEponym(doc: ScanDocument, end: number): boolean {
  // The pattern starts "'s " or " ": one look before any slice.
  const next = doc.text.charCodeAt(end)
  if (next !== 32 && next !== 39 && next !== 0x2019) return false

  const word = EPONYM_AFTER.exec(doc.after(end, 24))?.[1]
  return word !== undefined && EPONYM_HEADS.has(word)
}

/** "Street address", "Rich text": an everyday-word name followed by a common noun. */
function beforeCommonNoun(doc: ScanDocument, end: number): boolean {
  // The pattern starts ":", " " or a lower-case letter: one look before any slice.
  const after = doc.text.charCodeAt(end)
  if (after !== 58 && after !== 32 && !(after >= 97 && after <= 122)) return false

  const next = NEXT_WORD.exec(doc.text.slice(end, end + 24))
  if (!next?.[1]) return false

  return NOT_A_NAME.has(next[1]) && !SENTENCE_VERB_WORDS.has(next[1])
}

function isWordCode(code: number): boolean {
  // Accented letters too: "Ram" is not a word of "Ramón".
  if (code >= 0xc0) {
    return (code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff)
  }
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 39 ||
    code === 45
  )
}
