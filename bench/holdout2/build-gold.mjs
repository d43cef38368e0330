// Builds bench/holdout2/holdout2.jsonl from the inline-labelled documents in docs/.
// Markup: [[TYPE|text]]. Offsets are JS string indices into the text with markup removed.
// Refuses to build on leftover markup, unknown types, labels in non-PHI documents,
// documents outside 300-2,000 characters, or a checksum-invalid labelled identifier.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { ssnValid, cardValid, npiValid, deaValid, vinValid, mbiValid } from './gen-ids.mjs'

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
  CREDIT_CARD: cardValid,
  NPI: npiValid,
  DEA_NUMBER: deaValid,
  MEDICARE_ID: mbiValid,
  // plates are VEHICLE_ID too; only 17-character VIN-shaped values carry a check digit
  VEHICLE_ID: (v) => !/^[A-HJ-NPR-Z0-9]{17}$/.test(v) || vinValid(v),
  AGE: (v) => !/^\d+$/.test(v) || Number(v) >= 90,
}

const here = fileURLToPath(new URL('.', import.meta.url))
const docsDir = join(here, 'docs')
const errors = []
const lines = []
const counts = {}

for (const file of readdirSync(docsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const raw = readFileSync(join(docsDir, file), 'utf8').replace(/\r\n/g, '\n')
  const name = file.replace(/\.txt$/, '')
  const genre = name.split('-')[0]
  const id = `h2-${name}`
  const spans = []
  let text = ''
  let last = 0
  const re = /\[\[([A-Z_]+)\|([^\]|]*)\]\]/g
  for (const m of raw.matchAll(re)) {
    text += raw.slice(last, m.index)
    const [, type, value] = m
    if (!TYPES.has(type)) errors.push(`${file}: unknown type ${type}`)
    if (value === '' || value.trim() !== value)
      errors.push(`${file}: empty or padded span [${type}|${value}]`)
    const check = CHECKS[type]
    if (check && !check(value))
      errors.push(`${file}: ${type} ${JSON.stringify(value)} fails its checksum/rule`)
    spans.push({ start: text.length, end: text.length + value.length, type, value })
    text += value
    last = m.index + m[0].length
  }
  text += raw.slice(last)
  text = text.replace(/\n+$/, '\n')
  for (const leftover of ['[[', ']]']) {
    const at = text.indexOf(leftover)
    if (at !== -1)
      errors.push(
        `${file}: leftover markup near ${JSON.stringify(text.slice(Math.max(0, at - 20), at + 30))}`,
      )
  }
  if (/^nonphi_/.test(genre) && spans.length > 0)
    errors.push(`${file}: non-PHI document has ${spans.length} labels`)
  if (text.length < 300 || text.length > 2000)
    errors.push(`${file}: ${text.length} characters (want 300-2,000)`)
  for (const s of spans) {
    if (text.slice(s.start, s.end) !== s.value)
      errors.push(`${file}: offset mismatch for ${s.value}`)
    counts[s.type] = (counts[s.type] ?? 0) + 1
  }
  lines.push(JSON.stringify({ id, genre, text, spans }))
}

if (errors.length > 0) {
  console.error(`refusing to build holdout2.jsonl (${errors.length} problems):`)
  for (const e of errors) console.error(`  ${e}`)
  process.exit(1)
}
writeFileSync(join(here, 'holdout2.jsonl'), lines.join('\n') + '\n')
const total = Object.values(counts).reduce((a, b) => a + b, 0)
console.log(`wrote ${lines.length} documents, ${total} spans to holdout2.jsonl`)
console.log(
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([t, n]) => `${t} ${n}`)
    .join(', '),
)
