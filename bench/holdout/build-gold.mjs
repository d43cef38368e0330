#!/usr/bin/env node
// Converts the hand-labelled hold-out documents in bench/holdout/docs/*.txt (inline markup
// `[[TYPE|text]]`) into bench/holdout/holdout.jsonl in the corpus format
// {"id","genre","text","spans":[{"start","end","type","value"}]}.
// Offsets are JS string indices into the clean text. The genre is the file name without its
// `-NN.txt` suffix. Checksummed identifiers are verified so that a typo cannot slip into gold.
// Usage: node bench/holdout/build-gold.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'

const here = new URL('.', import.meta.url)
const docsDir = new URL('docs/', here)
const outPath = new URL('holdout.jsonl', here)

const TYPES = new Set([
  'PERSON',
  'DATE',
  'AGE',
  'PHONE',
  'FAX',
  'EMAIL',
  'SSN',
  'MRN',
  'HEALTH_PLAN_ID',
  'ACCOUNT_NUMBER',
  'LICENSE_NUMBER',
  'VEHICLE_ID',
  'DEVICE_ID',
  'URL',
  'IP_ADDRESS',
  'STREET_ADDRESS',
  'CITY',
  'ZIP_CODE',
  'LOCATION_OTHER',
  'ORGANIZATION',
  'CREDIT_CARD',
  'NPI',
  'DEA_NUMBER',
  'MEDICARE_ID',
  'BANK_ACCOUNT',
  'OTHER_ID',
])

const luhn = (digits) => {
  let sum = 0
  digits
    .split('')
    .reverse()
    .forEach((ch, i) => {
      let d = Number(ch)
      if (i % 2 === 1) {
        d *= 2
        if (d > 9) d -= 9
      }
      sum += d
    })
  return sum % 10 === 0
}

const vinValues = {
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
const vinWeights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
const validVin = (vin) => {
  const sum = vin
    .split('')
    .reduce(
      (acc, ch, i) => acc + (/\d/.test(ch) ? Number(ch) : (vinValues[ch] ?? 0)) * vinWeights[i],
      0,
    )
  const check = sum % 11
  return vin[8] === (check === 10 ? 'X' : String(check))
}

const checks = {
  SSN: (v) => {
    const d = v.replace(/[\s-]/g, '')
    if (!/^\d{9}$/.test(d)) return false
    const area = Number(d.slice(0, 3))
    return area > 0 && area < 900 && area !== 666 && d.slice(3, 5) !== '00' && d.slice(5) !== '0000'
  },
  CREDIT_CARD: (v) => {
    const d = v.replace(/[\s-]/g, '')
    return /^\d{15,16}$/.test(d) && luhn(d)
  },
  NPI: (v) => /^[12]\d{9}$/.test(v) && luhn('80840' + v),
  DEA_NUMBER: (v) => {
    if (!/^[A-Z]{2}\d{7}$/.test(v)) return false
    const d = v.slice(2).split('').map(Number)
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 === d[6]
  },
  VEHICLE_ID: (v) => v.length !== 17 || validVin(v),
  MEDICARE_ID: (v) =>
    /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$/.test(
      v.replace(/-/g, ''),
    ),
}

const markup = /\[\[([A-Z_]+)\|([\s\S]*?)\]\]/g
const files = readdirSync(docsDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
const problems = []
const lines = []
const counts = {}

for (const name of files) {
  const raw = readFileSync(new URL(name, docsDir), 'utf8')
  const base = name.replace(/\.txt$/, '')
  const genre = base.replace(/-\d+$/, '')
  let text = ''
  let last = 0
  const spans = []
  for (const match of raw.matchAll(markup)) {
    const [whole, type, value] = match
    text += raw.slice(last, match.index)
    last = match.index + whole.length
    if (!TYPES.has(type)) problems.push(`${name}: unknown type ${type}`)
    if (value === '' || value !== value.trim())
      problems.push(`${name}: empty or padded ${type} "${value}"`)
    if (value.includes('|') && type !== 'PERSON')
      problems.push(`${name}: "|" inside ${type} "${value}"`)
    if (checks[type] && !checks[type](value))
      problems.push(`${name}: ${type} "${value}" fails its checksum/format`)
    spans.push({ start: text.length, end: text.length + value.length, type, value })
    text += value
    counts[type] = (counts[type] ?? 0) + 1
  }
  text += raw.slice(last)
  if (/\[\[|\]\]/.test(text)) problems.push(`${name}: leftover [[ or ]] in clean text`)
  if (genre.startsWith('nonphi') && spans.length > 0)
    problems.push(`${name}: non-PHI document has spans`)
  for (const s of spans) {
    if (text.slice(s.start, s.end) !== s.value)
      problems.push(`${name}: offset mismatch for ${s.value}`)
  }
  lines.push(JSON.stringify({ id: `holdout-${base}`, genre, text, spans }))
}

if (problems.length > 0) {
  console.error(problems.join('\n'))
  process.exit(1)
}
writeFileSync(outPath, lines.join('\n') + '\n')
const total = Object.values(counts).reduce((a, b) => a + b, 0)
console.log(`${files.length} documents, ${total} spans -> ${outPath.pathname}`)
console.log(
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([t, n]) => `${t} ${n}`)
    .join(', '),
)
