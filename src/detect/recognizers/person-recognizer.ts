import type { Candidate } from '../candidate.js'
import { CUE_PATTERNS, cueBefore, credentialAfter, isRelationWord } from '../names/name-cues.js'
import type { NameCue } from '../names/name-cues.js'
import { nameLexicon } from '../names/name-lexicon.js'
import { AMBIGUOUS_NAMES, EPONYM_HEADS, PLACE_TAILS } from '../names/name-stop-list.js'
import {
  Flag,
  Join,
  NAME_TOKEN_PATTERNS,
  nameTokens,
  type NameToken,
} from '../names/name-tokens.js'
import { findHl7Names, HL7_NAME_PATTERNS } from '../names/hl7-names.js'
import { findLowerCaseNames, LOWER_CASE_NAME_PATTERNS } from '../names/lower-case-names.js'
import { PERSON_CUED, PERSON_RECOGNIZER, personCandidate } from '../names/person-candidate.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'

// After a name at the start of a sentence: "Nakamura reports", "Toy is a 25 year old". Only
// verbs whose subject is a person: "Pain has been worse" must not make "Pain" a name.
const SENTENCE_VERB =
  /^ (?:reports|reported|is an? (?:\d|pleasant|well-appearing)|tolerated|denies|denied|states|stated|presents|presented|underwent|agrees|agreed|endorses|endorsed|complains|lives|works|was admitted|was discharged|declined|understands|verbalized|ambulates|arrived|turned \d|returns to|returned to)/

// Drug and condition word endings: "Heparin", "Lisinopril", "Hypertension" start sentences too.
const DRUG_OR_CONDITION =
  /(?:pril|sartan|statin|olol|azole|cillin|mycin|cycline|floxacin|prazole|tidine|dipine|mab|nib|parin|semide|thiazide|formin|gliptin|gliflozin|triptan|azepam|oxetine|lukast|asone|olone|itis|osis|emia|pathy|ectomy|otomy|plasty|scopy|algia|oma|tension|plegia|penia|uria)$/

// Small checks on the text next to a candidate.
const RECORD_HEAD_REST = /^ {2,8}[A-Z]?\d/
const RELATION_IN_PARENTHESES = /^([a-z-]{2,14})\)/
const NEXT_LOWER_WORD = /^ ([a-z]{2,20})/
const STATE_AND_ZIP = /^,? [A-Z]{2} \d{5}/
const PLACE_PREPOSITION = /\b(?:in|near|at|on)\s$/
const NEXT_CAPITALISED_WORD = /^ (?:Jr\.? |Sr\.? )?([A-Z][a-z]{1,10})\b/

// Words after a name-like run that make it a street: "Martin Luther King Blvd".
const STREET_WORDS: ReadonlySet<string> = new Set(
  `street st avenue ave road rd drive dr lane ln boulevard blvd court ct circle cir place pl
  parkway pkwy highway hwy way terrace ter trail square sq loop crossing plaza pike`.split(/\s+/),
)

const KNOWN_PAIR = 0.8
const WEAK_PAIR = 0.65
const SENTENCE_START = 0.7
const MAX_NAME_TOKENS = 4
/** Surnames ranked up to here are common enough to confirm an everyday-word given name. */
const COMMON_SURNAME_RANK = 5000
const SKIP_ALONE = Flag.Stop | Flag.Title | Flag.OrganizationHead

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
  name: PERSON_RECOGNIZER,
  types: ['PERSON'],
  patterns: [
    ...HL7_NAME_PATTERNS,
    ...LOWER_CASE_NAME_PATTERNS,
    SENTENCE_VERB,
    DRUG_OR_CONDITION,
    RELATION_IN_PARENTHESES,
    RECORD_HEAD_REST,
    NEXT_LOWER_WORD,
    STATE_AND_ZIP,
    NEXT_CAPITALISED_WORD,
    PLACE_PREPOSITION,
    ...NAME_TOKEN_PATTERNS,
    ...CUE_PATTERNS,
  ],
  find(doc: ScanDocument): Candidate[] {
    const found: Candidate[] = []
    findCapitalised(doc, found)
    if (doc.text.includes('^')) findHl7Names(doc, found)
    findLowerCaseNames(doc, found)

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
    const segment = segments[s]!
    const next = segments[s + 1]
    const commaNext = next?.first === segment.last + 1
    if (next && commaNext && tokenAt(tokens, next.first).join === Join.Comma) {
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
  const count = tokens.length
  let i = 0
  while (i < count) {
    let j = i
    while (j + 1 < count && isNameJoin(tokenAt(tokens, j + 1).join)) j++
    // Most capitalised words stand alone; a lone common word needs no further look.
    if (j > i || (tokenAt(tokens, i).flags & SKIP_ALONE) === 0) splitRun(tokens, i, j, segments)
    i = j + 1
  }

  return segments
}

function splitRun(tokens: readonly NameToken[], from: number, to: number, out: Segment[]): void {
  for (let k = from; k <= to; k++) {
    if (tokenAt(tokens, k).flags & Flag.OrganizationHead) return
  }

  let afterTitle = false
  let first = -1
  let words = 0
  for (let k = from; k <= to; k++) {
    const token = tokenAt(tokens, k)
    const title = (token.flags & Flag.Title) !== 0 && !token.possessive
    const stop = isStopWord(tokens, k) && !(afterTitle && first === -1)
    if (title || stop || isCredential(tokens, k)) {
      if (first !== -1) out.push({ first, last: k - 1, afterTitle })
      first = -1
      words = 0
      afterTitle = title
      continue
    }

    if (first === -1) first = k
    if (!token.initial && (token.flags & Flag.Particle) === 0) words++
    if (token.possessive || words >= MAX_NAME_TOKENS) {
      out.push({ first, last: k, afterTitle })
      first = -1
      words = 0
      afterTitle = false
    }
  }
  if (first !== -1) out.push({ first, last: to, afterTitle })
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
  const found = judgeSegment(doc, words, segment.afterTitle, start, end)
  if (!found || afterHouseNumber(doc, start) || isEponym(doc, tokens, segment)) return undefined

  return found
}

function judgeSegment(
  doc: ScanDocument,
  words: readonly NameToken[],
  afterTitle: boolean,
  start: number,
  end: number,
): Candidate | undefined {
  const cue = afterTitle ? 'title' : (cueBefore(doc, start) ?? cueAfter(doc, end))
  if (cue) return personCandidate(start, end, PERSON_CUED, `cue: ${cue}`, cue)
  if (allCaps(words) || words.length > 3) return undefined

  const head = words[0]!
  const tail = words[words.length - 1]!
  const sentenceVerb =
    !head.possessive &&
    doc.text.charCodeAt(end) === 32 &&
    atSentenceStart(doc, start) &&
    SENTENCE_VERB.test(doc.text.slice(end, end + 24))
  const byLexicon = words.length > 1 ? knownPair(doc, head, tail, end) : undefined
  if (byLexicon?.score === KNOWN_PAIR)
    return personCandidate(start, end, KNOWN_PAIR, byLexicon.pattern)
  if (words.length <= 2 && sentenceVerb && !isDrugOrCondition(head.key)) {
    return personCandidate(start, end, SENTENCE_START, 'name before a verb')
  }

  return byLexicon && personCandidate(start, end, byLexicon.score, byLexicon.pattern)
}

/** "Mary Smith": a known given name first, and a last word that is not a street or city. */
function knownPair(
  doc: ScanDocument,
  head: NameToken,
  tail: NameToken,
  end: number,
): { score: number; pattern: string } | undefined {
  const lexicon = nameLexicon()
  if (lexicon.givenRank(head.key) === 0 || isPlaceLike(doc, end)) return undefined
  // "Temple UT 36847": a two-letter code after a word is a state, not a surname.
  if (tail.allCaps && tail.nameEnd - tail.start === 2 && !head.allCaps) return undefined
  if (PLACE_TAILS.has(tail.key) || afterPlacePreposition(doc, head.start)) return undefined
  if (!AMBIGUOUS_NAMES.has(head.key)) {
    const score = AMBIGUOUS_NAMES.has(tail.key) ? WEAK_PAIR : KNOWN_PAIR
    return { score, pattern: 'given name + surname' }
  }
  // "May Gay" but not "Crystal Clear": a common surname after an everyday-word given name.
  const tailRank = lexicon.surnameRank(tail.key)
  if (tailRank > 0 && tailRank <= COMMON_SURNAME_RANK && !AMBIGUOUS_NAMES.has(tail.key)) {
    return { score: WEAK_PAIR, pattern: 'ambiguous given name + surname' }
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
  const capitals = allCaps(given) && allCaps(surname)
  const plainGiven = givenKnown && (!AMBIGUOUS_NAMES.has(givenHead.key) || capitals)
  if (!cue && !plainGiven && !(capitals && headsRecord(doc, start, end))) return undefined
  if (!cue && afterHouseNumber(doc, start)) return undefined

  return personCandidate(start, end, cue ? PERSON_CUED : KNOWN_PAIR, 'surname, given name', cue)
}

function allCaps(words: readonly NameToken[]): boolean {
  for (const word of words) if (!word.allCaps) return false

  return true
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
  const text = doc.text
  const next = text.charCodeAt(end)
  if (next !== 32 && next !== 44) return undefined
  if (credentialAfter(doc, end)) return 'label'
  // The rest start " <", " (" or ", d"/", m": one look before any slice.
  const second = text.charCodeAt(end + 1)
  const third = text.charCodeAt(end + 2) | 32
  if (!(second === 60 || second === 40 || (second === 32 && (third === 100 || third === 109)))) {
    return undefined
  }

  const after = doc.after(end, 8)
  if (after.startsWith(' <') || after.startsWith(' (mrn') || after.startsWith(', dob')) {
    return 'label'
  }
  if (after.startsWith(' (dob') || after.startsWith(', mrn')) return 'label'
  // "Jane Doe (daughter)", "Robert (brother)".
  if (after.startsWith(' (')) {
    const word = RELATION_IN_PARENTHESES.exec(doc.after(end + 2, 16))?.[1]
    if (word !== undefined && isRelationWord(word)) return 'relation'
  }

  return undefined
}

function isNameJoin(join: Join): boolean {
  return join === Join.Space || join === Join.Dot || join === Join.Particle
}

function isStopWord(tokens: readonly NameToken[], index: number): boolean {
  const token = tokenAt(tokens, index)
  if ((token.flags & (Flag.Stop | Flag.OrganizationHead)) === 0) return false
  // "J." and the "I" of "Schiller, Xiomara I" are initials, not the words "a" and "I".
  if (token.initial && index > 0 && token.join !== Join.None) return false
  if (token.initial && tokens[index + 1]?.join === Join.Dot) return false
  // "St. Clair" inside a name; "St. Luke's Hospital" never gets here (organisation word).
  return !(token.key === 'st' && tokens[index + 1]?.join === Join.Dot)
}

function isCredential(tokens: readonly NameToken[], index: number): boolean {
  const token = tokenAt(tokens, index)
  if ((token.flags & Flag.Credential) === 0 || !(token.allCaps || token.key === 'pharmd')) {
    return false
  }

  // "DO, GEOFFREY": the surname Do heading a "LAST, FIRST" name.
  return !(token.join === Join.None && tokens[index + 1]?.join === Join.Comma)
}

/**
 * "Foley catheter", "Bell's palsy", "Murphy sign": the word after makes it an eponym ("Dr.
 * Feldman's office" stays a name).
 */
function isEponym(doc: ScanDocument, tokens: readonly NameToken[], segment: Segment): boolean {
  const word = NEXT_LOWER_WORD.exec(doc.after(tokenAt(tokens, segment.last).end, 24))?.[1]
  return word !== undefined && EPONYM_HEADS.has(word)
}

/**
 * "POWLOWSKI, DMITRI  E4924905  DOB 10/26/1922": a "LAST, FIRST" in capitals that opens a
 * line and is followed, after a wide gap, by an identifier or date.
 */
function headsRecord(doc: ScanDocument, start: number, end: number): boolean {
  if (doc.lineStart(start) !== start || doc.text.slice(end, end + 2) !== '  ') return false

  return RECORD_HEAD_REST.test(doc.text.slice(end, end + 24))
}

/** "Heparin", "Hypertension": a drug or condition by its ending (long words only: "April"). */
function isDrugOrCondition(key: string): boolean {
  return key.length >= 7 && DRUG_OR_CONDITION.test(key)
}

/** "lives in Sherman Oaks", "near Lincoln Park": a preposition of place before the words. */
function afterPlacePreposition(doc: ScanDocument, start: number): boolean {
  const before = doc.lower.slice(Math.max(0, start - 6), start)
  return PLACE_PREPOSITION.test(before)
}

/** "346 Helga Street": a number before the words makes them a street. */
function afterHouseNumber(doc: ScanDocument, start: number): boolean {
  const before = doc.text.charCodeAt(start - 2)
  return doc.text[start - 1] === ' ' && before >= 48 && before <= 57
}

/**
 * "Savannah SC 29576" (a state code and ZIP after) or "Martin Luther King Blvd" (a street
 * word after): the words are a place.
 */
function isPlaceLike(doc: ScanDocument, end: number): boolean {
  const after = doc.text.slice(end, end + 12)
  if (STATE_AND_ZIP.test(after)) return true

  const street = NEXT_CAPITALISED_WORD.exec(after)?.[1]
  return street !== undefined && STREET_WORDS.has(street.toLowerCase())
}

function atSentenceStart(doc: ScanDocument, start: number): boolean {
  let i = start - 1
  while (i >= 0 && doc.text[i] === ' ') i--
  if (i < 0) return true

  const c = doc.text[i]
  return c === '.' || c === '\n' || c === '!' || c === '?' || c === ':'
}

function tokenAt(tokens: readonly NameToken[], index: number): NameToken {
  return tokens[index]!
}
