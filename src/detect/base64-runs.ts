/**
 * Finds base64 runs that decode to text, so that identifiers hidden in them are scanned.
 * MIME wraps base64 at 76 characters, so a run may continue over line breaks.
 */
export interface DecodedRun {
  readonly start: number
  readonly end: number
  readonly text: string
}

// Base64 of text switches between lower and upper case, and between letters and digits,
// every few characters; prose rarely does. Looking for those switches first, and only then
// measuring the run around them, costs far less than trying a run at every letter.
const SEED = /[a-z][A-Z]|[A-Za-z][0-9]|[0-9][A-Za-z]/g
const MIN_RUN = 16
const MIN_CONTINUATION = 4
const BASE64_CHAR = new Uint8Array(128)
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') {
  BASE64_CHAR[c.charCodeAt(0)] = 1
}

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

  let scannedTo = 0
  SEED.lastIndex = 0
  for (const seed of text.matchAll(SEED)) {
    if (seed.index < scannedTo) continue
    if (runs.length >= limits.maxRuns || decodedChars >= limits.maxDecodedChars) break

    const [start, end] = runAround(text, seed.index)
    scannedTo = end
    // Most seeds sit in short mixed words ("5mg", "HbA1c"): too short before any copy is made.
    if (end - start < MIN_RUN) continue
    const compact = text.slice(start, end).replace(/\s+/g, '')
    if (compact.length < MIN_RUN || !looksEncoded(compact)) continue

    const decoded = Buffer.from(compact, 'base64').toString('utf8')
    if (!isMostlyText(decoded)) continue

    runs.push({ start, end, text: decoded })
    decodedChars += decoded.length
  }

  return runs
}

function isBase64Code(code: number): boolean {
  return code < 128 && BASE64_CHAR[code] === 1
}

/** Length of the block of base64 characters starting at `from`, plus up to two `=`. */
function blockEnd(text: string, from: number): number {
  let end = from
  while (end < text.length && isBase64Code(text.charCodeAt(end))) end++
  for (let pad = 0; pad < 2 && text.charCodeAt(end) === 61; pad++) end++

  return end
}

/**
 * The whole run of base64 around `at`: the block that holds it, and the blocks on following
 * lines (MIME wraps base64 at 76 characters) while each holds at least four characters.
 */
function runAround(text: string, at: number): [number, number] {
  let start = at
  while (start > 0 && isBase64Code(text.charCodeAt(start - 1))) start--
  let end = blockEnd(text, at)
  if (end - start < MIN_RUN) return [start, end]

  for (;;) {
    let next = end
    if (text.charCodeAt(next) === 13) next++
    if (text.charCodeAt(next) !== 10) break

    const lineEnd = blockEnd(text, next + 1)
    if (lineEnd - (next + 1) < MIN_CONTINUATION) break
    end = lineEnd
  }

  return [start, end]
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
