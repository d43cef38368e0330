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
  ['subscriberid', 'HEALTH_PLAN_ID'],
  ['accountnumber', 'ACCOUNT_NUMBER'],
  ['claimnumber', 'OTHER_ID'],
  ['claimid', 'OTHER_ID'],
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

/** The type a field of this name holds, if the name says. */
export function fieldType(name: string): IdentifierType | undefined {
  const folded = foldFieldName(name)
  const exact = BY_KEY.get(folded)
  if (exact !== undefined) return exact

  for (const [suffix, type] of SUFFIXES) if (folded.endsWith(suffix)) return type
  return undefined
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
