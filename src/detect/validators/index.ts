/**
 * Checksum and format validators for identifiers, one file each. Every `isValidX` takes the
 * identifier without separators; `checkDigitX` computes the check character where one exists,
 * so that tests can build valid identifiers.
 */
export { checkDigitAba, isValidAbaRouting } from './aba.js'
export { checkDigitDea, isValidDea } from './dea.js'
export { isValidIban } from './iban.js'
export { isValidIp, isValidIpv4, isValidIpv6 } from './ip.js'
export { isLuhnValid, luhnCheckDigit } from './luhn.js'
export { isValidMbi } from './mbi.js'
export { isValidNanp } from './nanp.js'
export { checkDigitNpi, isValidNpi } from './npi.js'
export { isValidPaymentCard } from './payment-card.js'
export { isValidSsn } from './ssn.js'
export { checkDigitVin, isValidVin } from './vin.js'
