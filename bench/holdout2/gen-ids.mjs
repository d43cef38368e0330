// Seeded generator of checksum-valid synthetic identifiers for the holdout2 documents.
// Usage: node bench/holdout2/gen-ids.mjs [seed]
// Also exports the validators that build-gold.mjs uses.

export function rng(seed) {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const digitsOf = (s) => s.replace(/\D/g, '')

export function luhnValid(num) {
  const d = digitsOf(num)
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i])
    if (i % 2 === 1) {
      x *= 2
      if (x > 9) x -= 9
    }
    sum += x
  }
  return d.length > 0 && sum % 10 === 0
}

function luhnCheckDigit(partial) {
  for (let c = 0; c < 10; c++) if (luhnValid(partial + c)) return String(c)
  throw new Error('unreachable')
}

export function ssnValid(s) {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s)
  if (!m) return false
  const area = Number(m[1])
  if (area === 0 || area === 666 || area >= 900) return false
  return m[2] !== '00' && m[3] !== '0000'
}

export function cardValid(s) {
  const d = digitsOf(s)
  if (!/^[\d -]+$/.test(s)) return false
  const brand = /^4/.test(d)
    ? d.length === 16 || d.length === 13
    : /^(5[1-5]|2[2-7])/.test(d)
      ? d.length === 16
      : /^3[47]/.test(d)
        ? d.length === 15
        : /^6(011|5)/.test(d)
          ? d.length === 16
          : false
  return brand && luhnValid(d)
}

export function npiValid(s) {
  return /^[12]\d{9}$/.test(s) && luhnValid('80840' + s)
}

export function deaValid(s) {
  const m = /^([A-Z])([A-Z9])(\d{7})$/.exec(s)
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
function vinCheck(v) {
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const c = v[i]
    const val = /\d/.test(c) ? Number(c) : VIN_MAP[c]
    sum += val * VIN_W[i]
  }
  const r = sum % 11
  return r === 10 ? 'X' : String(r)
}
export function vinValid(s) {
  return /^[A-HJ-NPR-Z0-9]{17}$/.test(s) && vinCheck(s) === s[8]
}

const MBI_ALPHA = 'ACDEFGHJKMNPQRTUVWXY'
const MBI_ALNUM = MBI_ALPHA + '0123456789'
export function mbiValid(s) {
  const v = s.replace(/-/g, '')
  if (s.includes('-') && !/^.{4}-.{3}-.{4}$/.test(s)) return false
  if (v.length !== 11) return false
  const n = (c) => /\d/.test(c)
  const a = (c) => MBI_ALPHA.includes(c)
  const an = (c) => MBI_ALNUM.includes(c)
  const rules = [(c) => /[1-9]/.test(c), a, an, n, a, an, n, a, a, n, n]
  return rules.every((f, i) => f(v[i]))
}

export function generate(seed = 20261203, count = 6) {
  const r = rng(seed)
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1))
  const pad = (x, w) => String(x).padStart(w, '0')
  const pick = (s) => s[int(0, s.length - 1)]
  const out = {
    ssn: [],
    visa: [],
    mastercard: [],
    amex: [],
    discover: [],
    npi: [],
    dea: [],
    vin: [],
    mbi: [],
  }
  for (let i = 0; i < count; i++) {
    let area
    do area = int(1, 899)
    while (area === 666)
    out.ssn.push(`${pad(area, 3)}-${pad(int(1, 99), 2)}-${pad(int(1, 9999), 4)}`)
    const card = (prefix, len) => {
      let p = prefix
      while (p.length < len - 1) p += int(0, 9)
      return p + luhnCheckDigit(p)
    }
    out.visa.push(card('4' + int(0, 9), 16))
    out.mastercard.push(card('5' + int(1, 5), 16))
    out.amex.push(card('3' + pick('47'), 15))
    out.discover.push(card('6011', 16))
    let npi = String(int(1, 2))
    while (npi.length < 9) npi += int(0, 9)
    npi += luhnCheckDigit('80840' + npi)
    out.npi.push(npi)
    const d = Array.from({ length: 6 }, () => int(0, 9))
    const check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    out.dea.push(pick('ABFGM') + pick('ABCDEFGHJKLMNOPRSTWY') + d.join('') + check)
    const vinChars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
    let vin = ''
    for (let k = 0; k < 17; k++) vin += k === 8 ? '0' : pick(vinChars)
    vin = vin.slice(0, 8) + vinCheck(vin) + vin.slice(9)
    out.vin.push(vin)
    const rules = [
      '123456789',
      MBI_ALPHA,
      MBI_ALNUM,
      '0123456789',
      MBI_ALPHA,
      MBI_ALNUM,
      '0123456789',
      MBI_ALPHA,
      MBI_ALPHA,
      '0123456789',
      '0123456789',
    ]
    out.mbi.push(rules.map(pick).join(''))
  }
  return out
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const seed = Number(process.argv[2] ?? 20261203)
  const ids = generate(seed)
  for (const [kind, list] of Object.entries(ids)) {
    const validator =
      { ssn: ssnValid, npi: npiValid, dea: deaValid, vin: vinValid, mbi: mbiValid }[kind] ??
      cardValid
    for (const v of list) if (!validator(v)) throw new Error(`generator bug: ${kind} ${v}`)
    console.log(kind.padEnd(11), list.join('  '))
  }
}
