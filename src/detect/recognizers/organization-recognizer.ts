import type { Candidate } from '../candidate.js'
import { nameLexicon } from '../names/name-lexicon.js'
import { AMBIGUOUS_NAMES, NOT_A_NAME } from '../names/name-stop-list.js'
import { Join, NAME_TOKEN_PATTERNS, nameTokens, type NameToken } from '../names/name-tokens.js'
import {
  KNOWN_ORGANIZATIONS,
  ORGANIZATION_HEADS,
  ORGANIZATION_MODIFIERS,
} from '../names/organization-words.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'

const RECOGNIZER = 'organization'
/** Beats any person candidate inside the name ("Haley Family Practice"). */
const SCORE = 0.95
const FIRM_SCORE = 0.85

const EMPLOYER_LABEL = /(?:employer|company|employed by|works at|works for|payer|insurer|carrier|insurance|pharmacy|plan)(?: name)?:? *$/

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
  patterns: [EMPLOYER_LABEL, ...NAME_TOKEN_PATTERNS],
  find(doc: ScanDocument): Candidate[] {
    const tokens = nameTokens(doc)
    const found: Candidate[] = []
    let i = 0
    while (i < tokens.length) {
      let j = i
      while (j + 1 < tokens.length && isOrganizationJoin(tokenAt(tokens, j + 1).join)) j++
      if (!findInRun(doc, tokens, i, j, found)) findFirm(doc, tokens, i, j, found)
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
    if (ORGANIZATION_HEADS.has(tokenAt(tokens, k).key)) {
      last = k
      break
    }
  }
  last = Math.max(last, known.end)
  last = withPlaceAfterOf(tokens, last, to)
  const employer = last === -1 && EMPLOYER_LABEL.test(doc.before(tokenAt(tokens, from).start, 24))
  if (employer) last = to
  if (last === -1) return false

  let first = from
  while (first < last && isLeadingNoise(tokens, first)) first++
  if (known.start !== -1 && known.start <= last) first = Math.min(first, known.start)
  if (!employer && known.start === -1 && !hasDistinctiveWord(tokens, first, last)) return false
  if (afterHouseNumber(doc, tokenAt(tokens, first).start)) return false

  const start = tokenAt(tokens, first).start
  const end = tokenAt(tokens, last).end
  const pattern = employer ? 'after an employer label' : 'ends in an organisation word'
  found.push(candidate(start, end, SCORE, pattern))

  return true
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
): void {
  if (to !== from + 1 || tokenAt(tokens, to).join !== Join.Conjunction) return
  const between = doc.text.slice(tokenAt(tokens, from).end, tokenAt(tokens, to).start)
  if (between !== ' and ' && between !== ' & ') return

  let first = from
  if (from > 0 && tokenAt(tokens, from).join === Join.Comma) first = from - 1
  for (let k = first; k <= to; k++) {
    if (!isSurnameLike(tokenAt(tokens, k))) return
  }

  const start = tokenAt(tokens, first).start
  found.push(candidate(start, tokenAt(tokens, to).end, FIRM_SCORE, 'surnames joined by and'))
}

function isSurnameLike(token: NameToken): boolean {
  if (token.allCaps || token.initial || token.possessive) return false
  if (NOT_A_NAME.has(token.key) || ORGANIZATION_HEADS.has(token.key)) return false

  return nameLexicon().givenRank(token.key) === 0
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
    for (let m = k; m <= to && m < k + 4; m++) {
      key = key === '' ? tokenAt(tokens, m).key : `${key} ${tokenAt(tokens, m).key}`
      const whole = known.get(key)
      if (whole === undefined) break
      if (whole) return { start: k, end: m }
    }
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

  const next = tokenAt(tokens, last + 1)
  if (next.join !== Join.Conjunction) return last
  let end = last + 1
  while (end + 1 <= to && tokenAt(tokens, end + 1).join === Join.Space) end++

  return end
}

/** Words that open a run but are not part of the name: "Records", "Seen", "The". */
function isLeadingNoise(tokens: readonly NameToken[], index: number): boolean {
  const token = tokenAt(tokens, index)
  if (ORGANIZATION_HEADS.has(token.key) || ORGANIZATION_MODIFIERS.has(token.key)) return false
  if (token.key === 'st' || token.key === 'saint') return false

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

function afterHouseNumber(doc: ScanDocument, start: number): boolean {
  const before = doc.text.charCodeAt(start - 2)
  return doc.text[start - 1] === ' ' && before >= 48 && before <= 57
}

function tokenAt(tokens: readonly NameToken[], index: number): NameToken {
  return tokens[index] as NameToken
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
