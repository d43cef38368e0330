import { labelAnchorsOf } from '../label-anchors.js'
import type { ScanDocument } from '../scan-document.js'
import { isValidNanp } from '../validators/nanp.js'

// Words that introduce a number said aloud in a transcript or a dictated note ("my cell is
// two eight one, ...", "call me back at ..."): "cell", "call", "phone", "number", "mobile".
// No word ends with the start of another, so they never overlap: each is found on its own
// and the places are put in text order (see anchorWords).
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
export const SPOKEN_PATTERNS: readonly RegExp[] = [SPOKEN_NUMBER, DIGIT_WORD]

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
  for (const anchor of anchorWords(doc)) {
    // A number read after one anchor may have passed others ("call my cell two ..."): the
    // reading goes on from the number's end.
    if (anchor < readTo) continue

    const after = anchor + anchorLength(lower.charCodeAt(anchor))
    const number = readAfter(lower, after, after + REACH)
    if (number) {
      found.push(number)
      readTo = number.end
    }
  }

  return found
}

/**
 * Where the anchor words start, in text order. "cell" and "call" come from the document's
 * label anchors (a search for 'c'), "number" and "mobile" from a search for their 'b', and
 * "phone" from a search of its own (for its 'p'): searches for these rarer letters cost less
 * than one pattern that stops at every 'c', 'p', 'n' and 'm' of the text.
 */
function anchorWords(doc: ScanDocument): readonly number[] {
  const { lower } = doc
  const starts: number[] = []
  for (let at = lower.indexOf('phone'); at !== -1; at = lower.indexOf('phone', at + 5)) {
    starts.push(at)
  }
  for (let b = lower.indexOf('b'); b !== -1; b = lower.indexOf('b', b + 1)) {
    // The letter after the 'b' rules most words out before the whole word is compared.
    const next = lower.charCodeAt(b + 1)
    if (next === 101 /* e */ && lower.startsWith('number', b - 3)) starts.push(b - 3)
    else if (next === 105 /* i */ && lower.startsWith('mobile', b - 2)) starts.push(b - 2)
  }

  const { cellOrCall } = labelAnchorsOf(doc)
  if (starts.length === 0) return cellOrCall
  return [...cellOrCall, ...starts].sort((a, b) => a - b)
}

/** The length of the anchor word that starts with `first`: each starts with its own letter. */
function anchorLength(first: number): number {
  if (first === 99 /* c */) return 4
  return first === 112 /* p */ ? 5 : 6
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
