import {
  isLuhnValid,
  isValidAbaRouting,
  isValidDea,
  isValidIban,
  isValidMbi,
  isValidNanp,
  isValidNpi,
  isValidPaymentCard,
  isValidSsn,
  isValidVin,
} from '../validators/index.js'

/** A check a custom pattern can name in configuration, run on the matched text. */
export interface NamedValidator {
  readonly name: string
  /** Takes the matched text as it stands; returns whether it is a real identifier. */
  readonly check: (matched: string) => boolean
}

const digitsOf = (text: string): string => text.replace(/\D+/g, '')
const compactOf = (text: string): string => text.replace(/[\s-]+/g, '').toUpperCase()

const digits = (name: string, check: (value: string) => boolean): NamedValidator => ({
  name,
  check: (matched) => check(digitsOf(matched)),
})
const compact = (name: string, check: (value: string) => boolean): NamedValidator => ({
  name,
  check: (matched) => check(compactOf(matched)),
})

/**
 * Validators that configuration may name, keyed by name. Numeric checks see the digits of the
 * match only; alphanumeric ones see it without spaces and hyphens, in upper case.
 *
 * @example
 * VALIDATORS.get('luhn')?.check('4539 5787 6362 1486') // true
 */
export const VALIDATORS: ReadonlyMap<string, NamedValidator> = new Map(
  [
    digits('luhn', isLuhnValid),
    digits('ssn', isValidSsn),
    digits('npi', isValidNpi),
    digits('aba', isValidAbaRouting),
    digits('nanp', isValidNanp),
    digits('payment-card', isValidPaymentCard),
    compact('dea', isValidDea),
    compact('iban', isValidIban),
    compact('mbi', isValidMbi),
    compact('vin', isValidVin),
  ].map((validator) => [validator.name, validator]),
)

/** Names of the validators configuration may use, for error messages and the schema. */
export const VALIDATOR_NAMES: readonly string[] = [...VALIDATORS.keys()]
