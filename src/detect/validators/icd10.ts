/**
 * ICD-10-CM code structure (CDC/CMS): a category of a letter other than U, a digit and a
 * digit or letter (letters only in the few categories such as C4A, D3A, M1A, Z3A), then
 * optionally a dot and one to four characters of subcategory and extension.
 *
 * @example
 * isIcd10Code('J18.9') // true
 * isIcd10Code('U07.1') // false: U codes are reserved for WHO emergency use, not ICD-10-CM
 */
export function isIcd10Code(code: string): boolean {
  const match = ICD10_SHAPE.exec(code)
  if (!match) return false

  const third = match[3] ?? ''
  return (third >= '0' && third <= '9') || third === 'A'
}

/** Letter (not U), digit, digit or letter, then optionally a dot and 1 to 4 characters. */
export const ICD10_SHAPE = /^([A-TV-Z])(\d)([0-9A-Z])(?:\.([0-9A-Z]{1,4}))?$/
