import { isLuhnValid, luhnCheckDigit } from './luhn.js'

/** The ISO card-issuer prefix for US health (80840) that CMS puts before an NPI for Luhn. */
const NPI_ISSUER_PREFIX = '80840'

/**
 * National Provider Identifier (CMS): ten digits, the first 1 or 2, the last a Luhn check
 * digit computed over the number with the 80840 prefix in front.
 *
 * @param digits ten ASCII digits
 * @example isValidNpi('1234567893') // true
 */
export function isValidNpi(digits: string): boolean {
  if (!/^[12]\d{9}$/.test(digits)) return false

  return isLuhnValid(NPI_ISSUER_PREFIX + digits)
}

/**
 * The tenth digit that makes `firstNine` a valid NPI.
 *
 * @example checkDigitNpi('123456789') // '3'
 */
export function checkDigitNpi(firstNine: string): string {
  if (!/^[12]\d{8}$/.test(firstNine)) throw new TypeError('checkDigitNpi() needs 9 digits from 1')

  return luhnCheckDigit(NPI_ISSUER_PREFIX + firstNine)
}
