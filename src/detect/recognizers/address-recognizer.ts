import type { Candidate } from '../candidate.js'
import { placeLexicon } from '../places/place-lexicon.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'

// A house number and up to seven capitalised or numbered words on the same line. Which word
// is the street suffix is decided in code, from the USPS list.
const NUMBERED_WORDS = /(?<![\w.,/:#$-])\d{1,6}[A-Z]?(?: [A-Z0-9][A-Za-z0-9'.-]{0,24}){1,7}/g
// PO Box 1234, P.O. Box 1234, Post Office Box 1234.
const PO_BOX = /\b(?:[Pp]\.? ?[Oo]\.?|Post Office|POST OFFICE) (?:Box|BOX) \d{1,8}\b/g
// Apt 4B, Suite 200, Ste. 3, Unit 11, #250, Bldg C, Fl 2, after the street (comma optional).
const UNIT =
  /^,? (?:(?:Apt|APT|Apartment|Suite|SUITE|Ste|STE|Unit|UNIT|Bldg|Building|Fl|Floor|Rm|Room|Lot|Space)\b\.?|#) ?#?[A-Za-z0-9][A-Za-z0-9-]{0,7}(?![\w-])/
const DIRECTIONAL =
  /^(?:[NSEW]|NE|NW|SE|SW|North|South|East|West|Northeast|Northwest|Southeast|Southwest)\.?$/
// Street names that need no suffix.
const STANDALONE_STREET = /^(?:Broadway|BROADWAY)$/
// Route-like suffixes that take a number after them: Highway 101, State Route 9.
const NUMBERED_ROUTE = /^(?:highway|hwy|route|rte|road|rd|county road|interstate)$/i

/**
 * Street lines: a house number, an optional directional, the street name and a USPS street
 * suffix, then an optional trailing directional and an optional unit; and PO boxes. City,
 * state and ZIP are separate types (see place-recognizer.ts).
 *
 * @example
 * // 'Address: 9811 S. Main St, Apt 4B, Springfield, IL 62704' -> STREET_ADDRESS on
 * // '9811 S. Main St, Apt 4B'
 */
export const addressRecognizer: Recognizer = {
  name: 'address',
  types: ['STREET_ADDRESS'],
  patterns: [NUMBERED_WORDS, PO_BOX, UNIT, DIRECTIONAL, NUMBERED_ROUTE, STANDALONE_STREET],
  find(doc: ScanDocument): Candidate[] {
    const found: Candidate[] = []
    NUMBERED_WORDS.lastIndex = 0
    for (let match = NUMBERED_WORDS.exec(doc.text); match; match = NUMBERED_WORDS.exec(doc.text)) {
      const start = match.index
      const streetEnd = streetLineEnd(match[0])
      // Resume inside the run: a later number in it may start the real street line.
      NUMBERED_WORDS.lastIndex = start + (streetEnd ?? match[0].indexOf(' '))
      if (streetEnd === undefined) continue

      const end = withUnit(doc, start + streetEnd)
      found.push(candidate(start, end, 0.8, 'number street suffix'))
    }
    // The pattern costs a pass over the text; the word it needs is found much faster.
    const boxes = doc.text.includes('Box') || doc.text.includes('BOX')
    for (const match of boxes ? doc.text.matchAll(PO_BOX) : []) {
      const end = withUnit(doc, match.index + match[0].length)
      found.push(candidate(match.index, end, 0.85, 'po box'))
    }

    return found
  },
}

/**
 * Where the street line ends inside `run` ("9811 S. Main St Apt 4"), or undefined when no
 * word after the street name is a street suffix. The last suffix wins (Birch Hollow Pl).
 */
function streetLineEnd(run: string): number | undefined {
  const words = run.split(' ')
  const lexicon = placeLexicon()
  let suffixAt = -1
  const upperCaseRun = run === run.toUpperCase()
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? ''
    if (/^(?:Apt|Suite|Ste|Unit|Bldg|Fl|Rm)\b/.test(word)) break
    // "221B Baker Street. 350 Fifth Ave": a full stop then a number starts another address.
    if (/^\d/.test(word) && /[a-z]{3}\.$/.test(words[i - 1] ?? '')) break
    if (STANDALONE_STREET.test(word)) suffixAt = i
    if (i < 2 || !lexicon.isStreetSuffix(word) || isOnlyAbbreviatedDirectionals(words, i)) continue
    // In mixed-case text an all-caps "CTS" or "PT" is an acronym (a car model), not a suffix.
    if (!upperCaseRun && /^[A-Z]{2,4}$/.test(word)) continue

    suffixAt = i
  }
  if (suffixAt === -1) return undefined

  let last = suffixAt
  const next = words[suffixAt + 1] ?? ''
  const suffix = words[suffixAt] ?? ''
  if (DIRECTIONAL.test(next) && !next.endsWith('.')) last += 1
  else if (NUMBERED_ROUTE.test(suffix.replace(/\.$/, '')) && /^\d{1,4}$/.test(next)) last += 1

  let end = words.slice(0, last + 1).join(' ').length
  // A period ends the sentence after a full word (Street.), but belongs to Ave. and St.
  const lastWord = words[last] ?? ''
  if (lastWord.endsWith('.') && (lastWord.length > 5 || !/^[A-Z][a-z]{1,3}\.$/.test(lastWord))) {
    end -= 1
  }

  return end
}

/**
 * True when the words between the house number and `suffixAt` are only abbreviated
 * directionals ("12 N St"): there is no street name. "7986 West Street" has one: West.
 */
function isOnlyAbbreviatedDirectionals(words: readonly string[], suffixAt: number): boolean {
  for (let i = 1; i < suffixAt; i++) {
    const word = words[i] ?? ''
    if (!DIRECTIONAL.test(word) || word.length > 3) return false
  }

  return true
}

function withUnit(doc: ScanDocument, end: number): number {
  const unit = UNIT.exec(doc.text.slice(end, end + 24))
  return unit ? end + unit[0].length : end
}

function candidate(start: number, end: number, score: number, pattern: string): Candidate {
  return {
    type: 'STREET_ADDRESS',
    start,
    end,
    score,
    recognizer: 'address',
    pattern,
    contextApplied: true,
  }
}
