import { createReadStream } from 'node:fs'
import { open, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Writable } from 'node:stream'

import type { Detector } from '../detect/detector.js'
import type { Finding } from '../detect/finding.js'
import { scanStream } from '../detect/stream.js'
import { verdictOf, type Verdict } from '../detect/verdict.js'
import { buildDetector, type DetectorChoice } from './build-detector.js'
import { formatReport, type OutputFormat, type FileReport } from './scan-report.js'

const FORMATS: readonly OutputFormat[] = ['table', 'json', 'jsonl', 'sarif']
const SNIFF_BYTES = 8192

/**
 * `phiguard scan [PATH...]`: scans text files, folders (recursively) and standard input.
 * Every file is read as a stream, so memory stays bounded however large the file.
 *
 * A file that cannot be read, or that is not text (other formats come with the extractors),
 * is reported as not scanned and makes the exit code 2: phiguard never calls a file clean when
 * it did not read it.
 *
 * @returns 0 when nothing was found, 1 when PHI or PII was found, 2 on any error
 */
export async function runScan(
  paths: readonly string[],
  options: DetectorChoice & { format: string },
  out: Writable,
  err: Writable,
): Promise<number> {
  if (!FORMATS.includes(options.format as OutputFormat)) {
    err.write(`phiguard scan: unknown --format ${options.format}; use ${FORMATS.join(', ')}\n`)
    return 2
  }

  let detector: Detector
  try {
    detector = await buildDetector(options)
  } catch (error) {
    err.write(`phiguard scan: ${(error as Error).message}\n`)
    return 2
  }
  const targets = paths.length === 0 ? ['-'] : paths
  const reports: FileReport[] = []
  for (const target of targets) {
    for await (const path of expand(target, reports)) {
      reports.push(await scanOne(detector, path))
    }
  }

  out.write(formatReport(reports, options.format as OutputFormat))
  if (reports.some((r) => r.error !== undefined)) return 2

  return reports.some((r) => r.verdict !== 'none') ? 1 : 0
}

/** Yields the files under `target`; records a report for a path that cannot be listed. */
async function* expand(target: string, reports: FileReport[]): AsyncGenerator<string> {
  if (target === '-') {
    yield '-'
    return
  }

  try {
    const info = await stat(target)
    if (!info.isDirectory()) {
      yield target
      return
    }
    const entries = await readdir(target, { withFileTypes: true })
    entries.sort((a, b) => a.name.localeCompare(b.name))
    for (const entry of entries) {
      if (entry.isSymbolicLink()) continue

      yield* expand(join(target, entry.name), reports)
    }
  } catch (error) {
    reports.push(failed(target, error))
  }
}

async function scanOne(detector: Detector, path: string): Promise<FileReport> {
  try {
    if (path !== '-' && (await looksBinary(path))) {
      return { path, verdict: 'none', findings: [], error: 'not a text file: not scanned' }
    }

    const source = path === '-' ? process.stdin : createReadStream(path)
    const findings: Finding[] = []
    for await (const finding of scanStream(detector, source)) findings.push(finding)
    const verdict: Verdict = verdictOf(findings)

    return { path, verdict, findings }
  } catch (error) {
    return failed(path, error)
  }
}

async function looksBinary(path: string): Promise<boolean> {
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES)
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0)
    return buffer.subarray(0, bytesRead).includes(0)
  } finally {
    await handle.close()
  }
}

function failed(path: string, error: unknown): FileReport {
  const reason = error instanceof Error ? error.message : String(error)
  return { path, verdict: 'none', findings: [], error: reason }
}
