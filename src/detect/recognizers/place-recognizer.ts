import type { Candidate } from '../candidate.js'
import type { EntityType } from '../entity-types.js'
import { nameLexicon } from '../names/name-lexicon.js'
import { nameTokens } from '../names/name-tokens.js'
import { placeLexicon } from '../places/place-lexicon.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'

// ", TX 78701", " TX 78701-1234", "^TX^78701" (HL7 XAD): a state code then a ZIP. The
// pattern starts on the digits and looks behind them, which is faster than the other way;
// five single digits scan about twice as fast as \d{5}.
const STATE_ZIP = /\d\d\d\d\d(?<=[ ,^]([A-Z]{2})(,? {1,2}|\^)\d{5})(?:-\d{4})?(?![\w-])/g
// ", TX." or ", TX\n" (a state code closing a place without a ZIP); ", Texas" and
// ", New York 10001" (a full state name after a place). One pass finds both: the two
// alternatives never match at the same comma, and neither can start inside the other. Only
// the comma is consumed and the rest (group 1) is read in a lookahead, so that the engine
// scans for a plain comma, which is more than twice as fast.
const STATE_AFTER_COMMA =
  /,(?=( (?:([A-Z]{2})(?=[.;:)\n]|, | \(| -| [a-z]|$)|((?:New|North|South|West|Rhode|District of) [A-Z][a-z]{2,12}|[A-Z][a-z]{3,12})(?:,? (\d{5}(?:-\d{4})?)(?![\w-])|(?=[.;:)\n]| \(|$)))))/g
// City: Austin / Town: Paris.
const CITY_LABEL = /\b(?:City|CITY|Town|TOWN)\s{0,2}:[ \t]{0,3}([A-Z\u00C0-\u00DE][^\n\t:]{1,60})/g
// ZIP: 78701 / Zip code 78701-1234 / Postal code: 78701.
const ZIP_LABEL =
  /\b(?:ZIP|Zip|zip|Postal|POSTAL)(?: ?[Cc]ode| ?CODE)?\s{0,2}[:#]?[ \t]{0,3}(\d{5}(?:-\d{4})?)(?![\w-])/g
// Travis County, Orleans Parish; found from the rare word, then the name before it.
const COUNTY_WORD = / (?:County|COUNTY|Parish|Borough)\b/g
// Mixed case or all capitals (HL7 "^OSAGE COUNTY"), never a mix of the two in one name.
const COUNTY_NAME =
  /(?:^|[^A-Za-z'.-])((?:St\. )?(?:[A-Z][a-z'-]{1,20} ){0,2}[A-Z][a-z'-]{1,20}|(?:ST\. )?(?:[A-Z][A-Z'-]{1,20} ){0,2}[A-Z][A-Z'-]{1,20})$/
const COUNTY_OF =
  /\b(?:County of ([A-Z][a-z'-]{1,20}(?: [A-Z][a-z'-]{1,20})?)|COUNTY OF ([A-Z][A-Z'-]{1,20}(?: [A-Z][A-Z'-]{1,20})?))/g
// Capitalised function words that are never part of a county name.
const CAPS_STOP = /^(?:AND|FOR|THE|OF|IN|AT|TO|BY|ON|OR)$/
// "lives with her daughter in West Zakary", "resides in Fargo".
const LIVES_IN =
  /\b(?:[Ll]ives|[Ll]iving|[Rr]esides|[Rr]esiding|[Mm]oved|[Rr]elocated)\b[^.\n]{0,40}? in ((?:(?:St|Ft|Mt)\. )?[A-Z][A-Za-z'-]{1,30}(?: [A-Z][A-Za-z'-]{1,30}){0,2})(?![\w'-])/g
// A known city after a place preposition in prose: "raised in Nogales", "at our Mesa unit",
// "from Garden Grove". Read at the shared capitalised-word tokens; which words are a city is
// decided from the lexicon in code.
const CITY_RUN = /[A-Z][A-Za-z\u00C0-\u017F'-]{2,20}(?: [A-Z][A-Za-z\u00C0-\u017F'-]{1,20}){0,2}/y
// Birthplace: Kraków, Poland / Place of birth: Tbilisi, Georgia.
const BIRTHPLACE_LABEL = /(?:birthplace|place of birth|born in|pob): $/i
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'outside', 'around'])
// Words after a known city that make it part of an organisation or a street name.
const CITY_PART_OF_NAME =
  /^[ ,]*(?:Hospital|Medical|Memorial|Health|Healthcare|Clinic|Regional|General|University|College|County|Parish|Street|St\b|Avenue|Ave\b|Road|Rd\b|Blvd|Drive|Dr\b|Lane|Ln\b|Way|Center|Centre|Community|Family|Heart|Cancer|Children's|Orthopaedic|Orthopedic|Surgical|Surgery|Dialysis|Kidney|Eye|Dental|Pediatrics|Urgent|Public|High|School|Police|Fire)\b/
// "Performed at: Quest Diagnostics, Fargo." A place closing a facility line; the rest of the
// line is read in code, so the pattern stays linear.
const FACILITY_LABEL = /(?:Performed at|Performing lab|Located at):?[ \t]{1,3}/g
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
    CITY_LABEL,
    ZIP_LABEL,
    COUNTY_WORD,
    COUNTY_NAME,
    COUNTY_OF,
    CAPS_STOP,
    LIVES_IN,
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
    const lexicon = placeLexicon()

    for (const m of doc.text.matchAll(STATE_ZIP)) {
      const code = m[1] ?? ''
      if (!lexicon.isStateCode(code)) continue

      const stateStart = m.index - (m[2] ?? '').length - 2
      let city = cityBefore(doc, stateStart)
      const separated = /[,^] ?$/.test(doc.text.slice(Math.max(0, stateStart - 2), stateStart))
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
    findStatesAfterCommas(doc, places)

    findLabelled(doc, places)
    findCounties(doc, places)
    findCitiesAfter(doc, earlier, places)
    findCitiesInPhrases(doc, places)

    return places.found
  },
}

/**
 * Cities before ", TX." and ", Texas", and the ZIP after ", New York 10001". The state-name
 * results are added after all state-code ones, the order in which separate passes found them
 * (the first of two results on one span wins).
 */
function findStatesAfterCommas(doc: ScanDocument, places: PlaceCollector): void {
  const lexicon = placeLexicon()
  const byName: Array<() => void> = []
  for (const m of doc.text.matchAll(STATE_AFTER_COMMA)) {
    const code = m[2]
    if (code !== undefined) {
      if (!lexicon.isStateCode(code)) continue

      const city = cityBefore(doc, m.index + 2)
      if (!city || (CREDENTIAL_CODES.has(code) && mayBeNameWithCredential(doc, city))) continue
      places.add('CITY', city.start, city.end, 0.92, 'city state')
      continue
    }
    if (!lexicon.isStateName(m[3] ?? '')) continue

    const city = cityBefore(doc, m.index + 2)
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

class PlaceCollector {
  readonly found: Candidate[] = []
  readonly #seen = new Set<string>()

  add(type: EntityType, start: number, end: number, score: number, pattern: string): void {
    const key = `${start}:${end}`
    if (this.#seen.has(key) || end <= start) return

    this.#seen.add(key)
    this.found.push({ type, start, end, score, recognizer: NAME, pattern, contextApplied: true })
  }
}

interface Span {
  readonly start: number
  readonly end: number
}

/**
 * The city right before a state code at `stateStart`: the capitalised words after the last
 * separator (comma, caret, colon, tab, two spaces or line start). When the words run into a
 * street line with no comma ("862 7th Avenue Eugene"), only the words after the suffix count.
 */
function cityBefore(doc: ScanDocument, stateStart: number): Span | undefined {
  const lineStart = doc.lineStart(stateStart)
  const from = Math.max(lineStart, stateStart - 60)
  let slice = doc.text.slice(from, stateStart)
  slice = slice.replace(/[,^]? {0,2}$|\^$/, '')
  const doubleSpace = slice.lastIndexOf('  ')
  const cut = Math.max(
    slice.lastIndexOf(','),
    slice.lastIndexOf('^'),
    slice.lastIndexOf(':'),
    slice.lastIndexOf('\t'),
    slice.lastIndexOf('|'),
    doubleSpace === -1 ? -1 : doubleSpace + 1,
  )
  const segment = slice.slice(cut + 1)
  const segmentStart = from + cut + 1

  return trailingCity(segment, segmentStart, cut !== -1 || from === lineStart)
}

/** The trailing run of capitalised words of `segment`, as a span of the document. */
function trailingCity(segment: string, offset: number, bounded: boolean): Span | undefined {
  const words = segment.split(' ')
  const lexicon = placeLexicon()
  let first = words.length
  while (first > 0 && CITY_WORD.test(words[first - 1] ?? '') && words.length - first < 4) first--
  if (first === words.length) return undefined

  // A run that starts right after a house number is a street line without a comma.
  const previous = words[first - 1]
  if (previous !== undefined && /^\d/.test(previous)) {
    let suffixAt = -1
    for (let i = first; i < words.length; i++) {
      if (lexicon.isStreetSuffix(words[i] ?? '')) suffixAt = i
    }
    // Without a suffix in the run, the number was a unit ("Apt 5B Boston MA").
    if (suffixAt === words.length - 1) return undefined
    if (suffixAt !== -1) first = suffixAt + 1
  } else if (!bounded && first === 0) {
    return undefined
  }
  while (first < words.length - 1 && LEADING_STOP.test(words[first] ?? '')) first++

  // A state name is a city only before a state code (Washington, DC; New York, NY).
  const name = words.slice(first).join(' ')
  if (NOT_CITY.test(name)) return undefined

  const start = offset + words.slice(0, first).join(' ').length + (first > 0 ? 1 : 0)
  return { start, end: start + name.length }
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

/**
 * True when the text holds any of `words`, exactly as written: a cheap check that lets a pass
 * be skipped. Each word is what the pass needs, or its first six letters: the engine finds a
 * short word that starts with a rare letter many times faster than a longer one.
 */
function mentions(doc: ScanDocument, words: readonly string[]): boolean {
  for (const word of words) if (doc.text.includes(word)) return true

  return false
}

function findLabelled(doc: ScanDocument, places: PlaceCollector): void {
  if (mentions(doc, ['City', 'CITY', 'Town', 'TOWN'])) {
    findCityLabels(doc, places)
  }
  if (!mentions(doc, ['ZIP', 'Zip', 'zip', 'Postal', 'POSTAL'])) return

  for (const m of doc.text.matchAll(ZIP_LABEL)) {
    const zip = m[1] ?? ''
    const end = m.index + m[0].length
    places.add('ZIP_CODE', end - zip.length, end, 0.85, 'zip label')
  }
}

function findCityLabels(doc: ScanDocument, places: PlaceCollector): void {
  for (const m of doc.text.matchAll(CITY_LABEL)) {
    const value = (m[1] ?? '').split(/ {2}|[,\t]| [a-z]/)[0]?.trimEnd() ?? ''
    const start = m.index + m[0].length - (m[1] ?? '').length
    const city = trailingCityAt(value, start)
    if (city) places.add('CITY', city.start, city.end, 0.8, 'city label')
  }
}

/** A whole labelled value that reads as a city name, or undefined. */
function trailingCityAt(value: string, start: number): Span | undefined {
  const words = value.replace(/\.$/, '').split(' ')
  // "Eugene ME" after a street line: the state code is not part of the city.
  if (words.length > 1 && placeLexicon().isStateCode(words[words.length - 1] ?? '')) words.pop()
  if (words.length > 4 || !words.every((w) => CITY_WORD.test(w))) return undefined

  const name = words.join(' ')
  if (NOT_CITY.test(name)) return undefined
  return { start, end: start + name.length }
}

function findCounties(doc: ScanDocument, places: PlaceCollector): void {
  if (!mentions(doc, ['County', 'COUNTY', 'Parish', 'Boroug'])) return

  for (const m of doc.text.matchAll(COUNTY_WORD)) {
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
  for (const m of doc.text.matchAll(COUNTY_OF)) {
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
  for (const found of earlier) {
    const street = found.type === 'STREET_ADDRESS'
    if (!street && found.type !== 'ORGANIZATION') continue

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

function findCitiesInPhrases(doc: ScanDocument, places: PlaceCollector): void {
  for (const m of doc.text.matchAll(LIVES_IN)) {
    const name = m[1] ?? ''
    addPhraseCity(places, m.index + m[0].length - name.length, name, 0.8, 'lives in')
  }
  findKnownCitiesInProse(doc, places)
  if (!mentions(doc, ['Perfor', 'Locate'])) return

  for (const m of doc.text.matchAll(FACILITY_LABEL)) {
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

/** True when "in", "at", "from"... (and optionally "our" or "the") comes right before `at`. */
function afterPlacePreposition(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== 32) return false

  const wordStart = text.lastIndexOf(' ', at - 2) + 1
  let word = text.slice(wordStart, at - 1)
  if (word === 'our' || word === 'the') {
    if (text.charCodeAt(wordStart - 1) !== 32) return false
    word = text.slice(text.lastIndexOf(' ', wordStart - 2) + 1, wordStart - 1)
  }

  return PLACE_PREPOSITIONS.has(word)
}
