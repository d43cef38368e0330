// Seeded generator and validators for the checksummed identifiers used in holdout6.
// Written from the public rules (SSA SSN ranges, ISO/IEC 7812 Luhn, CMS NPI and MBI formats,
// the DEA registration check digit, the 49 CFR 565 VIN check digit).
// Usage: node bench/holdout6/gen-ids.mjs [seed]   (default seed 6006)

// mulberry32: small deterministic PRNG.
export function rng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = (r, s) => s[Math.floor(r() * s.length)]
const digits = (r, n) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('')

// ---- Luhn -----------------------------------------------------------------------------------
export function luhnValid(num) {
  const d = num.replace(/\D/g, '')
  if (d.length < 2) return false
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let v = Number(d[d.length - 1 - i])
    if (i % 2 === 1) {
      v *= 2
      if (v > 9) v -= 9
    }
    sum += v
  }
  return sum % 10 === 0
}

function luhnCheckDigit(body) {
  for (let c = 0; c <= 9; c++) if (luhnValid(body + String(c))) return String(c)
  throw new Error('unreachable')
}

// ---- SSN ------------------------------------------------------------------------------------
export function ssnValid(s) {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s)
  if (!m) return false
  const area = Number(m[1])
  const group = Number(m[2])
  const serial = Number(m[3])
  return area >= 1 && area <= 899 && area !== 666 && group >= 1 && serial >= 1
}

export function genSsn(r) {
  for (;;) {
    const area = 1 + Math.floor(r() * 899)
    if (area === 666) continue
    const group = 1 + Math.floor(r() * 99)
    const serial = 1 + Math.floor(r() * 9999)
    const p = (n, w) => String(n).padStart(w, '0')
    return `${p(area, 3)}-${p(group, 2)}-${p(serial, 4)}`
  }
}

// ---- Payment cards --------------------------------------------------------------------------
export function cardValid(s) {
  const d = s.replace(/[ -]/g, '')
  if (!/^\d{13,19}$/.test(d)) return false
  const brand =
    /^4/.test(d) ||
    /^5[1-5]/.test(d) ||
    /^2[2-7]/.test(d) ||
    /^3[47]/.test(d) ||
    /^6(011|5)/.test(d)
  return brand && luhnValid(d)
}

export function genCard(r, brand) {
  const spec = {
    visa: ['4', 16],
    mc: [pick(r, ['51', '52', '53', '54', '55']), 16],
    amex: [pick(r, ['34', '37']), 15],
    discover: ['6011', 16],
  }[brand]
  const body = spec[0] + digits(r, spec[1] - spec[0].length - 1)
  return body + luhnCheckDigit(body)
}

// ---- NPI ------------------------------------------------------------------------------------
export function npiValid(s) {
  return /^[12]\d{9}$/.test(s) && luhnValid('80840' + s)
}

export function genNpi(r) {
  const body = pick(r, ['1', '2']) + digits(r, 8)
  return body + luhnCheckDigit('80840' + body).slice(-1)
}

// ---- DEA ------------------------------------------------------------------------------------
function deaCheck(d) {
  const n = d.split('').map(Number)
  const sum = n[0] + n[2] + n[4] + 2 * (n[1] + n[3] + n[5])
  return String(sum % 10)
}

export function deaValid(s, surname) {
  const m = /^([A-Z])([A-Z9])(\d{6})(\d)$/.exec(s)
  if (!m) return false
  if (!'ABCDFGHJKLMPRSTUX'.includes(m[1])) return false
  if (surname && m[2] !== surname[0].toUpperCase()) return false
  return deaCheck(m[3]) === m[4]
}

export function genDea(r, surname) {
  const six = digits(r, 6)
  return pick(r, ['A', 'B', 'F', 'M']) + surname[0].toUpperCase() + six + deaCheck(six)
}

// ---- VIN ------------------------------------------------------------------------------------
const VIN_VAL = {}
'0123456789'.split('').forEach((c, i) => (VIN_VAL[c] = i))
const letters = 'ABCDEFGH.JKLMN.P.R..STUVWXYZ'
// Transliteration: A-H 1-8, J-N 1-5, P 7, R 9, S-Z 2-9 (I, O, Q not allowed).
Object.assign(VIN_VAL, { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8 })
Object.assign(VIN_VAL, { J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9 })
Object.assign(VIN_VAL, { S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 })
const VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
const VIN_CHARS = letters.replace(/\./g, '') + '0123456789'

function vinCheck(v) {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += VIN_VAL[v[i]] * VIN_W[i]
  const c = sum % 11
  return c === 10 ? 'X' : String(c)
}

export function vinValid(v) {
  return /^[A-HJ-NPR-Z0-9]{17}$/.test(v) && vinCheck(v) === v[8]
}

// wmi: 3-char manufacturer prefix; year: model-year code for position 10 (e.g. K = 2019).
// Positions 4-8 are alphanumeric, 11 is the plant letter, 12-17 are the serial digits.
export function genVin(r, wmi, year) {
  let v = wmi
  while (v.length < 8) v += pick(r, VIN_CHARS)
  v += '0' + year + pick(r, 'ABCDEFGHJKLMNPRSTUVWXYZ') + digits(r, 6)
  return v.slice(0, 8) + vinCheck(v) + v.slice(9)
}

// ---- Medicare MBI ---------------------------------------------------------------------------
// 11 chars: C A AN N A AN N A A N N; C = 1-9, N = 0-9, A = letters minus S L O I B Z,
// AN = either. Dashes optional after positions 4 and 7.
const MBI_A = 'ACDEFGHJKMNPQRTUVWXY'
const MBI_AN = MBI_A + '0123456789'
const MBI_PATTERN = ['C', 'A', 'AN', 'N', 'A', 'AN', 'N', 'A', 'A', 'N', 'N']

export function mbiValid(s) {
  const v = s.replace(/-/g, '')
  if (v.length !== 11) return false
  if (s.includes('-') && !/^.{4}-.{3}-.{4}$/.test(s)) return false
  return MBI_PATTERN.every((k, i) => {
    const c = v[i]
    if (k === 'C') return /[1-9]/.test(c)
    if (k === 'N') return /[0-9]/.test(c)
    if (k === 'A') return MBI_A.includes(c)
    return MBI_AN.includes(c)
  })
}

export function genMbi(r) {
  const set = { C: '123456789', N: '0123456789', A: MBI_A, AN: MBI_AN }
  return MBI_PATTERN.map((k) => pick(r, set[k])).join('')
}

// ---- CLI ------------------------------------------------------------------------------------
if (import.meta.url === `file://${process.argv[1]}`) {
  const r = rng(Number(process.argv[2] ?? 6006))
  const out = {
    ssn: [genSsn(r), genSsn(r), genSsn(r), genSsn(r)],
    visa: genCard(r, 'visa'),
    mc: genCard(r, 'mc'),
    amex: genCard(r, 'amex'),
    discover: genCard(r, 'discover'),
    npi: Array.from({ length: 8 }, () => genNpi(r)),
    mbi: [genMbi(r), genMbi(r), genMbi(r), genMbi(r)],
    vin: [genVin(r, '1FT', 'K'), genVin(r, '5NP', 'P')],
  }
  const surnames = ['Okonkwo', 'Nguyen', 'Kowalczyk', 'Begaye', 'Haddad', 'Ruiz']
  out.dea = surnames.map((s) => `${s}: ${genDea(r, s)}`)
  console.log(JSON.stringify(out, null, 2))
}
