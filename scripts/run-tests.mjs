#!/usr/bin/env node
// Runs every test/**/*.test.ts file with node:test and ends the output with "N passed, N failed".
//
// Node 20 cannot take a glob or a directory here: a glob fails with "Could not find" and a
// directory runs no .ts file yet exits 0. So this script lists the files itself and passes them
// explicitly. Extra arguments are passed to node before the file list (e.g. --test-only).
import { spawn } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const testDir = join(root, 'test')

/** Every *.test.ts under `dir`, depth first; symbolic links are not followed. */
function findTests(dir) {
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return []
  }
  const files = []
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) files.push(...findTests(path))
    else if (entry.isFile() && entry.name.endsWith('.test.ts')) files.push(path)
  }
  return files
}

const files = findTests(testDir)
  .map((path) => relative(root, path))
  .sort()
if (files.length === 0) {
  console.error(`run-tests: no *.test.ts file under ${testDir}`)
  console.log('0 passed, 0 failed')
  process.exit(1)
}

const args = [
  '--import',
  'tsx',
  '--test',
  '--test-reporter=tap',
  // Two files at a time: the machine has two cores, shared with whoever runs this.
  '--test-concurrency=2',
  ...process.argv.slice(2),
  ...files,
]
const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })

// The TAP reporter prints "# pass N" and "# fail N" once, at the end of the whole run.
let passed
let failed
let pending = ''
child.stdout.setEncoding('utf8')
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk)
  pending += chunk
  const lines = pending.split('\n')
  pending = lines.pop() ?? ''
  for (const line of lines) readSummary(line)
})

function readSummary(line) {
  const match = /^# (pass|fail) (\d+)\s*$/.exec(line)
  if (match === null) return
  if (match[1] === 'pass') passed = Number(match[2])
  else failed = Number(match[2])
}

child.on('close', (code, signal) => {
  readSummary(pending)
  if (pending !== '' && !pending.endsWith('\n')) process.stdout.write('\n')

  let exitCode = code ?? 1
  if (signal !== null) console.error(`run-tests: the test runner was killed by ${signal}`)
  if (passed === undefined || failed === undefined) {
    // No summary means the runner died before the end: never report that as a pass.
    console.error('run-tests: the runner printed no "# pass" / "# fail" summary')
    if (exitCode === 0) exitCode = 1
  }
  console.log(`${passed ?? 0} passed, ${failed ?? 0} failed`)
  // exitCode rather than exit(): let stdout drain before the process ends.
  process.exitCode = exitCode
})
