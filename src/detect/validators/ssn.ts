/**
 * Social Security number rules (SSA, since the 2011 randomisation): area 001-899 except 666,
 * group 01-99, serial 0001-9999. Numbers SSA never issues or that were published as examples
 * (078-05-1120, 219-09-9999) are also refused, as are runs of one repeated digit.
 *
 * @param digits nine ASCII digits, no separators
 */
export function isValidSsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false

  const area = Number(digits.slice(0, 3))
  const group = Number(digits.slice(3, 5))
  const serial = Number(digits.slice(5))
  if (area === 0 || area === 666 || area >= 900) return false
  if (group === 0 || serial === 0) return false
  if (digits === '078051120' || digits === '219099999' || digits === '123456789') return false

  return !/^(\d)\1{8}$/.test(digits)
}
