import fc from 'fast-check'

import {
  checkDigitNpi,
  isValidNanp,
  isValidSsn,
  luhnCheckDigit,
} from '../../src/detect/validators/index.js'
import type { IdentifierType } from '../../src/detect/entity-types.js'

/**
 * Generators of synthetic identifiers that pass (or fail) their issuing rules, with the words
 * that would stand before them in a record.
 */
export interface IdentifierKind {
  readonly type: IdentifierType
  /** Words before the value, as a form or note would write them. */
  readonly label: string
  readonly valid: fc.Arbitrary<string>
  /** Values of the same shape that break the rules and must not be reported. */
  readonly invalid: fc.Arbitrary<string>
}

const digits = (length: number): fc.Arbitrary<string> =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length })
    .map((d) => d.join(''))

const pad = (n: number, width: number): string => String(n).padStart(width, '0')

const ssn: IdentifierKind = {
  type: 'SSN',
  label: 'Patient SSN: ',
  valid: fc
    .tuple(
      fc.integer({ min: 1, max: 899 }),
      fc.integer({ min: 1, max: 99 }),
      fc.integer({ min: 1, max: 9999 }),
    )
    .map(([a, g, s]) => `${pad(a, 3)}-${pad(g, 2)}-${pad(s, 4)}`)
    .filter((value) => isValidSsn(value.replaceAll('-', ''))),
  invalid: fc
    .oneof(
      fc.tuple(
        fc.constantFrom(0, 666, 900, 950, 999),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 9999 }),
      ),
      fc.tuple(fc.integer({ min: 1, max: 665 }), fc.constant(0), fc.integer({ min: 1, max: 9999 })),
      fc.tuple(fc.integer({ min: 1, max: 665 }), fc.integer({ min: 1, max: 99 }), fc.constant(0)),
    )
    .map(([a, g, s]) => `${pad(a, 3)}-${pad(g, 2)}-${pad(s, 4)}`),
}

/** Visa-style 16-digit card numbers, grouped in fours. */
const visaPayload = digits(14).map((rest) => `4${rest}`)
const card: IdentifierKind = {
  type: 'CREDIT_CARD',
  label: 'Card on file: ',
  valid: visaPayload.map((p) => group4(`${p}${luhnCheckDigit(p)}`)),
  invalid: visaPayload.map((p) => group4(`${p}${(Number(luhnCheckDigit(p)) + 1) % 10}`)),
}

function group4(value: string): string {
  return (value.match(/\d{4}/g) ?? []).join(' ')
}

const npiPayload = fc.tuple(fc.constantFrom('1', '2'), digits(8)).map(([a, b]) => `${a}${b}`)
const npi: IdentifierKind = {
  type: 'NPI',
  label: 'Ordering provider NPI ',
  valid: npiPayload.map((p) => `${p}${checkDigitNpi(p)}`),
  invalid: npiPayload.map((p) => `${p}${(Number(checkDigitNpi(p)) + 1) % 10}`),
}

/** NANP numbers: area and exchange start 2-9 and are not N11. */
const phoneDigits = fc
  .tuple(fc.integer({ min: 200, max: 999 }), fc.integer({ min: 200, max: 999 }), digits(4))
  .map(([area, exchange, line]) => `${area}${exchange}${line}`)
  .filter(isValidNanp)
const phone: IdentifierKind = {
  type: 'PHONE',
  label: 'Call the patient at ',
  valid: phoneDigits.map((d) => `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`),
  // An area code cannot start with 0 or 1.
  invalid: fc
    .tuple(fc.constantFrom('0', '1'), digits(2), fc.integer({ min: 200, max: 999 }), digits(4))
    .map(([a, b, exchange, line]) => `(${a}${b}) ${exchange}-${line}`),
}

export const IDENTIFIER_KINDS: readonly IdentifierKind[] = [ssn, card, npi, phone]
