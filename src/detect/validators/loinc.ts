import { luhnCheckDigit } from './luhn.js'

/**
 * LOINC codes (`2160-0`, `4548-4`): up to five digits, a dash and a check digit computed with
 * the mod-10 algorithm LOINC publishes, which gives the same digit as Luhn's over the number.
 *
 * @param code the code as written, with its dash
 */
export function isValidLoinc(code: string): boolean {
  const match = /^(\d{1,5})-(\d)$/.exec(code)
  if (match === null) return false

  return luhnCheckDigit(match[1] ?? '') === match[2]
}
