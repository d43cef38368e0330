import { StringDecoder } from 'node:string_decoder'

import type { Detector } from './detector.js'
import type { Finding } from './finding.js'

/** How a stream is cut into windows. */
export interface StreamOptions {
  /** Characters scanned per window. Default 1 Mi. */
  readonly windowChars?: number
  /**
   * Characters carried from one window into the next, so that an identifier cut by a window
   * edge is seen whole in the next one. Must exceed the longest finding. Default 1,024.
   */
  readonly overlapChars?: number
}

const DEFAULT_WINDOW = 1 << 20
const DEFAULT_OVERLAP = 1024

/**
 * Scans a stream of text in windows, holding at most one window and its overlap in memory.
 * Findings come out in order with offsets into the whole stream (UTF-16 code units).
 *
 * Each finding is reported by the window it starts in, and only when it starts before that
 * window's last `overlapChars` characters; the rest are found again, whole, in the next
 * window. The carried text also gives the next window's first matches their context.
 *
 * @example
 * for await (const f of scanStream(detector, fs.createReadStream('notes.txt'))) console.log(f.type)
 */
export async function* scanStream(
  detector: Detector,
  source: AsyncIterable<string | Uint8Array>,
  options: StreamOptions = {},
): AsyncGenerator<Finding> {
  const windowChars = options.windowChars ?? DEFAULT_WINDOW
  const overlap = options.overlapChars ?? DEFAULT_OVERLAP
  if (!(overlap > 0 && windowChars > 2 * overlap)) {
    throw new TypeError('windowChars must be more than twice overlapChars, both positive')
  }

  const decoder = new StringDecoder('utf8')
  let buffer = ''
  // Stream offset of buffer[0], and the stream offset before which findings were reported.
  let bufferStart = 0
  let reportedTo = 0

  const flush = function* (final: boolean): Generator<Finding> {
    const { findings } = detector.scan(buffer)
    const safeEnd = final ? Infinity : bufferStart + buffer.length - overlap
    for (const finding of findings) {
      const start = bufferStart + finding.start
      if (start < reportedTo || start >= safeEnd) continue

      yield { ...finding, start, end: bufferStart + finding.end }
    }
    if (final) return

    // Keep the overlap to rescan, and as much again before it as context for its matches.
    reportedTo = safeEnd
    const keepFrom = Math.max(0, buffer.length - 2 * overlap)
    bufferStart += keepFrom
    buffer = buffer.slice(keepFrom)
  }

  for await (const chunk of source) {
    buffer += typeof chunk === 'string' ? chunk : decoder.write(chunk)
    while (buffer.length >= windowChars) {
      const rest = buffer.slice(windowChars)
      buffer = buffer.slice(0, windowChars)
      yield* flush(false)
      buffer += rest
    }
  }
  buffer += decoder.end()
  yield* flush(true)
}
