/**
 * Memory while streaming a large text through `scanStream`: the target is < 300 MB RSS for a
 * 1 GB input.
 *
 *   npx tsx bench/stream-memory.ts [--mb 1024] [--chunk-kb 64]
 *
 * The text is generated on the fly and never written to disk: a pool of about 4 MB of
 * synthetic notes (bench/synthetic-notes.ts) is cut into Buffer chunks, as a file stream
 * would deliver them, and cycled until `--mb` megabytes have gone through. Reusing the pool
 * keeps the generator's own memory and time out of the figures.
 */
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'

import { Detector } from '../src/detect/detector.js'
import { scanStream } from '../src/detect/stream.js'
import { NoteWriter } from './synthetic-notes.js'

const POOL_DOCS = 2000
const MB = 1 << 20

const { values: args } = parseArgs({
  options: {
    mb: { type: 'string', default: '1024' },
    'chunk-kb': { type: 'string', default: '64' },
  },
})
const totalBytes = Number(args.mb) * MB
const chunkBytes = Number(args['chunk-kb']) * 1024

let peakRss = 0
let sampledRss = 0

/** Yields `totalBytes` of text as Buffers, and samples RSS as it goes. */
async function* generate(): AsyncGenerator<Buffer> {
  const writer = new NoteWriter()
  const pool = Buffer.from(Array.from({ length: POOL_DOCS }, () => writer.next()).join('\n\n'))
  let sent = 0
  let at = 0
  let nextSample = 0
  while (sent < totalBytes) {
    const size = Math.min(chunkBytes, totalBytes - sent)
    // Copy, as a file stream hands out fresh Buffers; a view into the pool would be free.
    let chunk = Buffer.from(pool.subarray(at, at + size))
    if (chunk.length < size) chunk = Buffer.concat([chunk, pool.subarray(0, size - chunk.length)])
    at = (at + size) % pool.length
    sent += size
    if (sent >= nextSample) {
      sampledRss = Math.max(sampledRss, process.memoryUsage.rss())
      nextSample += 16 * MB
    }
    // Let timers and the garbage collector's idle work run, as real I/O would.
    if (sent % (16 * MB) < chunkBytes) await new Promise((resolve) => setImmediate(resolve))
    yield chunk
  }
}

const detector = new Detector()
// Word lists load on first use; scan once so that the baseline includes them.
detector.scan('Seen by Dr. Mary Smith in Springfield on 03/04/2024.')
const baselineRss = process.memoryUsage.rss()
const started = performance.now()
let findings = 0
for await (const _finding of scanStream(detector, generate())) findings++
const seconds = (performance.now() - started) / 1000
// maxRSS is the kernel's high-water mark for this process, in kilobytes.
peakRss = Math.max(sampledRss, process.resourceUsage().maxRSS * 1024)

const mb = totalBytes / MB
console.log(
  `streamed ${mb.toFixed(0)} MB in ${seconds.toFixed(1)} s: ${(mb / seconds).toFixed(1)} MB/s`,
)
console.log(`findings: ${findings}`)
console.log(`peak RSS: ${(peakRss / MB).toFixed(0)} MB (target < 300 MB)`)
console.log(`RSS with the detector loaded, before streaming: ${(baselineRss / MB).toFixed(0)} MB`)
// The machine is shared: a load above the core count means the speed figure is low.
console.log(
  `load average (1, 5, 15 min): ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`,
)
