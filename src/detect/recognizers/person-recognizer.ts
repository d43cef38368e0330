import type { Candidate } from '../candidate.js'
import { CREDENTIALS, CUE_PATTERNS, cueBefore, credentialAfter, TITLES } from '../names/name-cues.js'
import type { NameCue } from '../names/name-cues.js'
import { nameLexicon } from '../names/name-lexicon.js'
import { AMBIGUOUS_NAMES, EPONYM_HEADS, NOT_A_NAME } from '../names/name-stop-list.js'
import {
  Join,
  keyOf,
  NAME_TOKEN_PATTERNS,
  nameTokens,
  PARTICLES,
  type NameToken,
} from '../names/name-tokens.js'
import { ORGANIZATION_HEADS } from '../names/organization-words.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'

// HL7 person names (XPN/XCN): LAST^FIRST with an optional ^M initial, in capitals, starting a
// field or component. The surname may hold spaces ("DE LA CRUZ").
const HL7_NAME = /(?<=[|~^])[A-Z][A-Z'.-]{0,30}(?: [A-Z][A-Z'-]{0,30}){0,3}\^[A-Z][A-Z'-]{1,30}(?: [A-Z][A-Z'-]{1,30})?(?:\^[A-Z](?=[\^|~\r\n]))?(?=[\^|~\r\n])/g

// A lower-case name after a cue that makes one likely: "hey royal -", "spoke w/ diana adams".
const LOWER_NAME = /\b(hey|hi|hello|dear|[Nn]ame:|w\/|pt|per|mr\.|mrs\.|ms\.|dr\.|son|daughter|wife|husband|partner|mother|father|sister|brother|nephew|niece|grandson|granddaughter|friend|spouse|caregiver|copying) ([a-z][a-z'-]{1,30})(?: ([a-z][a-z'-]{1,30}))?/g

// After a lone surname at the start of a sentence: "Nakamura reports", "Toy is a 25 year old".
const SENTENCE_VERB = /^ (?:reports|reported|is an? |was an? |tolerated|denies|denied|states|stated|presents|presented|underwent|returns|returned|agrees|agreed|endorses|endorsed|notes|noted|complains|feels|felt|continues|has been|had been|lives|works|remains|was seen|was admitted|was discharged|will follow|declined|understands|verbalized|ambulates|is doing|is seen|is here|arrived)/

const RECOGNIZER = 'person'
const CUED = 0.9
const KNOWN_PAIR = 0.8
const WEAK_PAIR = 0.65
const SENTENCE_START = 0.7
const MAX_NAME_TOKENS = 4

/**
 * Person names: patients, relatives, clinicians, staff. One pass over capitalised words
 * (shared with the organisation recognizer) decides by cues around each run of words (a
 * title, a field label, a relation or contact word, a credential after, an e-mail address
 * after) and by the census name lists ("Mary Smith" with no cue). HL7 names and lower-case
 * names after a cue have their own narrow patterns. The span leaves out titles, credentials
 * and a possessive "'s".
 *
 * @example
 * // 'Ordering: Dr. Mindy Marvin (NPI 1352721314)' -> PERSON 'Mindy Marvin'
 * // 'Patient: Schiller, Xiomara I' -> PERSON 'Schiller, Xiomara I'
 */
export const personRecognizer: Recognizer = {
  name: RECOGNIZER,
  types: ['PERSON'],
  patterns: [HL7_NAME, LOWER_NAME, SENTENCE_VERB, ...NAME_TOKEN_PATTERNS, ...CUE_PATTERNS],
  find(doc: ScanDocument): Candidate[] {
    const found: Candidate[] = []
    findCapitalised(doc, found)
    if (doc.text.includes('^')) findHl7(doc, found)
    findLowerCase(doc, found)

    return found
  },
}

interface Segment {
  readonly first: number
  readonly last: number
  readonly afterTitle: boolean
}

function findCapitalised(doc: ScanDocument, found: Candidate[]): void {
  const tokens = nameTokens(doc)
  const segments = nameSegments(tokens)

  for (let s = 0; s < segments.length; s++) {
    const segment = segments[s] as Segment
    const next = segments[s + 1]
    if (next && next.first === segment.last + 1 && tokenAt(tokens, next.first).join === Join.Comma) {
      const inverted = invertedName(doc, tokens, segment, next)
      if (inverted) {
        found.push(inverted)
        s++
        continue
      }
    }

    const named = segmentName(doc, tokens, segment)
    if (named) found.push(named)
  }
}

/**
 * Splits the capitalised words into runs that could each be one name: words joined by a
 * space, an initial's period or a particle, cut at titles, credentials, common words and
 * organisation words. A run holding an organisation word is left to that recognizer.
 */
function nameSegments(tokens: readonly NameToken[]): Segment[] {
  const segments: Segment[] = []
  let i = 0
  while (i < tokens.length) {
    let j = i
    while (j + 1 < tokens.length && isNameJoin(tokenAt(tokens, j + 1).join)) j++
    splitRun(tokens, i, j, segments)
    i = j + 1
  }

  return segments
}

function splitRun(tokens: readonly NameToken[], from: number, to: number, out: Segment[]): void {
  for (let k = from; k <= to; k++) {
    if (ORGANIZATION_HEADS.has(tokenAt(tokens, k).key)) return
  }

  let afterTitle = false
  let first = -1
  let words = 0
  const close = (last: number): void => {
    if (first !== -1 && last >= first) out.push({ first, last, afterTitle })
    first = -1
    words = 0
  }
  for (let k = from; k <= to; k++) {
    const token = tokenAt(tokens, k)
    if (TITLES.has(token.key) && !token.possessive) {
      close(k - 1)
      afterTitle = true
      continue
    }
    if (isCredential(tokens, k) || (isStopWord(tokens, k) && !(afterTitle && first === -1))) {
      close(k - 1)
      afterTitle = false
      continue
    }
    if (first === -1) first = k
    if (isNameWord(token)) words++
    if (token.possessive || words >= MAX_NAME_TOKENS) {
      close(k)
      afterTitle = false
    }
  }
  close(to)
}

/** A single run of capitalised words, judged by the cue before it and the words it holds. */
function segmentName(
  doc: ScanDocument,
  tokens: readonly NameToken[],
  segment: Segment,
): Candidate | undefined {
  const words = namePart(tokens, segment)
  if (words.length === 0) return undefined

  const start = tokenAt(tokens, segment.first).start
  const end = tokenAt(tokens, segment.last).nameEnd
  if (afterHouseNumber(doc, start) || isEponym(doc, tokens, segment)) return undefined

  const cue = segment.afterTitle ? 'title' : (cueBefore(doc, start) ?? cueAfter(doc, end))
  if (cue) return candidate(start, end, CUED, `cue: ${cue}`, cue)

  const head = words[0] as NameToken
  const tail = words[words.length - 1] as NameToken
  if (words.every((w) => w.allCaps)) return undefined
  const sentenceVerb =
    atSentenceStart(doc, start) && SENTENCE_VERB.test(doc.text.slice(end, end + 16))
  if (words.length === 2 && sentenceVerb && !head.possessive) {
    return candidate(start, end, SENTENCE_START, 'name before a verb')
  }
  if (words.length >= 2 && words.length <= 3) {
    const lexicon = nameLexicon()
    const headGiven = lexicon.givenRank(head.key) > 0
    if (headGiven && !AMBIGUOUS_NAMES.has(head.key) && !isPlaceLike(doc, end)) {
      const score = AMBIGUOUS_NAMES.has(tail.key) ? WEAK_PAIR : KNOWN_PAIR
      return candidate(start, end, score, 'given name + surname')
    }
    if (headGiven && lexicon.surnameRank(tail.key) > 0 && !AMBIGUOUS_NAMES.has(tail.key)) {
      return candidate(start, end, WEAK_PAIR, 'ambiguous given name + surname')
    }
    return undefined
  }
  if (words.length === 1 && sentenceVerb) {
    if (AMBIGUOUS_NAMES.has(head.key) && head.possessive) return undefined

    return candidate(start, end, SENTENCE_START, 'surname before a verb')
  }

  return undefined
}

/** "Last, First M" as one span: "Schiller, Xiomara I", "DE LA CRUZ, MOHAMMED". */
function invertedName(
  doc: ScanDocument,
  tokens: readonly NameToken[],
  last: Segment,
  first: Segment,
): Candidate | undefined {
  const surname = namePart(tokens, last)
  const given = namePart(tokens, first)
  const givenHead = given[0]
  if (surname.length === 0 || surname.length > 3 || !givenHead || given.length > 2) {
    return undefined
  }
  if (last.afterTitle || first.afterTitle) return undefined

  const start = tokenAt(tokens, last.first).start
  const end = tokenAt(tokens, first.last).nameEnd
  // "Hodkiewicz, Nolan and Daugherty" is a firm.
  if (tokens[first.last + 1]?.join === Join.Conjunction) return undefined

  const cue = cueBefore(doc, start) ?? cueAfter(doc, end)
  const givenKnown = nameLexicon().givenRank(givenHead.key) > 0
  // "YOUNG, PAGE  00892509": a capitalised "LAST, FIRST" heading a record.
  const recordHead = given.every((w) => w.allCaps) && surname.every((w) => w.allCaps)
  const plainGiven = givenKnown && (!AMBIGUOUS_NAMES.has(givenHead.key) || recordHead)
  if (!cue && !plainGiven) return undefined
  if (!cue && afterHouseNumber(doc, start)) return undefined

  return candidate(start, end, cue ? CUED : KNOWN_PAIR, 'surname, given name', cue)
}

function findHl7(doc: ScanDocument, found: Candidate[]): void {
  const lexicon = nameLexicon()
  for (const match of doc.text.matchAll(HL7_NAME)) {
    const [surname = '', given = '', initial] = match[0].split('^')
    const givenKey = keyOf(given.split(' ')[0] ?? '')
    if (NOT_A_NAME.has(givenKey) && !AMBIGUOUS_NAMES.has(givenKey)) continue
    const surnameKey = keyOf(surname)
    if (NOT_A_NAME.has(surnameKey) && !AMBIGUOUS_NAMES.has(surnameKey)) continue
    // Codes such as "Fargo^ND" or "SSA^SS": a name needs a known given name or an initial.
    if (lexicon.givenRank(givenKey) === 0 && (initial === undefined || given.length < 3)) continue

    found.push(candidate(match.index, match.index + match[0].length, CUED, 'hl7 name'))
  }
}

function findLowerCase(doc: ScanDocument, found: Candidate[]): void {
  const lexicon = nameLexicon()
  for (const match of doc.text.matchAll(LOWER_NAME)) {
    const cue = match[1] ?? ''
    const first = withoutPossessive(match[2] ?? '')
    const second = first === match[2] ? match[3] : undefined
    const honorific = cue === 'mr.' || cue === 'mrs.' || cue === 'ms.'
    // "ms. wuckert's partner": after an honorific any uncommon word is a surname.
    if (honorific && isLowerSurname(first, lexicon)) {
      const start = match.index + cue.length + 1
      found.push(candidate(start, start + first.length, CUED, 'lower-case name after a title', cue))
      continue
    }
    if (!isLowerName(first, lexicon)) continue

    const start = match.index + cue.length + 1
    let end = start + first.length
    if (second && isLowerSurname(withoutPossessive(second), lexicon)) {
      end += 1 + withoutPossessive(second).length
    } else if (AMBIGUOUS_NAMES.has(first) && !/^(?:,| -|\n)/.test(doc.text.slice(end, end + 2))) {
      // "her husband will call": an everyday word counts only when the phrase ends there.
      continue
    } else if (!/^(?:hey|hi|hello|dear|mr\.|mrs\.|ms\.|dr\.)$/.test(cue) && !second) {
      if (lexicon.givenRank(first) === 0) continue
    }

    found.push(candidate(start, end, CUED, 'lower-case name after a cue', cue))
  }
}

/**
 * A second lower-case word after a name: a known surname, or any word that is not a common
 * one ("kristin frami"), since the first word and the cue already make a name likely.
 */
function isLowerSurname(word: string, lexicon: ReturnType<typeof nameLexicon>): boolean {
  if (word.length < 2 || (NOT_A_NAME.has(word) && !AMBIGUOUS_NAMES.has(word))) return false
  if (lexicon.surnameRank(word) > 0) return true

  return word.split('-').every((part) => part.length >= 2 && !NOT_A_NAME.has(part))
}

function withoutPossessive(word: string): string {
  return word.endsWith("'s") ? word.slice(0, -2) : word
}

function isLowerName(word: string, lexicon: ReturnType<typeof nameLexicon>): boolean {
  if (NOT_A_NAME.has(word) && !AMBIGUOUS_NAMES.has(word)) return false

  return lexicon.givenRank(word) > 0 || lexicon.surnameRank(word) > 0
}

/** Words of a segment that carry the name: not initials. */
function namePart(tokens: readonly NameToken[], segment: Segment): NameToken[] {
  const words: NameToken[] = []
  for (let k = segment.first; k <= segment.last; k++) {
    const token = tokenAt(tokens, k)
    if (!token.initial) words.push(token)
  }

  return words
}

/** Cues after a name: a credential, an e-mail address in angle brackets, an MRN or DOB. */
function cueAfter(doc: ScanDocument, end: number): NameCue | undefined {
  if (credentialAfter(doc, end)) return 'label'

  const after = doc.after(end, 8)
  if (after.startsWith(' <') || after.startsWith(' (mrn') || after.startsWith(', dob')) {
    return 'label'
  }
  if (after.startsWith(' (dob') || after.startsWith(', mrn')) return 'label'

  return undefined
}

/** Words that count towards the length of a name: not initials or particles ("De", "van"). */
function isNameWord(token: NameToken): boolean {
  return !token.initial && !PARTICLES.has(token.key)
}

function isNameJoin(join: Join): boolean {
  return join === Join.Space || join === Join.Dot || join === Join.Particle
}

function isStopWord(tokens: readonly NameToken[], index: number): boolean {
  const token = tokenAt(tokens, index)
  // "J." and the "I" of "Schiller, Xiomara I" are initials, not the words "a" and "I".
  if (token.initial && index > 0 && tokenAt(tokens, index - 1).join !== Join.None) return false
  if (token.initial && tokens[index + 1]?.join === Join.Dot) return false
  // "St. Clair" inside a name; "St. Luke's Hospital" never gets here (organisation word).
  if (token.key === 'st' && tokens[index + 1]?.join === Join.Dot) return false
  if (AMBIGUOUS_NAMES.has(token.key)) return false

  return NOT_A_NAME.has(token.key) || ORGANIZATION_HEADS.has(token.key)
}

function isCredential(tokens: readonly NameToken[], index: number): boolean {
  const token = tokenAt(tokens, index)
  if (!CREDENTIALS.has(token.key) || !(token.allCaps || token.key === 'pharmd')) return false

  // "DO, GEOFFREY": the surname Do heading a "LAST, FIRST" name.
  return !(token.join === Join.None && tokens[index + 1]?.join === Join.Comma)
}

/** "Foley catheter", "Bell's palsy", "Murphy sign": the word after makes it an eponym. */
function isEponym(doc: ScanDocument, tokens: readonly NameToken[], segment: Segment): boolean {
  const last = tokenAt(tokens, segment.last)
  const after = doc.after(last.end, 24)
  const word = /^ ([a-z]{2,20})/.exec(after)?.[1]
  if (word && EPONYM_HEADS.has(word)) return true

  return last.possessive && /^ [a-z]/.test(after)
}

/** "346 Helga Street": a number before the words makes them a street. */
function afterHouseNumber(doc: ScanDocument, start: number): boolean {
  const before = doc.text.charCodeAt(start - 2)
  return doc.text[start - 1] === ' ' && before >= 48 && before <= 57
}

/** "Savannah SC 29576": a state code and ZIP after the words make them a city. */
function isPlaceLike(doc: ScanDocument, end: number): boolean {
  return /^,? [A-Z]{2} \d{5}/.test(doc.text.slice(end, end + 10))
}

function atSentenceStart(doc: ScanDocument, start: number): boolean {
  let i = start - 1
  while (i >= 0 && doc.text[i] === ' ') i--
  if (i < 0) return true

  const c = doc.text[i]
  return c === '.' || c === '\n' || c === '!' || c === '?' || c === ':'
}

function tokenAt(tokens: readonly NameToken[], index: number): NameToken {
  return tokens[index] as NameToken
}

function candidate(
  start: number,
  end: number,
  score: number,
  pattern: string,
  cue?: string,
): Candidate {
  return {
    type: 'PERSON',
    start,
    end,
    score,
    recognizer: RECOGNIZER,
    pattern,
    contextApplied: true,
    ...(cue ? { supportingWords: [cue] } : {}),
  }
}
