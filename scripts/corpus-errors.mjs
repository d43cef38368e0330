#!/usr/bin/env node
// Lists strict-mode misses and false alarms for chosen types, with surrounding text, so a
// recognizer author can see what to fix. Reads .tmp/pred.jsonl (scripts/detect-corpus.sh).
// Usage: node scripts/corpus-errors.mjs TYPE[,TYPE...] [--fn|--fp] [--limit N]
import { readFileSync } from 'node:fs'

const args = process.argv.slice(2)
const types = new Set((args[0] ?? '').split(',').filter(Boolean))
const only = args.includes('--fn') ? 'fn' : args.includes('--fp') ? 'fp' : 'both'
const limitAt = args.indexOf('--limit')
const limit = limitAt === -1 ? 40 : Number(args[limitAt + 1])
const read = (path) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
const gold = read(new URL('../../shared/corpus/dev.jsonl', import.meta.url))
const pred = new Map(read('.tmp/pred.jsonl').map((p) => [p.id, p]))
const show = (text, s, e) =>
  JSON.stringify(
    text.slice(Math.max(0, s - 40), s) + '[[' + text.slice(s, e) + ']]' + text.slice(e, e + 25),
  )
let fn = 0
let fp = 0
for (const doc of gold) {
  const found = pred.get(doc.id)?.findings ?? []
  const key = (x) => `${x.start}:${x.end}:${x.type}`
  const goldKeys = new Set(doc.spans.map(key))
  const predKeys = new Set(found.map(key))
  for (const s of doc.spans) {
    if (!types.has(s.type) || predKeys.has(key(s)) || only === 'fp') continue
    const over = found
      .filter((f) => f.start < s.end && s.start < f.end)
      .map((f) => `${f.type}:${f.start}-${f.end}`)
    if (fn++ < limit)
      console.log('FN', doc.id, doc.genre, s.type, show(doc.text, s.start, s.end), over.join(' '))
  }
  for (const f of found) {
    if (!types.has(f.type) || goldKeys.has(key(f)) || only === 'fn') continue
    const over = doc.spans
      .filter((s) => f.start < s.end && s.start < f.end)
      .map((s) => `${s.type}:${s.start}-${s.end}`)
    if (fp++ < limit)
      console.log('FP', doc.id, doc.genre, f.type, show(doc.text, f.start, f.end), over.join(' '))
  }
}
console.log(`total FN ${fn}, FP ${fp}`)
