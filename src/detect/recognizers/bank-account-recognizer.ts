import type { Candidate } from '../candidate.js'
import { isUpperCode } from '../char-codes.js'
import { hasTerm } from '../context.js'
import { DIGIT_RUN_PATTERN, digitRunsOf } from '../digit-runs.js'
import { labelAnchorsOf } from '../label-anchors.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'
import { isValidAbaRouting } from '../validators/aba.js'
import { isValidIban } from '../validators/iban.js'

// An account label, read in place on the lower-case text where "acc" or "a/c" stands (see
// label-anchors.ts): "account", "acct #", "a/c no.".
const ACCOUNT_LABEL =
  /\b(?:account|acct|a\/c)(?:[ \t]?(?:number|num|no\.?|#))?[ \t]{0,2}[:#.]?[ \t]{0,3}/y
// The number right after the label: 4 to 17 digits, dashes allowed between them.
const ACCOUNT_VALUE = /\d(?:-?\d){3,19}(?![\w-])/y
// IBAN: country, check digits, then groups of four (printed with spaces or not). Read in
// place at two capitals before a run of digits (see digit-runs.ts).
const IBAN_LIKE = /[A-Z](?<![\w-].)[A-Z]\d{2}(?: ?[A-Z\d]{4}){2,7}(?: ?[A-Z\d]{1,3})?(?![\w-])/y

// Words that make "account" a bank account rather than a hospital or patient account.
// prettier-ignore
const BANK_WORDS = [
  'routing', 'aba', 'rtn', 'ach', 'bank', 'banking', 'checking', 'savings', 'deposit',
  'direct deposit', 'wire', 'eft', 'iban', 'swift', 'credit union',
]
const ROUTING_WORDS = ['routing', 'aba', 'rtn', 'transit']

/**
 * Bank account numbers: digits after an account label when banking words (routing, ACH,
 * checking, savings, wire ...) stand within the same stretch of text, and IBANs anywhere
 * (country length and mod-97 check). A number that is a valid ABA routing number right
 * after "routing" is not reported: it names a bank, not a person.
 *
 * @example 'ACH refund: routing 011000015 account 000123456789' -> BANK_ACCOUNT (last number)
 */
export const bankAccountRecognizer: Recognizer = {
  name: 'bank-account',
  types: ['BANK_ACCOUNT'],
  patterns: [DIGIT_RUN_PATTERN, ACCOUNT_LABEL, ACCOUNT_VALUE, IBAN_LIKE],
  find(doc: ScanDocument): Candidate[] {
    return [...findLabelledAccounts(doc), ...findIbans(doc)]
  },
}

function findLabelledAccounts(doc: ScanDocument): Candidate[] {
  const found: Candidate[] = []
  let readTo = 0
  for (const at of labelStarts(doc)) {
    if (at < readTo) continue

    ACCOUNT_LABEL.lastIndex = at
    const label = ACCOUNT_LABEL.exec(doc.lower)
    if (!label) continue

    readTo = ACCOUNT_LABEL.lastIndex
    ACCOUNT_VALUE.lastIndex = readTo
    const value = ACCOUNT_VALUE.exec(doc.text)
    if (!value) continue

    const start = value.index
    const end = start + value[0].length
    // Banking words count on the same line only (a "Group: 123-ABA" above is not one).
    const from = Math.max(doc.lineStart(label.index), label.index - 64)
    const to = Math.min(doc.lineEnd(end), end + 40)
    const around = doc.lower.slice(from, to)
    const banking = BANK_WORDS.filter((word) => hasTerm(around, word))
    if (banking.length === 0) banking.push(...routingLineBefore(doc, label.index))
    if (banking.length === 0) continue

    const justBefore = doc.before(label.index, 16)
    const digits = value[0].replace(/-/g, '')
    if (isValidAbaRouting(digits) && ROUTING_WORDS.some((w) => hasTerm(justBefore, w))) continue
    found.push(account(start, end, 0.85, 'account number (banking context)', banking))
  }

  return found
}

/**
 * Refund and direct-deposit forms put the bank's routing number and the account number on
 * lines of their own ("Routing (ABA): 323075880" / "Account: 0004471902663"): a routing word
 * on the line just before an account label gives the banking context.
 */
function routingLineBefore(doc: ScanDocument, at: number): string[] {
  const lineStart = doc.lineStart(at)
  if (lineStart === 0) return []

  const previous = doc.lower.slice(doc.lineStart(lineStart - 1), lineStart)
  // Not "aba" alone: it ends codes too ("Group: 53186-ABA").
  return ['routing', 'rtn'].filter((word) => hasTerm(previous, word))
}

/** Where "acc" or "a/c" occurs, in text order: where an account label may start. */
function labelStarts(doc: ScanDocument): readonly number[] {
  const { acc, aSlashC } = labelAnchorsOf(doc)
  return aSlashC.length === 0 ? acc : [...acc, ...aSlashC].sort((a, b) => a - b)
}

function findIbans(doc: ScanDocument): Candidate[] {
  const { text } = doc
  const runs = digitRunsOf(doc)
  const found: Candidate[] = []
  let readTo = 0
  for (let i = 0; i < runs.count; i++) {
    const at = (runs.starts[i] ?? 0) - 2
    if (at < readTo || !isUpperCode(text.charCodeAt(at)) || !isUpperCode(text.charCodeAt(at + 1))) {
      continue
    }

    IBAN_LIKE.lastIndex = at
    const match = IBAN_LIKE.exec(text)
    if (!match) continue

    readTo = IBAN_LIKE.lastIndex
    // A trailing capitalised word can join the last group; retry without the last groups.
    let iban = match[0]
    for (let tries = 0; tries < 3 && !isValidIban(iban.replace(/ /g, '')); tries++) {
      const cut = iban.lastIndexOf(' ')
      iban = cut > 0 ? iban.slice(0, cut) : ''
    }
    if (!isValidIban(iban.replace(/ /g, ''))) continue

    found.push(account(at, at + iban.length, 0.9, 'iban (mod 97)', []))
  }

  return found
}

function account(
  start: number,
  end: number,
  score: number,
  pattern: string,
  supportingWords: string[],
): Candidate {
  return {
    type: 'BANK_ACCOUNT',
    start,
    end,
    score,
    recognizer: 'bank-account',
    pattern,
    ...(pattern.startsWith('iban') ? { validator: { name: 'iban-mod97', passed: true } } : {}),
    supportingWords,
    contextApplied: true,
  }
}
