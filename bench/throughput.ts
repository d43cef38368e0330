/**
 * Detection throughput and recall: phiguard against the npm PII redaction libraries.
 *
 *   npx tsx bench/throughput.ts [--mb 50] [--max-seconds 30] [--docs 1500] [--only NAME]
 *
 * Each tool runs in its own child process, one after the other, pinned to one core when
 * `taskset` exists, so speed is per core and peak RSS belongs to that tool alone. A child
 * generates the synthetic text itself in 1 MB pieces (bench/synthetic-notes.ts) and times only
 * the calls into the library. A tool that has not finished `--mb` megabytes after
 * `--max-seconds` of scanning stops there; the table says how much it scanned.
 *
 * Recall and precision use the labelled development corpus (../shared/corpus/dev.jsonl),
 * scored like scripts/detect-corpus.sh: "any overlap", ORGANIZATION spans left out. For a
 * redaction library, the spans it redacted are recovered by having it replace every match with
 * one sentinel character and walking the output against the input.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { Detector } from '../src/detect/detector.js'
import { NoteWriter } from './synthetic-notes.js'

const TOOLS = ['phiguard', 'redact-pii', '@arcjet/redact', '@coffeeandfun/remove-pii'] as const
type ToolName = (typeof TOOLS)[number]

/** Stands for every redacted match; it never occurs in the corpus or the generated text. */
const SENTINEL = '\u0001'
const PIECE_CHARS = 1 << 20
/**
 * Untimed pieces before the timed run. V8 needs a few megabytes before the hot paths of a
 * large library are compiled and stable (phiguard's first pieces take 2 to 10 times the steady
 * time); every tool gets the same warm-up, and the first piece's time is reported on its own.
 */
const WARM_UP_PIECES = 3
const EXCLUDED_GOLD = new Set(['ORGANIZATION'])
const CORPUS = new URL('../../shared/corpus/dev.jsonl', import.meta.url)

interface Span {
  readonly start: number
  readonly end: number
}

/** What one tool does: the call that is timed, and the spans it marks for scoring. */
interface ToolRunner {
  process(text: string): unknown
  spans(text: string): Promise<Span[]>
}

interface ChildResult {
  readonly tool: ToolName
  readonly mbScanned: number
  readonly seconds: number
  readonly mbPerSecond: number
  /** MB/s over the second half of the timed pieces, once compilation has settled. */
  readonly laterMbPerSecond: number
  readonly peakRssMb: number
  /** Time for the first 1 MB piece, while word lists load and the code is not yet compiled. */
  readonly firstPieceMs: number
  readonly recall: number
  readonly precision: number
  readonly goldSpans: number
  readonly unmapped: number
}

const { values: args } = parseArgs({
  options: {
    mb: { type: 'string', default: '50' },
    'max-seconds': { type: 'string', default: '30' },
    docs: { type: 'string', default: '1500' },
    only: { type: 'string' },
    child: { type: 'string' },
  },
})

const totalMb = Number(args.mb)
const maxSeconds = Number(args['max-seconds'])
const maxDocs = Number(args.docs)

if (args.child !== undefined) {
  const result = await runChild(args.child as ToolName)
  process.stdout.write(`${JSON.stringify(result)}\n`)
} else {
  await runParent()
}

async function runParent(): Promise<void> {
  const tools = args.only === undefined ? TOOLS : TOOLS.filter((t) => t === args.only)
  const pin = existsSync('/usr/bin/taskset') ? ['taskset', '-c', '0'] : []
  console.log(
    `Synthetic clinical text, ${totalMb} MB in 1 MB pieces, up to ${maxSeconds} s per tool; ` +
      `recall on ${maxDocs} corpus documents; ${pin.length > 0 ? 'pinned to CPU 0' : 'not pinned'}`,
  )

  const results: ChildResult[] = []
  for (const tool of tools) {
    console.log(`running ${tool}...`)
    results.push(await spawnChild(tool, pin))
  }

  printTable(results)
  // The machine is shared: a load above the core count means the figures are low.
  const load = loadavg().map((l) => Number(l.toFixed(2)))
  console.log(`load average at the end (1, 5, 15 min): ${load.join(', ')}`)
  mkdirSync(new URL('out/', import.meta.url), { recursive: true })
  const outFile = new URL('out/throughput.json', import.meta.url)
  const report = { date: new Date().toISOString(), load, results }
  writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`\nwritten: ${fileURLToPath(outFile)}`)
}

function spawnChild(tool: ToolName, pin: readonly string[]): Promise<ChildResult> {
  const self = fileURLToPath(import.meta.url)
  const nodeArgs = ['--import', 'tsx', self, '--child', tool, '--mb', String(totalMb)]
  nodeArgs.push('--max-seconds', String(maxSeconds), '--docs', String(maxDocs))
  const command = pin[0] ?? process.execPath
  const prefix = pin.length > 0 ? [...pin.slice(1), process.execPath] : []

  return new Promise((resolve, reject) => {
    const child = spawn(command, [...prefix, ...nodeArgs], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => (out += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`${tool}: child exited with ${String(code)}`))
        return
      }
      resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as ChildResult)
    })
  })
}

function printTable(results: readonly ChildResult[]): void {
  const base = results.find((r) => r.tool === 'phiguard')
  const header = [
    'tool',
    'MB scanned',
    'MB/s',
    'MB/s, later half',
    'peak RSS MB',
    'first MB ms',
    'overlap recall',
    'overlap precision',
    'phiguard speed / this',
  ]
  const rows = results.map((r) => [
    r.tool,
    r.mbScanned.toFixed(0),
    r.mbPerSecond.toFixed(2),
    r.laterMbPerSecond.toFixed(2),
    r.peakRssMb.toFixed(0),
    r.firstPieceMs.toFixed(0),
    r.recall.toFixed(3),
    r.precision.toFixed(3),
    base ? `${(base.mbPerSecond / r.mbPerSecond).toFixed(1)}x` : '-',
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)))
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`

  console.log('')
  console.log(line(header))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const row of rows) console.log(line(row))
  const gold = results[0]?.goldSpans ?? 0
  console.log(`\nrecall over ${gold} gold spans (ORGANIZATION left out), any-overlap scoring`)
  for (const r of results.filter((x) => x.unmapped > 0)) {
    console.log(`${r.tool}: ${r.unmapped} documents whose redaction could not be mapped back`)
  }
}

async function runChild(tool: ToolName): Promise<ChildResult> {
  const runner = await loadRunner(tool)
  const writer = new NoteWriter()

  const warmUp = new NoteWriter(7)
  let firstPieceMs = 0
  for (let i = 0; i < WARM_UP_PIECES; i++) {
    const piece = warmUp.piece(PIECE_CHARS)
    const started = performance.now()
    await runner.process(piece)
    if (i === 0) firstPieceMs = performance.now() - started
  }

  let chars = 0
  let elapsedMs = 0
  const pieces: Array<{ chars: number; ms: number }> = []
  while (chars < totalMb * PIECE_CHARS && elapsedMs < maxSeconds * 1000) {
    const piece = writer.piece(PIECE_CHARS)
    const started = performance.now()
    await runner.process(piece)
    const spent = performance.now() - started
    elapsedMs += spent
    pieces.push({ chars: piece.length, ms: spent })
    chars += piece.length
  }
  const later = pieces.slice(Math.floor(pieces.length / 2))
  const laterMb = later.reduce((sum, p) => sum + p.chars, 0) / (1 << 20)
  const laterSeconds = later.reduce((sum, p) => sum + p.ms, 0) / 1000
  // maxRSS is the kernel's high-water mark for this process, in kilobytes.
  const peakRssMb = process.resourceUsage().maxRSS / 1024
  const mb = chars / (1 << 20)
  const scored = await scoreCorpus(runner)

  return {
    tool,
    mbScanned: mb,
    seconds: elapsedMs / 1000,
    mbPerSecond: mb / (elapsedMs / 1000),
    laterMbPerSecond: laterMb / laterSeconds,
    peakRssMb,
    firstPieceMs,
    ...scored,
  }
}

async function loadRunner(tool: ToolName): Promise<ToolRunner> {
  switch (tool) {
    case 'phiguard': {
      const detector = new Detector()
      return {
        process: (text) => detector.scan(text),
        spans: (text) =>
          Promise.resolve(detector.scan(text).findings.filter((f) => f.kind === 'identifier')),
      }
    }
    case 'redact-pii': {
      const { SyncRedactor } = await import('redact-pii')
      const plain = new SyncRedactor()
      const marking = new SyncRedactor({ globalReplaceWith: SENTINEL })
      return {
        process: (text) => plain.redact(text),
        spans: (text) => Promise.resolve(redactedSpans(text, marking.redact(text))),
      }
    }
    case '@arcjet/redact': {
      const { redact } = await import('@arcjet/redact')
      return {
        process: (text) => redact(text),
        spans: async (text) => {
          const [marked] = await redact(text, { replace: () => SENTINEL })
          return redactedSpans(text, marked)
        },
      }
    }
    case '@coffeeandfun/remove-pii': {
      const { removePII } = await import('@coffeeandfun/remove-pii')
      const types = ['email', 'phone', 'ssn', 'creditCard', 'ipAddress', 'address', 'passport']
      types.push('driversLicense', 'zipCode', 'bankAccount', 'url', 'dateOfBirth')
      const options = Object.fromEntries(types.map((t) => [t, { replacement: SENTINEL }]))
      return {
        process: (text) => removePII(text),
        spans: (text) => Promise.resolve(redactedSpans(text, removePII(text, options))),
      }
    }
  }
}

/**
 * Recovers the redacted spans of `original` from `redacted`, where every redacted match became
 * one SENTINEL. Text between sentinels is unchanged input, so a span ends where the next
 * unchanged run is found again. A run short enough to occur inside the redacted value can end
 * a span early; that only matters when one redaction covers two gold spans.
 *
 * Throws when the output does not follow the input outside the sentinels.
 */
export function redactedSpans(original: string, redacted: string): Span[] {
  const spans: Span[] = []
  let i = 0
  let j = 0
  while (j < redacted.length) {
    if (redacted[j] !== SENTINEL) {
      if (redacted[j] !== original[i]) throw new Error(`output differs from input at ${i}`)
      i++
      j++
      continue
    }

    while (redacted[j] === SENTINEL) j++
    const nextSentinel = redacted.indexOf(SENTINEL, j)
    const run = redacted.slice(j, nextSentinel === -1 ? redacted.length : nextSentinel)
    // The last run is the end of the input; any other is searched for after the span.
    const end = nextSentinel === -1 ? original.length - run.length : original.indexOf(run, i + 1)
    if (end < i + 1) throw new Error(`cannot find the text after a redaction at ${i}`)

    spans.push({ start: i, end })
    i = end
  }

  return spans
}

interface GoldSpan extends Span {
  readonly type: string
}

interface GoldDoc {
  readonly text: string
  readonly spans: readonly GoldSpan[]
}

async function scoreCorpus(
  runner: ToolRunner,
): Promise<Pick<ChildResult, 'recall' | 'precision' | 'goldSpans' | 'unmapped'>> {
  const docs = readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, maxDocs)
    .map((line) => JSON.parse(line) as GoldDoc)

  let gold = 0
  let found = 0
  let predicted = 0
  let correct = 0
  let unmapped = 0
  for (const doc of docs) {
    let spans: Span[]
    try {
      spans = await runner.spans(doc.text)
    } catch {
      unmapped++
      spans = []
    }
    const kept = doc.spans.filter((s) => !EXCLUDED_GOLD.has(s.type))
    const left = doc.spans.filter((s) => EXCLUDED_GOLD.has(s.type))
    gold += kept.length
    found += kept.filter((g) => spans.some((p) => overlaps(g, p))).length
    for (const p of spans) {
      const hitsKept = kept.some((g) => overlaps(g, p))
      // Like score.mjs: a prediction over excluded spans only is neither right nor wrong.
      if (!hitsKept && left.some((g) => overlaps(g, p))) continue
      predicted++
      if (hitsKept) correct++
    }
  }

  return {
    recall: gold === 0 ? 0 : found / gold,
    precision: predicted === 0 ? 0 : correct / predicted,
    goldSpans: gold,
    unmapped,
  }
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}
