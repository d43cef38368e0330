/**
 * Character classes tested on UTF-16 code units, for recognizers that read the text around a
 * candidate by hand. They follow the ASCII classes of regular expressions without the `u`
 * flag: `\d` is 0-9 and `\w` is A-Z, a-z, 0-9 and '_'.
 */

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57
}

export function isUpperCode(code: number): boolean {
  return code >= 65 && code <= 90
}

export function isLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/** `\w`: a letter, a digit or '_'. */
export function isWordCode(code: number): boolean {
  return isLetterCode(code) || isDigitCode(code) || code === 95
}
