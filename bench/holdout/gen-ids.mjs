#!/usr/bin/env node
// Prints synthetic identifiers that pass their checksums (SSN area rules, Luhn cards, NPI with
// the 80840 prefix, DEA check digit, VIN check digit, MBI character rules), for pasting into
// the hand-written hold-out documents. Deterministic: a seeded generator, no external data.
// Usage: node bench/holdout/gen-ids.mjs [seed]

let state = Number(process.argv[2] ?? 20240917) >>> 0
const rand = () => {
  state = (state * 1664525 + 1013904223) >>> 0
  return state / 2 ** 32
}
const digit = () => Math.floor(rand() * 10)
const digits = (n) => Array.from({ length: n }, digit).join('')
const pick = (s) => s[Math.floor(rand() * s.length)]

const luhnCheck = (body) => {
  let sum = 0
  const rev = body.split('').reverse()
  rev.forEach((ch, i) => {
    let d = Number(ch)
    if (i % 2 === 0) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  })
  return String((10 - (sum % 10)) % 10)
}

const ssn = () => {
  for (;;) {
    const area = 1 + Math.floor(rand() * 899)
    if (area === 666) continue
    const group = 1 + Math.floor(rand() * 99)
    const serial = 1 + Math.floor(rand() * 9999)
    return `${String(area).padStart(3, '0')}-${String(group).padStart(2, '0')}-${String(serial).padStart(4, '0')}`
  }
}

const card = (prefix, length) => {
  const body = prefix + digits(length - prefix.length - 1)
  return body + luhnCheck(body)
}

const npi = () => {
  const body = pick('12') + digits(8)
  return body + luhnCheck('80840' + body)
}

const dea = (lastInitial) => {
  const d = digits(6).split('').map(Number)
  const sum = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])
  return pick('ABFGM') + lastInitial.toUpperCase() + d.join('') + String(sum % 10)
}

const vinValue = (ch) => {
  if (/\d/.test(ch)) return Number(ch)
  const map = {
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
  return map[ch]
}
const vin = () => {
  const alphabet = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
  const weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
  const chars = Array.from({ length: 17 }, () => pick(alphabet))
  chars[9] = pick('ABCDEFGHJKLMNPRSTVWXY123456789')
  const sum = chars.reduce((acc, ch, i) => acc + (i === 8 ? 0 : vinValue(ch) * weights[i]), 0)
  const check = sum % 11
  chars[8] = check === 10 ? 'X' : String(check)
  return chars.join('')
}

const mbi = () => {
  const alpha = 'ACDEFGHJKMNPQRTUVWXY'
  const alnum = alpha + '0123456789'
  const num = '0123456789'
  const pattern = ['123456789', alpha, alnum, num, alpha, alnum, num, alpha, alpha, num, num]
  return pattern.map(pick).join('')
}

console.log('SSN       ', Array.from({ length: 8 }, ssn).join('  '))
console.log('VISA      ', Array.from({ length: 3 }, () => card('4', 16)).join('  '))
console.log('MC        ', Array.from({ length: 3 }, () => card('5' + pick('12345'), 16)).join('  '))
console.log('AMEX      ', Array.from({ length: 2 }, () => card('3' + pick('47'), 15)).join('  '))
console.log('DISCOVER  ', Array.from({ length: 2 }, () => card('6011', 16)).join('  '))
console.log('NPI       ', Array.from({ length: 12 }, npi).join('  '))
console.log('DEA       ', ['K', 'O', 'V', 'T', 'A', 'W', 'R', 'S'].map(dea).join('  '))
console.log('VIN       ', Array.from({ length: 3 }, vin).join('  '))
console.log('MBI       ', Array.from({ length: 6 }, mbi).join('  '))
