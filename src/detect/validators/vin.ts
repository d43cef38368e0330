/** Letter values for the VIN check digit (ISO 3779 / 49 CFR 565); I, O and Q are never used. */
// prettier-ignore
const TRANSLITERATION: Readonly<Record<string, number>> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
  J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
}
/** Weights of positions 1-17; position 9 (the check digit itself) weighs 0. */
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]

/**
 * Vehicle Identification Number (North America, 49 CFR 565): seventeen characters from
 * digits and letters other than I, O and Q, whose ninth character is a check digit (0-9 or
 * X for 10) over the weighted values of the others.
 *
 * @param vin seventeen characters, letters in upper case
 * @example isValidVin('1M8GDM9AXKP042788') // true
 */
export function isValidVin(vin: string): boolean {
  if (!/^[A-HJ-NPR-Z\d]{17}$/.test(vin)) return false

  return checkDigitVin(vin) === vin.charAt(8)
}

/**
 * The check character (position 9) that the other sixteen characters of `vin` call for.
 *
 * @param vin seventeen characters; the ninth is ignored
 * @example checkDigitVin('1M8GDM9A_KP042788') // 'X'
 */
export function checkDigitVin(vin: string): string {
  if (vin.length !== 17) throw new TypeError('checkDigitVin() needs 17 characters')

  let sum = 0
  for (let i = 0; i < 17; i++) {
    const char = vin.charAt(i)
    const value = char >= '0' && char <= '9' ? Number(char) : (TRANSLITERATION[char] ?? 0)
    sum += value * (WEIGHTS[i] ?? 0)
  }
  const remainder = sum % 11

  return remainder === 10 ? 'X' : String(remainder)
}
