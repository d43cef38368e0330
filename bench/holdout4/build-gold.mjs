// Build bench/holdout4/holdout4.jsonl from the inline-labelled documents in docs/.
// Markup: [[TYPE|text]]. Output lines: {"id","genre","text","spans":[{start,end,type,value}]}
// Usage: node bench/holdout4/build-gold.mjs
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ssnOk, cardOk, npiOk, deaOk, vinOk, mbiOk } from './gen-ids.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const docsDir = join(here, 'docs')
const outFile = join(here, 'holdout4.jsonl')

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

// Checksummed identifiers must be valid. VEHICLE_ID is checked only when VIN-shaped (plates are free-form).
const CHECKS = {
  SSN: ssnOk,
  CREDIT_CARD: cardOk,
  NPI: npiOk,
  DEA_NUMBER: deaOk,
  MEDICARE_ID: mbiOk,
  VEHICLE_ID: (v) => v.replace(/[\s-]/g, '').length !== 17 || vinOk(v),
  AGE: (v) => /^\d+$/.test(v) && Number(v) >= 90,
}

const errors = []
const fail = (file, msg) => errors.push(`${file}: ${msg}`)
const LABEL = /\[\[([A-Za-z_]+)\|([^\]]*)\]\]/g

const files = readdirSync(docsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
const out = []
for (const file of files) {
  const raw = readFileSync(join(docsDir, file), 'utf8').replace(/\r\n/g, '\n')
  const m = /^([a-z0-9_]+)-[\w.-]+\.txt$/.exec(file)
  if (!m) {
    fail(file, 'name is not <genre>-<name>.txt')
    continue
  }
  const genre = m[1]
  let text = ''
  let last = 0
  const spans = []
  for (const hit of raw.matchAll(LABEL)) {
    text += raw.slice(last, hit.index)
    const [, type, value] = hit
    if (!TYPES.has(type)) fail(file, `unknown type ${type}`)
    if (value === '' || value !== value.trim())
      fail(file, `empty or untrimmed ${type} span "${value}"`)
    const check = CHECKS[type]
    if (check && !check(value)) fail(file, `checksum/rule-invalid ${type} "${value}"`)
    spans.push({ start: text.length, end: text.length + value.length, type, value })
    text += value
    last = hit.index + hit[0].length
  }
  text += raw.slice(last)
  if (/\[\[|\]\]/.test(text)) fail(file, 'leftover markup after stripping')
  if (genre.startsWith('nonphi') && spans.length)
    fail(file, `${spans.length} labels in a nonphi document`)
  if (!genre.startsWith('nonphi') && !spans.length) fail(file, 'PHI document has no labels')
  if (text.length < 300 || text.length > 1500) fail(file, `length ${text.length} outside 300..1500`)
  for (const s of spans)
    if (text.slice(s.start, s.end) !== s.value) fail(file, `offset mismatch ${s.value}`)
  out.push({ id: 'h4-' + file.replace(/\.txt$/, ''), genre, text, spans })
}

if (errors.length) {
  console.error(errors.join('\n'))
  console.error(`\nrefusing to build: ${errors.length} problem(s)`)
  process.exit(1)
}
writeFileSync(outFile, out.map((d) => JSON.stringify(d)).join('\n') + '\n')
const byType = {}
for (const d of out) for (const s of d.spans) byType[s.type] = (byType[s.type] || 0) + 1
const phi = out.filter((d) => !d.genre.startsWith('nonphi')).length
console.log(
  `wrote ${outFile}: ${out.length} documents (${phi} PHI, ${out.length - phi} nonphi), ` +
    `${Object.values(byType).reduce((a, b) => a + b, 0)} spans`,
)
for (const [t, n] of Object.entries(byType).sort((a, b) => b[1] - a[1]))
  console.log(`  ${t.padEnd(15)} ${n}`)
