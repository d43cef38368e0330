/**
 * The Luhn (mod 10) check used by payment cards, NPIs and IMEIs: from the right, every
 * second digit is doubled (minus 9 when over 9) and the sum must end in 0.
 *
 * @param digits ASCII digits only
 * @example isLuhnValid('4539578763621486') // true
 */
export function isLuhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false

  return luhnSum(digits, false) % 10 === 0
}

/**
 * The digit to append to `payload` so that the whole passes the Luhn check.
 *
 * @param payload ASCII digits without the check digit
 * @example luhnCheckDigit('453957876362148') // '6'
 */
export function luhnCheckDigit(payload: string): string {
  if (!/^\d+$/.test(payload)) throw new TypeError('luhnCheckDigit() needs ASCII digits')

  return String((10 - (luhnSum(payload, true) % 10)) % 10)
}

/** Sum of the Luhn weights; `doubleFirst` says whether the rightmost digit is doubled. */
function luhnSum(digits: string, doubleFirst: boolean): number {
  let sum = 0
  let double = doubleFirst
  for (let i = digits.length - 1; i >= 0; i--) {
    let value = digits.charCodeAt(i) - 48
    if (double) {
      value *= 2
      if (value > 9) value -= 9
    }
    sum += value
    double = !double
  }

  return sum
}
