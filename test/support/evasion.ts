/**
 * The ways people hide an identifier from a scanner (RELIABILITY.md section 7), as functions
 * from a plain value to its disguised form. Property tests run every valid identifier through
 * every form and expect it to be found where it stands.
 */
export interface EvasionForm {
  readonly name: string
  /** Rewrites the identifier itself. */
  readonly disguise: (value: string) => string
}

/** Forms that wrap the whole sentence rather than the identifier (findings cover the run). */
export interface EncodingForm {
  readonly name: string
  readonly encode: (sentence: string) => string
}

const shiftDigits = (value: string, zero: number): string =>
  [...value]
    .map((c) => (c >= '0' && c <= '9' ? String.fromCodePoint(zero + Number(c)) : c))
    .join('')

const digitsOnly = (value: string): string[] => [...value].filter((c) => c >= '0' && c <= '9')

export const EVASION_FORMS: readonly EvasionForm[] = [
  { name: 'plain', disguise: (v) => v },
  { name: 'full-width digits', disguise: (v) => shiftDigits(v, 0xff10) },
  { name: 'Arabic-Indic digits', disguise: (v) => shiftDigits(v, 0x0660) },
  { name: 'Devanagari digits', disguise: (v) => shiftDigits(v, 0x0966) },
  { name: 'mathematical bold digits', disguise: (v) => shiftDigits(v, 0x1d7ce) },
  { name: 'zero-width spaces between characters', disguise: (v) => [...v].join('\u200b') },
  { name: 'zero-width joiners and soft hyphens', disguise: (v) => [...v].join('\u200d\u00ad') },
  {
    name: 'HTML decimal entities for digits',
    disguise: (v) => [...v].map((c) => (/\d/.test(c) ? `&#${c.charCodeAt(0)};` : c)).join(''),
  },
  {
    name: 'HTML hex entities for every character',
    disguise: (v) => [...v].map((c) => `&#x${c.charCodeAt(0).toString(16)};`).join(''),
  },
  { name: 'digits spread with spaces', disguise: (v) => digitsOnly(v).join(' ') },
  { name: 'digits spread with dots', disguise: (v) => digitsOnly(v).join('.') },
  { name: 'digits spread with dashes', disguise: (v) => digitsOnly(v).join('-') },
  { name: 'Unicode dashes', disguise: (v) => v.replaceAll('-', '\u2011') },
]

export const ENCODING_FORMS: readonly EncodingForm[] = [
  { name: 'base64', encode: (s) => Buffer.from(s, 'utf8').toString('base64') },
  {
    name: 'base64 wrapped at 76 columns',
    encode: (s) =>
      (
        Buffer.from(`${s} ${s} ${s}`, 'utf8')
          .toString('base64')
          .match(/.{1,76}/g) ?? []
      ).join('\r\n'),
  },
]

/**
 * Quoted-printable as mail clients write it: digits, dashes and "=" escaped, and a soft line
 * break whenever a line would pass 20 characters (never inside an escape).
 */
export function quotedPrintable(sentence: string): string {
  const tokens = [...sentence].map((c) =>
    /[\d=-]/.test(c) ? `=${c.charCodeAt(0).toString(16).toUpperCase()}` : c,
  )
  const lines: string[] = []
  let line = ''
  for (const token of tokens) {
    if (line.length + token.length > 20) {
      lines.push(line)
      line = token
    } else {
      line += token
    }
  }
  lines.push(line)

  return lines.join('=\r\n')
}
