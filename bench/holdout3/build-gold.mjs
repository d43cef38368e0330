// Build bench/holdout3/holdout3.jsonl from the inline-labelled documents in docs/.
// Markup: [[TYPE|text]]. Usage: node bench/holdout3/build-gold.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ssnValid, luhnValid, npiValid, deaValid, vinValid, mbiValid } from './gen-ids.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const docsDir = join(here, 'docs')
const outPath = join(here, 'holdout3.jsonl')

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

const CHECKS = {
  SSN: ssnValid,
  CREDIT_CARD: (v) =>
    luhnValid(v) && /^(4\d{15}|5[1-5]\d{14}|3[47]\d{13}|6011\d{12})$/.test(v.replace(/[\s-]/g, '')),
  NPI: npiValid,
  DEA_NUMBER: deaValid,
  MEDICARE_ID: mbiValid,
  // plates are VEHICLE_ID too; only 17-character VINs carry a check digit
  VEHICLE_ID: (v) => v.length !== 17 || vinValid(v),
  AGE: (v) => /^\d+$/.test(v) && Number(v) >= 90,
}

const LABEL = /\[\[([A-Z_]+)\|([^\]|]*(?:\|[^\]|]*)*?)\]\]/g
const errors = []
const docs = []

const files = readdirSync(docsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
for (const file of files) {
  const raw = readFileSync(join(docsDir, file), 'utf8')
  const genre = file.slice(0, file.indexOf('-'))
  const id = 'h3-' + file.replace(/\.txt$/, '')
  let text = ''
  let last = 0
  const spans = []
  for (const m of raw.matchAll(LABEL)) {
    text += raw.slice(last, m.index)
    const [, type, value] = m
    const start = text.length
    text += value
    spans.push({ start, end: text.length, type, value })
    last = m.index + m[0].length
  }
  text += raw.slice(last)
  if (/\[\[|\]\]/.test(text)) errors.push(`${file}: leftover markup`)
  if (genre.startsWith('nonphi_') && spans.length)
    errors.push(`${file}: labels in a nonphi_ document`)
  if (!genre.startsWith('nonphi_') && !spans.length)
    errors.push(`${file}: PHI document without labels`)
  if (genre === file.replace(/\.txt$/, '')) errors.push(`${file}: name is not <genre>-<name>.txt`)
  if (text.length < 300 || text.length > 2000)
    errors.push(`${file}: length ${text.length} outside 300..2000`)
  for (const s of spans) {
    if (!TYPES.has(s.type)) errors.push(`${file}: unknown type ${s.type}`)
    if (s.value !== s.value.trim() || !s.value)
      errors.push(`${file}: span "${s.value}" empty or padded`)
    if (text.slice(s.start, s.end) !== s.value)
      errors.push(`${file}: offset mismatch for "${s.value}"`)
    const check = CHECKS[s.type]
    if (check && !check(s.value))
      errors.push(`${file}: ${s.type} "${s.value}" fails its checksum/validity rule`)
  }
  docs.push({ id, genre, text, spans })
}

if (errors.length) {
  console.error(errors.join('\n'))
  console.error(`refusing to build: ${errors.length} problem(s)`)
  process.exit(1)
}

writeFileSync(outPath, docs.map((d) => JSON.stringify(d)).join('\n') + '\n')
const byType = {}
for (const d of docs) for (const s of d.spans) byType[s.type] = (byType[s.type] || 0) + 1
const phi = docs.filter((d) => !d.genre.startsWith('nonphi_')).length
console.log(
  `wrote ${outPath}: ${docs.length} documents (${phi} PHI, ${docs.length - phi} non-PHI), ${Object.values(byType).reduce((a, b) => a + b, 0)} spans`,
)
console.log(
  Object.entries(byType)
    .sort((a, b) => b[1] - a[1])
    .map(([t, n]) => `${t} ${n}`)
    .join(', '),
)
