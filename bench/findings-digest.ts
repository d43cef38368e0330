/**
 * A fingerprint of what every built-in recognizer proposes and of what a whole scan reports,
 * on the synthetic notes and on the development corpus. A change made for speed must leave
 * every line of this output as it was:
 *
 *   npx tsx bench/findings-digest.ts > /tmp/before.txt
 *   ... change a recognizer ...
 *   npx tsx bench/findings-digest.ts | diff /tmp/before.txt -
 *
 * Each line is a recognizer (or `scan`), the text set, the number of candidates and a
 * SHA-256 over their type, offsets, score, pattern, validator and supporting words.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'

import type { Candidate } from '../src/detect/candidate.js'
import { Detector } from '../src/detect/detector.js'
import { normalise } from '../src/detect/normalise.js'
import { builtInRecognizers } from '../src/detect/recognizers/index.js'
import { ScanDocument } from '../src/detect/scan-document.js'
import { NoteWriter } from './synthetic-notes.js'

function noteTexts(): string[] {
  const writer = new NoteWriter(11)
  return Array.from({ length: 3 }, () => writer.piece(1 << 20))
}

function corpusTexts(): string[] {
  const corpus = new URL('../../shared/corpus/dev.jsonl', import.meta.url)
  return readFileSync(corpus, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text)
}

function describe(c: Candidate): string {
  const validator = c.validator ? `${c.validator.name}:${String(c.validator.passed)}` : ''
  const words = (c.supportingWords ?? []).join(',')
  const context = c.contextApplied ? 'ctx' : ''
  return `${c.type}|${c.start}|${c.end}|${c.score}|${c.pattern}|${validator}|${words}|${context}`
}

function digestRecognizers(set: string, texts: string[]): void {
  const ordered = builtInRecognizers()
  const sorted = [...ordered.filter((r) => !r.late), ...ordered.filter((r) => r.late)]
  const hashes = new Map(sorted.map((r) => [r.name, createHash('sha256')]))
  const counts = new Map(sorted.map((r) => [r.name, 0]))

  for (const text of texts) {
    const doc = new ScanDocument(normalise(text).text)
    const candidates: Candidate[] = []
    for (const recognizer of sorted) {
      const hash = hashes.get(recognizer.name)!
      for (const candidate of recognizer.find(doc, candidates)) {
        candidates.push(candidate)
        hash.update(describe(candidate) + '\n')
        counts.set(recognizer.name, counts.get(recognizer.name)! + 1)
      }
      hash.update('--\n')
    }
  }

  for (const [name, hash] of hashes) {
    console.log(`${name.padEnd(18)} ${set.padEnd(7)} ${counts.get(name)!} ${hash.digest('hex')}`)
  }
}

function digestScan(set: string, texts: string[]): void {
  const detector = new Detector()
  const hash = createHash('sha256')
  let count = 0
  for (const text of texts) {
    for (const f of detector.scan(text).findings) {
      hash.update(JSON.stringify(f) + '\n')
      count++
    }
    hash.update('--\n')
  }
  console.log(`${'scan'.padEnd(18)} ${set.padEnd(7)} ${count} ${hash.digest('hex')}`)
}

for (const [set, texts] of [
  ['notes', noteTexts()],
  ['corpus', corpusTexts()],
] as const) {
  digestRecognizers(set, texts)
  digestScan(set, texts)
}
