import type { Candidate } from '../candidate.js'
import { digitRunsOf } from '../digit-runs.js'
import type { EntityType } from '../entity-types.js'
import { nameLexicon } from '../names/name-lexicon.js'
import { nameTokens } from '../names/name-tokens.js'
import { anchoredMatches } from '../places/anchored-matches.js'
import { placeLexicon } from '../places/place-lexicon.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'

// ", TX 78701", " TX 78701-1234", "^TX^78701" (HL7 XAD): a state code then a ZIP. Tried only
// at five-digit runs of the shared digit-run index (a ZIP is always one whole run), so the
// pattern is sticky and looks behind the digits for the state code.
const STATE_ZIP = /\d\d\d\d\d(?<=[ ,^]([A-Z]{2})(,? {1,2}|\^)\d{5})(?:-\d{4})?(?![\w-])/y
// ", TX." or ", TX\n" (a state code closing a place without a ZIP); ", Texas" and
// ", New York 10001" (a full state name after a place). The two alternatives never match at
// the same comma. Tried (sticky) only at the commas that commaFilter lets through; the rest
// (group 1) is read in a lookahead, so that only the comma is consumed.
const STATE_AFTER_COMMA =
  /,(?=( (?:([A-Z]{2})(?=[.;:)\n]|, | \(| -| [a-z]|$)|((?:New|North|South|West|Rhode|District of) [A-Z][a-z]{2,12}|[A-Z][a-z]{3,12})(?:,? (\d{5}(?:-\d{4})?)(?![\w-])|(?=[.;:)\n]| \(|$)))))/y
// ", Montpelier VT" / ", Boone NC (": a city and a state code without a comma between them,
// closing a clause; tried (sticky) at commas that STATE_AFTER_COMMA cannot match.
const CITY_STATE_NO_COMMA =
  /, ([A-Z][a-z'-]{2,20}(?: [A-Z][a-z'-]{2,20}){0,2}) ([A-Z]{2})(?=[.;:)\n]|, | \(| -| \||$)/y
const ORGANIZATION_TAIL =
  /(?:Hospital|Clinic|Center|Centre|Health|Medical|Pharmacy|Labs?|Group|Associates|Care|Bank)$/
// The label patterns below are tried (sticky) only where one of their words starts (see
// labelWordsOf): the words, mostly capitalised, are found much faster than a pass of each.
// City: Austin / Town: Paris.
const CITY_LABEL = /\b(?:City|CITY|Town|TOWN)\s{0,2}:[ \t]{0,3}([A-Z\u00C0-\u00DE][^\n\t:]{1,60})/y
// ZIP: 78701 / Zip code 78701-1234 / Postal code: 78701.
const ZIP_LABEL =
  /\b(?:ZIP|Zip|zip|Postal|POSTAL)(?: ?[Cc]ode| ?CODE)?\s{0,2}[:#]?[ \t]{0,3}(\d{5}(?:-\d{4})?)(?![\w-])/y
// Travis County, Orleans Parish; found from the rare word, then the name before it.
const COUNTY_WORD = / (?:County|COUNTY|Parish|Borough)\b/y
// Mixed case or all capitals (HL7 "^OSAGE COUNTY"), never a mix of the two in one name.
const COUNTY_NAME =
  /(?:^|[^A-Za-z'.-])((?:St\. )?(?:[A-Z][a-z'-]{1,20} ){0,2}[A-Z][a-z'-]{1,20}|(?:ST\. )?(?:[A-Z][A-Z'-]{1,20} ){0,2}[A-Z][A-Z'-]{1,20})$/
const COUNTY_OF =
  /\b(?:County of ([A-Z][a-z'-]{1,20}(?: [A-Z][a-z'-]{1,20})?)|COUNTY OF ([A-Z][A-Z'-]{1,20}(?: [A-Z][A-Z'-]{1,20})?))/y
// Capitalised function words that are never part of a county name.
const CAPS_STOP = /^(?:AND|FOR|THE|OF|IN|AT|TO|BY|ON|OR)$/
// "lives with her daughter in West Zakary", "resides in Fargo". Tried (sticky) only at the
// verbs that LIVES_VERB finds shortly before an " in " and a capital (IN_CAPITAL): a pass of
// this pattern, which may start at every word, costs more than a pass for " in ".
const LIVES_IN =
  /\b(?:[Ll]ives|[Ll]iving|[Rr]esides|[Rr]esiding|[Mm]oved|[Rr]elocated)\b[^.\n]{0,40}? in ((?:(?:St|Ft|Mt)\. )?[A-Z][A-Za-z'-]{1,30}(?: [A-Z][A-Za-z'-]{1,30}){0,2})(?![\w'-])/y
const LIVES_VERB = /\b(?:[Ll]ives|[Ll]iving|[Rr]esides|[Rr]esiding|[Mm]oved|[Rr]elocated)\b/g
const IN_CAPITAL = / in (?=[A-Z])/g
// The longest verb ("relocated") and the longest gap LIVES_IN allows before " in ".
const LIVES_IN_REACH = 9 + 40
// A known city after a place preposition in prose: "raised in Nogales", "at our Mesa unit",
// "from Garden Grove". Read at the shared capitalised-word tokens; which words are a city is
// decided from the lexicon in code.
const CITY_RUN = /[A-Z][A-Za-z\u00C0-\u017F'-]{2,20}(?: [A-Z][A-Za-z\u00C0-\u017F'-]{1,20}){0,2}/y
// Birthplace: Kraków, Poland / Place of birth: Tbilisi, Georgia.
const BIRTHPLACE_LABEL = /(?:birthplace|place of birth|born in|pob): $/i
// Words after a known city that make it part of an organisation or a street name.
const CITY_PART_OF_NAME =
  /^[ ,]*(?:Hospital|Medical|Memorial|Health|Healthcare|Clinic|Regional|General|University|College|County|Parish|Street|St\b|Avenue|Ave\b|Road|Rd\b|Blvd|Drive|Dr\b|Lane|Ln\b|Way|Center|Centre|Community|Family|Heart|Cancer|Children's|Orthopaedic|Orthopedic|Surgical|Surgery|Dialysis|Kidney|Eye|Dental|Pediatrics|Urgent|Public|High|School|Police|Fire)\b/
// "Performed at: Quest Diagnostics, Fargo." A place closing a facility line; the rest of the
// line is read in code, so the pattern stays linear.
const FACILITY_LABEL = /(?:Performed at|Performing lab|Located at):?[ \t]{1,3}/y
// The same after an organisation found by another recognizer: "Mercy Hospital, Des Moines."
const CITY_AFTER_ORGANIZATION =
  /^, ((?:(?:St|Ft|Mt)\. )?[A-Z][A-Za-z'-]{1,30}(?: [A-Z][A-Za-z'-]{1,30}){0,3})(?=[.;\n]|$)/
// The city right after a street line: "4883 Ferne Mill, Paris  555-0100".
const CITY_AFTER_STREET =
  /^, {1,2}((?:(?:St|Ft|Mt)\. )?[A-Z][A-Za-z'-]{1,30}(?: [A-Z][A-Za-z'-]{1,30}){0,3})(?![\w'-])/
// A ZIP right after the city of a street line, with no state between.
const ZIP_AFTER_CITY = /^,? {1,2}(\d{5}(?:-\d{4})?)(?![\w-])/
const CITY_WORD = /^(?:(?:St|Ft|Mt|Pt)\.|[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'-]{1,30})$/
const NOT_CITY =
  /^(?:The|This|That|He|She|They|We|Our|His|Her|Apt|Suite|Ste|Unit|Room|Dr|Mr|Mrs|Ms|Patient|USA|US|United States|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Tel|Phone|Fax|Contact|Home|Cell|Email|Hospital|Clinic|Room|PC|Inc|INC|LLC|PLLC|LLP|LP|Ltd|Corp|Co|Trailer|Lot|Space)$/
// Credentials that are also state codes: "Jane Doe, MD" and "John Roe, PA-C" are not places.
const CREDENTIAL_CODES = new Set(['MD', 'PA', 'DO'])
// State codes that are also words or abbreviations in clinical text.
const WORD_CODES = new Set(['ID', 'IN', 'OR', 'OK', 'HI', 'ME', 'DE', 'MD', 'PA'])
const LEADING_STOP = /^(?:In|At|From|To|Near|Of|The|And|Lives|Resides)$/

const NAME = 'place'

/**
 * Cities, ZIP codes and counties. Structure carries the recall: a state code or name with a
 * ZIP ("Springfield, IL 62704"), a state closing a place ("Fort Wayne, IN."), the city right
 * after a street line, HL7 address components, and labels (City:, ZIP:, County:). A bare
 * five-digit number is never a ZIP. Runs late, to read the street lines found before it.
 *
 * @example
 * // '9811 S. Main St, Springfield, IL 62704-1234' -> CITY 'Springfield',
 * // ZIP_CODE '62704-1234'; 'Lives in Travis County.' -> LOCATION_OTHER 'Travis County'
 */
export const placeRecognizer: Recognizer = {
  name: NAME,
  types: ['CITY', 'ZIP_CODE', 'LOCATION_OTHER'],
  late: true,
  patterns: [
    STATE_ZIP,
    STATE_AFTER_COMMA,
    CITY_STATE_NO_COMMA,
    ORGANIZATION_TAIL,
    CITY_LABEL,
    ZIP_LABEL,
    COUNTY_WORD,
    COUNTY_NAME,
    COUNTY_OF,
    CAPS_STOP,
    LIVES_IN,
    LIVES_VERB,
    IN_CAPITAL,
    CITY_RUN,
    BIRTHPLACE_LABEL,
    CITY_PART_OF_NAME,
    FACILITY_LABEL,
    CITY_AFTER_ORGANIZATION,
    CITY_AFTER_STREET,
    CITY_WORD,
    ZIP_AFTER_CITY,
    NOT_CITY,
    LEADING_STOP,
  ],
  find(doc: ScanDocument, earlier: readonly Candidate[]): Candidate[] {
    const places = new PlaceCollector()
    const cities = new CitiesBefore(doc)
    const lexicon = placeLexicon()
    const text = doc.text
    const runs = digitRunsOf(doc)

    for (let i = 0; i < runs.count; i++) {
      const zipStart = runs.starts[i] ?? 0
      if ((runs.ends[i] ?? 0) - zipStart !== 5 || !mayFollowStateCode(text, zipStart)) continue
      STATE_ZIP.lastIndex = zipStart
      const m = STATE_ZIP.exec(text)
      if (!m) continue
      const code = m[1] ?? ''
      if (!lexicon.isStateCode(code)) continue

      const stateStart = m.index - (m[2] ?? '').length - 2
      let city = cities.before(stateStart)
      const separated = isSeparatedBefore(text, stateStart)
      // Without a comma after the city, a code that is also a word ("Member ID 48213") needs
      // the city to follow a comma ("862 7th Avenue, Eugene ME 97401").
      if (city && !separated && WORD_CODES.has(code)) {
        // Two spaces or a tab also part a city from a street line ("Gulick Ave  Honolulu HI").
        const lead = doc.text.slice(Math.max(0, city.start - 2), city.start)
        if (!/(?:, ?| {2}|\t)$/.test(lead)) city = undefined
      }
      if (!city && !separated) continue
      if (!city && CREDENTIAL_CODES.has(code)) continue

      places.add('ZIP_CODE', m.index, m.index + m[0].length, 0.9, 'state zip')
      if (city) places.add('CITY', city.start, city.end, 0.95, 'city state zip')
    }
    findStatesAfterCommas(doc, places, cities)

    const labels = labelWordsOf(text)
    findLabelled(doc, places, labels)
    findCounties(doc, places, labels)
    findCitiesAfter(doc, earlier, places)
    findCitiesInPhrases(doc, places, labels)

    return places.found
  },
}

/**
 * True when a state code may end right before the digits at `zipStart`: a space or caret
 * before them and a capital letter within the three characters before that. A cheap filter;
 * STATE_ZIP decides.
 */
function mayFollowStateCode(text: string, zipStart: number): boolean {
  const separator = text.charCodeAt(zipStart - 1)
  if (separator !== 32 && separator !== 94) return false

  return (
    isCapital(text.charCodeAt(zipStart - 2)) ||
    isCapital(text.charCodeAt(zipStart - 3)) ||
    isCapital(text.charCodeAt(zipStart - 4))
  )
}

function isCapital(code: number): boolean {
  return code >= 65 && code <= 90
}

/** True when a comma or caret, then at most one space, comes right before `at`. */
function isSeparatedBefore(text: string, at: number): boolean {
  let code = text.charCodeAt(at - 1)
  if (code === 32 && at >= 2) code = text.charCodeAt(at - 2)

  return code === 44 || code === 94
}

/**
 * Cities before ", TX." and ", Texas", and the ZIP after ", New York 10001". The state-name
 * results are added after all state-code ones, the order in which separate passes found them
 * (the first of two results on one span wins).
 */
function findStatesAfterCommas(
  doc: ScanDocument,
  places: PlaceCollector,
  cities: CitiesBefore,
): void {
  const lexicon = placeLexicon()
  const byName: Array<() => void> = []
  const text = doc.text
  const filter = commaFilter()
  for (let comma = text.indexOf(','); comma !== -1; comma = text.indexOf(',', comma + 1)) {
    if (text.charCodeAt(comma + 1) !== 32) continue
    STATE_AFTER_COMMA.lastIndex = comma
    const m = filter.mayFollow(text, comma + 2) ? STATE_AFTER_COMMA.exec(text) : null
    if (!m) {
      cityStateAfterComma(doc, comma, places)
      continue
    }

    const code = m[2]
    if (code !== undefined) {
      if (!lexicon.isStateCode(code)) continue

      const city = cities.before(m.index + 2)
      if (!city || (CREDENTIAL_CODES.has(code) && mayBeNameWithCredential(doc, city))) continue
      places.add('CITY', city.start, city.end, 0.92, 'city state')
      continue
    }
    if (!lexicon.isStateName(m[3] ?? '')) continue

    const city = cities.before(m.index + 2)
    const cityName = city ? doc.text.slice(city.start, city.end) : ''
    const zip = m[4]
    const end = m.index + 1 + (m[1] ?? '').length
    byName.push(() => {
      if (city && !lexicon.isStateName(cityName))
        places.add('CITY', city.start, city.end, 0.75, 'city state name')
      if (zip) places.add('ZIP_CODE', end - zip.length, end, 0.85, 'state name zip')
    })
  }
  for (const addFound of byName) addFound()
}

/**
 * ", Montpelier VT" or ", Boone NC (confirmed)": a city and a state code with no comma
 * between them and no ZIP after, as a location line in a note writes them. A code that is
 * also a word or a credential ("Smith MD", "Member ID") is left to the other shapes.
 */
function cityStateAfterComma(doc: ScanDocument, comma: number, places: PlaceCollector): void {
  const first = doc.text.charCodeAt(comma + 2)
  if (!isCapital(first)) return
  CITY_STATE_NO_COMMA.lastIndex = comma
  const m = CITY_STATE_NO_COMMA.exec(doc.text)
  const code = m?.[2] ?? ''
  if (!m || WORD_CODES.has(code) || !placeLexicon().isStateCode(code)) return

  const start = comma + 2
  const end = start + (m[1] ?? '').length
  const city = doc.text.slice(start, end)
  if (NOT_CITY.test(city) || LEADING_STOP.test(city) || placeLexicon().isStateName(city)) return
  // "Mercy Hospital NY": an organisation's name with its state, not a city.
  if (ORGANIZATION_TAIL.test(city)) return
  places.add('CITY', start, end, 0.9, 'city state (no comma)')
}

class PlaceCollector {
  readonly found: Candidate[] = []
  // The ends of the spans found, by start: small-integer keys, no string per span.
  readonly #ends = new Map<number, number[]>()

  add(type: EntityType, start: number, end: number, score: number, pattern: string): void {
    if (end <= start) return
    const ends = this.#ends.get(start)
    if (ends?.includes(end)) return

    if (ends) ends.push(end)
    else this.#ends.set(start, [end])
    this.found.push({ type, start, end, score, recognizer: NAME, pattern, contextApplied: true })
  }
}

interface Span {
  readonly start: number
  readonly end: number
}

/**
 * cityBefore for one document, kept by state start: the state-ZIP pass and the comma pass
 * both ask for the city before "TX" in "Austin, TX 78701".
 */
class CitiesBefore {
  readonly #doc: ScanDocument
  readonly #found = new Map<number, Span | undefined>()

  constructor(doc: ScanDocument) {
    this.#doc = doc
  }

  before(stateStart: number): Span | undefined {
    if (this.#found.has(stateStart)) return this.#found.get(stateStart)

    const city = cityBefore(this.#doc, stateStart)
    this.#found.set(stateStart, city)
    return city
  }
}

/**
 * The city right before a state code at `stateStart`: the capitalised words after the last
 * separator (comma, caret, colon, tab, two spaces or line start). When the words run into a
 * street line with no comma ("862 7th Avenue Eugene"), only the words after the suffix count.
 */
function cityBefore(doc: ScanDocument, stateStart: number): Span | undefined {
  // Read with char codes, not slices and patterns: this runs for every state code found.
  const text = doc.text
  const lineStart = text.lastIndexOf('\n', stateStart - 1) + 1
  const from = Math.max(lineStart, stateStart - 60)
  const end = beforeSeparator(text, from, stateStart)
  let cut = end - 1
  for (; cut >= from; cut--) {
    const code = text.charCodeAt(cut)
    if (code === 44 || code === 94 || code === 58 || code === 9 || code === 124) break
    // Two spaces: the cut is the second one.
    if (code === 32 && cut > from && text.charCodeAt(cut - 1) === 32) break
  }

  return trailingCity(text, cut + 1, end, cut >= from || from === lineStart)
}

/**
 * The end of `[from, end)` without the comma or caret and up to two spaces that close it
 * (", " before "TX"); with more spaces, only two go.
 */
function beforeSeparator(text: string, from: number, end: number): number {
  let spaces = 0
  while (end - spaces > from && text.charCodeAt(end - spaces - 1) === 32) spaces++
  if (spaces > 2) return end - 2

  const separator = end - spaces - 1
  const code = separator >= from ? text.charCodeAt(separator) : 0
  return code === 44 || code === 94 ? separator : end - spaces
}

/**
 * The trailing run of capitalised words (CITY_WORD) of the segment `[from, to)` of `text`, as
 * a span. Read with char codes at offsets, not split into strings: it runs for every state
 * code found.
 */
function trailingCity(text: string, from: number, to: number, bounded: boolean): Span | undefined {
  // Starts of the run's words, last word first; at most four words.
  const starts: number[] = []
  for (let wordEnd = to; starts.length < 4;) {
    const wordStart = wordStartBefore(text, from, wordEnd)
    if (!isCityWord(text, wordStart, wordEnd)) break

    starts.push(wordStart)
    if (wordStart === from) break
    wordEnd = wordStart - 1
  }
  if (starts.length === 0) return undefined
  starts.reverse()

  const runStart = starts[0] ?? from
  let first = 0
  // A run that starts right after a house number is a street line without a comma.
  const previousStart = runStart > from ? wordStartBefore(text, from, runStart - 1) : -1
  if (previousStart !== -1 && previousStart < runStart - 1 && isDigit(text, previousStart)) {
    const lexicon = placeLexicon()
    let suffixAt = -1
    for (let i = 0; i < starts.length; i++) {
      if (lexicon.isStreetSuffix(text.slice(starts[i], runWordEnd(starts, i, to)))) suffixAt = i
    }
    // Without a suffix in the run, the number was a unit ("Apt 5B Boston MA").
    if (suffixAt === starts.length - 1) return undefined
    if (suffixAt !== -1) first = suffixAt + 1
  } else if (!bounded && previousStart === -1) {
    return undefined
  }
  while (first < starts.length - 1) {
    if (!LEADING_STOP.test(text.slice(starts[first], runWordEnd(starts, first, to)))) break
    first++
  }

  // A state name is a city only before a state code (Washington, DC; New York, NY).
  const start = starts[first] ?? to
  if (NOT_CITY.test(text.slice(start, to))) return undefined

  return { start, end: to }
}

/** The end of word `i` of a run whose words start at `starts` and whose last ends at `to`. */
function runWordEnd(starts: readonly number[], i: number, to: number): number {
  return i + 1 < starts.length ? (starts[i + 1] ?? to) - 1 : to
}

/** Where the space-separated word that ends at `end` starts, no earlier than `from`. */
function wordStartBefore(text: string, from: number, end: number): number {
  let at = end
  while (at > from && text.charCodeAt(at - 1) !== 32) at--

  return at
}

function isDigit(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  return code >= 48 && code <= 57
}

/** CITY_WORD on `[start, end)` of `text`, in char codes. */
function isCityWord(text: string, start: number, end: number): boolean {
  const length = end - start
  const first = text.charCodeAt(start)
  // St. Ft. Mt. Pt.
  if (length === 3 && text.charCodeAt(start + 1) === 116 && text.charCodeAt(start + 2) === 46) {
    if (first === 83 || first === 70 || first === 77 || first === 80) return true
  }
  if (length < 2 || length > 31) return false
  if (!isCapital(first) && !(first >= 0xc0 && first <= 0xde)) return false

  for (let at = start + 1; at < end; at++) {
    const code = text.charCodeAt(at)
    const letter = isCapital(code) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f)
    if (!letter && code !== 39 && code !== 45) return false
  }

  return true
}

/**
 * "Jane Doe, MD" and "Doe, Jane, PA" look like "Fargo, ND": with a code that is also a
 * credential, the place must follow another comma-separated part and must not start with a
 * given name.
 */
function mayBeNameWithCredential(doc: ScanDocument, city: Span): boolean {
  if (!/, ?$/.test(doc.text.slice(Math.max(0, city.start - 2), city.start))) return true

  const firstWord = doc.text.slice(city.start, city.end).split(' ')[0] ?? ''
  return nameLexicon().givenRank(firstWord) > 0
}

interface CommaFilter {
  /** False when no state code or state name the lexicon knows can start at `at`. */
  mayFollow(text: string, at: number): boolean
}

let commas: CommaFilter | undefined

/**
 * A check on the characters after ", " that lets through every state code the lexicon knows
 * and every word that starts like a state name (its first four letters), so that the pattern
 * runs at a few commas instead of all of them. Codes and prefixes are packed into numbers.
 */
function commaFilter(): CommaFilter {
  if (commas) return commas

  const lexicon = placeLexicon()
  const prefixes = new Set<number>()
  for (const name of lexicon.stateNames) {
    prefixes.add(packed4(name, 0))
  }
  commas = {
    mayFollow(text: string, at: number): boolean {
      const first = text.charCodeAt(at)
      if (!isCapital(first)) return false
      const second = text.charCodeAt(at + 1)
      if (isCapital(second)) return lexicon.isStateCodeAt(text, at)

      return second >= 97 && second <= 122 && prefixes.has(packed4(text, at))
    },
  }

  return commas
}

/** Four characters from `at`, lower-cased as ASCII letters (other characters may collide). */
function packed4(text: string, at: number): number {
  let key = 0
  for (let i = at; i < at + 4; i++) key = key * 128 + ((text.charCodeAt(i) | 32) & 127)

  return key
}

/** Where the words that label passes start in a document, by pass, in text order. */
interface LabelWords {
  /** City, CITY, Town, TOWN: CITY_LABEL. */
  readonly city: number[]
  /** ZIP, Zip, zip, Postal, POSTAL: ZIP_LABEL. */
  readonly zip: number[]
  /** County, COUNTY, Parish, Borough: COUNTY_WORD (one space later) and COUNTY_OF. */
  readonly county: number[]
  /** Performed, Performing, Located: FACILITY_LABEL. */
  readonly facility: number[]
}

/**
 * The label words, by the letter they start with: the rest of each word (up to its sixth
 * letter) and the pass it starts.
 */
const LABEL_WORDS: ReadonlyArray<{
  readonly first: string
  readonly rests: readonly string[]
  readonly passes: ReadonlyArray<keyof LabelWords>
}> = [
  {
    first: 'C',
    rests: ['ity', 'ITY', 'ounty', 'OUNTY'],
    passes: ['city', 'city', 'county', 'county'],
  },
  { first: 'T', rests: ['own', 'OWN'], passes: ['city', 'city'] },
  { first: 'Z', rests: ['IP', 'ip'], passes: ['zip', 'zip'] },
  { first: 'z', rests: ['ip'], passes: ['zip'] },
  {
    first: 'P',
    rests: ['ostal', 'OSTAL', 'arish', 'erfor'],
    passes: ['zip', 'zip', 'county', 'facility'],
  },
  { first: 'B', rests: ['oroug'], passes: ['county'] },
  { first: 'L', rests: ['ocate'], passes: ['facility'] },
]

/**
 * Where the label words start in `text`, found by one search per first letter: capitals are
 * rare, and a search for one character is much faster than for a word (above all in text
 * with characters beyond Latin-1), so this costs less than a search per word or a pattern.
 */
function labelWordsOf(text: string): LabelWords {
  const words: LabelWords = { city: [], zip: [], county: [], facility: [] }
  for (const { first, rests, passes } of LABEL_WORDS) {
    for (let at = text.indexOf(first); at !== -1; at = text.indexOf(first, at + 1)) {
      const next = text.charCodeAt(at + 1)
      for (let k = 0; k < rests.length; k++) {
        const rest = rests[k] ?? ''
        const pass = passes[k]
        if (pass && rest.charCodeAt(0) === next && text.startsWith(rest, at + 1)) {
          words[pass].push(at)
        }
      }
    }
  }
  // Each list was filled one first letter at a time.
  for (const starts of [words.city, words.zip, words.county, words.facility]) {
    starts.sort((a, b) => a - b)
  }

  return words
}

function findLabelled(doc: ScanDocument, places: PlaceCollector, labels: LabelWords): void {
  findCityLabels(doc, places, labels)
  for (const m of anchoredMatches(doc.text, ZIP_LABEL, labels.zip)) {
    const zip = m[1] ?? ''
    const end = m.index + m[0].length
    places.add('ZIP_CODE', end - zip.length, end, 0.85, 'zip label')
  }
}

function findCityLabels(doc: ScanDocument, places: PlaceCollector, labels: LabelWords): void {
  for (const m of anchoredMatches(doc.text, CITY_LABEL, labels.city)) {
    const value = (m[1] ?? '').split(/ {2}|[,\t]| [a-z]/)[0]?.trimEnd() ?? ''
    const start = m.index + m[0].length - (m[1] ?? '').length
    const city = trailingCityAt(value, start)
    if (city) places.add('CITY', city.start, city.end, 0.8, 'city label')
  }
}

/** A whole labelled value that reads as a city name, or undefined. */
function trailingCityAt(value: string, start: number): Span | undefined {
  const words = (value.endsWith('.') ? value.slice(0, -1) : value).split(' ')
  // "Eugene ME" after a street line: the state code is not part of the city.
  if (words.length > 1 && placeLexicon().isStateCode(words[words.length - 1] ?? '')) words.pop()
  if (words.length > 4) return undefined
  for (const word of words) if (!CITY_WORD.test(word)) return undefined

  const name = words.join(' ')
  if (NOT_CITY.test(name)) return undefined
  return { start, end: start + name.length }
}

function findCounties(doc: ScanDocument, places: PlaceCollector, labels: LabelWords): void {
  for (const m of anchoredMatches(doc.text, COUNTY_WORD, labels.county, 1)) {
    const before = doc.text.slice(Math.max(0, m.index - 40), m.index)
    const name = COUNTY_NAME.exec(before)
    if (!name?.[1]) continue

    // Parish is also a surname ("Dr. Thomas Parish"): it needs "in" or "of" before it.
    const isParish = m[0] === ' Parish'
    const lead = before.slice(0, before.length - name[1].length)
    if (isParish && !/\b(?:in|of)\s$/.test(lead)) continue

    let words = name[1].split(' ')
    while (words.length > 1 && LEADING_STOP.test(words[0] ?? '')) words = words.slice(1)
    // "IN AND FOR THE COUNTY OF PIMA": a court caption, read by the County-of pass.
    if (words.some((w) => CAPS_STOP.test(w))) continue
    if (LEADING_STOP.test(words[0] ?? '')) continue

    const end = m.index + m[0].length
    const start = m.index - words.join(' ').length
    // "Orange County Medical Center" names an organisation, not where the person lives.
    // "RESIDENCE COUNTY:" is a form label, not a county.
    if (doc.text.charCodeAt(end) === 58) continue
    const partOfName = /^ (?:[A-Z][a-z]+)/.test(doc.text.slice(end, end + 12))
    places.add('LOCATION_OTHER', start, end, partOfName ? 0.45 : 0.8, 'county')
  }
  for (const m of anchoredMatches(doc.text, COUNTY_OF, labels.county)) {
    if (doc.text.charCodeAt(m.index + m[0].length) === 58) continue
    places.add('LOCATION_OTHER', m.index, m.index + m[0].length, 0.75, 'county of')
  }
}

/** Cities right after a street line or an organisation that other recognizers found. */
function findCitiesAfter(
  doc: ScanDocument,
  earlier: readonly Candidate[],
  places: PlaceCollector,
): void {
  const text = doc.text
  for (const found of earlier) {
    const street = found.type === 'STREET_ADDRESS'
    if (!street && found.type !== 'ORGANIZATION') continue
    // Both patterns start with ", ": most organisations are not followed by one.
    if (text.charCodeAt(found.end) !== 44 || text.charCodeAt(found.end + 1) !== 32) continue

    const pattern = street ? CITY_AFTER_STREET : CITY_AFTER_ORGANIZATION
    const after = pattern.exec(doc.text.slice(found.end, found.end + 60))
    const name = after?.[1]
    if (!after || !name) continue

    const start = found.end + after[0].length - name.length
    const city = trailingCityAt(name, start)
    if (city && !placeLexicon().isStateName(name)) {
      const score = street ? 0.8 : 0.7
      places.add(
        'CITY',
        city.start,
        city.end,
        score,
        street ? 'city after street' : 'city after org',
      )
      // "94-1021 Waipahu St, Waipahu 96797": a ZIP may follow the city with no state.
      const zip = street ? ZIP_AFTER_CITY.exec(doc.text.slice(city.end, city.end + 16)) : null
      if (zip?.[1]) {
        const zipEnd = city.end + zip[0].length
        places.add('ZIP_CODE', zipEnd - zip[1].length, zipEnd, 0.8, 'street city zip')
      }
    }
  }
}

function findCitiesInPhrases(doc: ScanDocument, places: PlaceCollector, labels: LabelWords): void {
  findLivesIn(doc, places)
  findKnownCitiesInProse(doc, places)
  for (const m of anchoredMatches(doc.text, FACILITY_LABEL, labels.facility)) {
    const from = m.index + m[0].length
    const line = doc.text.slice(from, Math.min(doc.lineEnd(from), from + 120))
    // The first comma-separated part that closes a sentence is the place.
    for (let comma = line.indexOf(', '); comma !== -1; comma = line.indexOf(', ', comma + 1)) {
      const name = CITY_AFTER_ORGANIZATION.exec(line.slice(comma))?.[1]
      if (!name) continue

      addPhraseCity(places, from + comma + 2, name, 0.92, 'facility')
      break
    }
  }
}

/**
 * The matches of LIVES_IN, in text order and without overlaps, as a global pass of it would
 * find them. A match starts at a verb that ends at most 40 characters before an " in " and a
 * capital, so only the verbs within reach of each such " in " are tried.
 */
function findLivesIn(doc: ScanDocument, places: PlaceCollector): void {
  const text = doc.text
  // Verbs that start before `tried` were tried; the last match ends at `matchEnd`.
  let tried = 0
  let matchEnd = 0
  IN_CAPITAL.lastIndex = 0
  while (IN_CAPITAL.test(text)) {
    const inAt = IN_CAPITAL.lastIndex - 4
    const from = Math.max(tried, inAt - LIVES_IN_REACH)
    // The window is short, so the verbs are sought in a slice of it; the slice's start counts
    // as a word boundary, which the text before it may deny.
    const window = text.slice(from, inAt)
    LIVES_VERB.lastIndex = 0
    for (let verb = LIVES_VERB.exec(window); verb; verb = LIVES_VERB.exec(window)) {
      const at = from + verb.index
      tried = at + 1
      if (at < matchEnd || (verb.index === 0 && isWordCharAt(text, at - 1))) continue

      LIVES_IN.lastIndex = at
      const m = LIVES_IN.exec(text)
      if (!m) continue
      matchEnd = LIVES_IN.lastIndex
      const name = m[1] ?? ''
      addPhraseCity(places, matchEnd - name.length, name, 0.8, 'lives in')
    }
  }
}

/** True for an ASCII letter, digit or underscore at `at` (a `\w` of a pattern). */
function isWordCharAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  const lower = code | 32
  return (lower >= 97 && lower <= 122) || (code >= 48 && code <= 57) || code === 95
}

function addPhraseCity(
  places: PlaceCollector,
  start: number,
  name: string,
  score: number,
  pattern: string,
): void {
  const city = trailingCityAt(name, start)
  if (!city || /\b(?:County|Parish|Borough)$/.test(name)) return
  if (placeLexicon().isStateName(name)) return

  places.add('CITY', city.start, city.end, score, pattern)
}

/**
 * Known cities after a place preposition ("in Nogales", "at our Mesa unit"). The longest run
 * of leading words that the lexicon knows is the city; words that go on into an organisation
 * or a street ("at Mesa General Hospital", "in Tyler Street") leave it alone.
 */
function findKnownCitiesInProse(doc: ScanDocument, places: PlaceCollector): void {
  const lexicon = placeLexicon()
  const tokens = nameTokens(doc)
  const text = doc.text
  for (let i = 0; i < tokens.count; i++) {
    const start = tokens.start[i] ?? 0
    if (afterBirthplaceLabel(text, start)) {
      birthplace(doc, start, places)
      continue
    }
    if (!afterPlacePreposition(text, start)) continue

    CITY_RUN.lastIndex = start
    const words = CITY_RUN.exec(text)?.[0].split(' ') ?? []
    let count = words.length
    while (count > 0 && !lexicon.isKnownCity(words.slice(0, count).join(' '))) count--
    if (count === 0) continue

    const name = words.slice(0, count).join(' ')
    const end = start + name.length
    if (CITY_PART_OF_NAME.test(text.slice(end, end + 24))) continue
    if (lexicon.isStateName(name)) continue

    places.add('CITY', start, end, 0.6, 'known city in prose')
  }
}

/** True when "Birthplace: " or "Place of birth: " comes right before `at`. */
function afterBirthplaceLabel(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== 32 || text.charCodeAt(at - 2) !== 58) return false

  return BIRTHPLACE_LABEL.test(text.slice(Math.max(0, at - 18), at))
}

/** The city of a birthplace label: the first comma-separated part ("Kraków, Poland"). */
function birthplace(doc: ScanDocument, start: number, places: PlaceCollector): void {
  const value = doc.text.slice(start, Math.min(doc.lineEnd(start), start + 40))
  const city = trailingCityAt(value.split(/ {2}|[,\t;(]/)[0]?.trimEnd() ?? '', start)
  if (city) places.add('CITY', city.start, city.end, 0.8, 'birthplace label')
}

/**
 * True when "in", "at", "near", "from", "outside" or "around" (and optionally "our" or "the")
 * comes right before `at`, as a whole space-separated word. Read with char codes: this runs
 * for every capitalised word of the document.
 */
function afterPlacePreposition(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== 32) return false

  let end = at - 1
  if (isWordBefore(text, end, 'our') || isWordBefore(text, end, 'the')) {
    end -= 4
    if (text.charCodeAt(end) !== 32) return false
  }
  switch (text.charCodeAt(end - 1)) {
    case 110: // n
      return isWordBefore(text, end, 'in')
    case 116: // t
      return isWordBefore(text, end, 'at')
    case 114: // r
      return isWordBefore(text, end, 'near')
    case 109: // m
      return isWordBefore(text, end, 'from')
    case 101: // e
      return isWordBefore(text, end, 'outside')
    case 100: // d
      return isWordBefore(text, end, 'around')
    default:
      return false
  }
}

/** True when `word` ends at `end` and starts the text or follows a space. */
function isWordBefore(text: string, end: number, word: string): boolean {
  const start = end - word.length
  if (start < 0 || (start > 0 && text.charCodeAt(start - 1) !== 32)) return false

  return text.startsWith(word, start)
}
