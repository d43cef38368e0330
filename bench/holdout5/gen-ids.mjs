// Seeded generator and validators for checksummed identifiers used in holdout5.
// Run `node bench/holdout5/gen-ids.mjs` to print a fresh (deterministic) batch.
// build-gold.mjs imports the validators to refuse checksum-invalid gold spans.
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

const digitsOnly = (s) => s.replace(/[\s-]/g, '')

export function luhnOk(num) {
  let sum = 0
  let dbl = false
  for (let i = num.length - 1; i >= 0; i--) {
    let d = num.charCodeAt(i) - 48
    if (d < 0 || d > 9) return false
    if (dbl) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
    dbl = !dbl
  }
  return sum % 10 === 0
}

function luhnDigit(body) {
  for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c)
}

export function ssnOk(s) {
  const d = digitsOnly(s)
  if (!/^\d{9}$/.test(d)) return false
  const area = +d.slice(0, 3)
  const group = +d.slice(3, 5)
  const serial = +d.slice(5)
  return area >= 1 && area <= 899 && area !== 666 && group >= 1 && serial >= 1
}

export function cardOk(s) {
  const d = digitsOnly(s)
  if (!/^\d{15,16}$/.test(d)) return false
  const brand =
    (/^4/.test(d) && d.length === 16) ||
    (/^(5[1-5]|2[2-7])/.test(d) && d.length === 16) ||
    (/^3[47]/.test(d) && d.length === 15) ||
    (/^6(011|5)/.test(d) && d.length === 16)
  return brand && luhnOk(d)
}

export function npiOk(s) {
  return /^[12]\d{9}$/.test(s) && luhnOk('80840' + s)
}

export function deaOk(s) {
  if (!/^[A-Z]{2}\d{7}$/.test(s)) return false
  const d = s.slice(2).split('').map(Number)
  const sum = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])
  return sum % 10 === d[6]
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
    const ch = v[i]
    const val = /\d/.test(ch) ? +ch : VIN_MAP[ch]
    sum += val * VIN_W[i]
  }
  const r = sum % 11
  return r === 10 ? 'X' : String(r)
}
export function vinOk(v) {
  return /^[A-HJ-NPR-Z0-9]{17}$/.test(v) && vinCheck(v) === v[8]
}

// MBI: C A AN N A AN N A A N N (C 1-9; A letters minus S L O I B Z)
const MBI_A = 'ACDEFGHJKMNPQRTUVWXY'
const MBI_AN = MBI_A + '0123456789'
export function mbiOk(s) {
  const m = s.replace(/-/g, '')
  if (s.includes('-') && !/^.{4}-.{3}-.{4}$/.test(s)) return false
  if (m.length !== 11) return false
  const pat = ['C', 'A', 'AN', 'N', 'A', 'AN', 'N', 'A', 'A', 'N', 'N']
  return pat.every((p, i) => {
    const ch = m[i]
    if (p === 'C') return /[1-9]/.test(ch)
    if (p === 'N') return /[0-9]/.test(ch)
    if (p === 'A') return MBI_A.includes(ch)
    return MBI_AN.includes(ch)
  })
}

export function generate(seed = 5005) {
  const r = rng(seed)
  const dig = (n) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('')
  const pick = (s) => s[Math.floor(r() * s.length)]
  const out = { ssn: [], card: [], npi: [], dea: [], vin: [], mbi: [] }
  while (out.ssn.length < 6) {
    const s = dig(3) + '-' + dig(2) + '-' + dig(4)
    if (ssnOk(s)) out.ssn.push(s)
  }
  for (const pre of ['4', '51', '37', '6011', '4', '55']) {
    const len = pre === '37' ? 15 : 16
    const body = pre + dig(len - pre.length - 1)
    out.card.push(body + luhnDigit(body))
  }
  for (let i = 0; i < 8; i++) {
    const body = pick('12') + dig(8)
    out.npi.push(body + luhnDigit('80840' + body).slice(-1))
  }
  for (const ini of ['BO', 'AR', 'FV', 'MK', 'BT']) {
    const d = dig(6).split('').map(Number)
    const c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    out.dea.push(ini + d.join('') + c)
  }
  const VC = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
  for (let i = 0; i < 3; i++) {
    const a = ['1', 'F', 'T', 'M', 'D', 'V', 'P', 'R'].map(() => pick(VC))
    a[0] = pick('12345')
    const rest = Array.from({ length: 8 }, () => pick(VC))
    const v = a.join('') + '0' + rest.join('')
    out.vin.push(v.slice(0, 8) + vinCheck(v) + v.slice(9))
  }
  for (let i = 0; i < 4; i++) {
    const m = ['C', 'A', 'AN', 'N', 'A', 'AN', 'N', 'A', 'A', 'N', 'N']
      .map((p) =>
        p === 'C'
          ? pick('123456789')
          : p === 'N'
            ? pick('0123456789')
            : p === 'A'
              ? pick(MBI_A)
              : pick(MBI_AN),
      )
      .join('')
    out.mbi.push(m)
  }
  return out
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const seed = Number(process.argv[2] ?? 5005)
  console.log(JSON.stringify(generate(seed), null, 2))
}
