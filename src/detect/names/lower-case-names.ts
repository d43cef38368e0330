import type { Candidate } from '../candidate.js'
import type { ScanDocument } from '../scan-document.js'
import { nameLexicon, type NameLexicon } from './name-lexicon.js'
import { AMBIGUOUS_NAMES, NOT_A_NAME } from './name-stop-list.js'
import { LOWER_NAME_CUES } from './name-cues.js'
import { nameTokens } from './name-tokens.js'
import { PERSON_CUED, personCandidate } from './person-candidate.js'

// A lower-case name after a cue, tried only where a cue stands (sticky): trying the cue
// alternation at every position of the text cost more than the rest of the person recognizer.
const LOWER_NAME = new RegExp(
  String.raw`\b(${LOWER_NAME_CUES}) ((?:(?:van|von|de|del|la|le|der|den|da|di|du) ){0,2}[a-z][a-z'-]{1,30})(?: ((?:(?:van|von|de|del|la|le|der|den|da|di|du) ){0,2}[a-z][a-z'-]{1,30}))?(?: ([a-z][a-z'-]{1,30}))?`,
  'y',
)

// After an everyday-word name ("hey hunter -"): the phrase ends there.
const PHRASE_END = /^(?:,| -|\n)/
const FIELD_GAP = /^ {2}|^\t/
const FIELD_WORD = / ([a-z][a-z'-]{1,30})\b(?!['-])/y
const GREETING_OR_TITLE = /^(?:hey|hi|hello|dear|mr\.|mrs\.|ms\.|dr\.|dr)$/

/** Regular expressions this module runs, for the pattern-safety test. */
export const LOWER_CASE_NAME_PATTERNS: readonly RegExp[] = [
  LOWER_NAME,
  PHRASE_END,
  GREETING_OR_TITLE,
  FIELD_GAP,
  FIELD_WORD,
]

/**
 * Names written in lower case in informal text, found only right after a cue: a greeting
 * ("hey royal -"), an honorific ("ms. wuckert's partner"), a relation ("per her niece may de
 * la cruz") or "spoke w/". The words must be known names, or uncommon words after a known
 * given name.
 */
export function findLowerCaseNames(doc: ScanDocument, found: Candidate[]): void {
  const lexicon = nameLexicon()
  // As a global search would: a cue inside the previous match is not tried again.
  let searched = 0
  for (const at of nameTokens(doc).lowerCaseCues) {
    if (at < searched) continue
    LOWER_NAME.lastIndex = at
    const match = LOWER_NAME.exec(doc.text)
    if (!match) continue
    searched = at + match[0].length

    const cue = match[1] ?? ''
    const first = withoutPossessive(match[2] ?? '')
    const second = first === match[2] ? match[3] : undefined
    const third = second === undefined ? undefined : match[4]
    const honorific = cue === 'mr.' || cue === 'mrs.' || cue === 'ms.'
    // "ms. wuckert's partner": after an honorific any uncommon word is a surname.
    if (honorific && isLowerSurname(first, lexicon)) {
      const start = match.index + cue.length + 1
      found.push(
        personCandidate(
          start,
          start + first.length,
          PERSON_CUED,
          'lower-case name after a title',
          cue,
        ),
      )
      continue
    }
    if (!isLowerName(first, lexicon)) continue

    const start = match.index + cue.length + 1
    let end = start + first.length
    // "dr castellanos didnt explain": after a doctor's title one word is the surname; a second
    // word belongs to the name only when the first is a given name ("dr maria lopez").
    const afterDoctor = cue === 'dr' || cue === 'dr.'
    const givenFirst = !afterDoctor || lexicon.givenRank(first) > 0
    if (second && givenFirst && isLowerSurname(withoutPossessive(second), lexicon)) {
      end += 1 + withoutPossessive(second).length
      // "jose luis funk": a second given name, then the surname.
      const last = third === undefined ? '' : withoutPossessive(third)
      if (second === withoutPossessive(second) && lexicon.givenRank(second) > 0) {
        if (last !== '' && isLowerSurname(last, lexicon)) end += 1 + last.length
      }
    } else if (AMBIGUOUS_NAMES.has(first) && !PHRASE_END.test(doc.text.slice(end, end + 2))) {
      // "her husband will call": an everyday word counts only when the phrase ends there.
      continue
    } else if (!GREETING_OR_TITLE.test(cue) && !second) {
      if (lexicon.givenRank(first) === 0) continue
    }

    // "PATIENT: nguyen thi bich ngoc   DOB": after a field label the whole value is the name.
    if (cue.endsWith(':')) end = fieldNameEnd(doc.text, start, end, lexicon)
    found.push(personCandidate(start, end, PERSON_CUED, 'lower-case name after a cue', cue))
  }
}

/**
 * A second lower-case word after a name: a known surname, or any word that is not a common
 * one ("kristin frami"), since the first word and the cue already make a name likely.
 */
function isLowerSurname(name: string, lexicon: NameLexicon): boolean {
  const word = name.slice(name.lastIndexOf(' ') + 1)
  if (word.length < 2 || (NOT_A_NAME.has(word) && !AMBIGUOUS_NAMES.has(word))) return false
  if (lexicon.surnameRank(word) > 0) return true

  return word.split('-').every((part) => part.length >= 2 && !NOT_A_NAME.has(part))
}

/**
 * Where a field value of up to four lower-case name words ends, the name found so far ending
 * at `end`: the value must end at two spaces, a tab, a comma or the line end, else `end`.
 */
function fieldNameEnd(text: string, start: number, end: number, lexicon: NameLexicon): number {
  let to = end
  let words = text.slice(start, end).split(' ').length
  for (; words < 4; words++) {
    FIELD_WORD.lastIndex = to
    const word = FIELD_WORD.exec(text)?.[1]
    if (word === undefined || !isLowerSurname(word, lexicon)) break
    to = FIELD_WORD.lastIndex
  }
  if (to === end) return end
  const after = text.charCodeAt(to)
  const closed = Number.isNaN(after) || after === 10 || after === 44
  return closed || FIELD_GAP.test(text.slice(to, to + 2)) ? to : end
}

function withoutPossessive(word: string): string {
  return word.endsWith("'s") ? word.slice(0, -2) : word
}

function isLowerName(name: string, lexicon: NameLexicon): boolean {
  const word = name.slice(name.lastIndexOf(' ') + 1)
  if (NOT_A_NAME.has(word) && !AMBIGUOUS_NAMES.has(word)) return false

  return lexicon.givenRank(word) > 0 || lexicon.surnameRank(word) > 0
}
