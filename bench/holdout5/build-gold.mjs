// Builds bench/holdout5/holdout5.jsonl from the inline-labelled docs/*.txt files.
// Markup: [[TYPE|text]]. Genre = file-name prefix before the first '-'. Refuses to build on
// leftover markup, unknown types, labels in a nonphi_ document, checksum-invalid identifiers,
// titles inside PERSON spans, ages under 90, or documents outside 300..1,200 characters.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ssnOk, cardOk, npiOk, deaOk, vinOk, mbiOk } from './gen-ids.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const docsDir = join(here, 'docs')
const outFile = join(here, 'holdout5.jsonl')

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
  SSN: ssnOk,
  CREDIT_CARD: cardOk,
  NPI: npiOk,
  DEA_NUMBER: deaOk,
  MEDICARE_ID: mbiOk,
  VEHICLE_ID: (v) => v.length !== 17 || vinOk(v),
  AGE: (v) => /^\d+$/.test(v) && Number(v) >= 90,
  PERSON: (v) =>
    !/^(Dr|Mr|Mrs|Ms|Miss|Mx)\.?\s/i.test(v) && !/,\s*(MD|DO|RN|NP|PA-C|LCSW|RPh|M\.D\.)$/.test(v),
}

const errors = []
const docs = []
const files = readdirSync(docsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()

for (const file of files) {
  const base = file.replace(/\.txt$/, '')
  const genre = base.split('-')[0]
  if (!genre || !base.includes('-')) errors.push(`${file}: name must be <genre>-<name>.txt`)
  const raw = readFileSync(join(docsDir, file), 'utf8').replace(/\r\n/g, '\n').replace(/\n+$/, '\n')
  const re = /\[\[([A-Z_]+)\|([^\]\n]+?)\]\]/g
  let text = ''
  let last = 0
  const spans = []
  for (const m of raw.matchAll(re)) {
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
  if (text.length < 300 || text.length > 1200)
    errors.push(`${file}: length ${text.length} outside 300..1200`)
  for (const s of spans) {
    if (!TYPES.has(s.type)) errors.push(`${file}: unknown type ${s.type}`)
    if (s.value !== s.value.trim())
      errors.push(`${file}: whitespace at span edge ${JSON.stringify(s.value)}`)
    if (text.slice(s.start, s.end) !== s.value) errors.push(`${file}: offset mismatch ${s.value}`)
    const check = CHECKS[s.type]
    if (check && !check(s.value)) errors.push(`${file}: ${s.type} fails check: ${s.value}`)
  }
  docs.push({ id: `h5-${base}`, genre, text, spans })
}

if (docs.length !== 20) errors.push(`expected 20 documents, found ${docs.length}`)
if (errors.length) {
  console.error(errors.join('\n'))
  process.exit(1)
}

writeFileSync(outFile, docs.map((d) => JSON.stringify(d)).join('\n') + '\n')
const byType = {}
for (const d of docs) for (const s of d.spans) byType[s.type] = (byType[s.type] ?? 0) + 1
const total = Object.values(byType).reduce((a, b) => a + b, 0)
console.log(`wrote ${outFile}: ${docs.length} documents, ${total} spans`)
for (const [t, n] of Object.entries(byType).sort((a, b) => b[1] - a[1]))
  console.log(`  ${t.padEnd(16)} ${n}`)
