// Builds bench/holdout6/holdout6.jsonl from the inline-labelled documents in docs/*.txt.
// Label syntax: [[TYPE|text]]. The clean text is the document with every label replaced by its
// text; spans are JS string (UTF-16) offsets into the clean text.
// Refuses to build (exit 1) on: leftover or malformed markup, unknown types, labels in a
// `nonphi_` document, checksum-invalid SSN/CREDIT_CARD/NPI/DEA_NUMBER/VIN/MEDICARE_ID values,
// titles or credentials inside PERSON, AGE under 90, phone numbers outside 555-01xx, and
// documents whose clean text is outside 300-1,200 characters.
// Usage: node bench/holdout6/build-gold.mjs

import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cardValid, deaValid, mbiValid, npiValid, ssnValid, vinValid } from './gen-ids.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const docsDir = join(here, 'docs')
const outFile = join(here, 'holdout6.jsonl')

// The type names of /work/shared/corpus/TYPES.md.
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

const MIN_LEN = 300
const MAX_LEN = 1200
const LABEL = /\[\[([A-Za-z_]+)\|([^[\]|]*)\]\]/g
const TITLE_OR_CREDENTIAL =
  /^(Dr|Mr|Mrs|Ms|Mx|Fr|Hon|Rev)\.?\s|,?\s(MD|DO|RN|NP|PA-C|LCSW|DDS|OD|PharmD|CNM|NNP|DPM|Esq)\.?$/

function surnameInitials(persons) {
  const out = new Set()
  for (const p of persons) {
    const words = p.includes(',') ? [p.split(',')[0]] : p.split(/[\s^]+/)
    for (const w of words) if (/^[A-Za-z]/.test(w)) out.add(w[0].toUpperCase())
  }
  return out
}

function checkValue(type, value, persons) {
  switch (type) {
    case 'SSN':
      return ssnValid(value) ? null : 'SSN fails area/group/serial rules'
    case 'CREDIT_CARD':
      return cardValid(value) ? null : 'card fails brand prefix or Luhn'
    case 'NPI':
      return npiValid(value) ? null : 'NPI fails Luhn over 80840'
    case 'DEA_NUMBER': {
      if (!deaValid(value)) return 'DEA fails format or check digit'
      const initials = surnameInitials(persons)
      return initials.has(value[1]) ? null : `DEA 2nd letter ${value[1]} matches no name in the doc`
    }
    case 'VEHICLE_ID':
      // 17 characters means a VIN; shorter values are licence plates.
      if (value.length === 17 && !vinValid(value)) return 'VIN fails check digit'
      return null
    case 'MEDICARE_ID':
      return mbiValid(value) ? null : 'MBI fails CMS character rules'
    case 'AGE':
      return /^\d+$/.test(value) && Number(value) >= 90 ? null : 'AGE must be a number >= 90'
    case 'PHONE':
    case 'FAX':
      return value.replace(/\D/g, '').includes('55501') ? null : 'phone/fax must use 555-01xx'
    case 'PERSON':
      return TITLE_OR_CREDENTIAL.test(value) ? 'title or credential inside PERSON' : null
    default:
      return null
  }
}

function parse(name, raw) {
  const errors = []
  const spans = []
  let text = ''
  let last = 0
  for (const m of raw.matchAll(LABEL)) {
    text += raw.slice(last, m.index)
    const [, type, value] = m
    if (!TYPES.has(type)) errors.push(`unknown type ${type} ("${value}")`)
    if (value.length === 0 || value.trim() !== value) {
      errors.push(`empty or space-padded value in ${m[0]}`)
    }
    spans.push({ start: text.length, end: text.length + value.length, type, value })
    text += value
    last = m.index + m[0].length
  }
  text += raw.slice(last)
  if (/\[\[|\]\]/.test(text)) {
    const at = text.search(/\[\[|\]\]/)
    errors.push(
      `leftover markup near: ${JSON.stringify(text.slice(Math.max(0, at - 20), at + 30))}`,
    )
  }
  if (name.startsWith('nonphi_') && spans.length > 0) {
    errors.push(`${spans.length} label(s) in a nonphi_ document`)
  }
  if (text.length < MIN_LEN || text.length > MAX_LEN) {
    errors.push(`clean text is ${text.length} characters (must be ${MIN_LEN}-${MAX_LEN})`)
  }
  const persons = spans.filter((s) => s.type === 'PERSON').map((s) => s.value)
  for (const s of spans) {
    const why = checkValue(s.type, s.value, persons)
    if (why) errors.push(`${s.type} "${s.value}": ${why}`)
    if (text.slice(s.start, s.end) !== s.value) errors.push(`offset mismatch for "${s.value}"`)
  }
  return { text, spans, errors }
}

const files = readdirSync(docsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
const lines = []
const problems = []
for (const file of files) {
  const name = file.slice(0, -'.txt'.length)
  const raw = readFileSync(join(docsDir, file), 'utf8')
  const { text, spans, errors } = parse(name, raw)
  for (const e of errors) problems.push(`${file}: ${e}`)
  const genre = name.split('-')[0]
  lines.push(JSON.stringify({ id: `h6-${name}`, genre, text, spans }))
}

if (problems.length > 0) {
  console.error(`build-gold: refusing to build (${problems.length} problem(s)):`)
  for (const p of problems) console.error(`  ${p}`)
  process.exit(1)
}

writeFileSync(outFile, lines.join('\n') + '\n')
const counts = {}
let total = 0
for (const l of lines) {
  for (const s of JSON.parse(l).spans) {
    counts[s.type] = (counts[s.type] ?? 0) + 1
    total++
  }
}
console.log(`build-gold: wrote ${lines.length} documents, ${total} spans to ${outFile}`)
for (const [t, n] of Object.entries(counts).sort((a, b) => b[1] - a[1])) {
  console.log(`  ${t.padEnd(16)} ${n}`)
}
