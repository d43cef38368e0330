/**
 * Calendar checks for date candidates: real months, days within the month (leap years
 * included), plausible years, and the month names and abbreviations people write.
 */

/** Earliest and latest four-digit year accepted as a date in a record about a person. */
export const MIN_YEAR = 1880
export const MAX_YEAR = 2099

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** True for Gregorian leap years: 2000 and 2024 are, 1900 and 2023 are not. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/**
 * True when `month` (1-12) and `day` fall on a real calendar day. Without a year, 29 February
 * is accepted because some year has it.
 *
 * @example
 * isCalendarDate(2, 29, 2024) // true
 * isCalendarDate(2, 29, 2023) // false
 * isCalendarDate(4, 31)       // false
 */
export function isCalendarDate(month: number, day: number, year?: number): boolean {
  if (!Number.isInteger(month) || month < 1 || month > 12) return false
  if (!Number.isInteger(day) || day < 1) return false

  if (year !== undefined && (year < MIN_YEAR || year > MAX_YEAR)) return false
  const leap = year === undefined || isLeapYear(year)
  const last = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]
  return day <= (last ?? 0)
}

/**
 * The four-digit year a written year stands for. Two-digit years are accepted as written in
 * US records (the century is not needed to check a day of the month, so 00-99 all pass and
 * map to 2000-2099 only for the leap-year rule). Returns undefined for other lengths.
 *
 * @example
 * fullYear('2021') // 2021
 * fullYear('21')   // 2021
 * fullYear('021')  // undefined
 */
export function fullYear(written: string): number | undefined {
  // Length and digits checked by hand: this runs for every numeric date candidate.
  if (written.length !== 4 && written.length !== 2) return undefined
  for (let i = 0; i < written.length; i++) {
    const code = written.charCodeAt(i)
    if (code < 48 || code > 57) return undefined
  }

  return written.length === 4 ? Number(written) : 2000 + Number(written)
}

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['jan', 1],
  ['january', 1],
  ['feb', 2],
  ['february', 2],
  ['mar', 3],
  ['march', 3],
  ['apr', 4],
  ['april', 4],
  ['may', 5],
  ['jun', 6],
  ['june', 6],
  ['jul', 7],
  ['july', 7],
  ['aug', 8],
  ['august', 8],
  ['sep', 9],
  ['sept', 9],
  ['september', 9],
  ['oct', 10],
  ['october', 10],
  ['nov', 11],
  ['november', 11],
  ['dec', 12],
  ['december', 12],
])

/**
 * The month number (1-12) of an English month name or abbreviation, any case, with or
 * without a trailing period; undefined when the word is not a month.
 *
 * @example
 * monthNumber('Sept.') // 9
 * monthNumber('MAR')   // 3
 * monthNumber('Mars')  // undefined
 */
export function monthNumber(word: string): number | undefined {
  const key = word.endsWith('.') ? word.slice(0, -1) : word
  return MONTHS.get(key.toLowerCase())
}

/**
 * True when an all-digit HL7 timestamp `YYYYMMDD[HHMM[SS]]` names a real day and, when
 * present, a real time of day.
 *
 * @example
 * isHl7Timestamp('20240927140811') // true
 * isHl7Timestamp('20240231')       // false (no 31 February)
 * isHl7Timestamp('202409271460')   // false (minute 60)
 */
export function isHl7Timestamp(digits: string): boolean {
  if (!/^\d{8}(?:\d{4}(?:\d{2})?)?$/.test(digits)) return false

  const year = Number(digits.slice(0, 4))
  const month = Number(digits.slice(4, 6))
  const day = Number(digits.slice(6, 8))
  if (year < 1900 || !isCalendarDate(month, day, year)) return false
  if (digits.length === 8) return true

  const hour = Number(digits.slice(8, 10))
  const minute = Number(digits.slice(10, 12))
  const second = digits.length === 14 ? Number(digits.slice(12, 14)) : 0
  return hour < 24 && minute < 60 && second < 60
}
