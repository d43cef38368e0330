/**
 * ABA routing transit number: nine digits with weights 3, 7, 1 repeated, whose weighted sum
 * is a multiple of 10, and whose first two digits are a Federal Reserve range (00-12 banks,
 * 21-32 thrifts, 61-72 electronic, 80 traveller's cheques).
 *
 * Routing numbers identify a bank, not a person, so phiguard uses this to *avoid* reporting
 * one as a bank account.
 *
 * @param digits nine ASCII digits
 * @example isValidAbaRouting('011000015') // true
 */
export function isValidAbaRouting(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false

  const prefix = Number(digits.slice(0, 2))
  const inRange =
    prefix <= 12 ||
    (prefix >= 21 && prefix <= 32) ||
    (prefix >= 61 && prefix <= 72) ||
    prefix === 80
  if (!inRange) return false

  return abaSum(digits) % 10 === 0
}

/**
 * The ninth digit that makes `firstEight` a valid routing number (range not checked).
 *
 * @example checkDigitAba('01100001') // '5'
 */
export function checkDigitAba(firstEight: string): string {
  if (!/^\d{8}$/.test(firstEight)) throw new TypeError('checkDigitAba() needs 8 digits')

  return String((10 - (abaSum(`${firstEight}0`) % 10)) % 10)
}

function abaSum(digits: string): number {
  const weights = [3, 7, 1]
  let sum = 0
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * (weights[i % 3] ?? 0)

  return sum
}
