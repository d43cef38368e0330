import type { Candidate } from '../candidate.js'
import { isDigitCode, isWordCode } from '../char-codes.js'
import { DIGIT_RUN_PATTERN, type DigitRuns, digitRunsOf } from '../digit-runs.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'
import {
  fullYear as FULL_YEAR,
  isCalendarDate as IS_CALENDAR_DATE,
  isHl7Timestamp as IS_HL7_TIMESTAMP,
  monthNumber as MONTH_NUMBER,
} from '../validators/calendar-date.js'
import { isScaleOrFraction, NEAR_MISS_PATTERNS, SCALE_ON_LINE } from './date-near-miss.js'

// Month names start the month patterns, so the engine skips quickly to a likely place; the
// word is checked against the calendar afterwards (Marketing is not a month).
const MONTH_STEMS = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec'
// Lower case too: portal messages and texts write 'april 29'; 'may' alone needs a cue.
const MONTH_CASES = [MONTH_STEMS, MONTH_STEMS.toUpperCase(), MONTH_STEMS.toLowerCase()].join('|')
const MONTH = `(?:${MONTH_CASES})[a-zA-Z]{0,6}`

// Every date that starts with a digit, tried in place at the digit runs that can start one
// (see digitFirstAt), so no pass of its own over the text:
//   1-4: 03/04/2021, 3/4/21, 2021-03-04, 03-04-2021, 03.04.2021 and month-day 01/13; the
//        lookarounds keep it off phone numbers, IP and version numbers, ranges (12.0-16.0),
//        but not off the end of a range of dates (3/22-3/29, 11/14/2024-11/16/2024);
//   5-7: 4 March 2021, 4 Mar 21, 12-Jan-22, 4th March (and the date inside e-mail dates);
//   8:   HL7 timestamps YYYYMMDD[HHMM[SS]] as whole tokens (a UTC offset may follow).
// The pattern starts on a digit and looks behind it, which is faster than a leading lookbehind.
// Shapes that can never be dates fail inside the pattern rather than in code, because each
// match costs far more than the scan: a three-digit first part (555-0100), two parts without
// a slash (38.2, 2021-03) and a long number whose first part is not the year (12345).
const DIGIT_FIRST = new RegExp(
  [
    '(\\d(?<![\\w/.]\\d|(?<!\\d\\/\\d{1,2}(?:\\/\\d{2}|\\/\\d{4})?)-\\d)\\d{0,3})(?:',
    '(?<!(?:^|\\D)\\d{3})([/.-])(\\d{4}|\\d{1,2})',
    '(?:\\2(\\d{4}|\\d{1,2})|(?<=(?:^|\\D)\\d{1,2}\\/\\d{1,4}))',
    '(?=T\\d\\d:|(?![\\w/]|[.:]\\d|-\\d(?!\\d?\\/)))',
    `|(?:st|nd|rd|th)?([ -]| of )(${MONTH})\\.?(?:(?:\\5|, )(\\d{4}|\\d{2}))?(?!\\w|:\\d)`,
    '|(?<=\\d{4})(\\d{4}(?:\\d{4}(?:\\d{2})?)?)(?![\\w.,/]|-\\d{5}))',
  ].join(''),
  'y',
)
// March 4th, 2021 / Mar 4 2021 / Mar. 4 / March 2021 / Mar 4, '21.
// A compact range of days before a year is one span: February 21-22, 2026. A day and a
// year may be said in words, as in a transcript: "October second nineteen thirty-four". The
// last branch, "May, 1984", is kept only after a spelled day ("the fourth of May, 1984").
const ORDINAL_WORD =
  '(?:twenty-|thirty-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)' +
  '|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth'
const UNITS_WORD = 'one|two|three|four|five|six|seven|eight|nine'
const YEAR_WORDS =
  `(?:nineteen|twenty) (?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)` +
  `(?:-(?:${UNITS_WORD}))?|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen` +
  `|oh[- ](?:${UNITS_WORD}))`
const MONTH_FIRST = new RegExp(
  `\\b(${MONTH})(?:\\.? (\\d{1,4})(?:st|nd|rd|th)?` +
    `(?:[-\u2013]\\d{1,2}(?:st|nd|rd|th)?(?=,? \\d{4}))?(?:,? (\\d{4})|,? '(\\d{2}))?` +
    `| (${ORDINAL_WORD})(?: (${YEAR_WORDS})|,? (\\d{4}))?(?!-)` +
    `|,? (\\d{4}))(?!\\w|:\\d)`,
  'y',
)
// MONTH_FIRST is tried in place where it can start (see monthFirstStarts): before a number,
// and before a space and a day in words, which this pass finds. A pass of MONTH_FIRST itself
// cost more, because it starts at every word.
const SPACE_ORDINAL =
  / (?:t(?:w(?:enty-|elfth|entieth)|hi(?:rd|rty-|rteenth|rtieth)|enth)|f(?:i(?:rst|fth|fteenth)|ourth|ourteenth)|s(?:econd|ixth|eventh|ixteenth|eventeenth)|e(?:ighth|leventh|ighteenth)|ni(?:nth|neteenth))/g
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th'])
// Module copies of imported functions called for each number or date: under tsx each read of
// an imported binding is a getter call.
const isWordChar = isWordCode
const isDigitChar = isDigitCode
const fullYear = FULL_YEAR
const isCalendarDate = IS_CALENDAR_DATE
const isHl7Timestamp = IS_HL7_TIMESTAMP
const monthNumber = MONTH_NUMBER
// The first three letters of the month names, lower case, as numbers (see stemCode).
const MONTH_STEM_CODES = new Set(
  MONTH_STEMS.toLowerCase()
    .split('|')
    .map((stem) => stemCode(stem, 0)),
)
// "the fourth of May": a day in words before "of" and the month, read back from the month.
const ORDINAL_WORD_OF = new RegExp(`(?:^|[^a-z-])(?:the )?(?:${ORDINAL_WORD}) of $`)
// RFC 2822 e-mail dates around a day-month-year: Thu, 22 Jun 2023 10:02:35 -0500 is one span.
const RFC_2822_WEEKDAY = /(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), $/
const RFC_2822_TIME = / \d{2}:\d{2}(?::\d{2})? (?:[+-]\d{4}|[A-Z]{1,3})\b/y

// A weekday right before a date: Sat, Thurs, Wednesday, with an optional comma and "the".
// Spanish weekdays head dates in reminders sent in Spanish ("jue 17 jul", "lunes, 3 de marzo").
const WEEKDAY_BEFORE =
  /(?<![A-Za-z\u00e1\u00e9])(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MON|TUE|WED|THU|FRI|SAT|SUN|[Ll]un|[Mm]i\u00e9|[Mm]ie|[Jj]ue|[Vv]ie|[Ss]\u00e1b|[Ss]ab|[Ll]unes|[Mm]artes|[Mm]i\u00e9rcoles|[Jj]ueves|[Vv]iernes|[Ss]\u00e1bado|[Dd]omingo)\.?,? $/
const WEEKDAY_START = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)/
// The time of an ISO 8601 date-time, with seconds, fraction and offset when present.
const ISO_TIME = /T\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?(?![\w:])/y
// An e-mail header before a date: "Sent: " (Outlook) or "On " (a Gmail quote line).
const HEADER_BEFORE = /(?:^|\n|>)\s{0,3}(?:Sent|Date|On):? $|\bOn $/
const HEADER_TIME = /,? (?:at )?\d{1,2}:\d{2}(?::\d{2})? ?(?:[AaPp]\.?[Mm]\.?)?(?![\w:])/y

// A day said as an ordinal with no month ("on the 28th", "Saturday the 21st"), read in place
// at a digit run: the article and a weekday or "on", "by", "until" before it make it a date.
// An ordinal that counts something ("on the 3rd attempt", "the 21st floor") is no day.
const ORDINAL_DAY =
  /\d{1,2}(?:st|nd|rd|th)(?![\w-]| (?:floor|fl\b|century|percentile|place|time|attempt|try|round|cycle|dose|day|week|visit|session|street|st\b|ave(?:nue)?\b|grade))/y
const ORDINAL_LEAD = /(?:(?:^|[^a-z])(?:on|by|until|till|before|after|since|from)|day) the $/
// A numeric date spaced out on a form: 12 / 01 / 1979 (a four-digit year keeps it a date).
const SPACED_NUMERIC = /(\d{1,2}) \/ (\d{1,2}) \/ (\d{4})(?![\w/])/y
// A trial count on the line ("tsp x3:"): "2/3" after it is how many of the trials.
const TRIAL_COUNT = /\bx ?(\d{1,2})\b/g
const WEEKDAY_THE = /(?:mon|tues|wednes|thurs|fri|satur|sun)day the $/
// Two ordinal days offered as choices, as in a scheduling text ("can I do the 16th or 17th
// morning?", "the 3rd and 4th work", "the 9th-10th"): a pair makes each a day even with no
// "on" before it. What follows the pair must close the clause or speak of a time or of
// availability, since "the 4th and 5th toes" or "the 2nd or 3rd trimester" count things.
const ORDINAL_PAIR_FIRST =
  /^ ?(?:or|and|to|through|thru|-|\u2013) ?(?:the )?(\d{1,2})(?:st|nd|rd|th)(?![\w-])/
const ORDINAL_PAIR_SECOND =
  /(?:^|[^a-z])the (\d{1,2})(?:st|nd|rd|th)(?: ?(?:or|and|to|through|thru|-|\u2013) ?(?:the )?)$/
const PAIR_CLOSE = new RegExp(
  '^(?: ?(?:[.,;:!?)]|$)| (?:morning|afternoon|evening|night|am|pm|@|at|works?|would|is|are' +
    '|if|then|instead|better|good|fine|please|pls|ok|okay|for (?:my|the|an?|me)' +
    "|of (?:this|next|the) month))(?![\\w'])",
)

// A year right after a month-day: the whole date failed, so its month-day part is no date.
const YEAR_AFTER = /(?:,? ?|[ -])\d{2,4}\b/y

// Words right before a date that make a weak shape (no year, eight bare digits) a date.
const DATE_CUE =
  /(?:\b(?:on|since|from|until|till|through|thru|by|before|after|as of|dob|d\.o\.b\.?|dated?|born|dos|seen|visit|appt)|[a-z)]:)\s{0,3}$/
const LABEL_WITH_DATE_WORD =
  /\b(?:date|dob|birth|born|admi|disch|visit|service|dos|collected|reported|received|signed|seen|appt|appointment|surgery|procedure|onset|since|expired|death|deceased)/
// Genres where dates are not about a person: release notes, invoices, due dates, document
// revisions and policies, purchase orders, meeting agendas, data freezes.
const NON_PERSON_CUE =
  /\b(?:version|release[sd]?|build|invoice|due|changelog|shipped|rev|revised|revision|effective(?= date|:)|frozen|required by|order date|next meeting|v\d{1,4}(?:\.\d{1,4}){1,3})\b|(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])|## \[/
// The UTC offset of an HL7 timestamp that has a time: 12 or 14 digits before it.
// The start of RXA-16: the segment name and fifteen fields.
const HL7_EXPIRY_FIELD = /RXA(?:\|[^|\n]*){15}\|/y
const HL7_OFFSET = /(?<=\d{12})[+-](?:0\d|1[0-4])[0-5]\d(?![\w.,/-])/y
// A card expires in a month ("exp 08/28", "expires 12/2025"); a date with a day and a year
// after "expires" is an authorization's or a licence's, and so the person's.
const EXPIRY_CUE = /\b(?:exp|expires|expiration|expiry)\b/
const MONTH_GRAIN = new Set(['month/day', 'month/year', 'month year'])
// A label that makes eight digits an identifier rather than a date.
const ID_LABEL =
  /\b(?:mrn|mr|id|no|num|number|acct|account|npi|member|policy|claim|order|ref|reference|tracking|po|lockbox|routing|accession|encounter|enc|batch|control|serial|sn|license|group|phone|tel|fax)\b\W{0,4}$|#\s{0,2}$/
// A unit after a slash shape marks a fraction (1/4 cup), not a day.
const UNIT_AFTER =
  /^ ?(?:cups?|tsp|tbsp|teaspoons?|tablespoons?|oz|lbs?|inch|in\b|tabs?|tablets?|mg|ml|of)/

const STRONG = 0.85
const MEDIUM = 0.65
const WEAK = 0.3
// A year-less date with no cue that passed the near-miss checks.
const ALONE = 0.6
const NAME = 'date'

/**
 * Dates in every common written form, checked against the calendar. A full date with a year
 * is strong on its own; a month-day without a year, bare eight digits, or a dotted date with
 * a two-digit year needs a cue right before it ("on", "since", "DOB:"). A version number,
 * "invoice" or "due" nearby drops the score below the threshold, because release and invoice
 * dates are not about a person. Years alone are never reported.
 *
 * @example
 * // 'Seen on 3/4 and again on March 4th, 2021' -> two DATE candidates, the spans of
 * // '3/4' and 'March 4th, 2021'; 'BP 132/84' and 'v1.10.22' give none.
 */
export const dateRecognizer: Recognizer = {
  name: NAME,
  types: ['DATE'],
  patterns: [
    DIGIT_RUN_PATTERN,
    DIGIT_FIRST,
    MONTH_FIRST,
    SPACE_ORDINAL,
    RFC_2822_WEEKDAY,
    RFC_2822_TIME,
    DATE_CUE,
    LABEL_WITH_DATE_WORD,
    NON_PERSON_CUE,
    EXPIRY_CUE,
    ID_LABEL,
    UNIT_AFTER,
    YEAR_AFTER,
    WEEKDAY_BEFORE,
    WEEKDAY_START,
    ISO_TIME,
    HEADER_BEFORE,
    HEADER_TIME,
    HL7_OFFSET,
    HL7_EXPIRY_FIELD,
    ORDINAL_DAY,
    ORDINAL_LEAD,
    ORDINAL_WORD_OF,
    SPACED_NUMERIC,
    TRIAL_COUNT,
    WEEKDAY_THE,
    ORDINAL_PAIR_FIRST,
    ORDINAL_PAIR_SECOND,
    PAIR_CLOSE,
    ...NEAR_MISS_PATTERNS,
  ],
  find(doc: ScanDocument): Candidate[] {
    const found: Candidate[] = []
    const taken = new Set<number>()
    const add = (start: number, end: number, base: number, pattern: string): void => {
      if (taken.has(start)) return

      const scored = scoreInContext(doc, start, end, base, pattern)
      if (scored) {
        taken.add(start)
        found.push(scored)
      }
    }

    const { text } = doc
    const runs = digitRunsOf(doc)
    // One walk over the digit runs finds where each of the three passes below may match.
    const beforeNumber: number[] = []
    const lateRuns: number[] = []
    let from = 0
    for (let i = 0; i < runs.count; i++) {
      const start = runs.starts[i] ?? 0
      const before = text.charCodeAt(start - 1)
      if (before === 32 /* space */) {
        const monthAt = monthWordBeforeNumber(text, start)
        if (monthAt !== -1) beforeNumber.push(monthAt)
      }
      if ((runs.ends[i] ?? 0) - start <= 2 && !isWordChar(before) && isLateShape(text, runs, i)) {
        lateRuns.push(i)
      }

      const m = digitFirstAt(text, runs, i, from)
      if (!m) continue
      from = m.index + m[0].length
      addDigitFirst(doc, m, add)
    }
    // Month-first matches inside a day-first date ("4 [March 2021]") are parts of it.
    const dayFirst = found.slice()
    let next = 0
    let after = 0
    for (const at of monthFirstStarts(text, beforeNumber)) {
      if (at < after) continue
      MONTH_FIRST.lastIndex = at
      const m = MONTH_FIRST.exec(text)
      if (!m) continue
      after = MONTH_FIRST.lastIndex

      while (next < dayFirst.length && (dayFirst[next]?.end ?? 0) <= m.index) next++
      if ((dayFirst[next]?.start ?? Infinity) <= m.index) continue

      if (m[2] === undefined) {
        spelledDate(doc, m, add)
        continue
      }
      const shape = monthFirstShape(m[1] ?? '', m[2], m[3] ?? m[4])
      if (shape?.score === WEAK && yearFollows(doc, m.index + m[0].length)) continue
      if (!shape) continue

      const start = withWeekday(doc, m.index)
      add(start, withSentTime(doc, start, m.index + m[0].length), shape.score, shape.pattern)
    }
    // Last, so that a day inside a date found above ("the 2nd of March") is left to it.
    findAtDigitRuns(doc, runs, lateRuns, (start, end, base, pattern) => {
      if (!found.some((f) => f.start < end && start < f.end)) add(start, end, base, pattern)
    })

    return found
  },
}

/** Adds the date that a DIGIT_FIRST match `m` reads, if it is one. */
function addDigitFirst(doc: ScanDocument, m: RegExpExecArray, add: AddDate): void {
  let end = m.index + m[0].length
  if (m[2] !== undefined) {
    const shape = numericShape(m[1] ?? '', m[2], m[3] ?? '', m[4])
    if (!shape) return

    // A weekday joins a date with a year (Thurs 02-20-2025) but not a bare 4/13.
    const start = m[4] === undefined ? m.index : withWeekday(doc, m.index)
    add(start, withIsoTime(doc, end), shape.score, shape.pattern)
  } else if (m[8] !== undefined) {
    const digits = m[0]
    if (m[1]?.length === 4 && isHl7Timestamp(digits)) {
      add(m.index, withHl7Offset(doc, end), compactScore(doc, m.index, end), 'hl7')
    }
  } else {
    const year = m[7]
    if (!isMonthDay(m[6], m[1], year)) return
    if (!year && yearFollows(doc, end)) return
    // "the 2nd of February": 'of' joins only an ordinal day to its month.
    const ordinal = /\d(?:st|nd|rd|th)/.test(m[0])
    if (m[5] === ' of ' && !ordinal) return
    // A full stop after a whole month name ends the sentence ("since the 2nd of March.").
    if (!year && (m[6] ?? '').length > 4 && doc.text.charCodeAt(end - 1) === 46) end -= 1

    const rfc = year ? rfc2822Span(doc, m.index, end) : undefined
    if (rfc) {
      add(rfc.start, rfc.end, 0.95, 'rfc 2822')
      return
    }
    const start = withWeekday(doc, withArticle(doc, m.index))
    const spelled = ordinal || (m[6] ?? '').length > 3
    const pattern = year ? 'day month year' : spelled ? 'ordinal day month' : 'day month'
    add(start, withSentTime(doc, start, end), year ? STRONG : WEAK, pattern)
  }
}

/**
 * The DIGIT_FIRST match that starts at digit run `i`, when the run starts at or past `from`
 * (the end of the last match). DIGIT_FIRST can only start at a run that follows no word
 * character, slash or dot. A longer run must be an HL7 timestamp of 8, 12 or 14 digits. A run
 * of up to four digits must be followed by a slash; by a dot or a dash, a second run and the
 * same mark again (a three-digit run never); or by an ordinal suffix, a space or a dash and
 * a month ("4 March", "4th of March").
 */
function digitFirstAt(text: string, runs: DigitRuns, i: number, from: number) {
  const start = runs.starts[i] ?? 0
  if (start < from) return null
  const before = text.charCodeAt(start - 1)
  if (before === 47 /* / */ || before === 46 /* . */ || isWordChar(before)) return null

  const end = runs.ends[i] ?? 0
  const length = end - start
  if (length > 4) {
    if (length !== 8 && length !== 12 && length !== 14) return null
    // Most long runs are identifiers (an MRN), which fail here far more cheaply than after
    // the pattern has read them.
    if (!mayBeHl7Date(text, start)) return null
  } else if (!mayStartDate(text, runs, i, end, length)) {
    return null
  }
  DIGIT_FIRST.lastIndex = start
  return DIGIT_FIRST.exec(text)
}

/**
 * False when the eight digits at `start` cannot be YYYYMMDD with a year from 1900, a month
 * and a day of 01-31: what isHl7Timestamp asks first, read from char codes.
 */
function mayBeHl7Date(text: string, start: number): boolean {
  const century = twoDigits(text, start)
  const month = twoDigits(text, start + 4)
  const day = twoDigits(text, start + 6)
  return century >= 19 && month >= 1 && month <= 12 && day >= 1 && day <= 31
}

/** The two ASCII digits at `at` as a number (the caller knows they are digits). */
function twoDigits(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48
}

/** What may follow a run of up to four digits that DIGIT_FIRST reads (see digitFirstAt). */
function mayStartDate(text: string, runs: DigitRuns, i: number, end: number, length: number) {
  let next = text.charCodeAt(end)
  if (next === 47 /* / */) return length !== 3
  if (next === 46 /* . */ || next === 45 /* - */) {
    const second = isDigitChar(text.charCodeAt(end + 1))
    if (second) {
      const secondEnd = runs.ends[i + 1] ?? 0
      return length !== 3 && text.charCodeAt(secondEnd) === next
    }
    if (next === 46) return false
    return MONTH_STEM_CODES.has(stemCode(text, end + 1))
  }
  let at = end
  // st, nd, rd, th
  if (next === 115 || next === 110 || next === 114 || next === 116) {
    if (!ORDINAL_SUFFIXES.has(text.slice(end, end + 2))) return false
    at = end + 2
    next = text.charCodeAt(at)
    if (next === 45 /* - */) return MONTH_STEM_CODES.has(stemCode(text, at + 1))
  }
  if (next !== 32 /* space */) return false

  return MONTH_STEM_CODES.has(stemCode(text, at + 1)) || text.startsWith('of ', at + 1)
}

/**
 * Where MONTH_FIRST may match, in text order: at a word of three to nine letters that starts
 * like a month and stands before a number ("March 4", "Mar. 4", "March, 2021") or before a
 * space and a day in words ("October second"). MONTH_FIRST checks each one in place.
 */
function monthFirstStarts(text: string, byNumber: number[]): number[] {
  const byOrdinal: number[] = []
  SPACE_ORDINAL.lastIndex = 0
  while (SPACE_ORDINAL.test(text)) {
    const matchEnd = SPACE_ORDINAL.lastIndex
    const at = monthWordBefore(text, text.lastIndexOf(' ', matchEnd - 1))
    if (at !== -1) byOrdinal.push(at)
  }
  if (byOrdinal.length === 0) return byNumber

  return mergeSorted(byNumber, byOrdinal)
}

/** The start of the month-like word before the number at `start` (after a space), or -1. */
function monthWordBeforeNumber(text: string, start: number): number {
  const last = text.charCodeAt(start - 2)
  return monthWordBefore(text, last === 46 /* . */ || last === 44 /* , */ ? start - 2 : start - 1)
}

/** The start of the month-like word of 3-9 ASCII letters that ends at `end`, or -1. */
function monthWordBefore(text: string, end: number): number {
  let start = end
  while (start > end - 10 && isAsciiLetter(text.charCodeAt(start - 1))) start--
  if (end - start < 3 || isAsciiLetter(text.charCodeAt(start - 1))) return -1

  return MONTH_STEM_CODES.has(stemCode(text, start)) ? start : -1
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/** The three letters at `at`, lower-cased, packed in one number. */
function stemCode(text: string, at: number): number {
  const a = text.charCodeAt(at) | 32
  const b = text.charCodeAt(at + 1) | 32
  return (a << 16) | (b << 8) | (text.charCodeAt(at + 2) | 32)
}

/** Two ascending lists merged, without repeats. */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const merged: number[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const x = a[i] ?? Infinity
    const y = b[j] ?? Infinity
    const next = Math.min(x, y)
    if (x === next) i++
    if (y === next) j++
    merged.push(next)
  }

  return merged
}

/** The whole e-mail date when a weekday comes before the day and a time and zone after. */
function rfc2822Span(doc: ScanDocument, start: number, end: number) {
  if (doc.text.charCodeAt(start - 1) !== 32 /* space */) return undefined
  const weekday = RFC_2822_WEEKDAY.exec(doc.text.slice(Math.max(0, start - 5), start))
  if (!weekday) return undefined

  RFC_2822_TIME.lastIndex = end
  const time = RFC_2822_TIME.exec(doc.text)
  return time ? { start: start - weekday[0].length, end: end + time[0].length } : undefined
}

/** `start` moved back over "the " before an ordinal day ("the 19th of September"). */
function withArticle(doc: ScanDocument, start: number): number {
  const before = doc.text.slice(Math.max(0, start - 4), start)
  return before === 'the ' || before === 'The ' ? start - 4 : start
}

/** `start` moved back over a weekday that heads the date ("Saturday, July 27th"). */
function withWeekday(doc: ScanDocument, start: number): number {
  // The weekday pattern ends in a space after a letter (é in "mié"), a full stop or a comma:
  // most dates have none of these before them ("DOB: 02/22/1979").
  if (doc.text.charCodeAt(start - 1) !== 32 /* space */) return start
  const last = doc.text.charCodeAt(start - 2)
  if (!isAsciiLetter(last) && last !== 44 && last !== 46 && last !== 0xe9 /* é */) return start
  const weekday = WEEKDAY_BEFORE.exec(doc.text.slice(Math.max(0, start - 12), start))
  return weekday ? start - weekday[0].length : start
}

/**
 * `end` moved over the UTC offset of an HL7 timestamp with a time (20250612143301-0400): the
 * HL7 TS/DTM value is one token, offset included. A date alone keeps "-0400" out: after
 * eight digits it is more often a range or a code.
 */
function withHl7Offset(doc: ScanDocument, end: number): number {
  HL7_OFFSET.lastIndex = end
  return HL7_OFFSET.test(doc.text) ? HL7_OFFSET.lastIndex : end
}

/** `end` moved over the time of an ISO 8601 date-time (2025-01-29T06:40:00-06:00). */
function withIsoTime(doc: ScanDocument, end: number): number {
  if (doc.text.charCodeAt(end) !== 84) return end // 'T'

  ISO_TIME.lastIndex = end
  return ISO_TIME.test(doc.text) ? ISO_TIME.lastIndex : end
}

/**
 * `end` moved over the time of an e-mail header date: Outlook "Sent: Tuesday, April 15, 2025
 * 4:07 PM" and Gmail "On Fri, Mar 7, 2025 at 2:15 PM" are one span, weekday to time, as the
 * RFC 2822 Date: header is. A time after a date in running text stays out.
 */
function withSentTime(doc: ScanDocument, start: number, end: number): number {
  if (doc.text.charCodeAt(start - 1) !== 32 /* space */) return end
  if (!HEADER_BEFORE.test(doc.text.slice(Math.max(0, start - 12), start))) return end
  if (!WEEKDAY_START.test(doc.text.slice(start, start + 4))) return end

  HEADER_TIME.lastIndex = end
  return HEADER_TIME.test(doc.text) ? HEADER_TIME.lastIndex : end
}

function yearFollows(doc: ScanDocument, at: number): boolean {
  YEAR_AFTER.lastIndex = at
  return YEAR_AFTER.test(doc.text)
}

interface Shape {
  readonly score: number
  readonly pattern: string
}

// The shapes a date is read as, made once: one is looked up for every date found.
const SHAPES = {
  yearMonthDay: { score: STRONG, pattern: 'year-month-day' },
  monthYearNumeric: { score: MEDIUM, pattern: 'month/year' },
  monthDayNumeric: { score: WEAK, pattern: 'month/day' },
  dottedShortYear: { score: WEAK, pattern: 'month-day-year' },
  slashed: { score: STRONG, pattern: 'month/day/year' },
  dashed: { score: STRONG, pattern: 'month-day-year' },
  monthYear: { score: MEDIUM, pattern: 'month year' },
  monthDay: { score: WEAK, pattern: 'month day' },
  monthDayYear: { score: STRONG, pattern: 'month day year' },
} as const satisfies Record<string, Shape>

/** Reads 03/04/2021, 2021-03-04 or 01/13 (US month first, day first when month > 12). */
function numericShape(first: string, separator: string, second: string, third?: string) {
  if (first.length === 4) {
    if ((third?.length ?? 3) > 2) return undefined
    const valid = isCalendarDate(Number(second), Number(third), Number(first))
    return valid ? SHAPES.yearMonthDay : undefined
  }
  if (first.length === 3 || third?.length === 1) return undefined

  // 11/2019: a month and a year.
  if (second.length === 4) {
    const year = Number(second)
    const monthYear = third === undefined && separator === '/' && year >= 1900 && year <= 2099
    const valid = monthYear && isCalendarDate(Number(first), 1, year)
    return valid ? SHAPES.monthYearNumeric : undefined
  }

  if (third === undefined) {
    if (separator !== '/' || !isCalendarDate(Number(first), Number(second))) return undefined
    return SHAPES.monthDayNumeric
  }

  const year = fullYear(third)
  const monthFirst = isCalendarDate(Number(first), Number(second), year)
  const dayFirst = isCalendarDate(Number(second), Number(first), year)
  if (!monthFirst && !dayFirst) return undefined

  // Dotted dates with a two-digit year look like version numbers (1.10.22).
  if (separator === '.' && third.length === 2) return SHAPES.dottedShortYear
  return separator === '/' ? SHAPES.slashed : SHAPES.dashed
}

function monthFirstShape(monthWord: string, number: string, year?: string): Shape | undefined {
  if (monthNumber(monthWord) === undefined) return undefined

  // March 2021: a month and a year name a period in the person's care.
  if (number.length === 4) {
    if (year !== undefined || monthWord.length < 3) return undefined
    const value = Number(number)
    const plausible = value >= 1900 && value <= 2099
    return plausible ? SHAPES.monthYear : undefined
  }
  if (number.length > 2 || !isMonthDay(monthWord, number, year)) return undefined

  // "May 4" without a year is weak: May is also a verb and a name.
  const weak = year === undefined
  return weak ? SHAPES.monthDay : SHAPES.monthDayYear
}

function isMonthDay(monthWord: string | undefined, day: string | undefined, year?: string) {
  const month = monthNumber(monthWord ?? '')
  if (month === undefined || day === undefined) return false

  const fullYearValue = year === undefined ? undefined : fullYear(year)
  if (year !== undefined && fullYearValue === undefined) return false
  return isCalendarDate(month, Number(day), fullYearValue)
}

/** HL7 segments and timestamps with a time are strong; bare eight digits lean on context. */
function compactScore(doc: ScanDocument, start: number, end: number): number {
  const lineStart = doc.lineStart(start)
  // An HL7 identifier carries its assigning authority after carets (PID-3 "123^^^EPIC^MR");
  // a timestamp inside a composite ("^^^20250915090000^^R", a start time) is no identifier.
  const component = doc.text.charCodeAt(start - 1) === 94 /* ^ */
  if (doc.text.startsWith('^^', end) && !component) return 0.1
  if (/^[A-Z][A-Z0-9]{2}\|/.test(doc.text.slice(lineStart, lineStart + 4))) {
    return isHl7ExpiryField(doc, lineStart, start) ? 0.1 : 0.9
  }

  if (ID_LABEL.test(doc.before(start, 24))) return 0.1
  return end - start > 8 ? MEDIUM : 0.55
}

/**
 * RXA-16, the substance's expiration date in an immunisation message: it dates a vaccine
 * lot, not the patient's care.
 */
function isHl7ExpiryField(doc: ScanDocument, lineStart: number, start: number): boolean {
  if (start - lineStart > 400 || !doc.text.startsWith('RXA|', lineStart)) return false

  HL7_EXPIRY_FIELD.lastIndex = lineStart
  return HL7_EXPIRY_FIELD.test(doc.text) && HL7_EXPIRY_FIELD.lastIndex === start
}

/**
 * True when a year-less date with no cue word still reads as a date: "admitted 7/19",
 * "11/18 07:02 OUT:", "march 14", "the 2nd of February". A slash shape must not be a
 * fraction, score or measurement; a month word must not be "May" (a verb and a name).
 */
function standsAlone(
  doc: ScanDocument,
  start: number,
  end: number,
  before: string,
  pattern: string,
): boolean {
  if (pattern === 'month/day') {
    // A scale named earlier on the line ("PAINAD 3/10 at arrival, 1/10 after ...") scores
    // every shape after it, however far.
    const line = doc.lower.slice(Math.max(doc.lineStart(start), start - 160), start)
    if (SCALE_ON_LINE.test(line) || isTrialCount(doc, start, end)) return false
    return !isScaleOrFraction(before, doc.lower.slice(end, end + 16))
  }
  const word = doc.lower.slice(start, start + 12)
  if (pattern === 'ordinal day month') return true
  if (pattern !== 'month day' && pattern !== 'day month') return false

  return !/(?:^|[\d ])may\b/.test(word)
}

/**
 * Applies the date cues: weak shapes need a cue right before them, and anything that sits
 * next to release, version or invoice wording loses its score.
 */
function scoreInContext(
  doc: ScanDocument,
  start: number,
  end: number,
  base: number,
  pattern: string,
): Candidate | undefined {
  // The 40 characters before the date and one more, which tells whether the line starts
  // inside the window; -1 stands for a line start further back.
  const reach = Math.max(0, start - 41)
  const around = doc.lower.slice(reach, start)
  const newline = around.lastIndexOf('\n')
  const lineStart = newline !== -1 ? reach + newline + 1 : reach === 0 ? 0 : -1
  const from = Math.max(lineStart, start - 40)
  const window = around.slice(from - reach)
  // A window that starts inside a token (an IP address, a word) drops that partial token.
  const wordsFrom = from > lineStart ? window.indexOf(' ') + 1 : 0
  let score = base
  const supportingWords: string[] = []

  if (base < 0.5) {
    const before = window.slice(wordsFrom)
    const cue = DATE_CUE.exec(before)
    const labelled = cue && (!cue[0].includes(':') || LABEL_WITH_DATE_WORD.test(before))
    const trials = pattern === 'month/day' && isTrialCount(doc, start, end)
    if (labelled && !trials && !UNIT_AFTER.test(doc.after(end, 12))) {
      score = MEDIUM
      supportingWords.push(cue[0].trim())
    } else if (!labelled && standsAlone(doc, start, end, before, pattern)) {
      score = ALONE
    } else {
      return undefined
    }
  }
  // "exp 08/28 (last verified 10/20/2025)": a parenthesis starts a clause of its own.
  const parenthesis = window.lastIndexOf('(')
  const clauseStart = parenthesis >= wordsFrom ? parenthesis + 1 : wordsFrom
  const clause = clauseStart === 0 ? window : window.slice(clauseStart)
  if (NON_PERSON_CUE.test(clause)) score -= 0.4
  else if (MONTH_GRAIN.has(pattern) && EXPIRY_CUE.test(clause)) score -= 0.4

  return {
    type: 'DATE',
    start,
    end,
    score,
    recognizer: NAME,
    pattern,
    validator: { name: 'calendar-date', passed: true },
    supportingWords,
    contextApplied: true,
  }
}

type AddDate = (start: number, end: number, base: number, pattern: string) => void

/**
 * A date with its day in words: "October second nineteen thirty-four", "June first, 2026" (a
 * match of MONTH_FIRST's spelled branch) or "the fourth of May, 1984" (its last branch,
 * with the day found before the month). The article stays outside the span.
 */
function spelledDate(doc: ScanDocument, m: RegExpExecArray, add: AddDate): void {
  const end = m.index + m[0].length
  if (monthNumber(m[1] ?? '') === undefined) return

  if (m[5] !== undefined) {
    const year = m[6] !== undefined || m[7] !== undefined
    // Without a year it needs a cue ("march first to the hall" is a verb).
    add(m.index, end, year ? STRONG : WEAK, year ? 'month day year (words)' : 'month day (words)')
    return
  }
  const lead = ORDINAL_WORD_OF.exec(doc.before(m.index, 24))
  if (!lead) return

  const day = lead[0].replace(/^[^a-z]/, '').replace(/^the /, '')
  add(m.index - day.length, end, STRONG, 'day of month year (words)')
}

/**
 * Dates that start at a digit run but that DIGIT_FIRST leaves out: a day given only as an
 * ordinal after "on the" or a weekday ("Saturday the 21st"), and numbers spaced out around
 * slashes on forms ("12 / 01 / 1979").
 */
function findAtDigitRuns(
  doc: ScanDocument,
  runs: DigitRuns,
  lateRuns: readonly number[],
  add: AddDate,
): void {
  const { text } = doc
  for (const i of lateRuns) {
    const start = runs.starts[i] ?? 0
    const end = runs.ends[i] ?? 0
    if (text.charCodeAt(end) === 32 /* space */) {
      SPACED_NUMERIC.lastIndex = start
      const m = SPACED_NUMERIC.exec(text)
      if (m && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
        add(start, SPACED_NUMERIC.lastIndex, STRONG, 'spaced month/day/year')
      }
      continue
    }
    ORDINAL_DAY.lastIndex = start
    if (!ORDINAL_DAY.test(text) || Number(text.slice(start, end)) > 31) continue
    const lead = ORDINAL_LEAD.exec(doc.before(start, 16))
    if (!lead) {
      if (isOrdinalPair(doc, start, ORDINAL_DAY.lastIndex)) {
        add(start, ORDINAL_DAY.lastIndex, MEDIUM, 'ordinal day pair')
      }
      continue
    }

    // The weekday belongs to the date ("Monday the 15th"); "on the" stays outside.
    const weekday = lead[0].startsWith('day') ? WEEKDAY_THE.exec(doc.before(start, 16)) : null
    const from = weekday ? start - weekday[0].length : start
    add(from, ORDINAL_DAY.lastIndex, MEDIUM, 'ordinal day')
  }
}

/**
 * Whether the ordinal day [start, end) is one of two offered as choices: "the 16th or 17th"
 * (either of them), with a close of the clause or a time after the pair.
 */
function isOrdinalPair(doc: ScanDocument, start: number, end: number): boolean {
  const previous = ORDINAL_PAIR_SECOND.exec(doc.before(start, 24))
  if (previous) return Number(previous[1]) <= 31 && PAIR_CLOSE.test(doc.after(end, 24))
  if (!doc.before(start, 4).endsWith('the ')) return false

  const next = ORDINAL_PAIR_FIRST.exec(doc.after(end, 24))
  if (!next || Number(next[1]) > 31) return false
  return PAIR_CLOSE.test(doc.after(end + next[0].length, 24))
}

/**
 * Whether the short run `i` (up to two digits, after no word character) is followed by " /"
 * or by a letter that may start an ordinal suffix: the shapes findAtDigitRuns reads.
 */
function isLateShape(text: string, runs: DigitRuns, i: number): boolean {
  const end = runs.ends[i] ?? 0
  const after = text.charCodeAt(end)
  if (after === 32 /* space */) return text.charCodeAt(end + 1) === 47 /* / */

  // st, nd, rd, th
  return after === 115 || after === 110 || after === 114 || after === 116
}

/** Whether the count of trials on the line ("x3") is the denominator of the a/b shape. */
function isTrialCount(doc: ScanDocument, start: number, end: number): boolean {
  const slash = doc.text.indexOf('/', start)
  if (slash === -1 || slash >= end) return false
  const denominator = doc.text.slice(slash + 1, end)
  // "3/2" is more successes than trials: a date.
  if (Number(doc.text.slice(start, slash)) > Number(denominator)) return false
  const line = doc.lower.slice(Math.max(doc.lineStart(start), start - 80), start)
  for (const count of line.matchAll(TRIAL_COUNT)) {
    if (count[1] === denominator) return true
  }

  return false
}
