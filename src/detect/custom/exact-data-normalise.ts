import { normalise } from '../normalise.js'
import { isCalendarDate, monthNumber } from '../validators/calendar-date.js'

/**
 * The canonical forms that exact data is hashed in. The index builder and the recognizer use
 * the same functions, so "123-45-6789" in a record and "123 45 6789" in a note hash alike.
 * Each first applies the detector's own normalisation (digits of every script to ASCII,
 * look-alike letters folded), which the recognizer's text has already been through.
 */

/** Which of day and month comes first in all-numeric dates such as 03/04/1961. */
export type DateOrder = 'mdy' | 'dmy'

/**
 * The ASCII digits of a value, in order; other characters are dropped.
 *
 * @example normaliseNumber('MRN 0012-3456') // '00123456'
 */
export function normaliseNumber(value: string): string {
  return normalise(value).text.replace(/[^0-9]+/g, '')
}

/**
 * A name in lower case, with periods and commas dropped and white space collapsed to single
 * spaces. Compatibility forms (full-width letters, ligatures) fold to their plain letters.
 *
 * @example normaliseName('  José  A. GARCÍA ') // 'josé a garcía'
 */
export function normaliseName(value: string): string {
  return normalise(value)
    .text.normalize('NFKC')
    .toLowerCase()
    .replace(/[.,]/g, ' ')
    .trim()
    .replace(/\s+/g, ' ')
}

/**
 * Name forms to hash for one person: the whole name and, for three or more words, the first
 * and last words alone, since notes often leave out middle names.
 *
 * @example nameVariants('Mary Ann Smith') // ['mary ann smith', 'mary smith']
 */
export function nameVariants(value: string): string[] {
  const name = normaliseName(value)
  const words = name.split(' ')
  if (words.length < 3) return name === '' ? [] : [name]

  return [name, `${words[0]} ${words[words.length - 1]}`]
}

const NUMERIC_DATE = /^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})$/
const MONTH_FIRST = /^([a-z]{3,9}\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]{3,9}\.?),? (\d{4})$/

/**
 * A calendar date as `YYYY-MM-DD`, or undefined when the text is not a real date with a
 * four-digit year. Accepts `1961-03-04`, `03/04/1961` (month first unless `order` is 'dmy'),
 * `4.3.1961`, `March 4, 1961`, `Mar 4th 1961` and `4 March 1961`. Two-digit years are refused:
 * for a date of birth "61" could be 1961 or 2061.
 *
 * @example normaliseDate('March 4, 1961') // '1961-03-04'
 */
export function normaliseDate(value: string, order: DateOrder = 'mdy'): string | undefined {
  // Every pattern here is anchored and has no nested quantifier, and the input is cut short.
  const text = normalise(value.slice(0, 80)).text.trim().toLowerCase().replace(/\s+/g, ' ')
  const parts = numericParts(text, order) ?? wordParts(text)
  if (parts === undefined) return undefined

  const [year, month, day] = parts
  if (!isCalendarDate(month, day, year)) return undefined

  return `${year}-${pad(month)}-${pad(day)}`
}

type DateParts = [year: number, month: number, day: number]

function numericParts(text: string, order: DateOrder): DateParts | undefined {
  const match = NUMERIC_DATE.exec(text)
  if (match === null) return undefined

  const [a = '', b = '', c = ''] = match.slice(1)
  if (a.length === 4) return [Number(a), Number(b), Number(c)]
  if (c.length !== 4 || a.length > 2) return undefined

  return order === 'mdy' ? [Number(c), Number(a), Number(b)] : [Number(c), Number(b), Number(a)]
}

function wordParts(text: string): DateParts | undefined {
  const monthFirst = MONTH_FIRST.exec(text)
  if (monthFirst !== null) {
    const month = monthNumber(monthFirst[1] ?? '')
    return month === undefined ? undefined : [Number(monthFirst[3]), month, Number(monthFirst[2])]
  }

  const dayFirst = DAY_FIRST.exec(text)
  if (dayFirst !== null) {
    const month = monthNumber(dayFirst[2] ?? '')
    return month === undefined ? undefined : [Number(dayFirst[3]), month, Number(dayFirst[1])]
  }

  return undefined
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
