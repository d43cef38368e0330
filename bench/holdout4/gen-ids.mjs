// Seeded generator (and validators) for checksummed identifiers used in holdout4.
// Run: node bench/holdout4/gen-ids.mjs [seed]  -> prints a batch of valid identifiers.
// The validators are exported and reused by build-gold.mjs.
import { pathToFileURL } from 'node:url'

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

export function luhnOk(num) {
  const d = digitsOf(num)
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let v = Number(d[d.length - 1 - i])
    if (i % 2 === 1) {
      v *= 2
      if (v > 9) v -= 9
    }
    sum += v
  }
  return d.length > 0 && sum % 10 === 0
}

function luhnCheckDigit(partial) {
  for (let c = 0; c < 10; c++) if (luhnOk(partial + c)) return String(c)
}

export function ssnOk(s) {
  const d = digitsOf(s)
  if (d.length !== 9 || !/^\d{3}[- ]?\d{2}[- ]?\d{4}$/.test(s)) return false
  const area = Number(d.slice(0, 3))
  const group = Number(d.slice(3, 5))
  const serial = Number(d.slice(5))
  return area >= 1 && area <= 899 && area !== 666 && group >= 1 && serial >= 1
}

export function cardOk(s) {
  const d = digitsOf(s)
  if (!/^[\d -]+$/.test(s)) return false
  const brand = /^4/.test(d)
    ? d.length === 16 || d.length === 13
    : /^5[1-5]|^2[2-7]/.test(d)
      ? d.length === 16
      : /^3[47]/.test(d)
        ? d.length === 15
        : /^6(011|5)/.test(d)
          ? d.length === 16
          : false
  return brand && luhnOk(d)
}

export function npiOk(s) {
  return /^[12]\d{9}$/.test(s) && luhnOk('80840' + s)
}

export function deaOk(s) {
  const m = /^[A-Z][A-Z9](\d{7})$/.exec(s)
  if (!m) return false
  const d = m[1].split('').map(Number)
  return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 === d[6]
}

const VIN_VAL = {
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
    const n = /\d/.test(c) ? Number(c) : VIN_VAL[c]
    sum += n * VIN_W[i]
  }
  const r = sum % 11
  return r === 10 ? 'X' : String(r)
}
export function vinOk(s) {
  return /^[A-HJ-NPR-Z0-9]{17}$/.test(s) && vinCheck(s) === s[8]
}

const MBI_ALPHA = 'ACDEFGHJKMNPQRTUVWXY'
const MBI_ALNUM = MBI_ALPHA + '0123456789'
const MBI_PATTERN = ['C', 'A', 'N', 'D', 'A', 'N', 'D', 'A', 'A', 'D', 'D']
export function mbiOk(s) {
  const v = s.replace(/-/g, '')
  if (v.length !== 11) return false
  if (s.includes('-') && !/^\w{4}-\w{3}-\w{4}$/.test(s)) return false
  return MBI_PATTERN.every((p, i) => {
    const c = v[i]
    if (p === 'C') return /[1-9]/.test(c)
    if (p === 'D') return /\d/.test(c)
    if (p === 'A') return MBI_ALPHA.includes(c)
    return MBI_ALNUM.includes(c)
  })
}

// ---------------- generators ----------------
export function generators(seed) {
  const r = rng(seed)
  const int = (n) => Math.floor(r() * n)
  const digits = (n) => Array.from({ length: n }, () => int(10)).join('')
  const pick = (s) => s[int(s.length)]
  return {
    ssn() {
      let a
      do {
        a = 1 + int(899)
      } while (a === 666)
      const g = 1 + int(99)
      const s = 1 + int(9999)
      return `${String(a).padStart(3, '0')}-${String(g).padStart(2, '0')}-${String(s).padStart(4, '0')}`
    },
    card(brand) {
      const prefix = { visa: '4', mc: '5' + (1 + int(5)), amex: pick(['34', '37']), disc: '6011' }[
        brand
      ]
      const len = brand === 'amex' ? 15 : 16
      const partial = prefix + digits(len - prefix.length - 1)
      return partial + luhnCheckDigit(partial)
    },
    npi() {
      const partial = pick('12') + digits(8)
      return partial + luhnCheckDigit('80840' + partial).slice(-1)
    },
    dea(initial) {
      const d = digits(6).split('').map(Number)
      const c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
      return pick('ABFGM') + initial + d.join('') + c
    },
    vin(wmi = '') {
      const chars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
      const v = Array.from({ length: 17 }, (_, i) =>
        i < wmi.length ? wmi[i] : i >= 11 ? String(int(10)) : pick(chars),
      )
      v[9] = pick('LMNPRS')
      v[8] = '0'
      v[8] = vinCheck(v.join(''))
      return v.join('')
    },
    mbi() {
      return MBI_PATTERN.map((p) =>
        p === 'C'
          ? pick('123456789')
          : p === 'D'
            ? pick('0123456789')
            : p === 'A'
              ? pick(MBI_ALPHA)
              : pick(MBI_ALNUM),
      ).join('')
    },
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const g = generators(Number(process.argv[2] || 4044))
  const out = {
    ssn: Array.from({ length: 6 }, () => g.ssn()),
    visa: g.card('visa'),
    mc: g.card('mc'),
    amex: g.card('amex'),
    disc: g.card('disc'),
    npi: Array.from({ length: 14 }, () => g.npi()),
    dea: ['O', 'M', 'K', 'T'].map((i) => g.dea(i)),
    vin: [g.vin('1FTEW1EP'), g.vin('5YJ3E1EA')],
    mbi: [g.mbi(), g.mbi(), g.mbi()],
  }
  console.log(JSON.stringify(out, null, 2))
  for (const v of out.ssn) if (!ssnOk(v)) throw new Error('ssn ' + v)
  for (const v of out.npi) if (!npiOk(v)) throw new Error('npi ' + v)
  for (const v of [out.visa, out.mc, out.amex, out.disc])
    if (!cardOk(v)) throw new Error('card ' + v)
  for (const v of out.dea) if (!deaOk(v)) throw new Error('dea ' + v)
  for (const v of out.vin) if (!vinOk(v)) throw new Error('vin ' + v)
  for (const v of out.mbi) if (!mbiOk(v)) throw new Error('mbi ' + v)
}
