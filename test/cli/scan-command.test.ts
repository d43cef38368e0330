import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { after, before, describe, test } from 'node:test'
import { fileURLToPath } from 'node:url'

import { runScan } from '../../src/cli/scan-command.js'

const SSN = '345-67-8912'
let dir = ''

class Collector extends Writable {
  text = ''
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString('utf8')
    done()
  }
}

async function scanFiles(
  paths: string[],
  format = 'json',
  config?: string,
): Promise<{ code: number; out: string; err: string }> {
  const out = new Collector()
  const err = new Collector()
  const code = await runScan(paths, { format, ...(config ? { config } : {}) }, out, err)

  return { code, out: out.text, err: err.text }
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'phiguard-scan-'))
  writeFileSync(join(dir, 'clean.txt'), 'Bake at 350 degrees for 20 minutes. Serves four.\n')
  mkdirSync(join(dir, 'notes'))
  writeFileSync(join(dir, 'notes', 'intake.txt'), `Intake. Patient SSN: ${SSN}. Reviewed.\n`)
  writeFileSync(join(dir, 'image.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]))
})

after(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('phiguard scan', () => {
  test('exit code 0 and a clean verdict when nothing is found', async () => {
    const { code, out } = await scanFiles([join(dir, 'clean.txt')])
    const report = JSON.parse(out) as { files: Array<{ verdict: string }> }

    assert.equal(code, 0)
    assert.equal(report.files[0]?.verdict, 'none')
  })

  test('exit code 1 when a folder holds PII, with offsets but never the value', async () => {
    const { code, out } = await scanFiles([join(dir, 'notes')])
    const report = JSON.parse(out) as {
      files: Array<{ findings: Array<{ type: string; start: number; end: number }> }>
    }
    const finding = report.files[0]?.findings.find((f) => f.type === 'SSN')

    assert.equal(code, 1)
    assert.deepEqual([finding?.start, finding?.end], [21, 21 + SSN.length])
    assert.equal(out.includes(SSN), false, 'the report must not contain the SSN itself')
  })

  test('a file that is not text is reported as not scanned, exit code 2', async () => {
    const { code, out } = await scanFiles([join(dir, 'image.bin')])
    const report = JSON.parse(out) as { files: Array<{ verdict: string; error: string }> }

    assert.equal(code, 2)
    assert.equal(report.files[0]?.verdict, 'not_scanned')
    assert.match(report.files[0].error, /not a text file/)
  })

  test('a missing path is an error, exit code 2', async () => {
    const { code, out } = await scanFiles([join(dir, 'no-such-file.txt')], 'table')

    assert.equal(code, 2)
    assert.match(out, /NOT SCANNED/)
  })

  test('an unknown format is refused before scanning', async () => {
    const { code, err } = await scanFiles([dir], 'xml')

    assert.equal(code, 2)
    assert.match(err, /unknown --format xml/)
  })

  test('a configuration file allow-lists the switchboard number', async () => {
    const note = join(dir, 'switchboard.txt')
    writeFileSync(note, 'Questions? Call the switchboard on (312) 555-0100.\n')
    const config = join(dir, 'phiguard.yaml')
    writeFileSync(config, "detection:\n  allowList:\n    values: ['312 555 0100']\n")

    const plain = await scanFiles([note])
    const allowed = await scanFiles([note], 'json', config)

    assert.equal(plain.code, 1)
    assert.equal(allowed.code, 0)
  })

  test('a configuration file with a wrong key is refused, naming the key', async () => {
    const config = join(dir, 'bad.yaml')
    writeFileSync(config, 'detection:\n  minScore: high\n')

    const { code, err } = await scanFiles([join(dir, 'clean.txt')], 'json', config)

    assert.equal(code, 2)
    assert.match(err, /detection\.minScore/)
  })

  test('SARIF output names each type as a rule and locates results by offset', async () => {
    const { out } = await scanFiles([join(dir, 'notes')], 'sarif')
    const sarif = JSON.parse(out) as {
      version: string
      runs: Array<{
        tool: { driver: { rules: Array<{ id: string }> } }
        results: Array<{ ruleId: string; locations: Array<{ physicalLocation: object }> }>
      }>
    }
    const run = sarif.runs[0]

    assert.equal(sarif.version, '2.1.0')
    assert.ok(run?.tool.driver.rules.some((rule) => rule.id === 'SSN'))
    assert.deepEqual(run?.results.find((r) => r.ruleId === 'SSN')?.locations[0]?.physicalLocation, {
      artifactLocation: { uri: join(dir, 'notes', 'intake.txt') },
      region: { charOffset: 21, charLength: SSN.length },
    })
  })

  test('JSON lines give one line per finding', async () => {
    const { out } = await scanFiles([join(dir, 'notes')], 'jsonl')
    const lines = out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string })

    assert.ok(lines.some((line) => line.type === 'SSN'))
  })

  test('the installed command reads standard input and sets the exit code', () => {
    const main = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url))
    const run = spawnSync(process.execPath, ['--import', 'tsx', main, 'scan', '--format', 'json'], {
      input: `SSN ${SSN}\n`,
      encoding: 'utf8',
    })

    assert.equal(run.status, 1, run.stderr)
    assert.equal((JSON.parse(run.stdout) as { files: Array<{ path: string }> }).files[0]?.path, '-')
  })
})
