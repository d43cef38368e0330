import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { Detector } from '../../src/detect/detector.js'
import type { Finding } from '../../src/detect/finding.js'
import { scanStream, type StreamOptions } from '../../src/detect/stream.js'

const detector = new Detector()
const SSN = '345-67-8912'

async function collect(
  chunks: Iterable<string | Uint8Array>,
  options: StreamOptions = {},
): Promise<Finding[]> {
  // An async source, as a file or socket would be: the scanner awaits each chunk.
  async function* source(): AsyncGenerator<string | Uint8Array> {
    for (const chunk of chunks) yield await Promise.resolve(chunk)
  }
  const found: Finding[] = []
  for await (const finding of scanStream(detector, source(), options)) found.push(finding)

  return found
}

function ssnSpans(findings: readonly Finding[]): Array<[number, number]> {
  return findings.filter((f) => f.type === 'SSN').map((f) => [f.start, f.end])
}

describe('scanStream: chunk and window boundaries', () => {
  test('an SSN split between two input chunks at any offset is found once, in place', async () => {
    const text = `Intake form. Patient SSN: ${SSN}. Reviewed.`
    const at = text.indexOf(SSN)
    for (let cut = 0; cut <= text.length; cut++) {
      const found = await collect([text.slice(0, cut), text.slice(cut)])

      assert.deepEqual(ssnSpans(found), [[at, at + SSN.length]], `cut at ${cut}`)
    }
  })

  test('an SSN that crosses a scan window edge at any offset is found once, in place', async () => {
    const options = { windowChars: 300, overlapChars: 64 }
    const filler = 'the patient tolerated the procedure well and was discharged home. '
    const body = filler.repeat(20)
    // Slide the SSN across the first window edge (300) and the edge of its overlap (236).
    for (let at = 200; at <= 310; at++) {
      const text = `${body.slice(0, at - 5)}SSN: ${SSN} ${body.slice(0, 400)}`
      const found = await collect([text], options)

      assert.deepEqual(ssnSpans(found), [[at, at + SSN.length]], `SSN at ${at}`)
    }
  })

  test('offsets count UTF-16 units when bytes split inside multi-byte characters', async () => {
    const text = `Café note 🙂 — SSN ３４５-６７-８９１２ — résumé attached`
    const bytes = Buffer.from(text, 'utf8')
    const start = text.indexOf('３')
    for (let cut = 0; cut <= bytes.length; cut++) {
      const found = await collect([bytes.subarray(0, cut), bytes.subarray(cut)])

      assert.deepEqual(ssnSpans(found), [[start, start + SSN.length]], `byte cut at ${cut}`)
    }
  })

  test('many identifiers across many windows are each reported exactly once', async () => {
    const line = (i: number): string =>
      `Visit ${i}: patient SSN ${SSN} confirmed; vitals stable, plan unchanged.\n`
    const text = Array.from({ length: 400 }, (_, i) => line(i)).join('')
    const expected: Array<[number, number]> = []
    for (let at = text.indexOf(SSN); at !== -1; at = text.indexOf(SSN, at + 1)) {
      expected.push([at, at + SSN.length])
    }
    const chunks = text.match(/[\s\S]{1,777}/g) ?? []

    const found = await collect(chunks, { windowChars: 4096, overlapChars: 256 })

    assert.deepEqual(ssnSpans(found), expected)
  })

  test('a 50 MiB stream with the SSN in its last bytes finds it', async () => {
    const filler = 'Follow-up in clinic; continue current medications and diet as tolerated.\n'
    const chunk = filler.repeat(Math.ceil((1 << 20) / filler.length))
    const total = 50
    const tail = `SSN ${SSN}`
    const chunks = function* (): Generator<string> {
      for (let i = 0; i < total; i++) yield chunk
      yield tail
    }
    const expectedStart = chunk.length * total + 4

    const found = await collect(chunks())

    assert.deepEqual(ssnSpans(found), [[expectedStart, expectedStart + SSN.length]])
  })

  test('rejects a window that cannot hold its overlap twice', async () => {
    await assert.rejects(collect(['x'], { windowChars: 100, overlapChars: 60 }), TypeError)
  })
})
