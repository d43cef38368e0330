import type { ScanDocument } from '../scan-document.js'
import { isValidNanp } from '../validators/nanp.js'

// Words that introduce a number said aloud in a transcript or a dictated note ("my cell is
// two eight one, ...", "call me back at ..."). One pass of this pattern finds them all, which
// costs less than one indexOf per word.
const ANCHOR = /cell|phone|number|call|mobile/g
/** How far after an anchor the first digit word may start, in characters. */
const REACH = 32
// Ten or eleven digit words, each followed by a separator or the end. The words and the
// separators share no character, so the pattern reads one way only.
const SPOKEN_NUMBER =
  /(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?:[ ,-]{1,3}|(?![a-z]))){10,11}/y
const DIGIT_WORD = /zero|oh|one|two|three|four|five|six|seven|eight|nine/g
const DIGITS: Readonly<Record<string, string>> = {
  zero: '0',
  oh: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
}

/** The first two letters of each digit word, as `first * 128 + second`: most words are ruled
 * out before the pattern runs. */
const DIGIT_WORD_STARTS: ReadonlySet<number> = new Set(
  Object.keys(DIGITS).map((word) => word.charCodeAt(0) * 128 + word.charCodeAt(1)),
)

/** Every pattern this module runs, for the phone recognizer's `patterns` list. */
export const SPOKEN_PATTERNS: readonly RegExp[] = [ANCHOR, SPOKEN_NUMBER, DIGIT_WORD]

/** A number said in words: where it starts and ends in the text. */
export interface SpokenNumber {
  readonly start: number
  readonly end: number
}

/**
 * Telephone numbers said digit by digit after a word such as "cell" or "phone", as call
 * transcripts and dictation write them. The digits must make a valid NANP number.
 *
 * @example
 * findSpokenPhones(doc('my cell is two eight one, five five five, zero one two nine.'))
 * // [{ start: 11, end: 59 }]
 */
export function findSpokenPhones(doc: ScanDocument): SpokenNumber[] {
  const { lower } = doc
  const found: SpokenNumber[] = []
  let readTo = 0
  ANCHOR.lastIndex = 0
  for (let anchor = ANCHOR.exec(lower); anchor; anchor = ANCHOR.exec(lower)) {
    const after = ANCHOR.lastIndex
    const number = readAfter(lower, Math.max(after, readTo), after + REACH)
    if (number) {
      found.push(number)
      readTo = number.end
      ANCHOR.lastIndex = number.end
    }
  }

  return found
}

/** The first spoken number that starts at a word between `from` and `to`. */
function readAfter(lower: string, from: number, to: number): SpokenNumber | undefined {
  for (let i = from; i < to && i < lower.length; i++) {
    const code = lower.charCodeAt(i)
    // A line break ends the label's reach; a printed digit means the number is not spoken.
    if (code === 10 || (code >= 48 && code <= 57)) return undefined
    if (isLetter(lower.charCodeAt(i - 1)) || !isLetter(code)) continue
    if (!DIGIT_WORD_STARTS.has(code * 128 + lower.charCodeAt(i + 1))) continue

    SPOKEN_NUMBER.lastIndex = i
    const match = SPOKEN_NUMBER.exec(lower)
    if (!match) continue

    const words = match[0].match(DIGIT_WORD) ?? []
    const digits = words.map((word) => DIGITS[word] ?? '').join('')
    if (!isValidNanp(digits)) return undefined

    let end = i + match[0].length
    while (!isLetter(lower.charCodeAt(end - 1))) end--
    return { start: i, end }
  }

  return undefined
}

function isLetter(code: number): boolean {
  return code >= 97 && code <= 122
}
