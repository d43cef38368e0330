import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'

import { parse as parseYaml } from 'yaml'
import { z } from 'zod'

import { PhiguardError } from '../../errors.js'
import { Detector, type DetectorOptions } from '../detector.js'
import { HEALTH_TYPES, IDENTIFIER_TYPES } from '../entity-types.js'
import type { Exclusion } from '../exclusion.js'
import type { ContextRule, Recognizer } from '../recognizer.js'
import { builtInRecognizers } from '../recognizers/index.js'
import { allowList } from './allow-list.js'
import { readExactDataIndex } from './exact-data-match.js'
import { exactDataRecognizer } from './exact-data-recognizer.js'
import { regexRecognizer } from './regex-recognizer.js'
import { VALIDATOR_NAMES } from './validator-registry.js'
import { wordListRecognizer } from './word-list-recognizer.js'

const entityType = z.enum([...IDENTIFIER_TYPES, ...HEALTH_TYPES])
const score = z.number().min(0).max(1)
const recognizerName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_.-]{0,63}$/, 'a name of lower-case letters, digits, _ . -')
const contextWords = z.array(
  z
    .string()
    .min(1)
    .transform((word) => word.toLowerCase()),
)
const context = z.strictObject({
  supporting: contextWords,
  opposing: contextWords.optional(),
  windowBefore: z.number().int().min(0).max(1000).optional(),
  windowAfter: z.number().int().min(0).max(1000).optional(),
})

const customPattern = z.strictObject({
  name: recognizerName,
  type: entityType,
  pattern: z.string().min(1),
  flags: z
    .string()
    .regex(/^[ims]*$/, 'flags from i, m, s')
    .optional(),
  score: score.optional(),
  group: z.number().int().min(0).optional(),
  context: context.optional(),
  validator: z.enum(VALIDATOR_NAMES as [string, ...string[]]).optional(),
})

const wordList = z.strictObject({
  name: recognizerName,
  type: entityType,
  words: z.array(z.string().min(1)).min(1),
  score: score.optional(),
  context: context.optional(),
})

const exactData = z
  .strictObject({
    name: recognizerName.optional(),
    /** Path of the index file; relative paths are relative to the config file. */
    index: z.string().min(1),
    /** Environment variable that holds the salt. Default PHIGUARD_EDM_SALT. */
    saltEnv: z
      .string()
      .regex(/^[A-Z_][A-Z0-9_]*$/, 'an environment variable name')
      .optional(),
    /** File that holds the salt (trailing line break ignored); instead of saltEnv. */
    saltFile: z.string().min(1).optional(),
    windowChars: z.number().int().min(1).max(10_000).optional(),
    score: score.optional(),
    dateOrder: z.enum(['mdy', 'dmy']).optional(),
  })
  .refine((value) => !(value.saltEnv && value.saltFile), {
    error: 'give saltEnv or saltFile, not both',
  })

const boilerplate = z
  .strictObject({
    pattern: z.string().min(1).optional(),
    flags: z
      .string()
      .regex(/^[ims]*$/, 'flags from i, m, s')
      .optional(),
    text: z.string().min(1).optional(),
    types: z.array(entityType).optional(),
  })
  .refine((value) => (value.pattern === undefined) !== (value.text === undefined), {
    error: 'give exactly one of pattern and text',
  })

const allowListSchema = z.strictObject({
  values: z
    .array(
      z.union([
        z.string().min(1),
        z.strictObject({ value: z.string().min(1), types: z.array(entityType).optional() }),
      ]),
    )
    .optional(),
  boilerplate: z.array(boilerplate).optional(),
})

const limits = z.strictObject({
  maxChars: z.number().int().min(1).optional(),
  timeoutMs: z.number().int().min(0).optional(),
  maxFindings: z.number().int().min(0).optional(),
})

/**
 * The `detection:` section of phiguard's YAML configuration. Unknown keys are errors, so that
 * a misspelt setting is not silently ignored. See config/phiguard.example.yaml.
 */
export const detectionConfigSchema = z.strictObject({
  /** Findings scoring below this are dropped. Default 0.5. */
  minScore: score.optional(),
  /** Types to report. Default every type. */
  types: z.array(entityType).min(1).optional(),
  /** Whether the built-in recognizers run. Default true. */
  builtIns: z.boolean().optional(),
  /** Decode base64 runs and scan what they hold. Default true. */
  decodeBase64: z.boolean().optional(),
  customPatterns: z.array(customPattern).optional(),
  wordLists: z.array(wordList).optional(),
  exactData: exactData.optional(),
  allowList: allowListSchema.optional(),
  limits: limits.optional(),
})

export type DetectionConfig = z.output<typeof detectionConfigSchema>

const fileSchema = z.looseObject({ detection: detectionConfigSchema.optional() })

/**
 * Reads the `detection:` section of a YAML config file and checks it. Other top-level
 * sections are left to their own loaders. Relative paths (exactData.index, saltFile) are
 * resolved against the file's directory.
 *
 * @throws PhiguardError PHG_FILE_UNREADABLE when the file cannot be read, PHG_BAD_CONFIG when
 *   it is not YAML or a setting is wrong; the message names each bad key and what it expects,
 *   e.g. `detection.minScore: Too big: expected number to be <=1`
 * @example
 * const detector = await detectorFromConfig(await loadDetectionConfig('phiguard.yaml'))
 */
export async function loadDetectionConfig(path: string): Promise<DetectionConfig> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new PhiguardError('PHG_FILE_UNREADABLE', `cannot read config ${path}`, { cause: error })
  }

  const config = parseDetectionConfig(text, path).detection ?? {}
  const base = dirname(path)
  if (config.exactData === undefined) return config

  const { index, saltFile } = config.exactData
  return {
    ...config,
    exactData: {
      ...config.exactData,
      index: resolve(base, index),
      ...(saltFile === undefined ? {} : { saltFile: resolve(base, saltFile) }),
    },
  }
}

/** Parses and checks YAML config text; `source` names it in error messages. */
export function parseDetectionConfig(text: string, source = 'config'): z.output<typeof fileSchema> {
  let yaml: unknown
  try {
    yaml = parseYaml(text)
  } catch (error) {
    // The parser's message goes on to quote the file; its first line says what and where.
    const first = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new PhiguardError('PHG_BAD_CONFIG', `${source} is not valid YAML: ${first}`, {
      cause: error,
    })
  }

  const parsed = fileSchema.safeParse(yaml ?? {})
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${keyPath(issue.path)}: ${issue.message}`)
    throw new PhiguardError('PHG_BAD_CONFIG', `${source}: ${problems.join('; ')}`)
  }

  return parsed.data
}

/** `detection.customPatterns[0].score` from zod's path array. */
function keyPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)'

  return path
    .map((part, i) => {
      if (typeof part === 'number') return `[${part}]`
      return `${i > 0 ? '.' : ''}${String(part)}`
    })
    .join('')
}

/** Where the detector builder reads the salt and files from; tests pass their own. */
export interface DetectorFromConfigOptions {
  /** Environment to read the salt from. Default process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>
}

/**
 * Builds a Detector from a checked detection config: custom patterns and word lists become
 * recognizers added to the built-in ones, the exact data index is loaded with its salt, and the
 * allow list becomes an exclusion.
 *
 * @throws PhiguardError PHG_BAD_PATTERN for a pattern RE2 rejects, PHG_BAD_CONFIG for a
 *   duplicate recognizer name, a missing salt or a bad index, PHG_FILE_UNREADABLE for a file
 *   that cannot be read; messages start with the key path of the setting at fault
 * @example
 * const detector = await detectorFromConfig({ minScore: 0.6, wordLists: [...] })
 * detector.scan(text).findings
 */
export async function detectorFromConfig(
  config: DetectionConfig,
  options: DetectorFromConfigOptions = {},
): Promise<Detector> {
  const recognizers: Recognizer[] = []
  for (const [i, entry] of (config.customPatterns ?? []).entries()) {
    const { context: rule, ...rest } = entry
    recognizers.push(
      atKey(`detection.customPatterns[${i}]`, () =>
        regexRecognizer({ ...rest, ...contextOption(rule) }),
      ),
    )
  }
  for (const [i, entry] of (config.wordLists ?? []).entries()) {
    const { context: rule, ...rest } = entry
    recognizers.push(
      atKey(`detection.wordLists[${i}]`, () =>
        wordListRecognizer({ ...rest, ...contextOption(rule) }),
      ),
    )
  }
  if (config.exactData !== undefined) {
    recognizers.push(await exactDataFromConfig(config.exactData, options.env ?? process.env))
  }
  checkNames(recognizers, config.builtIns !== false)

  const exclusions: Exclusion[] = []
  if (config.allowList !== undefined) {
    const list = config.allowList
    exclusions.push(atKey('detection.allowList', () => allowList(list)))
  }

  const detectorOptions: DetectorOptions = {
    recognizers,
    exclusions,
    ...(config.minScore === undefined ? {} : { minScore: config.minScore }),
    ...(config.types === undefined ? {} : { types: config.types }),
    ...(config.builtIns === undefined ? {} : { builtIns: config.builtIns }),
    ...(config.decodeBase64 === undefined ? {} : { decodeBase64: config.decodeBase64 }),
    ...(config.limits === undefined ? {} : { limits: definedOnly(config.limits) }),
  }
  return new Detector(detectorOptions)
}

async function exactDataFromConfig(
  config: NonNullable<DetectionConfig['exactData']>,
  env: Readonly<Record<string, string | undefined>>,
): Promise<Recognizer> {
  const key = 'detection.exactData'
  let salt: string | undefined
  if (config.saltFile !== undefined) {
    try {
      salt = (await readFile(config.saltFile, 'utf8')).replace(/\r?\n$/, '')
    } catch (error) {
      throw new PhiguardError('PHG_FILE_UNREADABLE', `${key}.saltFile: cannot read salt file`, {
        cause: error,
      })
    }
  } else {
    const variable = config.saltEnv ?? 'PHIGUARD_EDM_SALT'
    salt = env[variable]
    if (!salt) {
      throw new PhiguardError(
        'PHG_BAD_CONFIG',
        `${key}.saltEnv: environment variable ${variable} is not set`,
      )
    }
  }

  const index = await readExactDataIndex(config.index)
  const { name, windowChars, score, dateOrder } = config
  const saltValue = salt
  return atKey(key, () =>
    exactDataRecognizer({ index, salt: saltValue, name, windowChars, score, dateOrder }),
  )
}

/** Runs `build`, prefixing the message of any error it throws with the config key at fault. */
function atKey<T>(key: string, build: () => T): T {
  try {
    return build()
  } catch (error) {
    if (error instanceof PhiguardError) {
      throw new PhiguardError(error.code, `${key}: ${error.message}`, { cause: error })
    }
    if (error instanceof TypeError) {
      throw new PhiguardError('PHG_BAD_CONFIG', `${key}: ${error.message}`, { cause: error })
    }
    throw error
  }
}

/** Recognizer names key context rules and explanations, so they must be unique. */
function checkNames(recognizers: readonly Recognizer[], withBuiltIns: boolean): void {
  const taken = new Set(withBuiltIns ? builtInRecognizers().map((r) => r.name) : [])
  for (const recognizer of recognizers) {
    if (taken.has(recognizer.name)) {
      throw new PhiguardError(
        'PHG_BAD_CONFIG',
        `detection: recognizer name "${recognizer.name}" is used twice (or by a built-in)`,
      )
    }
    taken.add(recognizer.name)
  }
}

function contextOption(rule: z.output<typeof context> | undefined): { context?: ContextRule } {
  if (rule === undefined) return {}

  return {
    context: {
      supporting: rule.supporting,
      ...(rule.opposing === undefined ? {} : { opposing: rule.opposing }),
      ...(rule.windowBefore === undefined ? {} : { windowBefore: rule.windowBefore }),
      ...(rule.windowAfter === undefined ? {} : { windowAfter: rule.windowAfter }),
    },
  }
}

function definedOnly<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>
  }
}
