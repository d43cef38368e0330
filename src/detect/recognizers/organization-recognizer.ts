import type { Candidate } from '../candidate.js'
import { nameLexicon } from '../names/name-lexicon.js'
import { AMBIGUOUS_NAMES, EPONYM_HEADS, NOT_A_NAME } from '../names/name-stop-list.js'
import { Join, NAME_TOKEN_PATTERNS, nameTokens, type NameToken } from '../names/name-tokens.js'
import {
  KNOWN_ORGANIZATIONS,
  ORGANIZATION_HEADS,
  ORGANIZATION_MODIFIERS,
  PLACE_PREFIXES,
} from '../names/organization-words.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'

const RECOGNIZER = 'organization'
/** Beats any person candidate inside the name ("Haley Family Practice"). */
const SCORE = 0.95
const FIRM_SCORE = 0.85
const MAX_EMPLOYER_CHARS = 60
const TRAILING_PUNCTUATION = '.,;:- '
const NEXT_LOWER_WORD = /^ ([a-z]{2,20})/
const WORKPLACE_PREPOSITION = /\b(?:at|for|by) $/
const WORKPLACE_VERB =
  /\b(?:works?|worked|working|employed|employee)(?: as an? [a-z]{1,20}(?: [a-z]{1,20})?)? (?:at|for|by) $/
// What may stand between the names of a firm's partners.
const PARTNER_JOINS: ReadonlySet<string> = new Set([' ', ', ', ' - ', ' and ', ' & ', ', and '])

const EMPLOYER_LABEL =
  /(?:company|employed by|payer|insurer|carrier|insurance|pharmacy|plan)(?: name)?:$/

/**
 * Named organisations: hospitals, practices, labs, pharmacies, payers and employers. A run of
 * capitalised words (joined by spaces, "and", "&" or "of") that ends in an organisation word
 * ("Hospital", "Associates", "LLC"), that holds a known payer, pharmacy or employer name, or
 * that follows an "Employer:" label; and law-firm style surname lists ("Dibbert, Smith and
 * Walsh"). Scored above any person candidate so that names inside an organisation are not
 * reported as people.
 *
 * @example
 * // 'Follow up at St. Peter's Regional Medical Center.' -> ORGANIZATION (whole name)
 */
export const organizationRecognizer: Recognizer = {
  name: RECOGNIZER,
  types: ['ORGANIZATION'],
  patterns: [
    EMPLOYER_LABEL,
    NEXT_LOWER_WORD,
    WORKPLACE_PREPOSITION,
    WORKPLACE_VERB,
    ...NAME_TOKEN_PATTERNS,
  ],
  find(doc: ScanDocument): Candidate[] {
    const tokens = nameTokens(doc)
    const found: Candidate[] = []
    findEmployers(doc, tokens, found)
    // Words inside an employer's name are not looked at again (employers are in text order).
    const employers = found.length
    let employer = 0
    let i = 0
    while (i < tokens.length) {
      let j = i
      while (j + 1 < tokens.length && isOrganizationJoin(tokenAt(tokens, j + 1).join)) j++
      const start = tokenAt(tokens, i).start
      while (employer < employers && found[employer]!.end <= start) employer++
      const inEmployer = employer < employers && found[employer]!.start <= start
      if (inEmployer) {
        i = j + 1
        continue
      }
      if (!findInRun(doc, tokens, i, j, found) && !findFirm(doc, tokens, i, j, found)) {
        j = findWorkplace(doc, tokens, i, j, found)
      }
      i = j + 1
    }

    return found
  },
}

function findInRun(
  doc: ScanDocument,
  tokens: readonly NameToken[],
  from: number,
  to: number,
  found: Candidate[],
): boolean {
  const known = knownNameEnd(tokens, from, to)
  let last = -1
  for (let k = to; k >= from; k--) {
    if (isHead(tokenAt(tokens, k))) {
      last = k
      break
    }
  }
  last = Math.max(last, known.end)
  last = withPlaceAfterOf(tokens, last, to)
  const employer = last === -1 && afterEmployerLabel(doc, tokenAt(tokens, from).start)
  if (employer) last = to
  if (last === -1) return false

  let first = from
  while (first < last && isLeadingNoise(tokens, first)) first++
  // A known name with no organisation word after it starts where the name starts:
  // "Using Amazon Alexa" -> "Amazon".
  if (known.start !== -1 && last === known.end) first = known.start
  else if (known.start !== -1 && known.start <= last) first = Math.min(first, known.start)
  if (!employer && known.start === -1 && !hasDistinctiveWord(tokens, first, last)) return false
  if (afterHouseNumber(doc, tokenAt(tokens, first).start)) return false

  const start = tokenAt(tokens, first).start
  const end = tokenAt(tokens, last).end
  const pattern = employer ? 'after an employer label' : 'ends in an organisation word'
  found.push(candidate(start, end, SCORE, pattern))

  return true
}

/**
 * The value after an "Employer:" label, to the end of the field (a line break, a tab, a "|"
 * or two spaces): "Employer: Dibbert, Smith and Walsh   Work phone: ...".
 */
function findEmployers(doc: ScanDocument, tokens: readonly NameToken[], found: Candidate[]): void {
  const text = doc.text
  for (const token of tokens) {
    if (token.key !== 'employer' || text.charCodeAt(token.end) !== 58) continue

    let start = token.end + 1
    while (text.charCodeAt(start) === 32) start++
    let end = start
    const limit = Math.min(text.length, start + MAX_EMPLOYER_CHARS)
    while (end < limit && !endsField(text, end)) end++
    while (end > start && TRAILING_PUNCTUATION.includes(text[end - 1] ?? '')) end--
    if (end - start < 2 || !isLetter(text.charCodeAt(start))) continue

    found.push(candidate(start, end, SCORE, 'after an employer label'))
  }
}

function endsField(text: string, at: number): boolean {
  const c = text[at]
  if (c === '\n' || c === '\r' || c === '\t' || c === '|') return true

  return c === ' ' && text[at + 1] === ' '
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/**
 * Surnames joined by "and" or "&" with no organisation word, read as a firm: "Dibbert, Smith
 * and Walsh", "Schiller & Heathcote". A little weaker, and never when a word is a known given
 * name ("Mary and John" are two people).
 */
function findFirm(
  doc: ScanDocument,
  tokens: readonly NameToken[],
  from: number,
  to: number,
  found: Candidate[],
): boolean {
  if (to !== from + 1 || tokenAt(tokens, to).join !== Join.Conjunction) return false
  const between = doc.text.slice(tokenAt(tokens, from).end, tokenAt(tokens, to).start)
  if (between !== ' and ' && between !== ' & ') return false

  let first = from
  if (from > 0 && tokenAt(tokens, from).join === Join.Comma) first = from - 1
  // "Drs. Smith and Jones" are two people.
  if (first > 0 && tokenAt(tokens, first).join === Join.Dot) return false
  for (let k = first; k <= to; k++) {
    if (!isSurnameLike(tokenAt(tokens, k))) return false
  }

  // "Kernig and Brudzinski signs": eponyms.
  const end = tokenAt(tokens, to).end
  const next = NEXT_LOWER_WORD.exec(doc.text.slice(end, end + 24))?.[1]
  if (next !== undefined && EPONYM_HEADS.has(next)) return false

  found.push(candidate(tokenAt(tokens, first).start, end, FIRM_SCORE, 'surnames joined by and'))
  return true
}

/**
 * The workplace after "works at", "works as a cashier at", "employed by": the capitalised
 * words there, with the " - ", ", " and " and " that join partners' names ("Wilderman -
 * Hauck", "Trantow, Sanford and Feil"). Returns the index of the last token used.
 */
function findWorkplace(
  doc: ScanDocument,
  tokens: readonly NameToken[],
  from: number,
  to: number,
  found: Candidate[],
): number {
  const start = tokenAt(tokens, from).start
  const text = doc.text
  // The cheap test first: the word right before is "at", "for" or "by".
  if (text.charCodeAt(start - 1) !== 32 || !WORKPLACE_PREPOSITION.test(doc.before(start, 5))) {
    return to
  }
  if (!WORKPLACE_VERB.test(doc.before(start, 60))) return to

  let last = to
  while (last + 1 < tokens.length) {
    const gap = text.slice(tokenAt(tokens, last).end, tokenAt(tokens, last + 1).start)
    if (!PARTNER_JOINS.has(gap)) break
    last++
  }
  if (!hasDistinctiveWord(tokens, from, last)) return to

  found.push(candidate(start, tokenAt(tokens, last).end, SCORE, 'workplace after "works at"'))
  return last
}

function isSurnameLike(token: NameToken): boolean {
  if (token.allCaps || token.initial || token.possessive) return false
  if (NOT_A_NAME.has(token.key) || ORGANIZATION_HEADS.has(token.key)) return false

  return nameLexicon().givenRank(token.key) === 0
}

/** An organisation word; "CO" in capitals is Colorado, not "Co." (company). */
function isHead(token: NameToken): boolean {
  return ORGANIZATION_HEADS.has(token.key) && !(token.key === 'co' && token.allCaps)
}

/** Where a known payer, pharmacy or employer name lies in the run, if one does. */
function knownNameEnd(
  tokens: readonly NameToken[],
  from: number,
  to: number,
): { start: number; end: number } {
  const known = knownNames()
  for (let k = from; k <= to; k++) {
    let key = ''
    let end = -1
    for (let m = k; m <= to && m < k + 5; m++) {
      key = key === '' ? tokenAt(tokens, m).key : `${key} ${tokenAt(tokens, m).key}`
      const whole = known.get(key)
      if (whole === undefined) break
      if (whole) end = m
    }
    // The longest known name wins: "Blue Cross Blue Shield", not "Blue Cross".
    if (end !== -1) return { start: k, end }
  }

  return { start: -1, end: -1 }
}

let prefixes: Map<string, boolean> | undefined

/** Every known name and each of its leading word sequences (false for a bare prefix). */
function knownNames(): Map<string, boolean> {
  if (prefixes) return prefixes

  prefixes = new Map()
  for (const name of KNOWN_ORGANIZATIONS) {
    const words = name.split(' ')
    for (let n = 1; n < words.length; n++) {
      const prefix = words.slice(0, n).join(' ')
      if (!prefixes.has(prefix)) prefixes.set(prefix, false)
    }
    prefixes.set(name, true)
  }

  return prefixes
}

/** "Blue Cross Blue Shield of Texas": a place after a final "of" belongs to the name. */
function withPlaceAfterOf(tokens: readonly NameToken[], last: number, to: number): number {
  if (last === -1 || last >= to) return last

  // "... of Texas" or, in capitals, "... OF TEXAS" where "OF" is a token of its own.
  const next = tokenAt(tokens, last + 1)
  const capitalOf = next.key === 'of' && last + 2 <= to
  if (next.join !== Join.Conjunction && !capitalOf) return last
  let end = capitalOf ? last + 2 : last + 1
  while (end + 1 <= to && tokenAt(tokens, end + 1).join === Join.Space) end++

  return end
}

/** Words that open a run but are not part of the name: "Records", "Seen", "The". */
function isLeadingNoise(tokens: readonly NameToken[], index: number): boolean {
  const token = tokenAt(tokens, index)
  if (ORGANIZATION_HEADS.has(token.key) || ORGANIZATION_MODIFIERS.has(token.key)) return false
  if (PLACE_PREFIXES.has(token.key)) return false

  return NOT_A_NAME.has(token.key) && !AMBIGUOUS_NAMES.has(token.key)
}

/** A word that is neither an organisation word nor a common word: "Valley", "Mayo". */
function hasDistinctiveWord(tokens: readonly NameToken[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const key = tokenAt(tokens, k).key
    if (ORGANIZATION_HEADS.has(key) || ORGANIZATION_MODIFIERS.has(key)) continue
    if (!NOT_A_NAME.has(key) || AMBIGUOUS_NAMES.has(key)) return true
  }

  return false
}

function isOrganizationJoin(join: Join): boolean {
  return join === Join.Space || join === Join.Dot || join === Join.Conjunction
}

/** "Employer: Dibbert, Smith and Walsh": only a label ending in a colon is read. */
function afterEmployerLabel(doc: ScanDocument, start: number): boolean {
  let i = start - 1
  while (i >= 0 && doc.text.charCodeAt(i) === 32) i--
  if (doc.text[i] !== ':') return false

  return EMPLOYER_LABEL.test(doc.before(i + 1, 24))
}

function afterHouseNumber(doc: ScanDocument, start: number): boolean {
  const before = doc.text.charCodeAt(start - 2)
  return doc.text[start - 1] === ' ' && before >= 48 && before <= 57
}

function tokenAt(tokens: readonly NameToken[], index: number): NameToken {
  return tokens[index]!
}

function candidate(start: number, end: number, score: number, pattern: string): Candidate {
  return {
    type: 'ORGANIZATION',
    start,
    end,
    score,
    recognizer: RECOGNIZER,
    pattern,
    contextApplied: true,
  }
}
