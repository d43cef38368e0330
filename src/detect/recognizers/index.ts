import type { Recognizer } from '../recognizer.js'
import { addressRecognizer } from './address-recognizer.js'
import { ageRecognizer } from './age-recognizer.js'
import { dateRecognizer } from './date-recognizer.js'
import { placeRecognizer } from './place-recognizer.js'
import { bankAccountRecognizer } from './bank-account-recognizer.js'
import { deaRecognizer } from './dea-recognizer.js'
import { emailRecognizer } from './email-recognizer.js'
import { ipAddressRecognizer } from './ip-address-recognizer.js'
import { medicareRecognizer } from './medicare-recognizer.js'
import { npiRecognizer } from './npi-recognizer.js'
import { organizationRecognizer } from './organization-recognizer.js'
import { paymentCardRecognizer } from './payment-card-recognizer.js'
import { personEchoRecognizer } from './person-echo-recognizer.js'
import { personRecognizer } from './person-recognizer.js'
import { phoneRecognizer } from './phone-recognizer.js'
import { healthTermRecognizer } from './health-term-recognizer.js'
import { structuredFieldRecognizer } from './structured-field-recognizer.js'
import { labResultRecognizer } from './lab-result-recognizer.js'
import { hl7IdRecognizer } from './hl7-id-recognizer.js'
import { icd10Recognizer } from './icd10-recognizer.js'
import { ndcRecognizer } from './ndc-recognizer.js'
import { recordIdRecognizer } from './record-id-recognizer.js'
import { ssnRecognizer } from './ssn-recognizer.js'
import { urlRecognizer } from './url-recognizer.js'
import { vehicleRecognizer } from './vehicle-recognizer.js'

/**
 * The recognizers every detector starts with, one family per file. Order does not decide
 * anything except that `late` recognizers run after the rest.
 */
export function builtInRecognizers(): Recognizer[] {
  return [
    ssnRecognizer,
    labResultRecognizer,
    structuredFieldRecognizer,
    recordIdRecognizer,
    hl7IdRecognizer,
    icd10Recognizer,
    ndcRecognizer,
    healthTermRecognizer,
    dateRecognizer,
    ageRecognizer,
    addressRecognizer,
    placeRecognizer,
    paymentCardRecognizer,
    npiRecognizer,
    deaRecognizer,
    medicareRecognizer,
    vehicleRecognizer,
    bankAccountRecognizer,
    phoneRecognizer,
    emailRecognizer,
    urlRecognizer,
    ipAddressRecognizer,
    personRecognizer,
    organizationRecognizer,
    personEchoRecognizer,
  ]
}
