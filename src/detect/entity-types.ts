/**
 * The names phiguard gives to what it finds.
 *
 * Identifier types are the canonical PHI/PII types of the labelled corpus and follow the
 * HIPAA Safe Harbor identifiers. Health types are health information that identifies no one
 * by itself (codes, diagnoses, drugs); a document that holds both is PHI.
 */

export const IDENTIFIER_TYPES = [
  'PERSON',
  'DATE',
  'AGE',
  'PHONE',
  'FAX',
  'EMAIL',
  'SSN',
  'MRN',
  'HEALTH_PLAN_ID',
  'ACCOUNT_NUMBER',
  'LICENSE_NUMBER',
  'VEHICLE_ID',
  'DEVICE_ID',
  'URL',
  'IP_ADDRESS',
  'STREET_ADDRESS',
  'CITY',
  'ZIP_CODE',
  'LOCATION_OTHER',
  'ORGANIZATION',
  'CREDIT_CARD',
  'NPI',
  'DEA_NUMBER',
  'MEDICARE_ID',
  'BANK_ACCOUNT',
  'OTHER_ID',
] as const

export const HEALTH_TYPES = [
  'ICD10_CODE',
  'NDC_CODE',
  'DIAGNOSIS',
  'MEDICATION',
  'LAB_RESULT',
] as const

export type IdentifierType = (typeof IDENTIFIER_TYPES)[number]
export type HealthType = (typeof HEALTH_TYPES)[number]
export type EntityType = IdentifierType | HealthType

/** Whether a type names a person-linked identifier or health information. */
export type EntityKind = 'identifier' | 'health'

const healthTypeSet: ReadonlySet<string> = new Set(HEALTH_TYPES)
const allTypeSet: ReadonlySet<string> = new Set([...IDENTIFIER_TYPES, ...HEALTH_TYPES])

export function kindOf(type: EntityType): EntityKind {
  return healthTypeSet.has(type) ? 'health' : 'identifier'
}

export function isEntityType(value: string): value is EntityType {
  return allTypeSet.has(value)
}
