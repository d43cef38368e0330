import type { IdentifierType } from '../entity-types.js'

/**
 * Field names of exports, APIs and FHIR resources that say what their values are, so that a
 * value with no label in running text (a CSV cell, a JSON string) is still recognised.
 * Keys are compared folded: lower case, letters and digits only (`member_id`, `memberId` and
 * `Member ID` are all `memberid`).
 */
const FIELDS: ReadonlyArray<readonly [IdentifierType, readonly string[]]> = [
  [
    'PERSON',
    [
      'family',
      'given',
      'firstname',
      'lastname',
      'middlename',
      'fname',
      'lname',
      'surname',
      'givenname',
      'familyname',
      'fullname',
      'patientname',
      'ptname',
      'guarantorname',
      'subscribername',
      'insuredname',
      'contactname',
      'emergencycontact',
      'nextofkin',
      'mothername',
      'fathername',
      'mothersmaidenname',
      'providername',
      'physician',
      'attending',
      'attendingphysician',
      'pcp',
      'primarycareprovider',
      'referringprovider',
      'orderingprovider',
      'coordinator',
      'caregiver',
      'spouse',
      'preferredname',
    ],
  ],
  [
    'DATE',
    [
      'dob',
      'birthdate',
      'dateofbirth',
      'birthday',
      'admitdate',
      'admissiondate',
      'dischargedate',
      'visitdate',
      'servicedate',
      'dateofservice',
      'dos',
      'deathdate',
      'dateofdeath',
      'deceaseddatetime',
      'effectivedatetime',
      'authoredon',
      'onsetdatetime',
      'encounterdate',
      'appointmentdate',
      'collectiondate',
      'collecteddate',
      'lastvisit',
      'consentdate',
      'consentdt',
      'enrolldate',
      'enrollmentdate',
      'surgerydate',
      'procedurdate',
      'proceduredate',
      'scheduledstart',
      'apptstart',
      'apptdate',
      'appointmentstart',
      'start',
      'end',
      'scheduleddate',
      'sentat',
      'issued',
      'recorded',
    ],
  ],
  ['AGE', ['age', 'ageyears', 'patientage']],
  ['CITY', ['city', 'town', 'municipality', 'homecity']],
  ['ZIP_CODE', ['zip', 'zipcode', 'postalcode', 'postcode', 'zip5', 'homezip']],
  [
    'STREET_ADDRESS',
    [
      'line',
      'line1',
      'line2',
      'street',
      'streetaddress',
      'address',
      'address1',
      'address2',
      'addressline',
      'addressline1',
      'addressline2',
      'homeaddress',
      'mailingaddress',
    ],
  ],
  ['LOCATION_OTHER', ['county', 'district']],
  [
    'MRN',
    [
      'mrn',
      'medicalrecordnumber',
      'patientid',
      'ptid',
      'chartnumber',
      'chartno',
      'chart',
      'mrnumber',
      'medrec',
      'medrecno',
      'clientid',
    ],
  ],
  [
    'HEALTH_PLAN_ID',
    [
      'memberid',
      'membernumber',
      'subscriberid',
      'subscribernumber',
      'policynumber',
      'policyid',
      'insuranceid',
      'planid',
      'groupnumber',
      'group',
      'groupid',
      'medicaidid',
      'healthplanid',
      'cardholderid',
    ],
  ],
  ['ACCOUNT_NUMBER', ['accountnumber', 'accountno', 'acct', 'acctno', 'har', 'guarantoraccount']],
  ['SSN', ['ssn', 'socialsecuritynumber', 'socsec']],
  [
    'PHONE',
    [
      'phone',
      'phonenumber',
      'homephone',
      'mobile',
      'mobilephone',
      'cell',
      'cellphone',
      'workphone',
      'telephone',
      'tel',
      'contactphone',
    ],
  ],
  ['FAX', ['fax', 'faxnumber']],
  ['EMAIL', ['email', 'emailaddress', 'mail']],
  ['LICENSE_NUMBER', ['driverslicense', 'dlnumber', 'licensenumber', 'driverlicense']],
  [
    'OTHER_ID',
    [
      'claimid',
      'claimnumber',
      'encounterid',
      'visitid',
      'visitnumber',
      'accession',
      'accessionnumber',
      'caseid',
      'casenumber',
      'appointmentid',
      'priorauth',
      'authorizationnumber',
      'authnumber',
      'apptid',
      'encid',
      'csn',
      'specimenid',
      'caseno',
    ],
  ],
  ['DEVICE_ID', ['serialnumber', 'serial', 'serialno', 'deviceid', 'udi', 'implantserial']],
  ['NPI', ['npi']],
  ['DEA_NUMBER', ['dea', 'deanumber']],
  ['MEDICARE_ID', ['mbi', 'medicareid', 'medicarenumber']],
  ['IP_ADDRESS', ['ip', 'ipaddress', 'clientip', 'sourceip', 'remoteaddr']],
]

const BY_KEY: ReadonlyMap<string, IdentifierType> = new Map(
  FIELDS.flatMap(([type, keys]) => keys.map((key) => [key, type] as const)),
)

/** Folds a field name for lookup: `Member_ID` and `memberId` become `memberid`. */
export function foldFieldName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '')
}

/**
 * Endings that keep their meaning behind any prefix: `provider_npi`, `patient_mrn`,
 * `guarantor_phone`, `consent_date`. Longer endings first.
 */
const SUFFIXES: ReadonlyArray<readonly [string, IdentifierType]> = [
  ['dateofbirth', 'DATE'],
  ['birthdate', 'DATE'],
  ['firstname', 'PERSON'],
  ['lastname', 'PERSON'],
  ['fullname', 'PERSON'],
  ['memberid', 'HEALTH_PLAN_ID'],
  ['membernumber', 'HEALTH_PLAN_ID'],
  ['subscriberid', 'HEALTH_PLAN_ID'],
  ['subscribernumber', 'HEALTH_PLAN_ID'],
  ['policynumber', 'HEALTH_PLAN_ID'],
  ['groupnumber', 'HEALTH_PLAN_ID'],
  ['insuranceid', 'HEALTH_PLAN_ID'],
  ['accountnumber', 'ACCOUNT_NUMBER'],
  ['accountid', 'ACCOUNT_NUMBER'],
  ['claimnumber', 'OTHER_ID'],
  ['claimid', 'OTHER_ID'],
  ['encounterid', 'OTHER_ID'],
  ['encounternumber', 'OTHER_ID'],
  ['visitnumber', 'OTHER_ID'],
  ['chartnumber', 'MRN'],
  ['patientid', 'MRN'],
  ['licensenumber', 'LICENSE_NUMBER'],
  ['emergencycontact', 'PERSON'],
  ['address1', 'STREET_ADDRESS'],
  ['address', 'STREET_ADDRESS'],
  ['cellphone', 'PHONE'],
  ['mobile', 'PHONE'],
  ['contactnumber', 'PHONE'],
  ['city', 'CITY'],
  ['town', 'CITY'],
  ['admit', 'DATE'],
  ['discharge', 'DATE'],
  ['birthdate', 'DATE'],
  ['postalcode', 'ZIP_CODE'],
  ['zipcode', 'ZIP_CODE'],
  ['phone', 'PHONE'],
  ['email', 'EMAIL'],
  ['date', 'DATE'],
  ['mrn', 'MRN'],
  ['npi', 'NPI'],
  ['ssn', 'SSN'],
  ['dob', 'DATE'],
  ['fax', 'FAX'],
  ['zip', 'ZIP_CODE'],
]

/**
 * Abbreviations that exports use in column names (`birth_dt`, `home_ph`, `mbr_no`,
 * `acct_nbr`, `pt_addr1`), expanded word by word before the name is looked up.
 */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['dt', 'date'],
  ['ph', 'phone'],
  ['tel', 'phone'],
  ['no', 'number'],
  ['num', 'number'],
  ['nbr', 'number'],
  ['nr', 'number'],
  ['mbr', 'member'],
  ['mem', 'member'],
  ['acct', 'account'],
  ['pt', 'patient'],
  ['addr', 'address'],
  ['addr1', 'address1'],
  ['addr2', 'address2'],
  ['svc', 'service'],
  ['ins', 'insurance'],
  ['dsch', 'discharge'],
  ['disch', 'discharge'],
  ['adm', 'admit'],
  ['enc', 'encounter'],
  ['emer', 'emergency'],
  ['emerg', 'emergency'],
  ['sub', 'subscriber'],
  ['subscr', 'subscriber'],
  ['grp', 'group'],
  ['pol', 'policy'],
  ['lic', 'license'],
  ['mob', 'mobile'],
  ['fn', 'firstname'],
  ['ln', 'lastname'],
  ['med', 'medical'],
  ['rec', 'record'],
  ['grp', 'group'],
  ['postal', 'postalcode'],
  ['born', 'birthdate'],
])

/** Words that name a person's role, before `name`, `first` or `last` in a field name. */
const PERSON_ROLES: ReadonlySet<string> = new Set([
  'patient',
  'member',
  'pcp',
  'provider',
  'physician',
  'doctor',
  'guarantor',
  'subscriber',
  'insured',
  'contact',
  'emergency',
  'mother',
  'father',
  'spouse',
  'referring',
  'attending',
  'ordering',
  'rendering',
  'nurse',
  'caregiver',
  'name',
])
const NAME_PARTS: ReadonlySet<string> = new Set(['name', 'first', 'last', 'given', 'family'])

/** Splits a field name into words: at `_`, `-`, spaces, dots and lower-to-upper changes. */
function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
}

function lookUp(folded: string): IdentifierType | undefined {
  const exact = BY_KEY.get(folded)
  if (exact !== undefined) return exact

  for (const [suffix, type] of SUFFIXES) if (folded.endsWith(suffix)) return type
  return undefined
}

/** The type a field of this name holds, if the name says. */
export function fieldType(name: string): IdentifierType | undefined {
  const direct = lookUp(foldFieldName(name))
  if (direct !== undefined) return direct

  const expanded = wordsOf(name).map((word) => ABBREVIATIONS.get(word) ?? word)
  const type = lookUp(expanded.join(''))
  if (type !== undefined) return type

  // `pt_last`, `pcp_name`, `nameGiven`: a part of a name after a person's role.
  const last = expanded.at(-1) ?? ''
  const roles = expanded.slice(0, -1)
  return NAME_PARTS.has(last) && roles.some((word) => PERSON_ROLES.has(word)) ? 'PERSON' : undefined
}

/**
 * Column names that hold a person's name in a table but are too general to trust in a JSON
 * object (where the parent decides): `name`, `patient`, `provider`, `first`, `last`.
 */
const PERSON_COLUMNS: ReadonlySet<string> = new Set([
  'name',
  'rn',
  'nurse',
  'md',
  'patient',
  'provider',
  'physician',
  'doctor',
  'clinician',
  'first',
  'last',
  'middle',
  'guarantor',
  'subscriber',
  'insured',
])

/** The type of a table column: as for any field, plus the general person columns. */
export function columnType(name: string): IdentifierType | undefined {
  const type = fieldType(name)
  if (type !== undefined) return type

  return PERSON_COLUMNS.has(foldFieldName(name)) ? 'PERSON' : undefined
}

/**
 * Keys of a FHIR `identifier` or `telecom` system that name the type of its `value`.
 * Checked as substrings of the folded system.
 */
export const SYSTEM_TYPES: ReadonlyArray<readonly [string, IdentifierType]> = [
  ['usssn', 'SSN'],
  ['usnpi', 'NPI'],
  ['usmbi', 'MEDICARE_ID'],
  ['medicare', 'MEDICARE_ID'],
  ['mrn', 'MRN'],
  ['medicalrecord', 'MRN'],
  ['member', 'HEALTH_PLAN_ID'],
  ['subscriber', 'HEALTH_PLAN_ID'],
  ['driverslicense', 'LICENSE_NUMBER'],
  ['memberid', 'HEALTH_PLAN_ID'],
  ['phone', 'PHONE'],
  ['sms', 'PHONE'],
  ['fax', 'FAX'],
  ['email', 'EMAIL'],
]
