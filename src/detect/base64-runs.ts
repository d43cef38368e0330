/**
 * Finds base64 runs that decode to text, so that identifiers hidden in them are scanned.
 * MIME wraps base64 at 76 characters, so a run may continue over line breaks.
 */
export interface DecodedRun {
  readonly start: number
  readonly end: number
  readonly text: string
}

// Each line of a run is a block of base64 characters; lines are joined by a line break only,
// so the pattern cannot match one stretch of text in two ways.
const RUN = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{16,}={0,2}(?:\r?\n[A-Za-z0-9+/]{4,}={0,2})*/g
const MIN_RUN = 16

/** Limits that keep decoding cheap on hostile input. */
export interface Base64Limits {
  /** Most runs decoded per text. Default 1,000. */
  readonly maxRuns: number
  /** Most decoded characters per text. Default 4 MiB. */
  readonly maxDecodedChars: number
}

export const DEFAULT_BASE64_LIMITS: Base64Limits = { maxRuns: 1000, maxDecodedChars: 4 << 20 }

/**
 * Returns runs whose bytes are UTF-8 text made mostly of printable characters.
 *
 * @example
 * findBase64Runs('x U1NOIDEyMy00NS02Nzg5 y') // [{ start: 2, end: 22, text: 'SSN 123-45-6789' }]
 */
export function findBase64Runs(
  text: string,
  limits: Base64Limits = DEFAULT_BASE64_LIMITS,
): DecodedRun[] {
  const runs: DecodedRun[] = []
  let decodedChars = 0

  RUN.lastIndex = 0
  for (const match of text.matchAll(RUN)) {
    if (runs.length >= limits.maxRuns || decodedChars >= limits.maxDecodedChars) break

    const compact = match[0].replace(/\s+/g, '')
    if (compact.length < MIN_RUN || !looksEncoded(compact)) continue

    const decoded = Buffer.from(compact, 'base64').toString('utf8')
    if (!isMostlyText(decoded)) continue

    runs.push({ start: match.index, end: match.index + match[0].length, text: decoded })
    decodedChars += decoded.length
  }

  return runs
}

/** Words and identifiers in plain text rarely mix cases and digits the way base64 does. */
function looksEncoded(run: string): boolean {
  if (run.length % 4 === 1) return false

  let upper = 0
  let lower = 0
  let digit = 0
  for (let i = 0; i < run.length; i++) {
    const code = run.charCodeAt(i)
    if (code >= 65 && code <= 90) upper++
    else if (code >= 97 && code <= 122) lower++
    else if (code >= 48 && code <= 57) digit++
  }

  return upper > 0 && lower > 0 && upper + digit >= run.length / 8
}

function isMostlyText(decoded: string): boolean {
  if (decoded.length === 0) return false

  let printable = 0
  for (let i = 0; i < decoded.length; i++) {
    const code = decoded.charCodeAt(i)
    if ((code >= 32 && code < 127) || code === 9 || code === 10 || code === 13) printable++
  }

  return printable / decoded.length >= 0.9
}
