import type { Candidate } from '../candidate.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'

// A URL that says it is one: a scheme or "www.", then everything up to a space or a
// delimiter that URLs never hold unescaped (quotes, angle brackets, HL7 separators). Read in
// place where "://" or "www." stands, which indexOf finds faster than a scan with the pattern.
const SCHEMED = /\b(?:[hH][tT][tT][pP][sS]?:\/\/|[wW][wW][wW]\.)[^\s<>"'`{}|\\^]{2,2000}/y
// A bare host with a path ("facebook.com/jane.doe"), read in place from the ".tld/" part
// before a '/'.
const TLD_PATH = /\.(?:com|org|net|edu|gov|io|me|co|us|ly|tv|app|health)\/[^\s<>"'`{}|\\^]{1,2000}/y
/** Lengths of the top-level domains in TLD_PATH, with their dot. */
const TLD_LENGTHS = [3, 4, 5, 7]
// Read on the URL without its scheme: a host, then a path, query or fragment.
const PATH_OR_QUERY = /^[^/?#]{1,255}[/?#][^\s]/
// Social networks, fundraising and payment pages, and patient portals: a path there names
// a person's page or account.
const PERSONAL_HOST =
  /(?:^|[/.])(?:facebook|instagram|twitter|x|linkedin|tiktok|youtube|pinterest|snapchat|threads|reddit|tumblr|github|medium|venmo|paypal|cash|gofundme|caringbridge|patreon|twitch|flickr|soundcloud|mychart|myhealth|portal)\./i
// A path or query that names an account: "/user/...", "/in/...", "/@name", "?uid=5521803".
const PERSONAL_PATH =
  /\/(?:users?|u|profiles?|people|members?|patients?|accounts?|in)\/|\/@[\w.-]|[?&;](?:[a-z_]{0,12}id|u|user(?:name)?|mrn|patient|member|token|email)=/i
const PATH_START = /[/?#]/
// A digit run in the path or query: a record, user or message number ("/visit/K-558201").
const NUMBER_IN_PATH = /[/?=&][\w-]{0,40}\d{3}/
// Standards and terminology namespaces (FHIR "system" URLs, code systems, XML schemas) and
// public reference sites: they name a vocabulary or a document, never a person.
const REFERENCE_HOST =
  /^(?:[\w-]{1,63}\.){0,4}(?:hl7\.org|fhir\.org|loinc\.org|snomed\.info|unitsofmeasure\.org|nlm\.nih\.gov|who\.int|w3\.org|schema\.org|ietf\.org|iso\.org|ihe\.net|cms\.gov|cdc\.gov|fda\.gov|ama-assn\.org|openid\.net|json-schema\.org)$/i
// Documentation, help and status sites of software vendors.
const DOCUMENTATION_HOST = /^(?:docs?|developers?|dev|help|support|kb|wiki|learn|status|api)\./i
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
  patterns: [
    SCHEMED,
    TLD_PATH,
    PATH_OR_QUERY,
    PERSONAL_HOST,
    PERSONAL_PATH,
    PATH_START,
    NUMBER_IN_PATH,
    REFERENCE_HOST,
    DOCUMENTATION_HOST,
  ],
  find(doc: ScanDocument): Candidate[] {
    const text = doc.text
    const found: Candidate[] = []
    let readTo = 0
    for (const at of schemeStarts(doc)) {
      if (at < readTo) continue

      SCHEMED.lastIndex = at
      if (!SCHEMED.test(text)) continue

      readTo = SCHEMED.lastIndex
      const url = scored(text, at, readTo, 'url (scheme or www)')
      if (url) found.push(url)
    }
    readTo = 0
    for (const dot of tldPathStarts(text)) {
      if (dot < readTo) continue

      TLD_PATH.lastIndex = dot
      if (!TLD_PATH.test(text)) continue

      readTo = TLD_PATH.lastIndex
      const start = hostStart(text, dot)
      if (start === dot) continue

      const before = text.charAt(start - 1)
      // Part of an e-mail address or of a URL the first pattern already read.
      if (before === '@' || before === '/' || before === '.') continue
      if (/^www\./i.test(text.slice(start, start + 4))) continue
      const url = scored(text, start, readTo, 'url (host/path)')
      if (url) found.push(url)
    }

    return found
  },
}

/** Where SCHEMED may match, in text order: before "://" ("https", "http") and at "www.". */
function schemeStarts(doc: ScanDocument): number[] {
  const starts: number[] = []
  for (let at = doc.text.indexOf('://'); at !== -1; at = doc.text.indexOf('://', at + 3)) {
    starts.push(at - 5, at - 4)
  }
  const schemes = starts.length
  for (let at = doc.lower.indexOf('www.'); at !== -1; at = doc.lower.indexOf('www.', at + 1)) {
    starts.push(at)
  }

  return schemes === starts.length ? starts : starts.sort((a, b) => a - b)
}

/** Where TLD_PATH may match, in text order: the dot of a top-level domain before a '/'. */
function tldPathStarts(text: string): number[] {
  const starts: number[] = []
  for (let slash = text.indexOf('/'); slash !== -1; slash = text.indexOf('/', slash + 1)) {
    // Every domain in TLD_PATH ends in a small letter: most slashes are in dates ("02/22").
    const last = text.charCodeAt(slash - 1)
    if (last < 97 || last > 122) continue

    for (const length of TLD_LENGTHS) {
      if (text.charCodeAt(slash - length) === 46 /* . */) starts.push(slash - length)
    }
  }

  return starts
}

function scored(
  text: string,
  start: number,
  rawEnd: number,
  pattern: string,
): Candidate | undefined {
  const url = withoutTrailingPunctuation(text.slice(start, rawEnd))
  // "http://" before a run of dots names no host.
  if (!hasHost(url)) return undefined

  return {
    type: 'URL',
    start,
    end: start + url.length,
    score: scoreOf(url),
    recognizer: 'url',
    pattern,
  }
}

/**
 * How likely the URL points at a person. A portal or social host with a path, or a path
 * that names an account or holds a number, does; a bare site, a standards namespace
 * ("http://loinc.org", "http://hl7.org/fhir/sid/us-npi") or a documentation page does not.
 */
function scoreOf(url: string): number {
  const scheme = url.indexOf('://')
  const rest = scheme !== -1 && scheme < 6 ? url.slice(scheme + 3) : url
  if (!PATH_OR_QUERY.test(rest)) return 0.4

  const host = rest.slice(0, rest.search(PATH_START))
  if (REFERENCE_HOST.test(host)) return 0.2

  const path = rest.slice(host.length)
  if (PERSONAL_HOST.test(rest) || PERSONAL_PATH.test(path)) return 0.9
  if (DOCUMENTATION_HOST.test(host)) return 0.3

  return NUMBER_IN_PATH.test(path) ? 0.7 : 0.45
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

/**
 * A letter or digit in the authority, after the scheme or "www." and before any path, query
 * or fragment ("http://:pass@host/" has one; "http://...." has none).
 */
function hasHost(url: string): boolean {
  const scheme = url.indexOf('://')
  const from = scheme !== -1 && scheme < 6 ? scheme + 3 : /^www\./i.test(url) ? 4 : 0
  for (let i = from; i < url.length; i++) {
    const code = url.charCodeAt(i)
    if (isAlphanumericCode(code)) return true
    if (code === 47 || code === 63 || code === 35) return false // / ? #
  }

  return false
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
