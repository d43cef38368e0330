import type { Candidate } from '../candidate.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'

// A URL that says it is one: a scheme or "www.", then everything up to a space or a
// delimiter that URLs never hold unescaped (quotes, angle brackets, HL7 separators).
const SCHEMED = /\b(?:[hH][tT][tT][pP][sS]?:\/\/|[wW][wW][wW]\.)[^\s<>"'`{}|\\^]{2,2000}/g
// A bare host with a path ("facebook.com/jane.doe"), found from its ".tld/" part.
const TLD_PATH = /\.(?:com|org|net|edu|gov|io|me|co|us|ly|tv|app|health)\/[^\s<>"'`{}|\\^]{1,2000}/g
const PATH_OR_QUERY = /^(?:[a-z][a-z\d+.-]{1,9}:\/\/)?[^/?#]{1,255}[/?#][^\s]/i
// Social networks and patient portals: a path there names a person's page or account.
const PERSONAL_HOST =
  /(?:^|[/.])(?:facebook|instagram|twitter|x|linkedin|tiktok|youtube|pinterest|snapchat|threads|mychart|myhealth|portal)\./i
const MAX_HOST = 253
const TRAILING_MARKS = '.,;:!?)]\'"*'

/**
 * URLs that can point at a person: a link with a path or query (a portal reset link with a
 * user id, a social profile). A bare site name ("www.cdc.gov") points at no one and stays
 * below the threshold.
 *
 * @example 'see www.facebook.com/jane.doe12' -> URL, score 0.9
 */
export const urlRecognizer: Recognizer = {
  name: 'url',
  types: ['URL'],
  patterns: [SCHEMED, TLD_PATH, PATH_OR_QUERY, PERSONAL_HOST],
  find(doc: ScanDocument): Candidate[] {
    const text = doc.text
    const found: Candidate[] = []
    for (const match of text.matchAll(SCHEMED)) {
      found.push(scored(text, match.index, match.index + match[0].length, 'url (scheme or www)'))
    }
    for (const match of text.matchAll(TLD_PATH)) {
      const start = hostStart(text, match.index)
      if (start === match.index) continue

      const before = text.charAt(start - 1)
      // Part of an e-mail address or of a URL the first pattern already read.
      if (before === '@' || before === '/' || before === '.') continue
      if (/^www\./i.test(text.slice(start, start + 4))) continue
      found.push(scored(text, start, match.index + match[0].length, 'url (host/path)'))
    }

    return found
  },
}

function scored(text: string, start: number, rawEnd: number, pattern: string): Candidate {
  const url = withoutTrailingPunctuation(text.slice(start, rawEnd))
  const hasPath = PATH_OR_QUERY.test(url)
  const personal = hasPath && PERSONAL_HOST.test(url)

  return {
    type: 'URL',
    start,
    end: start + url.length,
    score: personal ? 0.9 : hasPath ? 0.7 : 0.4,
    recognizer: 'url',
    pattern,
  }
}

/**
 * Drops sentence punctuation after a URL; a closing bracket stays when the URL opened one
 * ("http://[2001:db8::1]", "https://en.wikipedia.org/wiki/Foo_(bar)").
 */
function withoutTrailingPunctuation(url: string): string {
  let end = url.length
  for (;;) {
    const last = url.charAt(end - 1)
    const closesOwnBracket =
      (last === ')' && url.includes('(')) || (last === ']' && url.includes('['))
    if (!TRAILING_MARKS.includes(last) || closesOwnBracket || end <= 1) break
    end--
  }

  return url.slice(0, end)
}

/** Walks back from the '.' before the top-level domain over host characters. */
function hostStart(text: string, dot: number): number {
  const limit = Math.max(0, dot - MAX_HOST)
  let start = dot
  while (start > limit && isHostCode(text.charCodeAt(start - 1))) start--
  while (start < dot && !isAlphanumericCode(text.charCodeAt(start))) start++

  return start
}

function isHostCode(code: number): boolean {
  return isAlphanumericCode(code) || code === 45 || code === 46 // - .
}

function isAlphanumericCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
}
