#!/usr/bin/env node
// Lists strict-mode misses (FN) and false alarms (FP) on one hand-written hold-out set,
// grouped by type, with surrounding text. Runs `phiguard detect --jsonl` itself unless
// --pred PATH is given. SET is a folder name under bench/ (holdout, holdout2, holdout3).
// Usage: node bench/holdout-errors.mjs SET [TYPE,...] [--fn|--fp] [--pred PATH] [--exclude T]
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const [set = '', ...args] = process.argv.slice(2)
if (!/^holdout\d*$/.test(set)) {
  console.error('usage: node bench/holdout-errors.mjs SET [TYPE,...] [--fn|--fp] [--pred PATH]')
  process.exit(2)
}
const flag = (name) => {
  const at = args.indexOf(name)
  return at === -1 ? undefined : args[at + 1]
}
const types = new Set(
  (args[0] && !args[0].startsWith('--') ? args[0] : '').split(',').filter(Boolean),
)
const only = args.includes('--fn') ? 'fn' : args.includes('--fp') ? 'fp' : 'both'
const exclude = new Set((flag('--exclude') ?? '').split(',').filter(Boolean))
const wanted = (type) => (types.size === 0 || types.has(type)) && !exclude.has(type)

const goldPath = fileURLToPath(new URL(`${set}/${set}.jsonl`, import.meta.url))
const read = (text) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
const gold = read(readFileSync(goldPath, 'utf8'))

let predText
if (flag('--pred')) {
  predText = readFileSync(flag('--pred'), 'utf8')
} else {
  const cli = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url))
  const input = gold.map(({ id, text }) => JSON.stringify({ id, text })).join('\n')
  const run = spawnSync(process.execPath, ['--import', 'tsx', cli, 'detect', '--jsonl'], {
    input,
    maxBuffer: 1 << 28,
  })
  if (run.status !== 0) throw new Error(`phiguard detect failed: ${run.stderr}`)
  predText = run.stdout.toString('utf8')
}
const pred = new Map(read(predText).map((p) => [p.id, p]))

const show = (text, s, e) =>
  JSON.stringify(
    text.slice(Math.max(0, s - 40), s) + '[[' + text.slice(s, e) + ']]' + text.slice(e, e + 25),
  )
const key = (x) => `${x.start}:${x.end}:${x.type}`
const groups = new Map()
const add = (type, line) => {
  if (!groups.has(type)) groups.set(type, [])
  groups.get(type).push(line)
}

for (const doc of gold) {
  const found = pred.get(doc.id)?.findings ?? []
  const goldKeys = new Set(doc.spans.map(key))
  const predKeys = new Set(found.map(key))
  for (const s of doc.spans) {
    if (!wanted(s.type) || predKeys.has(key(s)) || only === 'fp') continue
    const over = found
      .filter((f) => f.start < s.end && s.start < f.end)
      .map((f) => `${f.type}:"${doc.text.slice(f.start, f.end)}"`)
    add(
      s.type,
      `  FN ${doc.genre.padEnd(22)} ${show(doc.text, s.start, s.end)}${over.length ? '  pred ' + over.join(' ') : ''}`,
    )
  }
  for (const f of found) {
    if (!wanted(f.type) || goldKeys.has(key(f)) || only === 'fn') continue
    const over = doc.spans
      .filter((s) => f.start < s.end && s.start < f.end)
      .map((s) => `${s.type}:"${s.value}"`)
    add(
      f.type,
      `  FP ${doc.genre.padEnd(22)} ${show(doc.text, f.start, f.end)}${over.length ? '  gold ' + over.join(' ') : ''}`,
    )
  }
}

let fn = 0
let fp = 0
for (const type of [...groups.keys()].sort()) {
  const lines = groups.get(type)
  const nFn = lines.filter((l) => l.startsWith('  FN')).length
  fn += nFn
  fp += lines.length - nFn
  console.log(`\n## ${type}  (FN ${nFn}, FP ${lines.length - nFn})`)
  for (const line of lines.sort()) console.log(line)
}
console.log(`\ntotal strict FN ${fn}, FP ${fp}`)
