import type { ScanDocument } from '../scan-document.js'

/** Titles before a name; the span leaves them out. Lower case, without the period. */
export const TITLES: ReadonlySet<string> = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof'])

/** Credentials after a name; the span leaves them out. Keys as from keyOf ("pa-c" -> "pac"). */
export const CREDENTIALS: ReadonlySet<string> = new Set(
  `md do rn np pac pa phd lpn cna pharmd dnp aprn crna dds dmd dpm fnp fnpc msw lcsw rph
  od psyd mph facp facc anp acnp cnm cns lvn rrt slp ccc mbbs`.split(/\s+/),
)

/** What kind of word stood before a name. Label, title and the rest are all strong. */
export type NameCue = 'title' | 'label' | 'relation' | 'greeting' | 'signoff' | 'verb'

// Field labels whose value is a person. Compared with the words before the colon.
const LABELS: ReadonlySet<string> = new Set([
  'name', 'patient', 'patient name', 'pt', 'pt name', 'provider', 'ordering', 'ordering provider',
  'ordering physician', 'referring', 'referring physician', 'referring provider', 'attending',
  'attending physician', 'pcp', 'primary care', 'primary care physician', 'rendering',
  'rendering provider', 'subscriber', 'subscriber name', 'insured', 'insured name', 'guarantor',
  'guarantor name', 'policy holder', 'policyholder', 'emergency contact', 'contact', 'contact name',
  'next of kin', 'signature', 'signed', 'signed by', 'dictated by', 'transcribed by',
  'reviewed by', 'verified by', 'collected by', 'performed by', 'authorized by', 'approved by',
  'medical director', 'director', 'surgeon', 'anesthesiologist', 'physician', 'clinician',
  'nurse', 'resident', 'fellow', 'consultant', 'therapist', 'pharmacist', 'prescriber',
  'case manager', 'social worker', 'care coordinator', 'from', 'to', 'cc', 're', 'attn',
  'attention', 'patient name last first', 'last name', 'first name', 'middle name',
  'preferred name', 'legal name', 'full name', 'mother', 'father', 'spouse', 'parent',
  'guardian', 'caregiver', 'member', 'member name', 'beneficiary', 'recipient', 'witness',
  'interpreter', 'author', 'sender', 'requested by', 'requestor', 'ordered by', 'seen by',
])

// Words right before a name (no colon): relations, greetings and verbs of contact.
const CUE_WORDS: ReadonlyMap<string, NameCue> = new Map([
  ...words('relation', `son daughter wife husband spouse partner mother father mom dad sister
    brother niece nephew grandson granddaughter grandmother grandfather grandma grandpa aunt
    uncle cousin friend neighbor neighbour caregiver guardian fiance fiancee girlfriend
    boyfriend stepson stepdaughter stepmother stepfather roommate patient pt colleague
    son-in-law daughter-in-law`),
  ...words('greeting', 'dear hi hello hey thanks morning afternoon'),
  ...words('verb', 'copying cc cc\'d cc\'ing paging paged'),
])
const CUE_PHRASES: ReadonlyMap<string, NameCue> = new Map([
  ...phrases('verb', [
    'signed by', 'dictated by', 'seen by', 'reviewed by', 'examined by', 'referred by',
    'called to', 'spoke to', 'spoke with', 'spoke w/', 'talked to', 'talked with',
    'discussed with', 'follow up with', 'followup with', 'f/u with', 'accompanied by',
    'message from', 'message for', 'call from', 'call to', 'covering for', 'cosigned by',
    'co-signed by', 'read back by', 'verified by', 'notified', 'reported to', 'handed off to',
    'care of', 'c/o', 'results to', 'sent to', 'faxed to',
  ]),
])
const SIGNOFFS: ReadonlySet<string> = new Set([
  'thanks', 'thank you', 'sincerely', 'regards', 'best regards', 'kind regards', 'best',
  'warm regards', 'respectfully', 'cheers', 'take care', 'thx', 'yours truly', 'warmly',
  'many thanks', 'with thanks', 'cordially',
])

const WINDOW = 40

/**
 * The cue right before `start`, if any: a title ("Dr."), a field label ("Patient:"), a
 * relation or contact word ("his son", "spoke with"), a greeting ("Dear") or a sign-off on
 * the line above ("Thanks,").
 *
 * @example
 * cueBefore(new ScanDocument('Ordering: Jane Roe'), 10) // 'label'
 */
export function cueBefore(doc: ScanDocument, start: number): NameCue | undefined {
  const window = doc.before(start, WINDOW)
  let end = window.length
  while (end > 0 && window.charCodeAt(end - 1) === 32) end--
  if (end === 0) return signoffAbove(doc, start)

  const last = window[end - 1]
  if (last === '\n') return signoffAbove(doc, start)
  if (last === '.' && end < window.length) {
    const word = lastWords(window.slice(0, end - 1), 1)[0]
    return word !== undefined && TITLES.has(word) ? 'title' : undefined
  }
  if (last === ':') return labelBefore(window.slice(0, end - 1))
  if (last === ',' || last === '-' || last === '(') {
    const word = lastWords(window.slice(0, end - 1), 1)[0]
    const cue = word === undefined ? undefined : CUE_WORDS.get(word)
    return cue === 'relation' || cue === 'greeting' ? cue : undefined
  }
  if (end === window.length) return undefined

  const [one, two, three] = lastWords(window.slice(0, end), 3)
  if (one === undefined) return undefined
  if (TITLES.has(one)) return 'title'
  if (two !== undefined && CUE_PHRASES.has(`${two} ${one}`)) return 'verb'
  if (three !== undefined && two !== undefined && CUE_PHRASES.has(`${three} ${two} ${one}`)) {
    return 'verb'
  }

  return CUE_WORDS.get(one)
}

/** True when a credential follows `end`: ", MD", " RN", ", M.D.", ", PA-C". */
export function credentialAfter(doc: ScanDocument, end: number): boolean {
  const after = doc.text.slice(end, end + 12)
  const match = /^,? ?([A-Za-z][A-Za-z.-]{0,7})/.exec(after)
  if (!match?.[1]) return false

  const word = match[1]
  const key = word.replace(/[.-]/g, '').toLowerCase()
  // A bare "PA" is more often Pennsylvania than a physician assistant ("Erie, PA.").
  if (!CREDENTIALS.has(key) || key === 'pa') return false
  // "MD", "DO" and "PA" are also states: "Baltimore, MD 21201".
  const rest = after.slice(match[0].length)
  if (/^ ?\d/.test(rest)) return false
  // Credentials are written in capitals ("MD", "PharmD"); "do" and "pa" in lower case are words.
  return word[0] !== undefined && word[0] === word[0].toUpperCase()
}

function labelBefore(window: string): NameCue | undefined {
  const lineStart = window.lastIndexOf('\n') + 1
  const words = lastWords(window.slice(lineStart), 4)
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const label = words.slice(0, n).reverse().join(' ')
    if (LABELS.has(label)) return 'label'
  }

  return undefined
}

function signoffAbove(doc: ScanDocument, start: number): NameCue | undefined {
  const lineStart = doc.lineStart(start)
  if (doc.text.slice(lineStart, start).trim() !== '') return undefined

  const window = doc.before(lineStart, WINDOW).trimEnd()
  if (!window.endsWith(',')) return undefined

  const line = window.slice(window.lastIndexOf('\n') + 1, -1).trim()
  return SIGNOFFS.has(line) ? 'signoff' : undefined
}

/** The last `count` words of `text`, last first, lower case, split on anything not a letter. */
function lastWords(text: string, count: number): string[] {
  const found: string[] = []
  let end = text.length
  while (found.length < count && end > 0) {
    while (end > 0 && !isWordChar(text.charCodeAt(end - 1))) end--
    let start = end
    while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--
    if (start === end) break

    found.push(text.slice(start, end))
    end = start
  }

  return found
}

function isWordChar(code: number): boolean {
  // Letters plus the apostrophe, slash and hyphen that sit inside cue words ("f/u", "cc'd").
  return (code >= 97 && code <= 122) || code === 39 || code === 47 || code === 45
}

function words(cue: NameCue, list: string): [string, NameCue][] {
  return list.split(/\s+/).filter(Boolean).map((word) => [word, cue])
}

function phrases(cue: NameCue, list: readonly string[]): [string, NameCue][] {
  return list.map((phrase) => [phrase, cue])
}

/** Regular expressions this module runs, for the pattern-safety test. */
export const CUE_PATTERNS: readonly RegExp[] = [/^,? ?([A-Za-z][A-Za-z.-]{0,7})/, /^ ?\d/]
