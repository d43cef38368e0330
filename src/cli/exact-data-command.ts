import { readFile } from 'node:fs/promises'
import type { Writable } from 'node:stream'

import { buildExactDataIndexFromCsv } from '../detect/custom/exact-data-csv.js'

export interface ExactDataBuildOptions {
  readonly out: string
  /** Environment variable that holds the salt. Default PHIGUARD_EDM_SALT. */
  readonly saltEnv?: string
  /** File that holds the salt, instead of the environment. */
  readonly saltFile?: string
  readonly dateOrder?: 'mdy' | 'dmy'
}

/**
 * `phiguard exact-data build CSV --out INDEX`: turns the organisation's own patient list
 * (columns mrn, ssn, name, dob) into an index of salted hashes that `detection.exactData`
 * in the configuration points at. The salt comes from the environment or a file, never from
 * the command line, where it would be seen in process lists and shell history. Nothing of
 * the CSV is printed: only counts.
 *
 * @returns 0 when the index was written, 2 on any error
 */
export async function runExactDataBuild(
  csvPath: string,
  options: ExactDataBuildOptions,
  out: Writable,
  err: Writable,
): Promise<number> {
  try {
    const salt = await readSalt(options)
    const index = await buildExactDataIndexFromCsv(csvPath, options.out, {
      salt,
      ...(options.dateOrder === undefined ? {} : { dateOrder: options.dateOrder }),
    })
    const numbers = Object.entries(index.numbers)
      .map(([field, entry]) => `${field} ${entry.hashes.length}`)
      .join(', ')
    out.write(
      `wrote ${options.out} from ${index.stats.records} records: ${numbers || 'no numbers'}; ` +
        `${index.nameDob.length} name and date of birth hashes\n`,
    )
    return 0
  } catch (error) {
    err.write(`phiguard exact-data build: ${(error as Error).message}\n`)
    return 2
  }
}

async function readSalt(options: ExactDataBuildOptions): Promise<string> {
  if (options.saltFile !== undefined) {
    return (await readFile(options.saltFile, 'utf8')).replace(/\r?\n$/, '')
  }

  const name = options.saltEnv ?? 'PHIGUARD_EDM_SALT'
  const salt = process.env[name]
  if (salt === undefined || salt === '') {
    throw new Error(`set the salt in the environment variable ${name}, or give --salt-file`)
  }

  return salt
}
