import type { IdentifierType } from '../entity-types.js'

/** What a label in front of an identifier says the identifier is. */
export interface IdLabel {
  readonly type: IdentifierType
  /**
   * The word is a label only when a qualifier follows it ("Patient #", "Chart No."), because
   * on its own it is an ordinary word ("patient", "chart").
   */
  readonly needsQualifier?: boolean
  /**
   * A colon right after the word ("Chart: 10448") or a value shaped like an identifier,
   * letters and digits together ("case PRV-25-0112"), qualifies it as well. Left off words
   * whose bare values are often something else: device models, CPT codes, times.
   */
  readonly looseQualifier?: boolean
  /**
   * The value must mix capitals and digits, qualifier or not: invoices and lab reports give
   * "Reference: 938-21-4019" and "ref 135-145", while a payer's reference reads "PFS-558120".
   */
  readonly needsIdShape?: boolean
}

/** The label found in front of a token, as `readLabel` returns it. */
export interface LabelMatch {
  readonly type: IdentifierType
  /** The label words, lower case, for the finding's explanation ("member id"). */
  readonly words: string
}

const MRN = { type: 'MRN' } as const
const MRN_Q = { type: 'MRN', needsQualifier: true } as const
const MRN_L = { type: 'MRN', needsQualifier: true, looseQualifier: true } as const
const PLAN = { type: 'HEALTH_PLAN_ID' } as const
const PLAN_Q = { type: 'HEALTH_PLAN_ID', needsQualifier: true } as const
const PLAN_L = { type: 'HEALTH_PLAN_ID', needsQualifier: true, looseQualifier: true } as const
const ACCOUNT = { type: 'ACCOUNT_NUMBER' } as const
const ACCOUNT_Q = { type: 'ACCOUNT_NUMBER', needsQualifier: true } as const
const LICENSE = { type: 'LICENSE_NUMBER' } as const
const LICENSE_Q = { type: 'LICENSE_NUMBER', needsQualifier: true } as const
const DEVICE = { type: 'DEVICE_ID' } as const
const DEVICE_Q = { type: 'DEVICE_ID', needsQualifier: true } as const
const OTHER = { type: 'OTHER_ID' } as const
const OTHER_Q = { type: 'OTHER_ID', needsQualifier: true } as const
const OTHER_L = { type: 'OTHER_ID', needsQualifier: true, looseQualifier: true } as const
const OTHER_SHAPED = { type: 'OTHER_ID', needsIdShape: true } as const

/**
 * Label phrases (lower case words joined by one space, qualifiers left off) and the type of
 * identifier they introduce. Written from US registration, billing and HL7 practice.
 */
export const ID_LABELS: ReadonlyMap<string, IdLabel> = new Map<string, IdLabel>([
  // Medical record numbers
  ['mrn', MRN],
  ['mr', MRN_Q], // "MR#", "MR No." (alone it is mostly the honorific)
  ['med rec', MRN],
  ['med record', MRN],
  ['medical rec', MRN],
  ['medical record', MRN],
  ['medical records', MRN_Q],
  ['medrec', MRN],
  ['health record', MRN],
  ['hosp', MRN_Q],
  ['record', MRN_Q],
  ['chart', MRN_L],
  ['patient', MRN_L], // "Patient ID", "Patient #"
  ['pt', MRN_L],
  // Behavioural health, home health and social services call the patient a client.
  ['client', MRN_L],
  ['resident', MRN_Q], // long-term care
  ['hospital', MRN_Q], // "Hospital No." in UK-style records
  ['empi', MRN],
  ['mpi', MRN],
  ['emr', MRN_Q],
  ['file', MRN_Q], // "File No." of a clinic or practice
  ['hospice', MRN_Q], // "Hospice ID": the hospice's own patient number
  // Health plan member, subscriber, policy and group numbers
  ['member', PLAN],
  ['subscriber', PLAN],
  ['cardholder', PLAN], // pharmacy benefit cards
  ['mbr', PLAN_L],
  ['mem', PLAN_Q],
  ['sub', PLAN_Q],
  ['insured', PLAN_Q],
  ['ins', PLAN_Q],
  ['insurance', PLAN_Q], // "Insurance ID"
  ['policy', PLAN_Q], // alone it is often a hospital policy, which is not PHI
  ['policyholder', PLAN_Q],
  ['pol', PLAN_Q],
  ['group', PLAN],
  ['grp', PLAN],
  ['medicaid', PLAN_L],
  ['recipient', PLAN_Q], // Medicaid "Recipient ID"
  ['cin', PLAN_L], // Medicaid client identification number
  ['plan member', PLAN],
  // Pharmacy benefit cards: "RxGrp", "Rx Group", "RxID" (BIN and PCN name the processor).
  ['rxgrp', PLAN],
  ['rx group', PLAN],
  ['rx grp', PLAN],
  ['rxid', PLAN],
  ['health plan', PLAN_Q],
  // Patient, hospital and guarantor accounts
  ['acct', ACCOUNT],
  ['account', ACCOUNT],
  ['har', ACCOUNT], // hospital account record
  ['fin', ACCOUNT], // financial (encounter account) number
  ['hospital account record', ACCOUNT],
  ['guarantor', ACCOUNT_Q],
  // X12 837 and 835: the provider's "patient control number" is the claim's patient account.
  ['patient control', ACCOUNT],
  ['pt control', ACCOUNT],
  ['patient acct', ACCOUNT],
  ['billing', ACCOUNT_Q],
  // A collection agency's "Our File No." is the debtor's account with it.
  ['our file', ACCOUNT],
  // Driver's and professional licences
  ["driver's license", LICENSE],
  ['drivers license', LICENSE],
  ['driver license', LICENSE],
  ["driver's licence", LICENSE],
  ['drivers licence', LICENSE],
  ['driving licence', LICENSE],
  ["driver's lic", LICENSE],
  ['license', LICENSE],
  ['licence', LICENSE],
  ['lic', LICENSE_Q],
  ['dl', LICENSE],
  ['cdl', LICENSE],
  ['state id', LICENSE_Q],
  ['bar', LICENSE_Q], // an attorney's "State Bar No."
  ['asha', LICENSE], // speech-language pathologists' and audiologists' certification
  // Device serial numbers
  ['serial', DEVICE],
  ['s/n', DEVICE],
  ['sn', DEVICE],
  ['udi', DEVICE],
  ['imei', DEVICE],
  ['device', DEVICE_Q],
  ['implant', DEVICE_Q],
  // Encounter-level and other person-linked identifiers
  ['claim', OTHER],
  // A payer's or clearinghouse's control number for one claim: ICN, TCN, "claim control #".
  ['icn', OTHER],
  ['tcn', OTHER],
  ['claim control', OTHER],
  ['payer claim control', OTHER],
  ['accession', OTHER],
  ['acc', OTHER_L],
  ['encounter', OTHER],
  ['enc', OTHER_L],
  ['visit', OTHER_Q],
  ['csn', OTHER], // contact serial number (one encounter)
  ['prior auth', OTHER],
  ['prior authorization', OTHER],
  ['pre-authorization', OTHER],
  ['preauthorization', OTHER],
  ['authorization', OTHER_L],
  ['auth', OTHER_L],
  ['case', OTHER_L],
  ['referral', OTHER_L],
  ['specimen', OTHER_L],
  ['requisition', OTHER_L],
  ['reference', OTHER_SHAPED], // a payer's or lab's reference for one request
  ['ref', OTHER_SHAPED],
  ['event', OTHER_L], // incident and safety reports
  ['incident', OTHER_L],
  ['call', OTHER_L], // call-centre records
  ['report', OTHER_L], // police and accident reports
  ['pd', OTHER_Q], // a police department's report: "Springfield PD #26-0441"
  ['application', OTHER_L], // benefit and assistance applications
  ['kit', OTHER_L], // newborn screening and test kits
  ['appeal', OTHER_L],
  ['grievance', OTHER_L],
  ['lab', OTHER_Q], // "Lab #": the lab's accession
  ['admission', OTHER_Q],
  ['adm', OTHER_Q],
  ['episode', OTHER_Q],
  ['rx', OTHER_L], // prescription number: it names one patient's fill
  ['prescription', OTHER_L],
  ['passport', OTHER],
  // Records requests (release of information, amendment): one person's request.
  ['request', OTHER_Q],
  ['req', OTHER_Q],
  // An ambulance crew's patient care report, paper or electronic.
  ['pcr', OTHER],
  ['epcr', OTHER],
  // Blood bank and patient-identification bands: one patient's transfusion or stay.
  ['armband', OTHER_L],
  ['wristband', OTHER_L],
  ['bb', OTHER_Q],
  ['blood bank', OTHER_Q],
  // A telehealth platform numbers one person's visit. "Ticket" and "confirmation" are left
  // out: most are IT service-desk tickets and payment confirmations, not about a person.
  ['session', OTHER_L],
  ['registry', OTHER_Q], // immunisation and disease registries' person ID
  ['caqh', OTHER], // a clinician's credentialing profile
])

/** Words after a label that name its value without changing what it is ("MRN No.", "Acct #"). */
const QUALIFIERS: ReadonlySet<string> = new Set([
  '#',
  'no',
  'nbr',
  'num',
  'number',
  'id',
  'identifier',
])

/** Verbs between a label and its value ("MRN is 00123456"); they do not qualify a label. */
// "MRN (if known):", "Policy # (if applicable)" on forms are fillers too.
const FILLERS: ReadonlySet<string> = new Set([
  'is',
  'was',
  'are',
  'if',
  'known',
  'available',
  'applicable',
])

/**
 * Every word that can end a label, for a quick look before the full reading: the last word
 * of each phrase, the qualifiers and the fillers.
 */
const LAST_WORDS: ReadonlySet<string> = new Set([
  ...[...ID_LABELS.keys()].map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1)),
  ...QUALIFIERS,
  ...FILLERS,
])

/**
 * A filter over LAST_WORDS that needs no string: entry `hash & WORD_FILTER_MASK` is 1 when a
 * word with that `backwardHash` may be in the set. `mayEndLabel` runs on every token after a
 * letter; most of the words it reads are no label's end, and this turns them away without
 * slicing the word out and hashing it as a string.
 */
const WORD_FILTER_MASK = 0xffff
const WORD_FILTER = new Uint8Array(WORD_FILTER_MASK + 1)
for (const word of LAST_WORDS) WORD_FILTER[backwardHash(word) & WORD_FILTER_MASK] = 1

/** A hash of `word` taken from its last character to its first, as `mayEndLabel` reads. */
function backwardHash(word: string): number {
  let hash = 0
  for (let i = word.length - 1; i >= 0; i--) hash = (hash * 31 + word.charCodeAt(i)) | 0
  return hash
}

/**
 * Last words of the label phrases of two or more words, and last two words of those of
 * three: `lookUp` builds a longer phrase only when one of them ends it.
 */
const PHRASE_ENDS: ReadonlySet<string> = new Set(
  [...ID_LABELS.keys()]
    .filter((phrase) => phrase.includes(' '))
    .map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1)),
)
const LONG_PHRASE_ENDS: ReadonlySet<string> = new Set(
  [...ID_LABELS.keys()]
    .map((phrase) => phrase.split(' '))
    .filter((words) => words.length >= 3)
    .map((words) => words.slice(-2).join(' ')),
)

/**
 * US state and territory codes, which often sit between a licence label and its number
 * ("Driver's License (CA): D1234567").
 */
const STATE_CODES: ReadonlySet<string> = new Set(
  (
    'al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv ' +
    'nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy pr gu vi'
  ).split(' '),
)

/**
 * Words before a label that make the number belong to a business, not a person: "GL account
 * 7240-110-6610" in a purchase order, "vendor account", "merchant ID".
 */
const BUSINESS_OWNERS: ReadonlySet<string> = new Set([
  'gl',
  'ledger',
  'expense',
  'budget',
  'revenue',
  'vendor',
  'supplier',
  'merchant',
  'corporate',
  // Change and service requests of IT and facilities: "Change Request #CHG0048812".
  'change',
  'service',
  'feature',
  'pull',
  'merge',
])

/** Owners of an "ID" that is not a member's: "Provider ID", "Tax ID", "User ID". */
const OTHER_OWNERS: ReadonlySet<string> = new Set([
  'provider',
  'prov',
  'employee',
  'staff',
  'user',
  'login',
  'tax',
  'vendor',
  'supplier',
  'payer',
  'payor',
  'device',
  'order',
  'transaction',
  'batch',
])

/** Words that name insurance before a payer's name ("Ins: SelectHealth ID SH0044812275"). */
const PLAN_WORDS: ReadonlySet<string> = new Set([
  'ins',
  'insurance',
  'insurer',
  'payer',
  'payor',
  'plan',
  'carrier',
  'coverage',
  'primary',
  'secondary',
])

/**
 * Most label words looked at, closest first. The longest phrase in ID_LABELS has three; a
 * payer's name of several words may stand between "Payer:" and a bare "ID".
 */
const MAX_WORDS = 7
/** How far back a label may start, in characters from the token. */
export const LABEL_REACH = 40

/**
 * True when the word right before `end` (separators skipped) can end a label. Cheap enough
 * to run on every token; `readLabel` then reads the whole label.
 */
export function mayEndLabel(lower: string, end: number, limit: number): boolean {
  let i = end
  while (i > limit && isSeparator(lower.charCodeAt(i - 1))) i--
  if (lower.charCodeAt(i - 1) === 35 /* # */) return true

  // The word is read backwards with its hash, and the hash of the part after its last slash:
  // "acct/chart" ends a label when "chart" does (see slashTail).
  let from = i
  let hash = 0
  let tailFrom = -1
  let tailHash = 0
  while (from > limit && i - from < 20) {
    const code = lower.charCodeAt(from - 1)
    if (!isLabelChar(code)) break
    if (code === 47 /* / */ && tailFrom === -1) {
      tailFrom = from
      tailHash = hash
    }
    hash = (hash * 31 + code) | 0
    from--
  }
  if (from < i && WORD_FILTER[hash & WORD_FILTER_MASK] === 1) {
    if (LAST_WORDS.has(lower.slice(from, i))) return true
  }
  if (tailFrom - 1 > from && tailFrom < i && WORD_FILTER[tailHash & WORD_FILTER_MASK] === 1) {
    if (LAST_WORDS.has(lower.slice(tailFrom, i))) return true
  }
  // "Registry ID (WAIIS): ...": the label ends before a word in parentheses.
  const aside = parenthesisedWordStart(lower, i, limit)
  if (aside !== -1) return mayEndLabel(lower, aside, limit)

  // A state code may stand between a licence label and its number.
  return i - from === 2 && STATE_CODES.has(lower.slice(from, i)) && mayEndLabel(lower, from, limit)
}

/**
 * Reads the label that ends right before `end` in lower-case text, looking back no further
 * than `limit` and never across a line break.
 *
 * Separators between the label and the value (`:`, `#`, `.`, `(`, spaces) are skipped;
 * qualifier words (`#`, `no`, `number`, `id`) are dropped before the phrase is looked up.
 * A bare "ID" counts as a plan label when `payerNear` finds a payer named before it: right
 * before it (`adjacent`, "Aetna ID") or anywhere shortly before "(ID".
 *
 * @example
 * readLabel('patient acct no: ', 17, 0) // { type: 'ACCOUNT_NUMBER', words: 'acct no' }
 */
export function readLabel(
  lower: string,
  end: number,
  limit: number,
  payerNear?: (at: number, adjacent: boolean) => boolean,
  idShaped = false,
): LabelMatch | undefined {
  const words: string[] = []
  const starts: number[] = []
  let i = end
  while (words.length < MAX_WORDS && i > limit) {
    const code = lower.charCodeAt(i - 1)
    if (isSeparator(code)) {
      i--
      continue
    }
    if (code === 35 /* # */) {
      words.push('#')
      starts.push(i - 1)
      i--
      continue
    }
    // "State registry ID (WAIIS):", "Member ID (primary):": a word in parentheses between
    // the label and its value names a system or a variant; the label is before it.
    const aside = words.length === 0 ? parenthesisedWordStart(lower, i, limit) : -1
    if (aside !== -1) {
      i = aside
      continue
    }
    if (!isLabelChar(code)) break

    let from = i - 1
    let curly = code === 8217
    let slash = code === 47
    while (from > limit && isLabelChar(lower.charCodeAt(from - 1))) {
      const before = lower.charCodeAt(from - 1)
      curly ||= before === 8217
      slash ||= before === 47
      from--
    }
    const sliced = lower.slice(from, i)
    const word = curly ? sliced.replaceAll('\u2019', "'") : sliced
    // "Acct/Chart #": of two labels joined by a slash, the one next to the value counts.
    const tail = slash ? slashTail(word) : word
    words.push(tail)
    starts.push(i - tail.length)
    i = from
  }

  return interpret({ lower, words, starts, idShaped }, payerNear)
}

/**
 * Where "(" opens a word of letters, digits and hyphens that ends right before `end` with
 * ")" ("(cair2)", "(primary)"); -1 when none does.
 */
function parenthesisedWordStart(lower: string, end: number, limit: number): number {
  if (lower.charCodeAt(end) !== 41 /* ) */) return -1

  let from = end
  while (from > limit && end - from < 12 && isAsideChar(lower.charCodeAt(from - 1))) from--
  return from < end && lower.charCodeAt(from - 1) === 40 /* ( */ ? from - 1 : -1
}

function isAsideChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45
}

/** The part of "acct/chart" after its last slash, unless the whole is a label ("s/n"). */
function slashTail(word: string): string {
  const slash = word.lastIndexOf('/')
  if (slash <= 0 || slash === word.length - 1 || LAST_WORDS.has(word)) return word

  return word.slice(slash + 1)
}

/** The words read back from a value, nearest first, and where each starts. */
interface LabelWords {
  readonly lower: string
  readonly words: string[]
  readonly starts: number[]
  /** The value mixes capitals and digits ("PRV-25-0112"), as identifiers do. */
  readonly idShaped: boolean
}

function interpret(
  read: LabelWords,
  payerNear: ((at: number, adjacent: boolean) => boolean) | undefined,
): LabelMatch | undefined {
  const { lower, words, starts } = read
  let first = 0
  while (first < words.length && FILLERS.has(words[first] ?? '')) first++
  let qualified = first
  while (qualified < words.length && QUALIFIERS.has(words[qualified] ?? '')) qualified++

  const found = lookUp(read, qualified, qualified > first, payerNear)
  if (found) return found

  // "Driver's License (CA): D1234567": a state code between the label and the number.
  if (STATE_CODES.has(words[first] ?? '')) {
    const rest = { ...read, words: words.slice(first + 1), starts: starts.slice(first + 1) }
    const licence = interpret(rest, undefined)
    if (licence?.type === 'LICENSE_NUMBER') return licence
  }
  if (qualified === first || words[qualified - 1] !== 'id') return undefined

  // "Provider ID", "Employee ID": the ID of someone else, whatever payer is named before.
  if (OTHER_OWNERS.has(words[qualified] ?? '')) return undefined

  // "Aetna (ID W123456789)", "Aetna ID: W123456789": a bare ID right after a payer's name.
  // A value shaped like a member ID may follow the payer's full plan name ("Humana Gold Plus
  // HMO ID H41928873", "Blue Cross of Idaho   ID XUL9088124").
  const idAt = starts[qualified - 1] ?? 0
  const adjacent = lower[idAt - 1] !== '(' && !read.idShaped
  if (payerNear?.(idAt, adjacent)) return { type: 'HEALTH_PLAN_ID', words: 'id' }

  // "Ins: SelectHealth ID ...", "Payer: Blue Valley Health Plus HMO ID ...": a payer the list
  // does not know, named after a word for insurance.
  for (let k = qualified + 1; k <= qualified + 5 && k < words.length; k++) {
    if (PLAN_WORDS.has(words[k] ?? '')) return { type: 'HEALTH_PLAN_ID', words: 'id' }
  }

  return undefined
}

/** Tries the longest phrase first: "prior authorization" before "authorization". */
function lookUp(
  read: LabelWords,
  from: number,
  qualified: boolean,
  payerNear?: (at: number, adjacent: boolean) => boolean,
): LabelMatch | undefined {
  const { words } = read
  const one = words[from]
  if (one === undefined) return undefined
  // A phrase that no label ends the same way is not built: ID_LABELS could not have it.
  const two =
    from + 1 < words.length && PHRASE_ENDS.has(one) ? `${words[from + 1]} ${one}` : undefined
  const three =
    two && from + 2 < words.length && LONG_PHRASE_ENDS.has(two)
      ? `${words[from + 2]} ${two}`
      : undefined

  for (let size = 3; size >= 1; size--) {
    const phrase = size === 3 ? three : size === 2 ? two : one
    const label = phrase === undefined ? undefined : ID_LABELS.get(phrase)
    if (!label || (label.needsIdShape === true && !read.idShaped)) continue
    // "Harvard Pilgrim Health Care (policy HP00381902)": a payer named shortly before a plan
    // label whose value is shaped like an identifier.
    const insurer =
      label.type === 'HEALTH_PLAN_ID' &&
      (planWordBefore(words, from + size) ||
        (read.idShaped && payerNear?.(read.starts[from] ?? 0, false) === true))
    if (label.needsQualifier && !qualified && !insurer && !looselyQualified(read, from, label)) {
      continue
    }
    if (BUSINESS_OWNERS.has(words[from + size] ?? '')) return undefined

    // The phrase, then the qualifiers after it in text order ("member id no").
    let labelWords = phrase ?? ''
    for (let k = from - 1; k >= 0; k--) labelWords += ` ${words[k] ?? ''}`
    return { type: label.type, words: labelWords }
  }

  return undefined
}

/**
 * "Insurer: Pinnacol Assurance  Policy 4100873-2026": an insurance word a few words before a
 * plan label ("policy" alone is often a hospital's policy) says whose number it is.
 */
function planWordBefore(words: readonly string[], from: number): boolean {
  for (let k = from; k < from + 4 && k < words.length; k++) {
    if (PLAN_WORDS.has(words[k] ?? '')) return true
  }

  return false
}

/** "Chart: 10448" (a colon right after the word) or "case PRV-25-0112" (an ID-shaped value). */
function looselyQualified(read: LabelWords, at: number, label: IdLabel): boolean {
  if (label.looseQualifier !== true) return false
  if (read.idShaped) return true

  const wordEnd = (read.starts[at] ?? 0) + (read.words[at]?.length ?? 0)
  return read.lower.charCodeAt(wordEnd) === 58 /* : */
}

// Space, tab, ':', '.', '(', ')', '[', '=' sit between label words and between label and value.
function isSeparator(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 58 ||
    code === 46 ||
    code === 40 ||
    code === 41 ||
    code === 91 ||
    code === 61
  )
}

// Lower-case letters, apostrophes (driver's), slash (s/n) and hyphen (pre-authorization).
function isLabelChar(code: number): boolean {
  return (code >= 97 && code <= 122) || code === 39 || code === 8217 || code === 47 || code === 45
}
