import { isDigitCode } from '../char-codes.js'

/**
 * North American Numbering Plan telephone number: a three-digit area code and a
 * three-digit exchange that both start with 2-9 and are not N11 service codes (211-911),
 * then four line digits. A leading country code 1 is allowed. Fictional 555-01xx numbers
 * are still phone numbers in shape and are accepted.
 *
 * @param digits ten ASCII digits, or eleven starting with 1
 * @example isValidNanp('3125550199') // true
 * @example isValidNanp('3121550199') // false: exchange starts with 1
 */
export function isValidNanp(digits: string): boolean {
  // Read by character code: recognizers call this once per phone-shaped match.
  const areaAt = digits.length === 11 && digits.startsWith('1') ? 1 : 0
  if (digits.length - areaAt !== 10) return false
  for (let i = areaAt; i < digits.length; i++) if (!isDigitCode(digits.charCodeAt(i))) return false

  return isAreaOrExchange(digits, areaAt) && isAreaOrExchange(digits, areaAt + 3)
}

/**
 * Three digits at `at` that start with 2-9 and are no N11 code (211, 311, ... 911): those
 * are dialled services, never an area code or exchange.
 */
function isAreaOrExchange(digits: string, at: number): boolean {
  if (digits.charCodeAt(at) < 50 /* 2 */) return false

  return digits.charCodeAt(at + 1) !== 49 /* 1 */ || digits.charCodeAt(at + 2) !== 49
}
