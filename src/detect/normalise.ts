import { composeMaps, RewriteBuilder, type OffsetMap } from './offset-map.js'

/**
 * Undoes the tricks that hide identifiers from a scanner, keeping a map back to the original.
 *
 * - HTML character references (`&#53;`, `&#x35;`, `&amp;`) become the characters they name.
 * - Format characters (zero-width spaces and joiners, soft hyphens, bidi marks) are removed.
 * - Digits of every script (full-width, Arabic-Indic, Devanagari, mathematical) become ASCII.
 * - Full-width Latin letters and common Cyrillic and Greek look-alikes become ASCII letters.
 * - Dash and space variants become `-` and ` `.
 * - Quoted-printable soft line breaks and `=XX` escapes are decoded when the text is encoded
 *   that way.
 * - Digits spread out one at a time with separators (`1 2 3 - 4 5 ...`) are pulled together.
 *
 * Plain ASCII text without any of these comes back unchanged, with no map, at almost no cost.
 */
export interface NormalisedText {
  readonly text: string
  /** Absent when the text needed no change; offsets are then the same. */
  readonly map?: OffsetMap
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '-',
  mdash: '-',
  minus: '-',
  hyphen: '-',
  period: '.',
  commat: '@',
  num: '#',
  lpar: '(',
  rpar: ')',
  sol: '/',
  colon: ':',
  plus: '+',
}

// Cyrillic and Greek letters that render like Latin ones; UTS #39 lists many more, these are
// the ones that can stand in for the letters of identifiers and e-mail addresses.
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ο: 'o',
}

const SPREAD_DIGITS_HINT = /\d[ .\-_]\d[ .\-_]\d[ .\-_]\d[ .\-_]\d/
const QUOTED_PRINTABLE_AT = /=(?:\r?\n|[0-9A-F]{2})/y
const QUOTED_PRINTABLE = /=\r?\n|=[0-9A-F]{2}/g
const SPREAD_DIGITS = /\d(?:[ .\-_]\d){5,}/g
const ENTITY = /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/y

const digitValue = buildDigitTable()

/** Maps every non-ASCII decimal digit code point to its value. */
function buildDigitTable(): Map<number, number> {
  const table = new Map<number, number>()
  const isDigit = /^\p{Nd}$/u
  let runStart = -1

  // Unicode keeps each script's digits in one run of ten, zero first, so the value of a digit
  // is its distance from the start of its run.
  for (let cp = 0x80; cp < 0x1fc00; cp++) {
    if ((cp & 0xf800) === 0xd800) continue
    if (!isDigit.test(String.fromCodePoint(cp))) {
      runStart = -1
      continue
    }
    if (runStart === -1) runStart = cp
    table.set(cp, (cp - runStart) % 10)
  }

  return table
}

function isFormatChar(cp: number): boolean {
  return (
    cp === 0xad ||
    cp === 0x34f ||
    cp === 0x61c ||
    cp === 0x180e ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    cp === 0xfeff
  )
}

function foldCodePoint(cp: number): string | undefined {
  const digit = digitValue.get(cp)
  if (digit !== undefined) return String(digit)
  if (cp >= 0xff01 && cp <= 0xff5e) return String.fromCharCode(cp - 0xfee0)
  if ((cp >= 0x2010 && cp <= 0x2015) || cp === 0x2212 || cp === 0xfe58 || cp === 0xfe63) {
    return '-'
  }
  if (cp === 0xa0 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f) {
    return ' '
  }
  if (cp === 0x3000) return ' '

  return LOOK_ALIKES[String.fromCodePoint(cp)]
}

function decodeEntity(body: string): string | undefined {
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X'
    const cp = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10)
    if (!Number.isFinite(cp) || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined

    return String.fromCodePoint(cp)
  }

  return NAMED_ENTITIES[body.toLowerCase()]
}

/** Folds characters and decodes entities; see the module comment for the list. */
function foldCharacters(source: string): { text: string; map: OffsetMap } | undefined {
  const out = new RewriteBuilder(source.length)
  let copiedTo = 0
  let changed = false

  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i)
    if (code < 0x80 && code !== 0x26) continue

    let replacement: string | undefined
    let consumed = 1
    if (code === 0x26) {
      ENTITY.lastIndex = i
      const entity = ENTITY.exec(source)
      const decoded = entity?.[1] === undefined ? undefined : decodeEntity(entity[1])
      if (entity === null || decoded === undefined) continue

      const cp = decoded.codePointAt(0) ?? 0
      replacement = isFormatChar(cp) ? '' : (foldCodePoint(cp) ?? decoded)
      consumed = entity[0].length
    } else {
      const cp = source.codePointAt(i) ?? code
      consumed = cp > 0xffff ? 2 : 1
      if (isFormatChar(cp)) replacement = ''
      else replacement = foldCodePoint(cp)
      if (replacement === undefined) {
        i += consumed - 1
        continue
      }
    }

    out.copy(source, copiedTo, i)
    out.push(replacement, i, i + consumed)
    // A removed character still belongs to the span of the character before it.
    copiedTo = i + consumed
    i += consumed - 1
    changed = true
  }
  if (!changed) return undefined

  out.copy(source, copiedTo, source.length)
  return out.finish()
}

/** Decodes quoted-printable escapes and soft line breaks. */
function decodeQuotedPrintable(source: string): { text: string; map: OffsetMap } | undefined {
  QUOTED_PRINTABLE.lastIndex = 0
  const hasSoftBreak = /=\r?\n/.test(source)
  const escapes = source.match(/=[0-9A-F]{2}/g)?.length ?? 0
  // "eGFR=60" is a lab value, not an escape: decode only text that carries the marks of the
  // encoding (soft line breaks, or several escapes of characters that must be escaped).
  if (!hasSoftBreak && escapes < 3) return undefined

  const out = new RewriteBuilder(source.length)
  let copiedTo = 0
  for (const match of source.matchAll(QUOTED_PRINTABLE)) {
    const at = match.index
    out.copy(source, copiedTo, at)
    const token = match[0]
    const decoded =
      token.startsWith('=\r') || token.startsWith('=\n')
        ? ''
        : String.fromCharCode(Number.parseInt(token.slice(1), 16))
    out.push(decoded, at, at + token.length)
    copiedTo = at + token.length
  }
  out.copy(source, copiedTo, source.length)

  return out.finish()
}

/** Joins digits written one at a time with separators between them. */
function joinSpreadDigits(source: string): { text: string; map: OffsetMap } | undefined {
  SPREAD_DIGITS.lastIndex = 0
  if (!SPREAD_DIGITS.test(source)) return undefined

  SPREAD_DIGITS.lastIndex = 0
  const out = new RewriteBuilder(source.length)
  let copiedTo = 0
  for (const match of source.matchAll(SPREAD_DIGITS)) {
    const at = match.index
    out.copy(source, copiedTo, at)
    for (let k = 0; k < match[0].length; k += 2) out.copy(source, at + k, at + k + 1)
    copiedTo = at + match[0].length
  }
  out.copy(source, copiedTo, source.length)

  return out.finish()
}

/**
 * Whether anything in `source` is there to undo: a non-ASCII character, a character reference,
 * a quoted-printable escape, or digits spread out. Each test is a native string operation
 * (a UTF-8 byte count, indexOf), which is several times cheaper than a regular expression
 * over every character; "&" and "=" are common in plain text, so each is confirmed.
 */
function needsWork(source: string): boolean {
  if (Buffer.byteLength(source, 'utf8') !== source.length) return true
  if (confirmedAt(source, '&', ENTITY) || confirmedAt(source, '=', QUOTED_PRINTABLE_AT)) {
    return true
  }

  return SPREAD_DIGITS_HINT.test(source)
}

function confirmedAt(source: string, char: string, sticky: RegExp): boolean {
  for (let at = source.indexOf(char); at !== -1; at = source.indexOf(char, at + 1)) {
    sticky.lastIndex = at
    if (sticky.test(source)) return true
  }

  return false
}

/**
 * Normalises `source` for matching.
 *
 * @example
 * normalise('SSN １２３-45-6789').text // 'SSN 123-45-6789'
 */
export function normalise(source: string): NormalisedText {
  if (!needsWork(source)) return { text: source }

  let text = source
  let map: OffsetMap | undefined
  for (const step of [decodeQuotedPrintable, foldCharacters, joinSpreadDigits]) {
    const result = step(text)
    if (result === undefined) continue

    map = composeMaps(map, result.map)
    text = result.text
  }

  return map === undefined ? { text } : { text, map }
}
