// Seeded generator of checksum-valid synthetic identifiers for holdout3.
// Usage: node bench/holdout3/gen-ids.mjs [seed]
// Everything is derived from a small PRNG (mulberry32); no external data.

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

const digits = (r, n) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('')
const pick = (r, s) => s[Math.floor(r() * s.length)]

export function luhnCheckDigit(body) {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i])
    if (i % 2 === 0) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return String((10 - (sum % 10)) % 10)
}

export function luhnValid(num) {
  const s = num.replace(/[\s-]/g, '')
  if (!/^\d{12,19}$/.test(s)) return false
  return luhnCheckDigit(s.slice(0, -1)) === s.slice(-1)
}

export function ssnValid(v) {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(v)
  if (!m) return false
  const area = Number(m[1])
  return area >= 1 && area <= 899 && area !== 666 && m[2] !== '00' && m[3] !== '0000'
}

export function npiValid(v) {
  return /^[12]\d{9}$/.test(v) && luhnCheckDigit('80840' + v.slice(0, 9)) === v[9]
}

export function deaValid(v) {
  const m = /^([A-Z])([A-Z9])(\d{7})$/.exec(v)
  if (!m) return false
  const d = m[3].split('').map(Number)
  return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 === d[6]
}

const VIN_MAP = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
}
const VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
export function vinCheck(vin) {
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const c = vin[i]
    const val = /\d/.test(c) ? Number(c) : VIN_MAP[c]
    sum += val * VIN_W[i]
  }
  const r = sum % 11
  return r === 10 ? 'X' : String(r)
}
export function vinValid(v) {
  return /^[A-HJ-NPR-Z0-9]{17}$/.test(v) && vinCheck(v) === v[8]
}

const MBI_ALPHA = 'ACDEFGHJKMNPQRTUVWXY'
const MBI_ALNUM = MBI_ALPHA + '0123456789'
const MBI_RE = new RegExp(
  `^[1-9][${MBI_ALPHA}][${MBI_ALNUM}]\\d[${MBI_ALPHA}][${MBI_ALNUM}]\\d[${MBI_ALPHA}][${MBI_ALPHA}]\\d\\d$`,
)
export function mbiValid(v) {
  return MBI_RE.test(v.replace(/-/g, ''))
}

export function genSsn(r) {
  let area
  do {
    area = 1 + Math.floor(r() * 899)
  } while (area === 666)
  const group = 1 + Math.floor(r() * 99)
  const serial = 1 + Math.floor(r() * 9999)
  return `${String(area).padStart(3, '0')}-${String(group).padStart(2, '0')}-${String(serial).padStart(4, '0')}`
}

export function genCard(r, brand) {
  const prefix = {
    visa: '4' + digits(r, 5),
    mc: '5' + (1 + Math.floor(r() * 5)) + digits(r, 4),
    amex: pick(r, ['34', '37']) + digits(r, 4),
    discover: '6011' + digits(r, 2),
  }[brand]
  const len = brand === 'amex' ? 15 : 16
  const body = prefix + digits(r, len - 1 - prefix.length)
  return body + luhnCheckDigit(body)
}

export function genNpi(r) {
  const body = pick(r, '12') + digits(r, 8)
  return body + luhnCheckDigit('80840' + body)
}

export function genDea(r, lastInitial) {
  const d = digits(r, 6).split('').map(Number)
  const check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
  return pick(r, 'ABFGM') + lastInitial.toUpperCase() + d.join('') + check
}

export function genVin(r) {
  const cs = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
  const chars = Array.from({ length: 17 }, () => pick(r, cs))
  chars[8] = '0'
  chars[9] = pick(r, 'ABCDEFGHJKLMNPRSTVWXY123456789')
  const v = chars.join('')
  chars[8] = vinCheck(v)
  return chars.join('')
}

export function genMbi(r) {
  return (
    pick(r, '123456789') +
    pick(r, MBI_ALPHA) +
    pick(r, MBI_ALNUM) +
    pick(r, '0123456789') +
    pick(r, MBI_ALPHA) +
    pick(r, MBI_ALNUM) +
    pick(r, '0123456789') +
    pick(r, MBI_ALPHA) +
    pick(r, MBI_ALPHA) +
    pick(r, '0123456789') +
    pick(r, '0123456789')
  )
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = rng(Number(process.argv[2] || 31337))
  const out = {
    ssn: Array.from({ length: 8 }, () => genSsn(r)),
    visa: Array.from({ length: 3 }, () => genCard(r, 'visa')),
    mc: Array.from({ length: 3 }, () => genCard(r, 'mc')),
    amex: Array.from({ length: 2 }, () => genCard(r, 'amex')),
    discover: Array.from({ length: 2 }, () => genCard(r, 'discover')),
    npi: Array.from({ length: 24 }, () => genNpi(r)),
    dea: 'ABCDGHKLMNOPRSTW'.split('').map((c) => genDea(r, c)),
    vin: Array.from({ length: 4 }, () => genVin(r)),
    mbi: Array.from({ length: 8 }, () => genMbi(r)),
  }
  for (const [k, v] of Object.entries(out)) console.log(k.padEnd(9), v.join(' '))
}
