import type { Candidate } from '../candidate.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'
import { isValidPaymentCard } from '../validators/payment-card.js'

// 13 to 19 digits from a network's first digit (2-6, 8), optionally split by spaces or dashes.
// Each repeat consumes one digit, so the pattern cannot match the same text two ways.
// The look-behind follows the first digit so the engine can skip ahead quickly.
const CARD_LIKE = /[2-68](?<![\w.-].)\d{3}(?:[ -]?\d){9,15}(?![\w-])/g

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
  patterns: [CARD_LIKE, PRINTED_GROUPS],
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
    const found: Candidate[] = []
    for (const match of doc.text.matchAll(CARD_LIKE)) {
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
