import type { ScanDocument } from '../scan-document.js'

/** Titles before a name; the span leaves them out. Lower case, without the period. */
export const TITLES: ReadonlySet<string> = new Set([
  'dr',
  'drs',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'prof',
  'messrs',
  // Spanish, French and German honorifics, as written in US records too.
  'doña',
  'dona',
  'señora',
  'senora',
  'señor',
  'senor',
  'sra',
  'srta',
  'mme',
  'mlle',
  'madame',
  'monsieur',
  'frau',
  'herr',
  'rev',
  // "Dra. Villanueva" (Spanish "doctora"), "Atty. Barraclough" (attorney).
  'dra',
  'atty',
  // Religious titles: "Br. Amadou" (Brother), "Fr. Kowalski" (Father).
  'br',
  'fr',
])

/** Credentials after a name; the span leaves them out. Keys as from keyOf ("pa-c" -> "pac"). */
export const CREDENTIALS: ReadonlySet<string> = new Set(
  `md do rn np pac pa phd lpn cna pharmd dnp aprn crna dds dmd dpm fnp fnpc msw lcsw rph
  od psyd mph facp facc anp acnp cnm cns lvn rrt slp ccc mbbs bsn msn rhia rhit cma rda rdh
  otr cota pta atc emt ccrn cen cpnp fnpbc agacnp lmft lpc lcpc ma mft cpht cccslp mlt
  mt mls licsw lmsw lisw ccm cwocn wocn cwon rdn bcba cadc cdces`.split(/\s+/),
)

/**
 * The words that make a lower-case name after them likely, as a pattern source: "hey royal -",
 * "spoke w/ diana adams". The shared word pass (name-tokens.ts) finds where they stand.
 */
export const LOWER_NAME_CUES = String.raw`hey|hi|hello|dear|[Nn]ame:|NAME:|[Pp]atient:|PATIENT:|[Pp]t:|PT:|w\/|pt|per|mr\.|mrs\.|ms\.|dr\.?|son|daughter|wife|husband|partner|mother|father|sister|brother|nephew|niece|grandson|granddaughter|friend|spouse|caregiver|copying`

/** What kind of word stood before a name. Label, title and the rest are all strong. */
export type NameCue = 'title' | 'label' | 'relation' | 'greeting' | 'signoff' | 'verb'

// Field labels whose value is a person. Compared with the words before the colon.
const LABELS: ReadonlySet<string> = new Set(
  `name, patient, patient name, patient's name, patients name, name of patient, insured's name,
  member's name, subscriber's name, guarantor's name, pt, pt name, provider, ordering,
  ordering provider, ordering physician, referring, referring physician, referring provider,
  attending, attending physician, pcp, primary care, primary care physician, rendering,
  rendering provider, subscriber, subscriber name, insured, insured name, guarantor,
  guarantor name, policy holder, policyholder, emergency contact, contact, contact name,
  next of kin, signature, signed, signed by, dictated by, transcribed by, reviewed by,
  verified by, collected by, performed by, authorized by, approved by, medical director, director,
  surgeon, anesthesiologist, physician, clinician, nurse, resident, fellow, consultant, therapist,
  pharmacist, prescriber, case manager, social worker, care coordinator, from, to, cc, re, attn,
  attention, patient name last first, last name, first name, middle name, preferred name,
  legal name, full name, mother, father, spouse, parent, guardian, caregiver, member, member name,
  beneficiary, recipient, witness, interpreter, author, sender, requested by, requestor,
  ordered by, seen by, tech, technician, cardholder, card holder, account holder, claimant,
  decedent, informant,
  owner, driver, employee, client name, recorder, operator, hygienist, sitter, student, child,
  minor, athlete, other names, other names used, aka, alias, also known as, maiden name,
  former name, previous name`
    .split(',')
    .map((label) => label.trim()),
)

// The last word of a label that names a person's role: "Admitting Physician:".
const ROLE_WORDS: ReadonlySet<string> = new Set(
  `physician physicians provider surgeon nurse doctor pathologist radiologist technologist
  technician therapist dietitian pharmacist scribe resident fellow attending author clinician
  practitioner assistant coordinator manager director worker contact guardian caregiver
  witness interpreter sender recipient person party representative anesthesiologist
  hospitalist intern midwife chaplain counselor psychologist psychiatrist dentist optometrist
  podiatrist chiropractor paramedic aide volunteer parent/guardian hygienist operator sitter
  landlord supervisor officer trooper adjuster caseworker advocate attorney holder
  informant navigator educator doula reviewer examiner clerk scheduler registrar
  receptionist phlebotomist transcriptionist`.split(/\s+/),
)

/**
 * Job titles written right before a name ("Chaplain Mark Evans", "attending Rachel Goldberg").
 * Lower case. Titles that are also surnames ("Nurse", "Doctor") are left out.
 */
export const ROLE_TITLES: ReadonlySet<string> = new Set(
  `chaplain surgeon therapist pharmacist resident intern physician dietitian interpreter
  coordinator technologist technician radiologist pathologist hospitalist midwife counselor
  psychologist psychiatrist paramedic aide attending anesthesiologist nurse hygienist sitter
  landlord landlady supervisor manager trooper officer deputy detective sergeant sgt
  lieutenant captain caseworker adjuster attorney paralegal dispatcher driver navigator
  educator doula pastor rabbi imam reverend`.split(/\s+/),
)

// Words right before a name (no colon): relations, greetings and verbs of contact.
const CUE_WORDS: ReadonlyMap<string, NameCue> = new Map([
  ...[...ROLE_TITLES].map((word): [string, NameCue] => [word, 'title']),
  ...words(
    'relation',
    `son daughter wife husband spouse partner mother father mom dad sister
    brother niece nephew grandson granddaughter grandmother grandfather grandma grandpa aunt
    uncle cousin friend neighbor neighbour caregiver guardian fiance fiancee girlfriend
    boyfriend stepson stepdaughter stepmother stepfather roommate patient pt colleague
    son-in-law daughter-in-law mama papa`,
  ),
  ...words('greeting', 'dear hi hello hey thanks thank morning afternoon evening'),
  ...words('verb', "copying cc cc'd cc'ing paging paged notified c/o cosigned co-signed named"),
])
const CUE_PHRASES: ReadonlyMap<string, NameCue> = new Map(
  list(
    `signed by, dictated by, seen by, reviewed by, examined by, referred by, called to, spoke to,
    spoke with, spoke w/, talked to, talked with, discussed with, follow up with, followup with,
    f/u with, accompanied by, message from, message for, call from, call to, covering for,
    cosigned by, co-signed by, read back by, verified by, reported to, handed off to,
    care of, results to, sent to, faxed to, this is, name is, drawn by, redrawn by, witnessed by,
    interpreted by, prepared by, completed by, entered by, documented by, administered by,
    triaged by, evaluated by, assessed by, treated by, counseled by, consented by, obtained by,
    locked by, released by, received by, picked up by, left with, communicated to, phoned to,
    relayed to, read back to, given to, reported by`,
  ).map((phrase) => [phrase, 'verb']),
)
// The last word of each phrase ("by", "with", "w/"), and the last two of longer phrases.
const PHRASE_LAST_WORDS: ReadonlySet<string> = new Set(
  [...CUE_PHRASES.keys()].map((phrase) => phrase.split(' ').at(-1) ?? ''),
)
const PHRASE_ENDINGS: ReadonlySet<string> = new Set(
  [...CUE_PHRASES.keys()].map((phrase) => phrase.split(' ').slice(-2).join(' ')),
)
// Every word that cueBefore reads as a cue, or as the end of one, right before a name.
const WORDS_BEFORE_NAME: ReadonlySet<string> = new Set([
  ...TITLES,
  ...CREDENTIALS,
  ...CUE_WORDS.keys(),
  ...PHRASE_LAST_WORDS,
])
// Words of time after a role in a label: "Your nurse today:".
const WHEN_WORDS: ReadonlySet<string> = new Set(['today', 'tonight', 'now'])
const SIGNOFFS: ReadonlySet<string> = new Set(
  list(
    `thanks, thank you, sincerely, regards, best regards, kind regards, best, warm regards,
    respectfully, cheers, take care, thx, yours truly, warmly, many thanks, with thanks, cordially`,
  ),
)
const LONGEST_SIGNOFF = Math.max(...[...SIGNOFFS].map((signoff) => signoff.length))

/**
 * The cue right before `start`, if any: a title ("Dr."), a field label ("Patient:"), a
 * relation or contact word ("his son", "spoke with"), a greeting ("Dear") or a sign-off on
 * the line above ("Thanks,").
 *
 * @example
 * cueBefore(new ScanDocument('Ordering: Jane Roe'), 10) // 'label'
 */
export function cueBefore(doc: ScanDocument, start: number): NameCue | undefined {
  const lower = doc.lower
  let i = start - 1
  // An opening quote: 'From: "Okonkwo, Chinwe" <...>', and a JSON array: '"given": ["Ana"]'.
  // Codes, not one-letter strings: this runs for every run of capitalised words.
  const quote = lower.charCodeAt(i)
  if (quote === 34 || quote === 0x201c) i--
  if (lower.charCodeAt(i) === 91 && lower.charCodeAt(i + 1) === 34) i--
  while (i >= 0 && lower.charCodeAt(i) === 32) i--
  if (i < 0) return undefined
  if (lower.charCodeAt(i) === 10) {
    const signoff = signoffAbove(doc, start)
    // A line wrapped in running text ("call his wife\nMaribel") reads as a space.
    if (signoff || !isWordChar(lower.charCodeAt(i - 1))) return signoff
    i--
  }

  const last = lower[i]
  if (last === ':') return labelBefore(lower, i)
  // A period: "Dr. Lee" or "Pt. Lee" after an abbreviation; otherwise a sentence ended.
  if (last === '.') {
    if (i === start - 1) return undefined
    const word = wordBefore(lower, i)
    if (TITLES.has(word) && !isUnitAfterNumber(lower, i - word.length)) return 'title'
    return word === 'pt' ? 'relation' : undefined
  }
  // "/s/ I. Halvorsen": an electronic signature.
  if (last === '/' && lower.startsWith('/s/', i - 2)) return 'label'
  if (last === '-' && isSignatureDash(doc, i, start)) return 'signoff'
  if (last === ',' || last === '-' || last === '(') {
    let end = i
    while (end > 0 && lower.charCodeAt(end - 1) === 32) end--
    const cue = CUE_WORDS.get(wordBefore(lower, end))
    // "the evening sitter, Marisol,": a job title, a relation or a greeting, then a comma.
    return cue === 'relation' || cue === 'greeting' || (cue === 'title' && last === ',')
      ? cue
      : undefined
  }
  if (i === start - 1 || !isWordChar(lower.charCodeAt(i))) return undefined

  const one = wordBefore(lower, i + 1)
  // Most words before a capitalised word ("for", "the") cue nothing: one look-up for them.
  if (!WORDS_BEFORE_NAME.has(one)) return undefined
  if (TITLES.has(one)) return 'title'
  // "NP Lisa Jones": a credential in capitals before the name.
  const oneStart = i + 1 - one.length
  if (CREDENTIALS.has(one) && isCredentialWord(doc.text, one, oneStart, i + 1)) {
    // Not a credential that ends the name before: "Dawn Purdy, DO   May 24th".
    const single = i === start - 2
    return single && lower[oneStart - 2] !== ',' ? 'title' : undefined
  }
  const cue = CUE_WORDS.get(one)
  // "PT" in capitals is physical therapy or a model name ("PT Cruiser"), not "patient".
  if (cue && !(one === 'pt' && doc.text[i] === 'T')) return cue

  // Phrases are tried only after a word that ends one: no strings built for the rest.
  if (!PHRASE_LAST_WORDS.has(one) || lower.charCodeAt(oneStart - 1) !== 32) return undefined
  const two = wordBefore(lower, oneStart - 1)
  const pair = `${two} ${one}`
  if (CUE_PHRASES.has(pair)) return 'verb'
  if (!PHRASE_ENDINGS.has(pair)) return undefined
  const twoStart = oneStart - 1 - two.length
  if (lower.charCodeAt(twoStart - 1) !== 32) return undefined
  const three = wordBefore(lower, twoStart - 1)

  return CUE_PHRASES.has(`${three} ${two} ${one}`) ? 'verb' : undefined
}

/** Every single word that cues a name after it ("son", "copying"): never a name itself. */
export const CUE_WORD_KEYS: ReadonlySet<string> = new Set(CUE_WORDS.keys())

/** True for the last word of a role ("reviewer", "coordinator"): "Dear Appeals Reviewer". */
export function isRoleWord(word: string): boolean {
  return ROLE_WORDS.has(word)
}

/** True for a relation word such as "daughter", "spouse" or "patient". */
export function isRelationWord(word: string): boolean {
  return CUE_WORDS.get(word) === 'relation'
}

/** True when a credential follows `end`: ", MD", " RN", ", M.D.", ", PA-C". */
export function credentialAfter(doc: ScanDocument, end: number): boolean {
  // Credentials start with a capital one or two characters on: " MD", ", RN".
  const text = doc.text
  const at = text.charCodeAt(end) === 44 ? end + 1 : end
  const first = text.charCodeAt(text.charCodeAt(at) === 32 ? at + 1 : at)
  if (first < 65 || first > 90) return false

  const after = text.slice(end, end + 12)
  const match = CREDENTIAL_AFTER.exec(after)
  if (!match?.[1]) return false

  const word = match[1]
  // Most words hold no period or hyphen ("MD", "Reports"): no replace() for them.
  const plain =
    word.includes('.') || word.includes('-') ? word.replace(CREDENTIAL_PUNCTUATION, '') : word
  const key = plain.toLowerCase()
  // A bare "PA" is more often Pennsylvania than a physician assistant ("Erie, PA.").
  if (!CREDENTIALS.has(key) || key === 'pa') return false
  // "MD", "DO" and "PA" are also states: "Baltimore, MD 21201".
  const rest = after.slice(match[0].length)
  if (DIGIT_AFTER.test(rest)) return false
  // "Charge RN: Pua", "Verified RPh Ashok": a credential that heads a label or stands before
  // a name is the role of the name after it, not of the word before.
  if (!match[0].startsWith(',') && (rest.startsWith(':') || NAME_AFTER.test(rest))) return false
  // Credentials are written in capitals ("MD", "PharmD"); "do" and "pa" in lower case are words.
  const code = word.charCodeAt(0)
  return code >= 65 && code <= 90
}

/** "150 ms. Sensing": a unit after a number, not the title "Ms.". */
function isUnitAfterNumber(lower: string, wordStart: number): boolean {
  let i = wordStart - 1
  if (lower.charCodeAt(i) === 32) i--
  const code = lower.charCodeAt(i)
  return code >= 48 && code <= 57
}

/**
 * "-Rohan" or "-- Ana Lima" closing a message: a dash opening a line, a name filling the rest
 * of it, and a blank line or the end of the text after. A dash in a list ("- Metformin") has
 * list lines around it.
 */
function isSignatureDash(doc: ScanDocument, dash: number, start: number): boolean {
  const text = doc.text
  const lineStart = doc.lineStart(dash)
  for (let i = lineStart; i < dash; i++) {
    const code = text.charCodeAt(i)
    if (code !== 45 && code !== 32 && code !== 0x2014 && code !== 0x2013) return false
  }
  let end = text.indexOf('\n', start)
  if (end === -1) end = text.length
  if (end - start > 40 || !SIGNATURE_NAME.test(text.slice(start, end))) return false
  // A blank line (or the end) after, and no list dashes on the nearest lines around.
  const after = text.slice(end, end + 3)
  const last = end === text.length || (end + 1 === text.length && after === '\n')
  if (!(last || after.startsWith('\n\n') || after.startsWith('\r\n\r'))) return false

  let above = lineStart - 1
  while (above > 0 && (text[above] === '\n' || text[above] === '\r')) above--
  if (above > 0 && LIST_DASH.test(text.slice(doc.lineStart(above), above + 1))) return false
  let below = end
  while (below < text.length && (text[below] === '\n' || text[below] === '\r')) below++
  return !LIST_DASH.test(text.slice(below, below + 8))
}

/** A field label ending at the colon at `colon`, read back to the start of the line. */
function labelBefore(lower: string, colon: number): NameCue | undefined {
  // A JSON or quoted key: '"nameGiven":', '"family_name":', '"lastName":'.
  if (lower[colon - 1] === '"') return quotedKey(lower, colon - 1) ? 'label' : undefined
  let end = skipParenthetical(lower, colon)
  let label = ''
  for (let n = 0; n < 4; n++) {
    while (end > 0 && lower.charCodeAt(end - 1) === 32) end--
    const written = wordBefore(lower, end)
    if (written === '') return undefined
    // "Preferred name/pronouns:": the label is the word before the slash.
    const slash = n === 0 ? written.indexOf('/') : -1
    const word = slash > 1 ? written.slice(0, slash) : written

    label = label === '' ? word : `${word} ${label}`
    if (LABELS.has(label)) return 'label'
    // "Admitting Physician:", "Case Manager:", "Wife:", "Referring Provider Name:".
    if (n === 0 && (ROLE_WORDS.has(word) || CUE_WORDS.get(word) === 'relation')) return 'label'
    // "Charge RN:", "Primary NP:", "Pre-op RN:": a credential names the role of the person.
    if (n === 0 && CREDENTIALS.has(word) && !STATE_LIKE_CREDENTIALS.has(word)) return 'label'
    if (n === 1 && label.endsWith(' name') && ROLE_WORDS.has(word)) return 'label'
    // "Name on account:", "Name of insured:": a label that opens with "name".
    if (n > 0 && word === 'name') return 'label'
    // "Your nurse today:", "RN tonight:": a role, then when.
    if (n === 1 && ROLE_WORDS.has(word) && WHEN_WORDS.has(label.slice(word.length + 1))) {
      return 'label'
    }
    end -= written.length
  }

  return undefined
}

/** Whether the quoted key closing at `quote` names a person's name or a part of it. */
function quotedKey(lower: string, quote: number): boolean {
  const open = lower.lastIndexOf('"', quote - 1)
  if (open === -1 || quote - open > 32) return false

  return NAME_KEY.test(lower.slice(open + 1, quote))
}

/** "Name (Last, First):": the end of the label before a parenthetical that closes it. */
function skipParenthetical(lower: string, colon: number): number {
  let end = colon
  while (end > 0 && lower.charCodeAt(end - 1) === 32) end--
  if (lower[end - 1] !== ')') return colon

  const open = lower.lastIndexOf('(', end)
  return open > 0 && end - open <= 24 ? open : colon
}

function signoffAbove(doc: ScanDocument, start: number): NameCue | undefined {
  const text = doc.text
  const lineStart = doc.lineStart(start)
  for (let i = lineStart; i < start; i++) if (text.charCodeAt(i) !== 32) return undefined

  // The line above is a sign-off ("Thanks,", "thx"), possibly with blank lines between.
  let i = lineStart - 1
  while (i >= 0 && (text[i] === '\n' || text[i] === '\r' || text[i] === ' ')) i--
  const end = text[i] === ',' ? i : i + 1
  // Most lines above are prose, too long for a sign-off even when trimmed: a character that
  // trim() keeps at the end, and another more than LONGEST_SIGNOFF before it on the same line,
  // say so without a search back for where the line starts.
  const far = end - LONGEST_SIGNOFF - 1
  if (far >= 0 && !mayTrim(text.charCodeAt(end - 1)) && !mayTrim(text.charCodeAt(far))) {
    const lineBreak = text.indexOf('\n', far)
    if (lineBreak === -1 || lineBreak >= end) return undefined
  }
  const line = doc.lower.slice(doc.lineStart(i), end).trim()
  return SIGNOFFS.has(line) ? 'signoff' : undefined
}

/** A space, a control character or any character above ASCII: one that trim() may drop. */
function mayTrim(code: number): boolean {
  return code <= 32 || code >= 127
}

/** A credential as written before a name: in capitals ("NP"), or "RPh", "PharmD", "PsyD". */
function isCredentialWord(text: string, key: string, start: number, end: number): boolean {
  if (isUpperWord(text, start, end)) return true
  const code = text.charCodeAt(start)
  return MIXED_CASE_CREDENTIALS.has(key) && code >= 65 && code <= 90
}

function isUpperWord(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code >= 97 && code <= 122) return false
  }

  return true
}

/** The word that ends at `end` (letters, apostrophes, slashes, hyphens), lower case. */
function wordBefore(lower: string, end: number): string {
  let start = end
  while (start > 0 && isWordChar(lower.charCodeAt(start - 1))) start--

  return lower.slice(start, end)
}

function isWordChar(code: number): boolean {
  // Letters plus the apostrophe, slash and hyphen that sit inside cue words ("f/u", "cc'd").
  return (code >= 97 && code <= 122) || code === 39 || code === 47 || code === 45
}

function words(cue: NameCue, list: string): Array<[string, NameCue]> {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [word, cue])
}

/** A comma-separated list of phrases, trimmed. */
function list(text: string): string[] {
  return text.split(',').map((item) => item.trim())
}

const CREDENTIAL_AFTER = /^,? ?([A-Za-z][A-Za-z.-]{0,7})/
// The rest of a signature line: one to three capitalised words, initials and hyphens.
const SIGNATURE_NAME =
  /^[A-Z][A-Za-z\u00C0-\u024F'’.-]{0,20}(?: [A-Z][A-Za-z\u00C0-\u024F'’.-]{0,20}){0,2} ?$/
const LIST_DASH = /^ {0,4}[-*•] /
const CREDENTIAL_PUNCTUATION = /[.-]/g
const DIGIT_AFTER = /^,? ?\d{5}(?!\d)/
// A capitalised word after a credential: the name it belongs to ("RPh Ashok Bhattacharya").
const NAME_AFTER = /^ [A-Z][a-z]/
// Keys of a name in JSON and exports, lower case: "namegiven", "family_name", "pt_last", "given".
// A bare "name" is left out: plans, codes and organisations have one too.
const NAME_KEY =
  /^(?:[a-z]{1,10}_)?(?:(?:first|last|given|family|middle|full|legal|preferred|maiden|sur|nick|display|patient|member|guardian|contact)_?name|name_?(?:given|family|first|last|middle|full)|given|family|surname|first|last)$/
/** Credentials that are written in mixed case. */
const MIXED_CASE_CREDENTIALS: ReadonlySet<string> = new Set(['rph', 'pharmd', 'psyd', 'phd'])
/** Credentials that are also common words or state codes: no role label on their own. */
const STATE_LIKE_CREDENTIALS: ReadonlySet<string> = new Set(['do', 'pa', 'ma', 'od', 'ccc'])

/** Regular expressions this module runs, for the pattern-safety test. */
export const CUE_PATTERNS: readonly RegExp[] = [
  SIGNATURE_NAME,
  LIST_DASH,
  CREDENTIAL_AFTER,
  CREDENTIAL_PUNCTUATION,
  DIGIT_AFTER,
  NAME_AFTER,
  NAME_KEY,
]
