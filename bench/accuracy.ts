/**
 * Detection accuracy on the labelled development corpus, through the same interface that
 * outside measurement uses (`phiguard detect --jsonl`), scored by the corpus's own scorer.
 *
 *   npx tsx bench/accuracy.ts [--corpus PATH] [--by-genre]
 *
 * Prints the scorer's table with ORGANIZATION excluded, then each target and whether it holds.
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

interface Score {
  micro: { overlap: { p: number; r: number }; strict: { f1: number } }
  perType: Record<string, { gold: number; strict: { f1: number } }>
}
interface Scorer {
  score: (gold: object[], pred: object[], options: object) => Score
  formatTable: (result: Score, name: string) => string
  formatGenres: (result: Score) => string
}

const args = process.argv.slice(2)
const corpusAt = args.indexOf('--corpus')
const corpus =
  corpusAt === -1
    ? fileURLToPath(new URL('../../shared/corpus/dev.jsonl', import.meta.url))
    : (args[corpusAt + 1] ?? '')
const scorerPath = new URL('../../shared/corpus/score.mjs', import.meta.url).href
const cli = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url))

const gold = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as { id: string; text: string })

const started = performance.now()
const predictions = await detect(
  gold.map(({ id, text }) => JSON.stringify({ id, text })).join('\n'),
)
const seconds = (performance.now() - started) / 1000

const scorer = (await import(scorerPath)) as Scorer
const result = scorer.score(gold, predictions, { exclude: ['ORGANIZATION'] })
console.log(scorer.formatTable(result, `phiguard on ${corpus}`))
if (args.includes('--by-genre')) console.log(scorer.formatGenres(result))

const targets: Array<[string, number, number]> = [
  ['overlap recall', result.micro.overlap.r, 0.98],
  ['overlap precision', result.micro.overlap.p, 0.95],
]
for (const [type, figures] of Object.entries(result.perType)) {
  if (figures.gold > 0) targets.push([`strict F1 ${type}`, figures.strict.f1, 0.9])
}
console.log(`\n${gold.length} documents in ${seconds.toFixed(1)} s (CLI start-up included)`)
for (const [name, value, goal] of targets) {
  const mark = value >= goal ? 'met ' : 'MISS'
  console.log(`${mark} ${name.padEnd(32)} ${value.toFixed(4)}  (target >= ${goal})`)
}

/** Runs `phiguard detect --jsonl` as a child process, as outside measurement does. */
async function detect(input: string): Promise<object[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, 'detect', '--jsonl'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const out: Buffer[] = []
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
  child.stdin.end(input)
  const code = await new Promise<number>((resolve) => child.on('close', resolve))
  if (code !== 0) throw new Error(`phiguard detect exited with ${code}`)

  return Buffer.concat(out)
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as object)
}
