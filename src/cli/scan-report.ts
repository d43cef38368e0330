import type { Finding } from '../detect/finding.js'
import type { Verdict } from '../detect/verdict.js'

export type OutputFormat = 'table' | 'json' | 'jsonl' | 'sarif'

/** What `phiguard scan` learned about one file. Never holds the matched text. */
export interface FileReport {
  readonly path: string
  readonly verdict: Verdict
  readonly findings: readonly Finding[]
  /** Set when the file could not be read in full; its verdict then means nothing. */
  readonly error?: string
}

export function formatReport(reports: readonly FileReport[], format: OutputFormat): string {
  switch (format) {
    case 'json':
      return json({ files: reports.map(toJson), summary: summarise(reports) })
    case 'jsonl':
      return reports.flatMap(toJsonLines).join('')
    case 'sarif':
      return json(toSarif(reports))
    case 'table':
      return toTable(reports)
  }
}

function json(value: object): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

function countTypes(findings: readonly Finding[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const finding of findings) counts[finding.type] = (counts[finding.type] ?? 0) + 1
  return counts
}

function summarise(reports: readonly FileReport[]): object {
  return {
    files: reports.length,
    phi: reports.filter((r) => r.verdict === 'phi').length,
    pii: reports.filter((r) => r.verdict === 'pii').length,
    clean: reports.filter((r) => r.verdict === 'none' && r.error === undefined).length,
    notScanned: reports.filter((r) => r.error !== undefined).length,
    findings: reports.reduce((n, r) => n + r.findings.length, 0),
  }
}

function toJson(report: FileReport): object {
  return {
    path: report.path,
    verdict: report.error === undefined ? report.verdict : 'not_scanned',
    ...(report.error === undefined ? {} : { error: report.error }),
    counts: countTypes(report.findings),
    findings: report.findings,
  }
}

function toJsonLines(report: FileReport): string[] {
  if (report.error !== undefined) {
    return [`${JSON.stringify({ path: report.path, error: report.error })}\n`]
  }

  return report.findings.map((f) => {
    const line = { path: report.path, type: f.type, start: f.start, end: f.end, score: f.score }
    return `${JSON.stringify(line)}\n`
  })
}

function toTable(reports: readonly FileReport[]): string {
  const rows = reports.map((r) => {
    const counts = Object.entries(countTypes(r.findings))
      .sort((a, b) => b[1] - a[1])
      .map(([type, n]) => `${type} ${n}`)
      .join(', ')
    const verdict = r.error === undefined ? r.verdict.toUpperCase() : 'NOT SCANNED'
    return [r.path, verdict, r.error ?? (counts || '-')]
  })
  const header = ['FILE', 'VERDICT', 'FOUND']
  const widths = [0, 1].map((i) =>
    Math.max(header[i]?.length ?? 0, ...rows.map((r) => r[i]?.length ?? 0)),
  )
  const line = (cells: string[]): string =>
    `${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c)).join('  ')}\n`
  const s = summarise(reports) as Record<string, number>

  return (
    line(header) +
    rows.map(line).join('') +
    `\n${s.files} files: ${s.phi} PHI, ${s.pii} PII, ${s.clean} clean, ` +
    `${s.notScanned} not scanned; ${s.findings} findings\n`
  )
}

/** SARIF 2.1.0, so code-scanning tools can show findings in files. */
function toSarif(reports: readonly FileReport[]): object {
  const types = [...new Set(reports.flatMap((r) => r.findings.map((f) => f.type)))].sort()
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'phiguard',
            informationUri: 'https://github.com/phiguard/phiguard',
            rules: types.map((type) => ({
              id: type,
              shortDescription: { text: `Protected health information: ${type}` },
            })),
          },
        },
        results: reports.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.type,
            level: f.kind === 'identifier' ? 'error' : 'note',
            message: {
              text: `${f.type} found by ${f.explanation.recognizer} (score ${f.score})`,
            },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: r.path },
                  region: { charOffset: f.start, charLength: f.end - f.start },
                },
              },
            ],
          })),
        ),
        invocations: [
          {
            executionSuccessful: reports.every((r) => r.error === undefined),
            toolExecutionNotifications: reports
              .filter((r) => r.error !== undefined)
              .map((r) => ({ level: 'error', message: { text: `${r.path}: ${r.error}` } })),
          },
        ],
      },
    ],
  }
}
