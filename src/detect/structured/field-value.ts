import type { IdentifierType } from '../entity-types.js'
import { isValidDea } from '../validators/dea.js'
import { isValidIp } from '../validators/ip.js'
import { isValidMbi } from '../validators/mbi.js'
import { isValidNpi } from '../validators/npi.js'
import { isValidSsn } from '../validators/ssn.js'

/** The part of a field's value to report, and its type. */
export interface JudgedValue {
  readonly type: IdentifierType
  readonly offset: number
  readonly length: number
}

const PLACEHOLDERS = new Set(['', 'n/a', 'na', 'none', 'unknown', 'null', 'undefined', '-'])
const NAME = /^\p{L}[\p{L}\p{M}'’ .,-]{0,60}$/u
const PLACE = /^\p{L}[\p{L}\p{M} .'-]{1,40}$/u
const CREDENTIAL_AFTER = /,\s?[A-Z]{2,6}(?:-[A-Z]{1,4})?$/
const ORGANIZATION = /^\p{L}[\p{L}\p{M}\d '’.,&()-]{1,80}$/u
const ZIP = /^\d{5}(?:-\d{4})?$/
const DATE_SHAPE =
  /^(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}[- ][A-Za-z]{3,9}[- ]\d{2,4}|[A-Za-z]{3,9}\.? \d{1,2},? \d{4}|\d{8})(?:T[\d:.]{2,12}(?:Z|[+-]\d{2}:?\d{2})?)?/
const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9 ./-]{1,30}$/
const DIGITS = /\d/g

/**
 * Whether a field value has the shape its field's type needs; returns the part to report
 * (a date without its time of day, an age only when it is 90 or over) or undefined.
 */
export function plausibleFieldValue(type: IdentifierType, raw: string): JudgedValue | undefined {
  const value = raw.trim()
  const offset = raw.indexOf(value)
  if (PLACEHOLDERS.has(value.toLowerCase())) return undefined

  const whole = { type, offset, length: value.length }
  switch (type) {
    case 'PERSON': {
      // "Hollis Trevanion, MD": the credential stays outside the name, as in running text.
      const name = value.replace(CREDENTIAL_AFTER, '')
      if (!NAME.test(name) || !/\p{Lu}|\p{Ll}{2}/u.test(name)) return undefined
      return { type, offset, length: name.length }
    }
    case 'ORGANIZATION':
      return ORGANIZATION.test(value) ? whole : undefined
    case 'CITY':
    case 'LOCATION_OTHER':
      return PLACE.test(value) ? whole : undefined
    case 'ZIP_CODE':
      return ZIP.test(value) ? whole : undefined
    case 'AGE':
      return /^\d{2,3}$/.test(value) && Number(value) >= 90 ? whole : undefined
    case 'DATE': {
      const date = DATE_SHAPE.exec(value)
      return date === null ? undefined : { type, offset, length: date[0].length }
    }
    case 'STREET_ADDRESS':
      return value.length <= 80 && /\d|\bbox\b/i.test(value) ? whole : undefined
    case 'SSN':
      return isValidSsn(value.replace(/\D/g, '')) ? whole : undefined
    case 'NPI':
      return isValidNpi(value) ? whole : undefined
    case 'DEA_NUMBER':
      return isValidDea(value.toUpperCase()) ? whole : undefined
    case 'MEDICARE_ID':
      return isValidMbi(value.replaceAll('-', '').toUpperCase()) ? whole : undefined
    case 'IP_ADDRESS':
      return isValidIp(value) ? whole : undefined
    case 'EMAIL':
      return /^[^\s@]{1,64}@[^\s@]{1,255}\.[A-Za-z]{2,}$/.test(value) ? whole : undefined
    case 'PHONE':
    case 'FAX':
      return (value.match(DIGITS)?.length ?? 0) >= 7 && value.length <= 30 ? whole : undefined
    default:
      return IDENTIFIER.test(value) && /\d/.test(value) ? whole : undefined
  }
}
