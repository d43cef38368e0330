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
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits
  if (!/^[2-9]\d\d[2-9]\d{6}$/.test(national)) return false

  return !isServiceCode(national.slice(0, 3)) && !isServiceCode(national.slice(3, 6))
}

/** N11 codes (211, 311, ... 911) are dialled services, never an area code or exchange. */
function isServiceCode(code: string): boolean {
  return code.charAt(1) === '1' && code.charAt(2) === '1'
}
