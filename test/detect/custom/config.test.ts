import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'

import {
  detectorFromConfig,
  loadDetectionConfig,
  parseDetectionConfig,
} from '../../../src/detect/custom/config.js'
import {
  buildExactDataIndex,
  writeExactDataIndex,
} from '../../../src/detect/custom/exact-data-match.js'
import { PhiguardError } from '../../../src/errors.js'

const SALT = 'config-test-salt-0123456789'

describe('parseDetectionConfig: errors name the key path and what it expects', () => {
  const rows: Array<[name: string, yaml: string, message: string]> = [
    [
      'score too big',
      'detection:\n  minScore: 2',
      'detection.minScore: Too big: expected number to be <=1',
    ],
    [
      'wrong type in a list item',
      'detection:\n  customPatterns:\n    - { name: a, type: MRN, pattern: x, score: high }',
      'detection.customPatterns[0].score: Invalid input: expected number, received string',
    ],
    ['misspelt key', 'detection:\n  minScor: 0.5', 'detection: Unrecognized key: "minScor"'],
    [
      'unknown validator',
      'detection:\n  customPatterns:\n    - { name: a, type: MRN, pattern: x, validator: crc }',
      'detection.customPatterns[0].validator: Invalid option: expected one of',
    ],
    [
      'unknown type',
      'detection:\n  types: [SSN, PASSPORT]',
      'detection.types[1]: Invalid option: expected one of "PERSON"',
    ],
    [
      'boilerplate with neither pattern nor text',
      'detection:\n  allowList:\n    boilerplate:\n      - { types: [PHONE] }',
      'detection.allowList.boilerplate[0]: give exactly one of pattern and text',
    ],
    ['not YAML', 'detection: [1\nb: 2', 'config is not valid YAML: Flow sequence'],
  ]
  for (const [name, yaml, message] of rows) {
    test(name, () => {
      assert.throws(
        () => parseDetectionConfig(yaml),
        (error: unknown) => {
          assert.ok(error instanceof PhiguardError)
          assert.equal(error.code, 'PHG_BAD_CONFIG')
          assert.ok(error.message.includes(message), error.message)
          return true
        },
      )
    })
  }

  test('other top-level sections are left alone; context words are lower-cased', () => {
    const parsed = parseDetectionConfig(
      'gateway: { port: 25 }\ndetection:\n  wordLists:\n' +
        '    - { name: w, type: CITY, words: [Springfield], context: { supporting: [Town] } }',
    )
    assert.deepEqual(parsed.detection?.wordLists?.[0]?.context?.supporting, ['town'])
  })
})

describe('detectorFromConfig', () => {
  let dir = ''
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'phiguard-config-'))
  })
  after(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  test('the example file loads and its pieces work together', async () => {
    const config = await loadDetectionConfig(
      join(import.meta.dirname, '../../../config/phiguard.example.yaml'),
    )
    const detector = await detectorFromConfig(config)
    const text =
      'Badge EMP-004211 on Ward 7B, MRN: 00123456. Call (555) 010-0000.\n' +
      'CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the ' +
      'intended recipient(s). If you are not the intended recipient, please call ' +
      '(555) 010-0000 and destroy all copies.'
    const found = detector.scan(text).findings.map((f) => `${f.type} ${text.slice(f.start, f.end)}`)
    assert.ok(found.includes('OTHER_ID EMP-004211'), found.join())
    assert.ok(found.includes('LOCATION_OTHER Ward 7B'), found.join())
    assert.ok(found.includes('MRN 00123456'), found.join())
    assert.ok(!found.some((f) => f.includes('010-0000')), found.join())
  })

  test('a pattern RE2 refuses names its key path, with PHG_BAD_PATTERN', async () => {
    const config = parseDetectionConfig(
      'detection:\n  customPatterns:\n    - { name: ok, type: MRN, pattern: "x" }\n' +
        '    - { name: bad, type: MRN, pattern: "(?<=MRN)\\\\d+" }',
    ).detection
    await assert.rejects(detectorFromConfig(config ?? {}), (error: unknown) => {
      assert.ok(error instanceof PhiguardError)
      assert.equal(error.code, 'PHG_BAD_PATTERN')
      assert.match(
        error.message,
        /^detection\.customPatterns\[1\]: pattern of "bad" is not supported/,
      )
      return true
    })
  })

  test('recognizer names must be unique, also against the built-ins', async () => {
    await assert.rejects(
      detectorFromConfig({ customPatterns: [{ name: 'ssn', type: 'SSN', pattern: 'x' }] }),
      {
        code: 'PHG_BAD_CONFIG',
        message: 'detection: recognizer name "ssn" is used twice (or by a built-in)',
      },
    )
  })

  test('exact data: index path relative to the config, salt from the environment', async () => {
    const index = buildExactDataIndex([{ mrn: '00765432' }], { salt: SALT })
    await writeExactDataIndex(join(dir, 'edm.json'), index)
    const path = join(dir, 'phiguard.yaml')
    await writeFile(path, 'detection:\n  exactData:\n    index: edm.json\n    saltEnv: TEST_SALT\n')
    const config = await loadDetectionConfig(path)

    const detector = await detectorFromConfig(config, { env: { TEST_SALT: SALT } })
    assert.equal(detector.scan('chart 00765432').findings[0]?.type, 'MRN')

    await assert.rejects(detectorFromConfig(config, { env: {} }), {
      code: 'PHG_BAD_CONFIG',
      message: 'detection.exactData.saltEnv: environment variable TEST_SALT is not set',
    })
  })

  test('limits and minScore reach the detector', async () => {
    const detector = await detectorFromConfig({ minScore: 0.8, limits: { maxChars: 10 } })
    assert.equal(detector.minScore, 0.8)
    assert.equal(detector.limits.maxChars, 10)
    assert.equal(detector.limits.timeoutMs, 30_000)
  })

  test('a missing file is PHG_FILE_UNREADABLE', async () => {
    await assert.rejects(loadDetectionConfig(join(dir, 'nope.yaml')), {
      code: 'PHG_FILE_UNREADABLE',
    })
  })
})
