import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { after, describe, test } from 'node:test'

import { runExactDataBuild } from '../../src/cli/exact-data-command.js'
import { runScan } from '../../src/cli/scan-command.js'

const dir = mkdtempSync(join(tmpdir(), 'phiguard-edm-'))
const SALT = 'a synthetic salt of more than sixteen bytes'

after(() => {
  rmSync(dir, { recursive: true, force: true })
})

function sink(): Writable & { text: string } {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      stream.text += chunk.toString('utf8')
      done()
    },
  }) as Writable & { text: string }
  stream.text = ''
  return stream
}

describe('phiguard exact-data build', () => {
  test('writes an index of hashes that a configuration can use to find the patients', async () => {
    const csv = join(dir, 'patients.csv')
    writeFileSync(csv, 'mrn,name,dob\n00481516,Ingrid Solberg,1958-02-11\n')
    const saltFile = join(dir, 'salt')
    writeFileSync(saltFile, `${SALT}\n`)
    const index = join(dir, 'edm.json')
    const out = sink()

    const code = await runExactDataBuild(csv, { out: index, saltFile }, out, sink())

    assert.equal(code, 0)
    assert.match(out.text, /from 1 records: mrn 1/)
    const written = readFileSync(index, 'utf8')
    for (const value of ['00481516', 'Ingrid', 'Solberg', '1958']) {
      assert.equal(written.includes(value), false, `index holds ${value}`)
    }

    const config = join(dir, 'phiguard.yaml')
    writeFileSync(
      config,
      `detection:\n  builtIns: false\n  exactData:\n    index: ./edm.json\n    saltFile: ./salt\n`,
    )
    const note = join(dir, 'note.txt')
    writeFileSync(note, 'Chart 0048-1516 reviewed.\n')
    const report = sink()
    const scanCode = await runScan([note], { format: 'jsonl', config }, report, sink())

    assert.equal(scanCode, 1)
    assert.match(report.text, /"type":"MRN"/)
  })

  test('refuses to run without a salt, and says where to put it', async () => {
    const err = sink()
    const saved = process.env.PHIGUARD_EDM_SALT
    delete process.env.PHIGUARD_EDM_SALT
    try {
      const code = await runExactDataBuild(
        join(dir, 'x.csv'),
        { out: join(dir, 'x.json') },
        sink(),
        err,
      )

      assert.equal(code, 2)
      assert.match(err.text, /environment variable PHIGUARD_EDM_SALT/)
    } finally {
      if (saved !== undefined) process.env.PHIGUARD_EDM_SALT = saved
    }
  })
})
