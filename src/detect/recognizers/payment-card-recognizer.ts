import type { Candidate } from '../candidate.js'
import { isWordCode } from '../char-codes.js'
import { DIGIT_RUN_PATTERN, digitRunsOf, type DigitRuns } from '../digit-runs.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'
import { isValidPaymentCard } from '../validators/payment-card.js'

// 13 to 19 digits from a network's first digit (2-6, 8), optionally split by spaces or dashes.
// Each repeat consumes one digit, so the pattern cannot match the same text two ways.
// Read in place at the start of a run of four or more digits (see digit-runs.ts).
const CARD_LIKE = /[2-68](?<![\w.-].)\d{3}(?:[ -]?\d){9,15}(?![\w-])/y

// Group lengths that card issuers print: 4-4-4-4(-3), Amex 4-6-5, Diners 4-6-4.
const PRINTED_GROUPS = /^(?:\d{4}(?:[ -]\d{4}){2,3}(?:[ -]\d{1,3})?|\d{4}[ -]\d{6}[ -]\d{4,5})$/

/**
 * Payment card numbers (Visa, Mastercard, Amex, Discover, Diners, JCB, UnionPay). A number
 * must have a network prefix, a length that network issues and a valid Luhn digit; printed
 * in the issuers' groups it is strong, as one run of digits it is moderate, and words such
 * as "order" or "control" before it push it below the threshold.
 *
 * @example '4111 1111 1111 1111' -> CREDIT_CARD, score 0.8
 */
export const paymentCardRecognizer: Recognizer = {
  name: 'payment-card',
  types: ['CREDIT_CARD'],
  patterns: [DIGIT_RUN_PATTERN, CARD_LIKE, PRINTED_GROUPS],
  context: {
    supporting: [
      'card',
      'credit',
      'debit',
      'visa',
      'mastercard',
      'amex',
      'american express',
      'discover',
      'cc',
      'payment',
      'paid',
      'exp',
      'expires',
      'cardholder',
    ],
    opposing: [
      'order',
      'control',
      'tracking',
      'invoice',
      'confirmation',
      'reference',
      'ref',
      'transaction',
      'serial',
      'imei',
      'batch',
      'account',
      'acct',
      'claim',
      'po #',
    ],
    windowBefore: 40,
  },
  find(doc: ScanDocument): Candidate[] {
    const runs = digitRunsOf(doc)
    const found: Candidate[] = []
    let readTo = 0
    for (let i = 0; i < runs.count; i++) {
      const start = runs.starts[i] ?? 0
      if (start < readTo || !mayStartCard(doc.text, runs, i)) continue

      CARD_LIKE.lastIndex = start
      const match = CARD_LIKE.exec(doc.text)
      if (!match) continue

      readTo = CARD_LIKE.lastIndex
      const text = match[0]
      const digits = text.replace(/[ -]/g, '')
      if (!isValidPaymentCard(digits)) continue

      const bare = digits.length === text.length
      if (!bare && !PRINTED_GROUPS.test(text)) continue
      found.push({
        type: 'CREDIT_CARD',
        start: match.index,
        end: match.index + text.length,
        score: bare ? 0.6 : 0.8,
        recognizer: 'payment-card',
        pattern: bare ? 'card (digits only)' : 'card (printed groups)',
        validator: { name: 'iin+luhn', passed: true },
      })
    }

    return found
  },
}

/**
 * Run `i` is four digits or more from a network's first digit, after no word, '.' or '-',
 * and holds the thirteen digits a card needs or goes on after a space or '-' ("4111 1111").
 */
function mayStartCard(text: string, runs: DigitRuns, i: number): boolean {
  const start = runs.starts[i] ?? 0
  const end = runs.ends[i] ?? 0
  const first = text.charCodeAt(start)
  const before = text.charCodeAt(start - 1)
  if (end - start < 4 || first < 50 || first > 56 || first === 55) return false
  if (isWordCode(before) || before === 46 || before === 45) return false
  if (end - start >= 13) return true

  const split = text.charCodeAt(end)
  return (split === 32 || split === 45) && i + 1 < runs.count && runs.starts[i + 1] === end + 1
}
