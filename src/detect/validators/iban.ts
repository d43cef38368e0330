/**
 * IBAN length per country (ISO 13616 registry, SWIFT release of 2024, plus the national
 * formats that validation libraries accept for countries not yet in the registry: DZ, IR,
 * MA, MZ and the CFA-franc countries).
 */
// prettier-ignore
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AO: 25, AT: 20, AZ: 28, BA: 20, BE: 16, BF: 28, BG: 22, BH: 22,
  BI: 27, BJ: 28, BR: 29, BY: 28, CF: 27, CG: 27, CH: 21, CI: 28, CM: 27, CR: 22, CV: 25,
  CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, DZ: 26, EE: 20, EG: 29, ES: 24, FI: 18,
  FK: 18, FO: 18, FR: 27, GA: 27, GB: 22, GE: 22, GI: 23, GL: 18, GQ: 27, GR: 27, GT: 28,
  GW: 25, HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IR: 26, IS: 26, IT: 27, JO: 30,
  KM: 27, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MA: 28,
  MC: 27, MD: 24, ME: 22, MG: 27, MK: 19, ML: 28, MN: 20, MR: 27, MT: 31, MU: 30, MZ: 25,
  NE: 28, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24,
  RS: 22, RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SN: 28, SO: 23,
  ST: 25, SV: 28, TD: 27, TG: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
  YE: 30,
}

/**
 * National account layouts (the BBAN after the first four characters) for countries where
 * the registry fixes letters and digits by position; other countries are checked by length
 * and mod 97 only. Source: ISO 13616 IBAN registry (SWIFT), BBAN format strings.
 */
const BBAN_LAYOUTS: Readonly<Record<string, RegExp>> = {
  AT: /^\d{16}$/,
  BE: /^\d{12}$/,
  BG: /^[A-Z]{4}\d{6}[A-Z\d]{8}$/,
  CH: /^\d{5}[A-Z\d]{12}$/,
  DE: /^\d{18}$/,
  DK: /^\d{14}$/,
  ES: /^\d{20}$/,
  FI: /^\d{14}$/,
  FR: /^\d{10}[A-Z\d]{11}\d{2}$/,
  GB: /^[A-Z]{4}\d{14}$/,
  GI: /^[A-Z]{4}[A-Z\d]{15}$/,
  IE: /^[A-Z]{4}\d{14}$/,
  IT: /^[A-Z]\d{10}[A-Z\d]{12}$/,
  LI: /^\d{5}[A-Z\d]{12}$/,
  MC: /^\d{10}[A-Z\d]{11}\d{2}$/,
  NL: /^[A-Z]{4}\d{10}$/,
  NO: /^\d{11}$/,
  PL: /^\d{24}$/,
  PS: /^[A-Z]{4}[A-Z\d]{21}$/,
  PT: /^\d{21}$/,
  SE: /^\d{20}$/,
  SM: /^[A-Z]\d{10}[A-Z\d]{12}$/,
  VG: /^[A-Z]{4}\d{16}$/,
}

/**
 * International Bank Account Number: a country code with the registered length, two check
 * digits, and a basic account number; moving the first four characters to the end and
 * reading letters as 10-35 must give a number that leaves 1 when divided by 97. Where the
 * registry fixes the national layout, letters and digits must also sit where it says.
 *
 * @param iban the IBAN without spaces, letters in upper case
 * @example isValidIban('GB82WEST12345698765432') // true
 */
export function isValidIban(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z\d]{11,30}$/.test(iban)) return false
  const country = iban.slice(0, 2)
  if (IBAN_LENGTHS[country] !== iban.length) return false
  if (BBAN_LAYOUTS[country]?.test(iban.slice(4)) === false) return false

  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1
}

/** The remainder of the IBAN digit string mod 97, computed a character at a time. */
function mod97(rearranged: string): number {
  let remainder = 0
  for (const char of rearranged) {
    const value = char <= '9' ? Number(char) : char.charCodeAt(0) - 55
    remainder = (remainder * (value > 9 ? 100 : 10) + value) % 97
  }

  return remainder
}
