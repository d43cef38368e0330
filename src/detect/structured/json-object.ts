import type { IdentifierType } from '../entity-types.js'
import { foldFieldName, SYSTEM_TYPES } from './field-names.js'

const MAX_OBJECT = 800

const SYSTEM = /"system"[ \t]{0,4}:[ \t]{0,4}"([^"\\\r\n]{1,200})"/
const TYPE_WORD = /"(?:text|code)"[ \t]{0,4}:[ \t]{0,4}"([^"\\\r\n]{1,40})"/g
const REFERENCE = /"reference"[ \t]{0,4}:[ \t]{0,4}"([A-Za-z]{2,30})\//

/**
 * Identifier type codes of HL7 table 0203, which FHIR's `identifier.type` uses, and the words
 * written in its `text` instead. Keys are folded (lower case, letters and digits only).
 */
const IDENTIFIER_TYPE_CODES: ReadonlyMap<string, IdentifierType> = new Map([
  ['mr', 'MRN'],
  ['mrn', 'MRN'],
  ['medicalrecordnumber', 'MRN'],
  ['mb', 'HEALTH_PLAN_ID'],
  ['sn', 'HEALTH_PLAN_ID'],
  ['member', 'HEALTH_PLAN_ID'],
  ['memberid', 'HEALTH_PLAN_ID'],
  ['subscriber', 'HEALTH_PLAN_ID'],
  ['group', 'HEALTH_PLAN_ID'],
  ['policy', 'HEALTH_PLAN_ID'],
  ['ss', 'SSN'],
  ['ssn', 'SSN'],
  ['dl', 'LICENSE_NUMBER'],
  ['an', 'ACCOUNT_NUMBER'],
  ['account', 'ACCOUNT_NUMBER'],
  ['mc', 'MEDICARE_ID'],
  ['mbi', 'MEDICARE_ID'],
  ['npi', 'NPI'],
  ['vn', 'OTHER_ID'],
  ['visit', 'OTHER_ID'],
  ['claim', 'OTHER_ID'],
])

/** Resource types a FHIR `reference` points at whose `display` is a person's name. */
const PERSON_RESOURCES = new Set([
  'Patient',
  'RelatedPerson',
  'Practitioner',
  'PractitionerRole',
  'Person',
])

/**
 * The JSON object that holds position `at`: from its opening brace to its closing one (or
 * 800 characters, whichever is first). Braces inside strings are rare enough in the objects
 * read here (identifiers, references) to be counted like the others.
 */
export function objectAround(text: string, at: number): string | undefined {
  let depth = 0
  let start = at
  for (; start >= 0 && at - start < MAX_OBJECT; start--) {
    const code = text.charCodeAt(start)
    if (code === 125) depth++
    else if (code === 123 && depth-- === 0) break
  }
  if (start < 0 || at - start >= MAX_OBJECT) return undefined

  let end = at
  depth = 0
  for (; end < text.length && end - start < 2 * MAX_OBJECT; end++) {
    const code = text.charCodeAt(end)
    if (code === 123) depth++
    else if (code === 125 && depth-- === 0) break
  }

  return text.slice(start, end + 1)
}

/**
 * The type of an identifier object's `value`: from its `system` (a namespace that names the
 * kind of number), else from its type code or text (`MR`, `MB`, "group").
 */
export function identifierValueType(object: string): IdentifierType | undefined {
  const system = SYSTEM.exec(object)?.[1]
  if (system !== undefined) {
    const folded = foldFieldName(system)
    for (const [mark, type] of SYSTEM_TYPES) if (folded.includes(mark)) return type
  }

  TYPE_WORD.lastIndex = 0
  for (const word of object.matchAll(TYPE_WORD)) {
    const type = IDENTIFIER_TYPE_CODES.get(foldFieldName(word[1] ?? ''))
    if (type !== undefined) return type
  }

  return undefined
}

/** What a reference object's `display` names: a person, an organisation, or neither. */
export function displayType(object: string): IdentifierType | undefined {
  const resource = REFERENCE.exec(object)?.[1]
  if (resource === undefined) return undefined
  if (PERSON_RESOURCES.has(resource)) return 'PERSON'

  return resource === 'Organization' ? 'ORGANIZATION' : undefined
}

/** The regular expressions this module runs, for the pattern-safety test. */
export const JSON_OBJECT_PATTERNS: readonly RegExp[] = [SYSTEM, TYPE_WORD, REFERENCE]
