import { readFileSync } from 'node:fs'

/**
 * Public validator test vectors kept beside the corpus (../shared/corpus/vectors), from
 * validator.js and python-stdnum. See SOURCES.md there.
 */
const VECTORS = new URL('../../../shared/corpus/vectors/', import.meta.url)

/** One validator.js table: strings its validator accepts and rejects, with its options. */
export interface ValidatorjsTable {
  readonly validator: string
  readonly line: number
  readonly args?: unknown[]
  readonly valid?: string[]
  readonly invalid?: string[]
}

/** One python-stdnum doctest value and whether the module accepts it. */
export interface StdnumVector {
  readonly module: string
  readonly value: string
  readonly expected_valid: boolean
  readonly detail: string
}

function readJsonl<T>(name: string): T[] {
  return readFileSync(new URL(name, VECTORS), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T)
}

/** The validator.js table for `validator` that starts at source line `line`. */
export function validatorjsTable(validator: string, line: number): ValidatorjsTable {
  const table = readJsonl<ValidatorjsTable>('validatorjs_vectors.jsonl').find(
    (t) => t.validator === validator && t.line === line,
  )
  if (!table) throw new Error(`no validator.js table ${validator} at line ${line}`)

  return table
}

/** Every python-stdnum vector of `module`. */
export function stdnumVectors(module: string): StdnumVector[] {
  return readJsonl<StdnumVector>('stdnum_vectors.jsonl').filter((v) => v.module === module)
}
