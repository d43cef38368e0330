/**
 * Cost of each built-in recognizer, in CPU milliseconds per MB of text, so that the slowest
 * can be found without a profiler. CPU time (not wall time) keeps the figures steady on a
 * busy machine.
 *
 *   npx tsx bench/recognizer-cost.ts [--mb 4] [--text notes|corpus] [--rounds 3]
 *
 * `notes` is the synthetic clinical text of bench/synthetic-notes.ts; `corpus` is the
 * development corpus, which is far denser in identifiers than ordinary notes.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

import type { Candidate } from '../src/detect/candidate.js'
import { Detector } from '../src/detect/detector.js'
import { builtInRecognizers } from '../src/detect/recognizers/index.js'
import { ScanDocument } from '../src/detect/scan-document.js'
import { NoteWriter } from './synthetic-notes.js'

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '4' },
    text: { type: 'string', default: 'notes' },
    rounds: { type: 'string', default: '3' },
  },
})
const rounds = Math.max(1, Number(values.rounds))
const megabytes = Number(values.mb)
const pieces = makePieces(values.text === 'corpus' ? 'corpus' : 'notes', megabytes)

function makePieces(kind: 'notes' | 'corpus', count: number): string[] {
  if (kind === 'notes') {
    const writer = new NoteWriter(7)
    return Array.from({ length: count }, () => writer.piece(1 << 20))
  }

  const corpus = new URL('../../shared/corpus/dev.jsonl', import.meta.url)
  const docs = readFileSync(corpus, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text)
  // Copy through a Buffer so the text is one flat string, as text read from a file is.
  const all = Buffer.from(docs.join('\n\n').repeat(Math.ceil((count << 20) / 1.2e6))).toString()
  return Array.from({ length: count }, (_, i) => all.slice(i << 20, (i + 1) << 20))
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1000
}

const all = builtInRecognizers()
const ordered = [...all.filter((r) => !r.late), ...all.filter((r) => r.late)]
// The fastest of several timed rounds stands for each recognizer: collection pauses and other
// work on the machine only ever add time.
const costs = new Map<string, number>(ordered.map((r) => [r.name, Infinity]))
// One untimed round first, so that lazy word lists are loaded and the code is compiled.
for (let round = 0; round <= rounds; round++) {
  const spent = new Map<string, number>(ordered.map((r) => [r.name, 0]))
  for (const text of pieces) {
    const doc = new ScanDocument(text)
    const candidates: Candidate[] = []
    for (const recognizer of ordered) {
      const started = process.cpuUsage()
      for (const candidate of recognizer.find(doc, candidates)) candidates.push(candidate)
      spent.set(recognizer.name, (spent.get(recognizer.name) ?? 0) + cpuMs(started))
    }
  }
  if (round === 0) continue
  for (const [name, ms] of spent) costs.set(name, Math.min(costs.get(name) ?? Infinity, ms))
}

const detector = new Detector()
let totalMs = Infinity
let findings = 0
for (let round = 0; round < rounds; round++) {
  const started = process.cpuUsage()
  findings = 0
  for (const text of pieces) findings += detector.scan(text).findings.length
  totalMs = Math.min(totalMs, cpuMs(started))
}
const recognizersMs = [...costs.values()].reduce((a, b) => a + b, 0)
const mb = pieces.join('').length / 1e6

console.log(`text: ${values.text}, ${mb.toFixed(1)} MB, ${findings} findings`)
for (const [name, ms] of [...costs].sort((a, b) => b[1] - a[1])) {
  console.log(`${name.padEnd(20)} ${(ms / mb).toFixed(2).padStart(7)} ms/MB`)
}
console.log(`${'all recognizers'.padEnd(20)} ${(recognizersMs / mb).toFixed(2).padStart(7)} ms/MB`)
console.log(`${'whole scan'.padEnd(20)} ${(totalMs / mb).toFixed(2).padStart(7)} ms/MB`)
console.log(`throughput: ${(mb / (totalMs / 1000)).toFixed(1)} MB/s of CPU time (target >= 50)`)
