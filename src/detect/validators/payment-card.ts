import { isLuhnValid } from './luhn.js'

/**
 * Issuer prefixes (IIN ranges) and lengths of the card networks phiguard reports: Visa,
 * Mastercard (51-55 and 2221-2720), American Express, Discover, Diners Club, JCB and
 * UnionPay. Source: the networks' published IIN ranges (ISO/IEC 7812 registrations).
 */
interface CardNetwork {
  readonly prefix: RegExp
  readonly lengths: readonly number[]
}

const NETWORKS: readonly CardNetwork[] = [
  { prefix: /^4/, lengths: [13, 16, 19] },
  { prefix: /^(?:5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/, lengths: [16] },
  { prefix: /^3[47]/, lengths: [15] },
  { prefix: /^(?:6011|64[4-9]|65)/, lengths: [16, 19] },
  { prefix: /^(?:30[0-5]|309|36|3[89])/, lengths: [14, 16, 19] },
  { prefix: /^35(?:2[89]|[3-8]\d)/, lengths: [16, 19] },
  { prefix: /^(?:6[27]|81)/, lengths: [16, 17, 18, 19] },
]

/**
 * True when `digits` is a payment card number: a known network prefix, a length that network
 * issues, and a valid Luhn check digit.
 *
 * @param digits ASCII digits, no spaces or dashes
 * @example isValidPaymentCard('4111111111111111') // true
 * @example isValidPaymentCard('4111111111111112') // false: Luhn fails
 */
export function isValidPaymentCard(digits: string): boolean {
  if (!/^\d{13,19}$/.test(digits)) return false

  const network = NETWORKS.find((n) => n.prefix.test(digits))
  if (!network?.lengths.includes(digits.length)) return false

  return isLuhnValid(digits)
}
