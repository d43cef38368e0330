/**
 * Shape checks for labelled record identifiers (MRN, member, account, claim numbers): these
 * have no checksum, so the checks only refuse values that are clearly something else.
 */

/** Fewest digits a labelled identifier must hold ("GA37548" has five). */
export const MIN_ID_DIGITS = 4

/**
 * True when `token` (letters, digits, hyphens, single spaces) could be a record identifier:
 * 4 to 30 characters, at least `minDigits` digits, not a date, not one digit repeated.
 *
 * @example
 * isPlausibleRecordId('HAR100293847') // true
 * isPlausibleRecordId('2021-03-04') // false: a date
 * isPlausibleRecordId('0000000') // false: a placeholder
 */
export function isPlausibleRecordId(token: string, minDigits = MIN_ID_DIGITS): boolean {
  if (token.length < 4 || token.length > 30) return false

  let digits = 0
  let sameDigit = true
  let dashes = 0
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i)
    if (code >= 48 && code <= 57) digits++
    if (code === 45) dashes++
    if (code !== token.charCodeAt(0)) sameDigit = false
  }
  if (digits < minDigits || (sameDigit && digits === token.length)) return false

  return dashes !== 2 || !isDateShaped(token)
}

/** Year-month-day and month-day-year with hyphens, for `isDateShaped`. */
export const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/
export const US_DATE = /^(\d{1,2})-(\d{1,2})-(\d{2}|\d{4})$/

/** "2021-03-04", "03-04-2021", "3-4-21": hyphenated dates with a real month and day. */
export function isDateShaped(token: string): boolean {
  const iso = ISO_DATE.exec(token)
  if (iso) return isMonthDay(iso[2], iso[3])

  const us = US_DATE.exec(token)
  if (us) return isMonthDay(us[1], us[2]) || isMonthDay(us[2], us[1])

  return false
}

function isMonthDay(month: string | undefined, day: string | undefined): boolean {
  const m = Number(month)
  const d = Number(day)
  return m >= 1 && m <= 12 && d >= 1 && d <= 31
}
