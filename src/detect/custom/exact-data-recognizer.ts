import RE2 from 're2'

import { PhiguardError } from '../../errors.js'
import type { Candidate } from '../candidate.js'
import type { EntityType } from '../entity-types.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'
import { checkSalt, hashValue, saltIdOf, type ExactDataIndex } from './exact-data-match.js'
import { nameVariants, normaliseDate, type DateOrder } from './exact-data-normalise.js'

export interface ExactDataRecognizerOptions {
  readonly index: ExactDataIndex
  /** The salt the index was built with; checked against the index's salt id. */
  readonly salt: string | Uint8Array
  /** Stable name, recorded in every finding's explanation. Default 'exact-data'. */
  readonly name?: string | undefined
  /** Most characters between a name and a date of birth that match together. Default 100. */
  readonly windowChars?: number | undefined
  /** Score of an exact match. Default 0.95. */
  readonly score?: number | undefined
  /** Day and month order of all-numeric dates in the text. Default 'mdy'. */
  readonly dateOrder?: DateOrder | undefined
}

// Digit groups joined by single separators: "00123456", "123-45-6789", "0012 3456".
const NUMBER_RUN = new RE2('\\d+(?:[-./ ]\\d+)*', 'gu')
// Numeric dates and dates with an English month name; normaliseDate decides which are real.
const DATE = new RE2(
  '\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}' +
    '|\\p{L}{3,9}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}' +
    '|\\d{1,2}(?:st|nd|rd|th)? \\p{L}{3,9}\\.?,? \\d{4}',
  'giu',
)
// Words that start with a capital, joined by a space or ", " ("Jane Roe", "ROE, JANE A").
const NAME_RUN = new RE2("\\p{Lu}[\\p{L}\\p{M}'’-]*(?:,? \\p{Lu}[\\p{L}\\p{M}'’-]*)*", 'gu')

interface Span {
  readonly start: number
  readonly end: number
}
interface DateSpan extends Span {
  readonly iso: string
}
interface NameToken extends Span {
  readonly word: string
  /** True when a comma stands between this word and the one before ("Roe, Jane"). */
  readonly commaBefore: boolean
}

/**
 * Finds the organisation's own identifiers in text by their keyed hashes (see
 * exact-data-match.ts), so that a scan can say "this is one of our patients" without
 * phiguard holding the values.
 *
 * Numbers: every run of digit groups is hashed whole and in part (contiguous groups), where
 * its digit count is one that occurs in the index; a hit is reported with the field's type.
 * Names with a date of birth: two or three capitalised words within `windowChars` of a date
 * are hashed; when the name and the name-date pair both hit, the name is reported as PERSON
 * and the date as DATE. A name alone or a date alone is never reported.
 *
 * @throws PhiguardError PHG_BAD_CONFIG when the salt is not the one the index was built with
 * @example
 * const edm = exactDataRecognizer({ index: await readExactDataIndex('edm.json'), salt })
 * new Detector({ recognizers: [edm] }).scan('MRN 0012-3456').findings[0].type // 'MRN'
 */
export function exactDataRecognizer(options: ExactDataRecognizerOptions): Recognizer {
  const { index, salt } = options
  const name = options.name ?? 'exact-data'
  const window = options.windowChars ?? 100
  const score = options.score ?? 0.95
  checkSalt(salt)
  if (saltIdOf(salt) !== index.saltId) {
    throw new PhiguardError(
      'PHG_BAD_CONFIG',
      `exact data salt does not match the index (index salt id ${index.saltId})`,
    )
  }

  const numberFields = Object.values(index.numbers).map((field) => ({
    type: field.type,
    lengths: new Set(field.lengths),
    hashes: new Set(field.hashes),
  }))
  const lengths = new Set(numberFields.flatMap((field) => [...field.lengths]))
  const maxLength = Math.max(0, ...lengths)
  const names = new Set(index.names)
  const nameDob = new Set(index.nameDob)
  const types = new Set<EntityType>(numberFields.map((field) => field.type))
  if (nameDob.size > 0) types.add('PERSON').add('DATE')

  const make = (type: EntityType, span: Span, pattern: string): Candidate => ({
    type,
    start: span.start,
    end: span.end,
    score,
    recognizer: name,
    pattern: `${name} (${pattern})`,
    // The match is exact: words around it cannot make it more or less certain.
    contextApplied: true,
  })

  return {
    name,
    types: [...types],
    patterns: [NUMBER_RUN, DATE, NAME_RUN],
    find(doc: ScanDocument): Candidate[] {
      // Within one scan the same text often recurs; each distinct value is hashed once.
      const memo = new Map<string, string>()
      const hash = (value: string): string => {
        let digest = memo.get(value)
        if (digest === undefined) memo.set(value, (digest = hashValue(salt, value)))
        return digest
      }
      const found: Candidate[] = []

      if (maxLength > 0) {
        for (const run of doc.text.matchAll(NUMBER_RUN)) {
          for (const { span, digits } of digitSpans(run[0], run.index, lengths, maxLength)) {
            const digest = hash(digits)
            const field = numberFields.find(
              (f) => f.lengths.has(digits.length) && f.hashes.has(digest),
            )
            if (field) found.push(make(field.type, span, 'exact number'))
          }
        }
      }

      if (nameDob.size > 0) {
        const dates = findDates(doc.text, options.dateOrder)
        const seen = new Set<string>()
        for (const options of nameCandidates(doc.text, dates, window)) {
          // The shortest name that hits wins: "Roe, Jane DOB" is Jane Roe, not a middle name.
          const hit = options.find((o) => o.variants.some((v) => names.has(hash(v))))
          if (hit === undefined) continue

          const { nameSpan, variants } = hit
          for (const date of datesNear(dates, nameSpan, window)) {
            if (!variants.some((variant) => nameDob.has(hash(`${variant}|${date.iso}`)))) continue

            for (const [type, span] of [
              ['PERSON', nameSpan],
              ['DATE', date],
            ] as const) {
              const key = `${type}:${span.start}:${span.end}`
              if (seen.has(key)) continue
              seen.add(key)
              found.push(make(type, span, 'exact name and date of birth'))
            }
          }
        }
      }

      return found
    },
  }
}

/**
 * Every contiguous stretch of digit groups in `run` whose digit count is in `lengths`, with
 * its digits. A stretch is at most `maxLength` digits, so a hostile run of a million groups
 * costs a million times a small constant.
 */
function* digitSpans(
  run: string,
  offset: number,
  lengths: ReadonlySet<number>,
  maxLength: number,
): Generator<{ span: Span; digits: string }> {
  const groups: Span[] = []
  for (let i = 0; i < run.length;) {
    let end = i
    while (end < run.length && isDigit(run.charCodeAt(end))) end++
    groups.push({ start: i, end })
    i = end + 1
  }

  for (let first = 0; first < groups.length; first++) {
    let digits = ''
    for (let last = first; last < groups.length; last++) {
      const group = groups[last]!
      digits += run.slice(group.start, group.end)
      if (digits.length > maxLength) break
      if (!lengths.has(digits.length)) continue

      const start = offset + groups[first]!.start
      yield { span: { start, end: offset + group.end }, digits }
    }
  }
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/** Real dates in the text, in order, with their YYYY-MM-DD form. */
function findDates(text: string, order: DateOrder | undefined): DateSpan[] {
  const dates: DateSpan[] = []
  for (const match of text.matchAll(DATE)) {
    const iso = normaliseDate(match[0], order)
    const start = match.index
    if (iso !== undefined) dates.push({ start, end: start + match[0].length, iso })
  }

  return dates
}

/** Dates (sorted by start) that lie within `window` characters of `span`. */
function datesNear(dates: readonly DateSpan[], span: Span, window: number): DateSpan[] {
  const near: DateSpan[] = []
  for (let i = firstEndingAfter(dates, span.start - window); i < dates.length; i++) {
    const date = dates[i]!
    if (date.start > span.end + window) break
    if (date.end <= span.start || date.start >= span.end) near.push(date)
  }

  return near
}

/** Index of the first date that ends at or after `offset` (dates do not overlap). */
function firstEndingAfter(dates: readonly DateSpan[], offset: number): number {
  let low = 0
  let high = dates.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (dates[mid]!.end < offset) low = mid + 1
    else high = mid
  }

  return low
}

interface NameOption {
  readonly nameSpan: Span
  readonly variants: string[]
}

/**
 * For each word that may start a name, the two- and three-word names from it that stand
 * within `window` characters of a date, with the forms to hash: "Roe, Jane" gives
 * "jane roe"; "Jane A Roe" also gives "jane roe".
 */
function* nameCandidates(
  text: string,
  dates: readonly DateSpan[],
  window: number,
): Generator<NameOption[]> {
  if (dates.length === 0) return

  for (const run of text.matchAll(NAME_RUN)) {
    const tokens = tokensOf(run[0], run.index)
    for (let first = 0; first + 1 < tokens.length; first++) {
      const options: NameOption[] = []
      for (let count = 2; count <= 3 && first + count <= tokens.length; count++) {
        const words = tokens.slice(first, first + count)
        const nameSpan = {
          start: words[0]!.start,
          end: words[words.length - 1]!.end,
        }
        if (datesNear(dates, nameSpan, window).length === 0) continue

        const ordered = personOrder(words)
        if (ordered !== undefined) options.push({ nameSpan, variants: nameVariants(ordered) })
      }
      if (options.length > 0) yield options
    }
  }
}

/** The words as "first ... last"; undefined when a comma sits anywhere but after the first. */
function personOrder(words: readonly NameToken[]): string | undefined {
  const commas = words.flatMap((word, i) => (word.commaBefore && i > 0 ? [i] : []))
  if (commas.length === 0) return words.map((word) => word.word).join(' ')
  if (commas.length > 1 || commas[0] !== 1) return undefined

  const [last, ...rest] = words as [NameToken, ...NameToken[]]
  return [...rest, last].map((word) => word.word).join(' ')
}

function tokensOf(run: string, offset: number): NameToken[] {
  const tokens: NameToken[] = []
  let commaBefore = false
  for (let i = 0; i < run.length;) {
    let end = run.indexOf(' ', i)
    if (end === -1) end = run.length
    const comma = run.charCodeAt(end - 1) === 44
    const wordEnd = comma ? end - 1 : end
    const word = run.slice(i, wordEnd)
    tokens.push({ start: offset + i, end: offset + wordEnd, word, commaBefore })
    commaBefore = comma
    i = end + 1
  }

  return tokens
}
