/**
 * First letters of DEA registration numbers: the registrant type (A, B, F and G for
 * practitioners and some institutions; M for mid-level practitioners; P, R, S, T, U, X and
 * the rest for distributors, researchers, narcotic treatment programs and suboxone
 * prescribers). Source: DEA Diversion Control registration-number format.
 */
const REGISTRANT_TYPES = 'ABCDEFGHJKLMPRSTUX'

/**
 * DEA registration number: a registrant-type letter, a second letter (the registrant's last
 * initial, or 9 for a business name), six digits and a check digit. The check digit is the
 * last digit of (d1 + d3 + d5) + 2 * (d2 + d4 + d6).
 *
 * @param id nine characters, letters in upper case
 * @example isValidDea('AB1234563') // true
 */
export function isValidDea(id: string): boolean {
  if (!/^[A-Z][A-Z9]\d{7}$/.test(id)) return false
  if (!REGISTRANT_TYPES.includes(id.charAt(0))) return false

  return checkDigitDea(id.slice(2, 8)) === id.charAt(8)
}

/**
 * The check digit for the six digits of a DEA number.
 *
 * @example checkDigitDea('123456') // '3'
 */
export function checkDigitDea(sixDigits: string): string {
  if (!/^\d{6}$/.test(sixDigits)) throw new TypeError('checkDigitDea() needs 6 digits')

  const d = [...sixDigits].map(Number) as [number, number, number, number, number, number]
  const sum = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])

  return String(sum % 10)
}
