import { createInterface } from 'node:readline'
import type { Readable, Writable } from 'node:stream'

import type { Detector } from '../detect/detector.js'
import { buildDetector, type DetectorChoice } from './build-detector.js'

interface DetectRequest {
  readonly id: string | number
  readonly text: string
}

/**
 * `phiguard detect --jsonl`: reads `{"id","text"}` lines and writes
 * `{"id","findings":[{"start","end","type","score"}]}` lines in the same order. A line that
 * cannot be read or scanned gets `{"id","error"}` with the reason, never an empty result.
 *
 * This is the interface that accuracy is measured through (../shared/corpus/score.mjs reads
 * its output), so its shape stays stable.
 */
export async function runDetect(
  input: Readable,
  output: Writable,
  options: DetectorChoice & { all?: boolean },
  err: Writable = process.stderr,
): Promise<number> {
  let detector: Detector
  try {
    detector = await buildDetector(options)
  } catch (error) {
    err.write(`phiguard detect: ${(error as Error).message}\n`)
    return 2
  }
  const lines = createInterface({ input, crlfDelay: Infinity })
  let failures = 0
  let lineNumber = 0

  for await (const line of lines) {
    lineNumber++
    if (line.trim() === '') continue

    const reply = detectLine(detector, line, lineNumber, options.all === true)
    if ('error' in reply) failures++
    if (!output.write(`${JSON.stringify(reply)}\n`)) {
      await new Promise((resolve) => output.once('drain', resolve))
    }
  }

  return failures > 0 ? 2 : 0
}

function detectLine(
  detector: Detector,
  line: string,
  lineNumber: number,
  includeHealth: boolean,
): object {
  let request: DetectRequest
  try {
    request = parseRequest(line)
  } catch (error) {
    return { id: null, error: `line ${lineNumber}: ${(error as Error).message}` }
  }

  try {
    const { findings } = detector.scan(request.text)
    return {
      id: request.id,
      findings: findings
        .filter((f) => includeHealth || f.kind === 'identifier')
        .map((f) => ({ start: f.start, end: f.end, type: f.type, score: f.score })),
    }
  } catch (error) {
    return { id: request.id, error: (error as Error).message }
  }
}

function parseRequest(line: string): DetectRequest {
  const value: unknown = JSON.parse(line)
  if (typeof value !== 'object' || value === null) throw new Error('expected a JSON object')

  const { id, text } = value as Record<string, unknown>
  if (typeof id !== 'string' && typeof id !== 'number') throw new Error('"id" must be a string')
  if (typeof text !== 'string') throw new Error('"text" must be a string')

  return { id, text }
}
