/**
 * Medicare Beneficiary Identifier (CMS, since 2018): eleven characters where each position
 * has a fixed kind. N is a digit 1-9 (position 1 only), D a digit 0-9, A a letter, and AN a
 * letter or digit; letters exclude S, L, O, I, B and Z so they cannot be read as digits.
 *
 *   position: 1  2  3   4  5  6   7  8  9  10 11
 *   kind:     N  A  AN  D  A  AN  D  A  A  D  D
 *
 * Source: CMS "Understanding the Medicare Beneficiary Identifier (MBI) Format".
 */
const MBI_SHAPE =
  /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d[AC-HJKMNP-RT-Y]{2}\d\d$/

/**
 * True when `id` (no dashes, upper case) follows the MBI character rules.
 *
 * @example isValidMbi('1EG4TE5MK73') // true
 * @example isValidMbi('1EG4TE5MK7S') // false: position 11 must be a digit
 */
export function isValidMbi(id: string): boolean {
  return MBI_SHAPE.test(id)
}
