import type { Candidate } from '../candidate.js'
import { EPONYM_HEADS } from '../names/name-stop-list.js'
import {
  Join as JOIN,
  NAME_TOKEN_PATTERNS,
  nameTokens,
  type NameTokens,
} from '../names/name-tokens.js'
import { Flag as FLAG, listedWordId } from '../names/name-words.js'
import { KNOWN_ORGANIZATIONS } from '../names/organization-words.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'

// Module copies of imported values read once per word: under tsx (the tests and benchmarks)
// every read of an imported binding is a getter call, dearer than the rest of the loop body.
const Join = JOIN
const Flag = FLAG

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
    while (i < tokens.count) {
      let j = i
      while (j + 1 < tokens.count && isOrganizationJoin(tokens.join[j + 1]!)) j++
      const start = tokens.start[i]!
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
  tokens: NameTokens,
  from: number,
  to: number,
  found: Candidate[],
): boolean {
  let knownStart = -1
  let knownEnd = -1
  for (let k = from; k <= to; k++) {
    if ((tokens.flags[k]! & Flag.KnownOrganization) === 0) continue
    knownEnd = knownNameEnd(tokens, k, to)
    if (knownEnd !== -1) {
      knownStart = k
      break
    }
  }
  let last = -1
  for (let k = to; k >= from; k--) {
    if (isHead(tokens, k)) {
      last = k
      break
    }
  }
  last = Math.max(last, knownEnd)
  last = withPlaceAfterOf(tokens, last, to)
  const employer = last === -1 && afterEmployerLabel(doc, tokens.start[from]!)
  if (employer) last = to
  if (last === -1) return false

  let first = from
  while (first < last && isLeadingNoise(tokens, first)) first++
  // A known name with no organisation word after it starts where the name starts:
  // "Using Amazon Alexa" -> "Amazon".
  if (knownStart !== -1 && last === knownEnd) first = knownStart
  else if (knownStart !== -1 && knownStart <= last) first = Math.min(first, knownStart)
  if (!employer && knownStart === -1 && !hasDistinctiveWord(tokens, first, last)) return false
  if (afterHouseNumber(doc, tokens.start[first]!)) return false

  const start = tokens.start[first]!
  const end = tokens.end[last]!
  const pattern = employer ? 'after an employer label' : 'ends in an organisation word'
  found.push(candidate(start, end, SCORE, pattern))

  return true
}

/**
 * The value after an "Employer:" label, to the end of the field (a line break, a tab, a "|"
 * or two spaces): "Employer: Dibbert, Smith and Walsh   Work phone: ...".
 */
function findEmployers(doc: ScanDocument, tokens: NameTokens, found: Candidate[]): void {
  const text = doc.text
  for (let i = 0; i < tokens.count; i++) {
    const label = tokens.end[i]!
    if (text.charCodeAt(label) !== 58 || tokens.key(i) !== 'employer') continue

    let start = label + 1
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
  if (c === '\n' || c === '\r' || c === '\t' || c === '|' || c === '(' || c === ';') return true
  // "Red Mesa Roofing LLC (workers comp). Supervisor ...": a sentence ends the name, but the
  // period of a short abbreviation ("St. Luke's", "Co. Inc") does not.
  if (c === '.' && text[at + 1] === ' ') {
    let word = at
    while (word > 0 && isLetter(text.charCodeAt(word - 1))) word--
    return at - word > 3
  }

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
  tokens: NameTokens,
  from: number,
  to: number,
  found: Candidate[],
): boolean {
  if (to !== from + 1 || tokens.join[to] !== Join.Conjunction) return false
  const between = doc.text.slice(tokens.end[from], tokens.start[to])
  if (between !== ' and ' && between !== ' & ') return false

  let first = from
  if (from > 0 && tokens.join[from] === Join.Comma) first = from - 1
  // "Drs. Smith and Jones" are two people.
  if (first > 0 && tokens.join[first] === Join.Dot) return false
  for (let k = first; k <= to; k++) {
    if (!isSurnameLike(tokens, k)) return false
  }

  // "Kernig and Brudzinski signs": eponyms.
  const end = tokens.end[to]!
  const next = NEXT_LOWER_WORD.exec(doc.text.slice(end, end + 24))?.[1]
  if (next !== undefined && EPONYM_HEADS.has(next)) return false

  found.push(candidate(tokens.start[first]!, end, FIRM_SCORE, 'surnames joined by and'))
  return true
}

/**
 * The workplace after "works at", "works as a cashier at", "employed by": the capitalised
 * words there, with the " - ", ", " and " and " that join partners' names ("Wilderman -
 * Hauck", "Trantow, Sanford and Feil"). Returns the index of the last token used.
 */
function findWorkplace(
  doc: ScanDocument,
  tokens: NameTokens,
  from: number,
  to: number,
  found: Candidate[],
): number {
  const start = tokens.start[from]!
  const text = doc.text
  // The cheap test first: a space, after a word ending as "at", "for" or "by" do.
  const last = text.charCodeAt(start - 2) | 32
  if (text.charCodeAt(start - 1) !== 32 || (last !== 116 && last !== 114 && last !== 121)) {
    return to
  }
  if (!WORKPLACE_PREPOSITION.test(doc.before(start, 5))) return to
  if (!WORKPLACE_VERB.test(doc.before(start, 60))) return to

  let end = to
  while (end + 1 < tokens.count) {
    const gap = text.slice(tokens.end[end], tokens.start[end + 1])
    if (!PARTNER_JOINS.has(gap)) break
    end++
  }
  if (!hasDistinctiveWord(tokens, from, end)) return to

  found.push(candidate(start, tokens.end[end]!, SCORE, 'workplace after "works at"'))
  return end
}

function isSurnameLike(tokens: NameTokens, k: number): boolean {
  if (tokens.shape[k] !== 0) return false
  if (tokens.flags[k]! & (Flag.NotAName | Flag.OrganizationHead)) return false

  return tokens.givenRank(k) === 0
}

/** An organisation word; "CO" in capitals is Colorado, not "Co." (company). */
function isHead(tokens: NameTokens, k: number): boolean {
  if ((tokens.flags[k]! & Flag.OrganizationHead) === 0) return false

  return !(tokens.allCaps(k) && tokens.word[k] === companyId())
}

/**
 * The last token of the longest known payer, pharmacy or employer name that starts at token
 * `from` and ends by `to`, or -1: "Blue Cross Blue Shield", not "Blue Cross".
 */
function knownNameEnd(tokens: NameTokens, from: number, to: number): number {
  const known = knownNames()
  let key = ''
  let end = -1
  for (let m = from; m <= to && m < from + 5; m++) {
    key = key === '' ? tokens.key(m) : `${key} ${tokens.key(m)}`
    const whole = known.get(key)
    if (whole === undefined) break
    if (whole) end = m
  }

  return end
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
function withPlaceAfterOf(tokens: NameTokens, last: number, to: number): number {
  if (last === -1 || last >= to) return last

  // "... of Texas" or, in capitals, "... OF TEXAS" where "OF" is a token of its own.
  const next = last + 1
  const capitalOf = tokens.word[next] === ofId() && last + 2 <= to
  if (tokens.join[next] !== Join.Conjunction && !capitalOf) return last
  let end = capitalOf ? last + 2 : last + 1
  while (end + 1 <= to && tokens.join[end + 1] === Join.Space) end++

  return end
}

/** Words that open a run but are not part of the name: "Records", "Seen", "The". */
function isLeadingNoise(tokens: NameTokens, index: number): boolean {
  const flags = tokens.flags[index]!
  if (flags & (Flag.OrganizationHead | Flag.OrganizationModifier | Flag.PlacePrefix)) return false

  return (flags & Flag.NotAName) !== 0 && (flags & Flag.Ambiguous) === 0
}

/** A word that is neither an organisation word nor a common word: "Valley", "Mayo". */
function hasDistinctiveWord(tokens: NameTokens, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const flags = tokens.flags[k]!
    if (flags & (Flag.OrganizationHead | Flag.OrganizationModifier)) continue
    if ((flags & Flag.NotAName) === 0 || (flags & Flag.Ambiguous) !== 0) return true
  }

  return false
}

function isOrganizationJoin(join: number): boolean {
  return join === Join.Space || join === Join.Dot || join === Join.Conjunction
}

/** "Employer: Dibbert, Smith and Walsh": only a label ending in a colon is read. */
function afterEmployerLabel(doc: ScanDocument, start: number): boolean {
  let i = start - 1
  while (i >= 0 && doc.text.charCodeAt(i) === 32) i--
  if (doc.text.charCodeAt(i) !== 58) return false

  return EMPLOYER_LABEL.test(doc.before(i + 1, 24))
}

function afterHouseNumber(doc: ScanDocument, start: number): boolean {
  const before = doc.text.charCodeAt(start - 2)
  return doc.text.charCodeAt(start - 1) === 32 && before >= 48 && before <= 57
}

let company: number | undefined
let of: number | undefined

/** The table id of "co" ("Smith & Co"). */
function companyId(): number {
  return (company ??= listedWordId('co'))
}

/** The table id of "of" ("BLUE SHIELD OF TEXAS"). */
function ofId(): number {
  return (of ??= listedWordId('of'))
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
