import type { Candidate } from '../candidate.js'
import {
  CUE_PATTERNS,
  cueBefore as CUE_BEFORE,
  credentialAfter as CREDENTIAL_AFTER,
  isRelationWord as IS_RELATION_WORD,
  isRoleWord as IS_ROLE_WORD,
} from '../names/name-cues.js'
import type { NameCue } from '../names/name-cues.js'
import {
  AMBIGUOUS_NAMES as STOP_LIST_AMBIGUOUS,
  EPONYM_HEADS as STOP_LIST_EPONYM_HEADS,
  NOT_A_NAME as STOP_LIST_NOT_A_NAME,
  PLACE_TAILS as STOP_LIST_PLACE_TAILS,
} from '../names/name-stop-list.js'
import {
  Join as JOIN,
  NAME_TOKEN_PATTERNS,
  nameTokens,
  type NameTokens,
} from '../names/name-tokens.js'
import { Flag as FLAG, listedWordId } from '../names/name-words.js'
import { findHl7Names, HL7_NAME_PATTERNS } from '../names/hl7-names.js'
import { NAME_COLUMN_PATTERNS, nameColumnCue as NAME_COLUMN_CUE } from '../names/name-columns.js'
import { findLowerCaseNames, LOWER_CASE_NAME_PATTERNS } from '../names/lower-case-names.js'
import {
  PERSON_CUED as CUED_SCORE,
  PERSON_RECOGNIZER,
  personCandidate as PERSON_CANDIDATE,
} from '../names/person-candidate.js'
import { nameLexicon } from '../names/name-lexicon.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'

// Module copies of imported values read once per word: under tsx (the tests and benchmarks)
// every read of an imported binding is a getter call, dearer than the rest of the loop body.
const Join = JOIN
const Flag = FLAG
const cueBefore = CUE_BEFORE
const credentialAfter = CREDENTIAL_AFTER
const isRelationWord = IS_RELATION_WORD
const isRoleWord = IS_ROLE_WORD
const EPONYM_HEADS = STOP_LIST_EPONYM_HEADS
const NOT_A_NAME = STOP_LIST_NOT_A_NAME
const AMBIGUOUS_NAMES = STOP_LIST_AMBIGUOUS
const PLACE_TAILS = STOP_LIST_PLACE_TAILS
const nameColumnCue = NAME_COLUMN_CUE
const PERSON_CUED = CUED_SCORE
const personCandidate = PERSON_CANDIDATE

// After a name at the start of a sentence: "Nakamura reports", "Toy is a 25 year old". Only
// verbs whose subject is a person: "Pain has been worse" must not make "Pain" a name.
const SENTENCE_VERB =
  /^ (?:reports|reported|is an? (?:\d|pleasant|well-appearing)|tolerated|denies|denied|states|stated|presents|presented|underwent|agrees|agreed|endorses|endorsed|complains|lives|works|was admitted|was discharged|declined|understands|verbalized|ambulates|arrived|turned \d|returns to|returned to)/

// Verbs after a name opening a sentence that count only after a known given name.
const GIVEN_NAME_VERB = /^ (?:called|phoned|texted|asked|said|came in|stopped by|left a)\b/

// Drug and condition word endings: "Heparin", "Lisinopril", "Hypertension" start sentences too.
const DRUG_OR_CONDITION =
  /(?:pril|sartan|statin|olol|azole|cillin|mycin|cycline|floxacin|prazole|tidine|dipine|mab|nib|parin|semide|thiazide|formin|gliptin|gliflozin|triptan|azepam|oxetine|lukast|asone|olone|itis|osis|emia|pathy|ectomy|otomy|plasty|scopy|algia|oma|tension|plegia|penia|uria)$/

// Small checks on the text next to a candidate.
const RECORD_HEAD_REST = /^ {2,8}[A-Z]?\d/
const RECORD_LABEL_AFTER = /^ {2,5}(?:dob|mrn|d\.o\.b)\b/
const RELATION_IN_PARENTHESES = /^([a-z-]{2,14})\)/
const NEXT_LOWER_WORD = /^ ([a-z]{2,20})/
const STATE_AND_ZIP = /^,? [A-Z]{2} \d{5}/
const PLACE_PREPOSITION = /\b(?:in|near|at|on)\s$/
const PARTICLES_BEFORE = / ((?:van|von|de|del|della|da|di|du|le|la)(?: (?:der|den|de|la|los))? )$/
// The words PARTICLES_BEFORE can end with, before its last space.
const PARTICLE_ENDINGS: ReadonlySet<string> = new Set(
  'van von de del della da di du le la der den los'.split(' '),
)
// A quoted nickname of one word, with its quotes: ' "Teenie"', ' “JB”'.
const NICKNAME = / ["“][A-Z][A-Za-z'.-]{0,15}["”]/y
const PREPOSITION_BEFORE = /\b(by|to|with|from|per)\s$/
// A capitalised word after a name, and whether a field label or "of" follows it.
const PHRASE_NOUN_AFTER = /^ ([A-Z][a-z]{2,14})\b(:| of\b)?/
const NEXT_CAPITALISED_WORD = /^ (?:Jr\.? |Sr\.? )?([A-Z][a-z]{1,10})\b/

// Words after a name-like run that make it a street: "Martin Luther King Blvd".
const STREET_WORDS: ReadonlySet<string> = new Set(
  `street st avenue ave road rd drive dr lane ln boulevard blvd court ct circle cir place pl
  parkway pkwy highway hwy way terrace ter trail square sq loop crossing plaza pike`.split(/\s+/),
)

/** A cue before the name and a credential after it: above a city-and-state reading. */
const DOUBLE_CUED = 0.95
const KNOWN_PAIR = 0.8
const WEAK_PAIR = 0.65
const SENTENCE_START = 0.7
const MAX_NAME_TOKENS = 4
/** Surnames ranked up to here are common enough to confirm an everyday-word given name. */
const COMMON_SURNAME_RANK = 5000
const SKIP_ALONE = Flag.Stop | Flag.Title | Flag.OrganizationHead
const PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of', 'to', 'in', 'on', 'with', 'from'])
// Words that may follow "Last, First" on the same line: "Kunde, Amos MD", "Ward, Penny Jr".
const NOT_RUN_ON = Flag.Credential | Flag.Title | Flag.Abbreviation | Flag.Stop
// Words that are no surname after an initial: "Plan B. Continue", "Hepatitis C. Lab".
const INITIAL_NOT_SURNAME =
  Flag.Ambiguous | Flag.NotAName | Flag.State | Flag.OrganizationHead | Flag.KnownOrganization
/** Given names ranked up to here are common enough to make a pair in capitals a name. */
const COMMON_GIVEN_RANK = 1500
// Words that keep a pair in capitals from being a name: "GRANT FUNDING", "TEXAS MEDICAL".
const CAPITALS_NOT_NAME =
  Flag.Ambiguous |
  Flag.NotAName |
  Flag.State |
  Flag.OrganizationHead |
  Flag.OrganizationModifier |
  Flag.PlacePrefix |
  Flag.KnownOrganization

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
    ...NAME_COLUMN_PATTERNS,
    ...LOWER_CASE_NAME_PATTERNS,
    SENTENCE_VERB,
    GIVEN_NAME_VERB,
    DRUG_OR_CONDITION,
    RELATION_IN_PARENTHESES,
    RECORD_HEAD_REST,
    RECORD_LABEL_AFTER,
    NEXT_LOWER_WORD,
    STATE_AND_ZIP,
    NEXT_CAPITALISED_WORD,
    PLACE_PREPOSITION,
    PREPOSITION_BEFORE,
    PARTICLES_BEFORE,
    NICKNAME,
    PHRASE_NOUN_AFTER,
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

/**
 * Runs of capitalised words that could each be one name, as token ranges: `first` and `last`
 * token, and whether a title stood right before (parallel arrays, one row per segment).
 */
class Segments {
  count = 0
  readonly first: Int32Array
  readonly last: Int32Array
  readonly afterTitle: Uint8Array

  constructor(capacity: number) {
    this.first = new Int32Array(capacity)
    this.last = new Int32Array(capacity)
    this.afterTitle = new Uint8Array(capacity)
  }

  add(first: number, last: number, afterTitle: boolean): void {
    this.first[this.count] = first
    this.last[this.count] = last
    this.afterTitle[this.count] = afterTitle ? 1 : 0
    this.count++
  }
}

function findCapitalised(doc: ScanDocument, found: Candidate[]): void {
  const tokens = nameTokens(doc)
  const segments = nameSegments(tokens)

  for (let s = 0; s < segments.count; s++) {
    const next = s + 1
    const commaNext = next < segments.count && segments.first[next] === segments.last[s]! + 1
    if (commaNext && tokens.join[segments.first[next]!] === Join.Comma) {
      // "my husband Gus, August Strohmeyer": a given name, then the full name again.
      const alone = appositive(tokens, segments, s, next)
        ? segmentName(doc, tokens, segments, s)
        : undefined
      if (alone) {
        const fullStart = tokens.start[segments.first[next]!]!
        const fullEnd = tokens.nameEnd[segments.last[next]!]!
        found.push(alone, { ...alone, start: fullStart, end: fullEnd })
        s++
        continue
      }
      const inverted = invertedName(doc, tokens, segments, s, next)
      if (inverted) {
        const nickEnd = nicknameEnd(doc, inverted.end)
        found.push(nickEnd === -1 ? inverted : { ...inverted, end: nickEnd })
        s++
        continue
      }
    }

    const named = segmentName(doc, tokens, segments, s)
    const nickEnd = nicknameEnd(doc, tokens.end[segments.last[s]!]!)
    if (nickEnd === -1) {
      if (named) found.push(named)
      continue
    }

    // 'Ernestine "Teenie" Beauchamp': a quoted nickname inside a name keeps it one span.
    const rest = segmentAt(tokens, segments, s + 1, nickEnd + 1)
    const best = named ?? nicknamed(doc, tokens, segments, s, rest)
    if (!best) continue
    const start = named ? named.start : tokens.start[segments.first[s]!]!
    const end = rest === -1 ? nickEnd : tokens.nameEnd[segments.last[rest]!]!
    found.push({ ...best, start, end })
    if (rest !== -1) s = rest
  }
}

/**
 * A name around a quoted nickname when the words before it alone are none: the surname after
 * it is one by its own cue ('CRNA: Jake "JP" Pollard, CRNA') or the two make a known pair.
 */
function nicknamed(
  doc: ScanDocument,
  tokens: NameTokens,
  segments: Segments,
  s: number,
  rest: number,
): Candidate | undefined {
  if (rest === -1) return undefined
  const surname = segmentName(doc, tokens, segments, rest)
  if (surname) return surname

  const head = firstWord(tokens, segments.first[s]!, segments.last[s]!)
  const tail = lastWord(tokens, segments.first[rest]!, segments.last[rest]!)
  const end = tokens.nameEnd[segments.last[rest]!]!
  if (head === -1 || tail === -1) return undefined
  const pair = knownPair(doc, tokens, head, tail, end)
  return pair && personCandidate(tokens.start[head]!, end, pair.score, pair.pattern)
}

/**
 * "Gus, August Strohmeyer": one given name, a comma, then a given name and a surname. No
 * "Last, First" has a given name for its surname and a surname last.
 */
function appositive(tokens: NameTokens, segments: Segments, s: number, next: number): boolean {
  const single = segments.first[s]!
  if (single !== segments.last[s] || tokens.initial(single)) return false
  const given = segments.first[next]!
  const surname = segments.last[next]!
  if (surname !== given + 1 || tokens.initial(given) || tokens.initial(surname)) return false
  if (tokens.givenRank(single) === 0 || tokens.surnameRank(single) !== 0) return false

  return tokens.givenRank(given) > 0 && tokens.givenRank(surname) === 0
}

/** Where a quoted nickname after a name at `end` closes ('Jake "JP"'), or -1. */
function nicknameEnd(doc: ScanDocument, end: number): number {
  const quote = doc.text.charCodeAt(end + 1)
  if (doc.text.charCodeAt(end) !== 32 || (quote !== 34 && quote !== 0x201c)) return -1
  NICKNAME.lastIndex = end
  return NICKNAME.test(doc.text) ? NICKNAME.lastIndex : -1
}

/** The segment after `from` (within two) whose first word starts at `start`, or -1. */
function segmentAt(tokens: NameTokens, segments: Segments, from: number, start: number): number {
  for (let k = from; k < from + 2 && k < segments.count; k++) {
    if (tokens.start[segments.first[k]!] === start) return k
  }

  return -1
}

/**
 * Splits the capitalised words into runs that could each be one name: words joined by a
 * space, an initial's period or a particle, cut at titles, credentials, common words and
 * organisation words. A run holding an organisation word is left to that recognizer.
 */
function nameSegments(tokens: NameTokens): Segments {
  // A segment holds at least one token, so there are never more segments than tokens.
  const segments = new Segments(tokens.count)
  const count = tokens.count
  let i = 0
  while (i < count) {
    let j = i
    while (j + 1 < count && isNameJoin(tokens.join[j + 1]!)) j++
    // Most capitalised words stand alone; a lone common word needs no further look.
    if (j > i || (tokens.flags[i]! & SKIP_ALONE) === 0) splitRun(tokens, i, j, segments)
    i = j + 1
  }

  return segments
}

function splitRun(tokens: NameTokens, runFrom: number, to: number, out: Segments): void {
  // "Cardiology Dr. Shahbazian": a title after the organisation word opens a name of its own.
  let from = runFrom
  for (let k = runFrom; k <= to; k++) {
    if ((tokens.flags[k]! & Flag.OrganizationHead) === 0) continue
    from = titleAfter(tokens, k + 1, to)
    if (from === -1) return
    k = from
  }

  let afterTitle = false
  let first = -1
  let words = 0
  for (let k = from; k <= to; k++) {
    // A job title that is also a surname ("Nurse Adebayo", but "Dr. Paul Nurse") is a title
    // only before another word of the run.
    const flags = tokens.flags[k]!
    const title =
      ((flags & Flag.Title) !== 0 || ((flags & Flag.Role) !== 0 && k < to)) && !tokens.possessive(k)
    const stop = isStopWord(tokens, k) && !(afterTitle && first === -1)
    if (title || stop || isCredential(tokens, k)) {
      if (first !== -1) out.add(first, k - 1, afterTitle)
      first = -1
      words = 0
      afterTitle = title
      continue
    }

    if (first === -1) first = k
    if (!tokens.initial(k) && (tokens.flags[k]! & Flag.Particle) === 0) words++
    if (tokens.possessive(k) || words >= MAX_NAME_TOKENS) {
      out.add(first, k, afterTitle)
      first = -1
      words = 0
      afterTitle = false
    }
  }
  if (first !== -1) out.add(first, to, afterTitle)
}

/** The first title in tokens from..to, or -1. */
function titleAfter(tokens: NameTokens, from: number, to: number): number {
  for (let k = from; k < to; k++) if (tokens.flags[k]! & Flag.Title) return k

  return -1
}

/**
 * "Dr. van der Berg": lower-case particles between a title and a surname belong to the name.
 * Returns where the name starts: before the particles, or at `start`.
 */
function withParticle(doc: ScanDocument, start: number): number {
  if (doc.text.charCodeAt(start - 1) !== 32 || !isLowerAscii(doc.text.charCodeAt(start - 2))) {
    return start
  }
  if (!endsInParticle(doc.text, start - 1)) return start
  const particle = PARTICLES_BEFORE.exec(doc.text.slice(Math.max(0, start - 12), start))?.[1]
  if (particle === undefined) return start

  const from = start - particle.length
  return cueBefore(doc, from) === 'title' ? from : start
}

/**
 * Whether the lower-case word ending at `end` has a space before it and is one of the words
 * that PARTICLES_BEFORE can end with: most words before a name ("for", "with") are none, and
 * are ruled out without a slice and a pattern.
 */
function endsInParticle(text: string, end: number): boolean {
  let start = end
  while (start > end - 6 && isLowerAscii(text.charCodeAt(start - 1))) start--
  if (text.charCodeAt(start - 1) !== 32) return false

  return PARTICLE_ENDINGS.has(text.slice(start, end))
}

/** "J.B. Thibodaux": an initial glued to the next one ("J." before "B.") opens the name. */
function withGluedInitial(doc: ScanDocument, start: number): number {
  const text = doc.text
  if (text.charCodeAt(start - 1) !== 46 || text.charCodeAt(start + 1) !== 46) return start
  const initial = text.charCodeAt(start - 2)
  if (initial < 65 || initial > 90) return start
  const before = text.charCodeAt(start - 3)

  return Number.isNaN(before) || before === 32 || before === 10 ? start - 2 : start
}

function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122
}

/** A single run of capitalised words, judged by the cue before it and the words it holds. */
function segmentName(
  doc: ScanDocument,
  tokens: NameTokens,
  segments: Segments,
  s: number,
): Candidate | undefined {
  const first = segments.first[s]!
  const last = segments.last[s]!
  const head = firstWord(tokens, first, last)
  if (head === -1) return undefined

  const start = withParticle(doc, withGluedInitial(doc, tokens.start[first]!))
  const end = withInitialDot(doc, tokens, first, last)
  const words: Words = { head, tail: lastWord(tokens, first, last), first, last }
  const found = judgeSegment(doc, tokens, words, segments.afterTitle[s] === 1, start, end)
  if (!found || afterHouseNumber(doc, start)) return undefined
  // "her daughter Connie's cell": a relation word makes the possessive a person's.
  if (found.pattern !== 'cue: relation' && isEponym(doc, tokens.end[last]!)) return undefined

  return found
}

/** The words of a segment that carry the name (not initials): the first, the last, and all. */
interface Words {
  readonly head: number
  readonly tail: number
  readonly first: number
  readonly last: number
}

function judgeSegment(
  doc: ScanDocument,
  tokens: NameTokens,
  words: Words,
  afterTitle: boolean,
  start: number,
  end: number,
): Candidate | undefined {
  const before = afterTitle ? undefined : cueBefore(doc, start)
  const cue = afterTitle
    ? 'title'
    : (before ??
      cueAfter(doc, end) ??
      initialCue(doc, tokens, words, start) ??
      columnCue(doc, start, end))
  if (cue) {
    if (!cuedNameShape(doc, tokens, words, cue, end)) return undefined
    // "From: Keisha Pembroke, MA": a cue on each side outweighs the same words read as a
    // place ("Pembroke, MA"), whose credential doubles as a state.
    const both = (afterTitle || before !== undefined) && credentialAfter(doc, end)
    return personCandidate(start, end, both ? DOUBLE_CUED : PERSON_CUED, `cue: ${cue}`, cue)
  }
  const count = wordCount(tokens, words.first, words.last)
  if (count > 3) return undefined
  if (allCaps(tokens, words.first, words.last)) {
    return capitalsPair(doc, tokens, words, count, start, end)
  }

  const byLexicon = count > 1 ? knownPair(doc, tokens, words.head, words.tail, end) : undefined
  if (byLexicon?.score === KNOWN_PAIR) {
    return personCandidate(start, end, KNOWN_PAIR, byLexicon.pattern)
  }
  if (count <= 2 && beforeSentenceVerb(doc, tokens, words.head, start, end)) {
    return personCandidate(start, end, SENTENCE_START, 'name before a verb')
  }

  return byLexicon && personCandidate(start, end, byLexicon.score, byLexicon.pattern)
}

/**
 * "by J. Sandoval", "to T. Winterbourne": an initial and one surname after a preposition. The
 * initial is how records shorten a given name; a preposition before it rules out a sentence
 * that ends in a single capital ("vitamin D. Continue").
 */
function initialCue(
  doc: ScanDocument,
  tokens: NameTokens,
  words: Words,
  start: number,
): NameCue | undefined {
  if (!tokens.initial(words.first) || words.head !== words.tail) return undefined
  if (words.head !== words.first + 1 || tokens.join[words.head] !== Join.Dot) return undefined
  if (tokens.flags[words.head]! & INITIAL_NOT_SURNAME) return undefined
  if (tokens.nameEnd[words.head]! - tokens.start[words.head]! < 3) return undefined
  if (doc.text.charCodeAt(start - 1) !== 32) return undefined
  const before = PREPOSITION_BEFORE.exec(doc.lower.slice(Math.max(0, start - 6), start))?.[1]

  return before === undefined ? undefined : 'verb'
}

/**
 * Whether words after a cue can be a name. Cues also stand before headings and phrases: "RE:
 * Request for prior authorization", "PATIENT STATEMENT", "Dear Appeals Reviewer", "Sent to:
 * Trauma bay 2".
 */
function cuedNameShape(
  doc: ScanDocument,
  tokens: NameTokens,
  words: Words,
  cue: NameCue,
  end: number,
): boolean {
  const single = words.head === words.tail
  // "RN Case Manager": one word before a role word is part of a job title.
  const nextWord =
    single && doc.text.charCodeAt(end) === 32
      ? NEXT_CAPITALISED_WORD.exec(doc.text.slice(end, end + 16))?.[1]
      : undefined
  if (nextWord !== undefined && isRoleWord(nextWord.toLowerCase())) return false
  const known = givenRankOf(doc, tokens, words.head) > 0 || tokens.surnameRank(words.tail) > 0
  if (known) return true
  if (beforePhraseNoun(doc, end)) return false
  if (isRoleWord(tokens.key(words.tail))) return false
  // "MWF", "PRN": a short word in capitals that no name list knows is an abbreviation.
  const length = tokens.nameEnd[words.head]! - tokens.start[words.head]!
  if (single && cue !== 'title' && tokens.allCaps(words.head) && length <= 3) return false
  // "MD\nORC|RE|...": a word in capitals before a field bar is an HL7 segment or a code.
  if (single && tokens.allCaps(words.head) && doc.text.charCodeAt(end) === 124) return false
  // "PATIENT STATEMENT": a relation word before a heading in capitals.
  if (cue === 'relation' && allCaps(tokens, words.first, words.last)) return false
  if (!single || cue !== 'label' || doc.text.charCodeAt(end) !== 32) return true

  // "RE: Request for prior authorization": one word after a label, then a preposition.
  const next = NEXT_LOWER_WORD.exec(doc.after(end, 24))?.[1]
  return next === undefined || !PREPOSITIONS.has(next)
}

/**
 * "Owner: Infection Prevention Committee", "Patient Education Handout": unknown words after a
 * cue, then a common noun in capitals, are a heading or a body, not a name. A field label after
 * ("Patient: Xiomara Date of birth:") is no such noun.
 */
function beforePhraseNoun(doc: ScanDocument, end: number): boolean {
  if (doc.text.charCodeAt(end) !== 32) return false
  const next = PHRASE_NOUN_AFTER.exec(doc.text.slice(end, end + 24))
  const word = next?.[1]?.toLowerCase()

  return (
    word !== undefined &&
    next![2] === undefined &&
    NOT_A_NAME.has(word) &&
    !AMBIGUOUS_NAMES.has(word)
  )
}

/**
 * "MARCUS DELACROIX-BRATHWAITE": two words in capitals, the first a common given name that is
 * no everyday word, the second no common word. Headings in capitals hold common words
 * ("PATIENT STATEMENT") or no given name, so a pair like this is most often a name.
 */
function capitalsPair(
  doc: ScanDocument,
  tokens: NameTokens,
  words: Words,
  count: number,
  start: number,
  end: number,
): Candidate | undefined {
  if (count !== 2 || words.head === words.tail) return undefined
  // Inside an HL7 field ("POUROS^MARY ANN^T") the HL7 pattern decides.
  const before = doc.text.charCodeAt(start - 1)
  if (before === 94 || before === 124) return undefined
  const rank = givenRankOf(doc, tokens, words.head)
  if (rank === 0 || rank > COMMON_GIVEN_RANK) return undefined
  if ((tokens.flags[words.head]! | tokens.flags[words.tail]!) & CAPITALS_NOT_NAME) return undefined
  if (tokens.nameEnd[words.tail]! - tokens.start[words.tail]! < 3) return undefined
  if (isPlaceLike(doc, end) || PLACE_TAILS.has(tokens.key(words.tail))) return undefined

  return personCandidate(start, end, WEAK_PAIR, 'given name + surname in capitals')
}

/**
 * The census rank of a token as a given name, or of its first part when hyphenated
 * ("Maria-Luisa", "Jae-won"), or 0.
 */
function givenRankOf(doc: ScanDocument, tokens: NameTokens, index: number): number {
  const rank = tokens.givenRank(index)
  if (rank > 0) return rank

  // The hyphen is looked for inside the word only: a search of the text after it could run
  // far past the word, for every word that is no given name.
  const text = doc.text
  const start = tokens.start[index]!
  const end = tokens.nameEnd[index]!
  let hyphen = start
  while (hyphen < end && text.charCodeAt(hyphen) !== 45) hyphen++
  if (hyphen === end || hyphen - start < 2) return 0
  return nameLexicon().givenRank(text.slice(start, hyphen))
}

/** "Nakamura reports": a name opening a sentence, before a verb whose subject is a person. */
function beforeSentenceVerb(
  doc: ScanDocument,
  tokens: NameTokens,
  head: number,
  start: number,
  end: number,
): boolean {
  if (tokens.possessive(head) || doc.text.charCodeAt(end) !== 32) return false
  if (!atSentenceStart(doc, start)) return false
  const after = doc.text.slice(end, end + 24)
  if (SENTENCE_VERB.test(after)) return !isDrugOrCondition(tokens.key(head))
  // "Opal called the line": verbs a department does too ("Pharmacy called") need a given name.
  // The verb is looked for first: a census look-up costs more than the pattern.
  if (!GIVEN_NAME_VERB.test(after)) return false
  return (tokens.flags[head]! & Flag.Ambiguous) === 0 && tokens.givenRank(head) > 0
}

/** "Mary Smith": a known given name first, and a last word that is not a street or city. */
function knownPair(
  doc: ScanDocument,
  tokens: NameTokens,
  head: number,
  tail: number,
  end: number,
): { score: number; pattern: string } | undefined {
  if (givenRankOf(doc, tokens, head) === 0 || isPlaceLike(doc, end)) return undefined
  // "Temple UT 36847": a two-letter code after a word is a state, not a surname.
  const tailLength = tokens.nameEnd[tail]! - tokens.start[tail]!
  if (tokens.allCaps(tail) && tailLength === 2 && !tokens.allCaps(head)) return undefined
  if (PLACE_TAILS.has(tokens.key(tail))) return undefined
  if (afterPlacePreposition(doc, tokens.start[head]!)) return undefined
  const tailAmbiguous = (tokens.flags[tail]! & Flag.Ambiguous) !== 0
  if ((tokens.flags[head]! & Flag.Ambiguous) === 0) {
    return { score: tailAmbiguous ? WEAK_PAIR : KNOWN_PAIR, pattern: 'given name + surname' }
  }
  // "May Gay" but not "Crystal Clear": a common surname after an everyday-word given name.
  const tailRank = tokens.surnameRank(tail)
  if (tailRank > 0 && tailRank <= COMMON_SURNAME_RANK && !tailAmbiguous) {
    return { score: WEAK_PAIR, pattern: 'ambiguous given name + surname' }
  }

  return undefined
}

/** "Last, First M" as one span: "Schiller, Xiomara I", "DE LA CRUZ, MOHAMMED". */
function invertedName(
  doc: ScanDocument,
  tokens: NameTokens,
  segments: Segments,
  last: number,
  first: number,
): Candidate | undefined {
  const surnameFirst = segments.first[last]!
  const surnameLast = segments.last[last]!
  const givenFirst = segments.first[first]!
  const givenLast = segments.last[first]!
  const surnames = wordCount(tokens, surnameFirst, surnameLast)
  const givenHead = firstWord(tokens, givenFirst, givenLast)
  const givens = wordCount(tokens, givenFirst, givenLast)
  if (surnames === 0 || surnames > 3 || givenHead === -1 || givens > 2) return undefined
  // "Patient Scheduler, Desert Kidney Care": the words after the comma run on.
  const runOn = givenLast + 1
  if (tokens.joinAt(runOn) === Join.Space && (tokens.flags[runOn]! & NOT_RUN_ON) === 0) {
    return undefined
  }
  if (segments.afterTitle[last] === 1 || segments.afterTitle[first] === 1) return undefined

  const start = tokens.start[surnameFirst]!
  const end = withInitialDot(doc, tokens, givenFirst, givenLast)
  // "Thanks Lupe, MWF": a given part in capitals after a surname that is not is no name.
  if (!allCaps(tokens, surnameFirst, surnameLast) && allCaps(tokens, givenFirst, givenLast)) {
    if (givens > 0 && tokens.givenRank(givenHead) === 0) return undefined
  }
  // "Hodkiewicz, Nolan and Daugherty" is a firm.
  if (tokens.joinAt(givenLast + 1) === Join.Conjunction) return undefined

  const cue =
    cueBefore(doc, start) ??
    cueAfter(doc, end) ??
    quotedCue(doc, start, end) ??
    columnCue(doc, start, end)
  const givenKnown = tokens.givenRank(givenHead) > 0
  // "YOUNG, PAGE  00892509": a capitalised "LAST, FIRST" heading a record.
  const capitals =
    allCaps(tokens, givenFirst, givenLast) && allCaps(tokens, surnameFirst, surnameLast)
  const ambiguous = (tokens.flags[givenHead]! & Flag.Ambiguous) !== 0
  const plainGiven = givenKnown && (!ambiguous || capitals)
  if (!cue && !plainGiven && !(capitals && headsRecord(doc, start, end))) return undefined
  if (!cue && afterHouseNumber(doc, start)) return undefined

  return personCandidate(start, end, cue ? PERSON_CUED : KNOWN_PAIR, 'surname, given name', cue)
}

/**
 * '"Okonkwo, Ifeanyi"': a "Last, First" that fills a quoted field, as user names stand in
 * audit logs and CSV exports.
 */
function quotedCue(doc: ScanDocument, start: number, end: number): NameCue | undefined {
  const text = doc.text
  return text.charCodeAt(start - 1) === 34 && text.charCodeAt(end) === 34 ? 'label' : undefined
}

/** "Lindgren" in a CSV cell under "pt_last": a column header that names a name. */
function columnCue(doc: ScanDocument, start: number, end: number): NameCue | undefined {
  return nameColumnCue(doc, start, end) ? 'label' : undefined
}

/**
 * Where a name of tokens first..last ends: after its last word, and after the period of a
 * middle initial that closes it ("Oyelaran, Babatunde K.", "Kaylee M.").
 */
function withInitialDot(
  doc: ScanDocument,
  tokens: NameTokens,
  first: number,
  last: number,
): number {
  const end = tokens.nameEnd[last]!
  if (last === first || !tokens.initial(last) || doc.text.charCodeAt(end) !== 46) return end
  // "J.R." or "K.-" are no middle initial's period.
  const next = doc.text.charCodeAt(end + 1)
  return next === 32 || next === 10 || next === 13 || next === 44 || Number.isNaN(next)
    ? end + 1
    : end
}

/** True when every word (not initial) of tokens first..last is in capitals. */
function allCaps(tokens: NameTokens, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    if (!tokens.initial(k) && !tokens.allCaps(k)) return false
  }

  return true
}

/** How many of tokens first..last carry the name: not initials. */
function wordCount(tokens: NameTokens, first: number, last: number): number {
  let count = 0
  for (let k = first; k <= last; k++) if (!tokens.initial(k)) count++

  return count
}

/** The first token of first..last that is not an initial, or -1. */
function firstWord(tokens: NameTokens, first: number, last: number): number {
  for (let k = first; k <= last; k++) if (!tokens.initial(k)) return k

  return -1
}

/** The last token of first..last that is not an initial, or -1. */
function lastWord(tokens: NameTokens, first: number, last: number): number {
  for (let k = last; k >= first; k--) if (!tokens.initial(k)) return k

  return -1
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
  // "TUIASOSOPO, FETU   DOB 08/30/1972": a date of birth or record number after a wide gap.
  if (second === 32 && third === 32 && RECORD_LABEL_AFTER.test(doc.after(end, 10))) {
    return 'label'
  }
  const mrn = second === 77 && third === 114
  if (!(
    second === 60 ||
    second === 40 ||
    mrn ||
    (second === 32 && (third === 100 || third === 109))
  )) {
    return undefined
  }

  const after = doc.after(end, 8)
  if (after.startsWith(' <') || after.startsWith(' (mrn') || after.startsWith(', dob')) {
    return 'label'
  }
  if (after.startsWith(' (dob') || after.startsWith(', mrn')) return 'label'
  // "rm 312 Haverford, Clement MRN 4471902".
  if (mrn && after.startsWith(' mrn ')) return 'label'
  // "Jane Doe (daughter)", "Robert (brother)".
  if (after.startsWith(' (')) {
    const word = RELATION_IN_PARENTHESES.exec(doc.after(end + 2, 16))?.[1]
    if (word !== undefined && isRelationWord(word)) return 'relation'
  }

  return undefined
}

function isNameJoin(join: number): boolean {
  return join === Join.Space || join === Join.Dot || join === Join.Particle
}

function isStopWord(tokens: NameTokens, index: number): boolean {
  if ((tokens.flags[index]! & (Flag.Stop | Flag.OrganizationHead)) === 0) return false
  // "J." and the "I" of "Schiller, Xiomara I" are initials, not the words "a" and "I".
  const initial = tokens.initial(index)
  if (initial && index > 0 && tokens.join[index] !== Join.None) return false
  const nextJoin = tokens.joinAt(index + 1)
  // "A. de Villiers": an initial before a particle.
  if (initial && nextJoin === Join.Particle) return false
  const dotNext = nextJoin === Join.Dot
  if (initial && dotNext) return false
  // "St. Clair" inside a name; "St. Luke's Hospital" never gets here (organisation word).
  return !(dotNext && tokens.word[index] === stId())
}

function isCredential(tokens: NameTokens, index: number): boolean {
  if ((tokens.flags[index]! & Flag.Credential) === 0) return false
  if (!tokens.allCaps(index) && tokens.word[index] !== pharmdId()) return false

  // "DO, GEOFFREY": the surname Do heading a "LAST, FIRST" name.
  return !(tokens.join[index] === Join.None && tokens.joinAt(index + 1) === Join.Comma)
}

/**
 * "Foley catheter", "Bell's palsy", "Murphy sign": the word after makes it an eponym ("Dr.
 * Feldman's office" stays a name). `end` is where the last word ends, with any "'s".
 */
function isEponym(doc: ScanDocument, end: number): boolean {
  if (doc.text.charCodeAt(end) !== 32) return false

  const word = NEXT_LOWER_WORD.exec(doc.after(end, 24))?.[1]
  return word !== undefined && EPONYM_HEADS.has(word)
}

/**
 * "POWLOWSKI, DMITRI  E4924905  DOB 10/26/1922": a "LAST, FIRST" in capitals that opens a
 * line and is followed, after a wide gap, by an identifier or date.
 */
function headsRecord(doc: ScanDocument, start: number, end: number): boolean {
  const text = doc.text
  if (text.charCodeAt(end) !== 32 || text.charCodeAt(end + 1) !== 32) return false
  if (doc.lineStart(start) !== start) return false

  return RECORD_HEAD_REST.test(text.slice(end, end + 24))
}

/** "Heparin", "Hypertension": a drug or condition by its ending (long words only: "April"). */
function isDrugOrCondition(key: string): boolean {
  return key.length >= 7 && DRUG_OR_CONDITION.test(key)
}

/** "lives in Sherman Oaks", "near Lincoln Park": a preposition of place before the words. */
function afterPlacePreposition(doc: ScanDocument, start: number): boolean {
  // The prepositions end in "n", "r" or "t": one look before any slice.
  const last = doc.lower.charCodeAt(start - 2)
  if (last !== 110 && last !== 114 && last !== 116) return false

  const before = doc.lower.slice(Math.max(0, start - 6), start)
  return PLACE_PREPOSITION.test(before)
}

/** "346 Helga Street": a number before the words makes them a street. */
function afterHouseNumber(doc: ScanDocument, start: number): boolean {
  const before = doc.text.charCodeAt(start - 2)
  return doc.text.charCodeAt(start - 1) === 32 && before >= 48 && before <= 57
}

/**
 * "Savannah SC 29576" (a state code and ZIP after) or "Martin Luther King Blvd" (a street
 * word after): the words are a place.
 */
function isPlaceLike(doc: ScanDocument, end: number): boolean {
  // Both patterns start with a space or a comma: one look before any slice.
  const next = doc.text.charCodeAt(end)
  if (next !== 32 && next !== 44) return false

  const after = doc.text.slice(end, end + 12)
  if (STATE_AND_ZIP.test(after)) return true

  const street = NEXT_CAPITALISED_WORD.exec(after)?.[1]
  return street !== undefined && STREET_WORDS.has(street.toLowerCase())
}

function atSentenceStart(doc: ScanDocument, start: number): boolean {
  const text = doc.text
  let i = start - 1
  while (i >= 0 && text.charCodeAt(i) === 32) i--
  if (i < 0) return true

  const c = text.charCodeAt(i)
  // '.', '\n', '!', '?' or ':'.
  return c === 46 || c === 10 || c === 33 || c === 63 || c === 58
}

let st: number | undefined
let pharmd: number | undefined

/** The table id of "st" ("St. Clair"). */
function stId(): number {
  return (st ??= listedWordId('st'))
}

/** The table id of "pharmd", a credential also written "PharmD". */
function pharmdId(): number {
  return (pharmd ??= listedWordId('pharmd'))
}
