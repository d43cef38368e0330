import { createHmac } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'

import { z } from 'zod'

import { PhiguardError } from '../../errors.js'
import { isEntityType, type EntityType } from '../entity-types.js'
import {
  nameVariants,
  normaliseDate,
  normaliseNumber,
  type DateOrder,
} from './exact-data-normalise.js'

/**
 * Exact data match: the organisation's own identifiers, kept as keyed hashes so that phiguard
 * can recognise them in text without ever storing them in clear.
 *
 * Every value is normalised (digits only for numbers; lower case and single spaces for names;
 * YYYY-MM-DD for dates) and hashed with HMAC-SHA256 under a secret salt. The salt must stay
 * out of the index and out of version control: with it, a nine-digit SSN space can be
 * searched in minutes. The index holds a salt id (a keyed hash of a fixed label, which says
 * which salt was used and reveals nothing of it), the sorted hashes per field, and the digit
 * lengths that occur per numeric field, so that the recognizer hashes only runs of those
 * lengths.
 */
export const EXACT_DATA_FORMAT = 'phiguard-exact-data'
export const EXACT_DATA_ALGORITHM = 'HMAC-SHA256'

/** Fewer digits than this are not indexed: they would match all over ordinary text. */
export const MIN_NUMBER_DIGITS = 6
/** More digits than this are not indexed: no identifier phiguard knows is longer. */
export const MAX_NUMBER_DIGITS = 24
/** Salts shorter than this many bytes are refused. */
export const MIN_SALT_BYTES = 16

export interface ExactDataNumberField {
  readonly type: EntityType
  /** Digit counts that occur among the values, ascending. */
  readonly lengths: readonly number[]
  readonly hashes: readonly string[]
}

export interface ExactDataIndex {
  readonly format: typeof EXACT_DATA_FORMAT
  readonly version: 1
  readonly algorithm: typeof EXACT_DATA_ALGORITHM
  readonly saltId: string
  /** Numeric fields by column name (mrn, ssn, ...). */
  readonly numbers: Readonly<Record<string, ExactDataNumberField>>
  /** Hashes of name variants of people who also have a date of birth. */
  readonly names: readonly string[]
  /** Hashes of `name variant|YYYY-MM-DD` pairs. */
  readonly nameDob: readonly string[]
  /** How many records were read and how many values each field skipped as unusable. */
  readonly stats: { readonly records: number; readonly skipped: Readonly<Record<string, number>> }
}

/** One row of the organisation's data: column name to value; empty values are skipped. */
export type ExactDataRecord = Readonly<Record<string, string | undefined>>

export interface BuildExactDataOptions {
  /** Secret key for the HMAC, at least 16 bytes. Keep it apart from the index. */
  readonly salt: string | Uint8Array
  /** Numeric columns to index and the type each is. Default { mrn: 'MRN', ssn: 'SSN' }. */
  readonly numberFields?: Readonly<Record<string, EntityType>>
  /** Column holding the full name. Default 'name'. */
  readonly nameField?: string
  /** Column holding the date of birth. Default 'dob'. */
  readonly dobField?: string
  /** Day and month order of all-numeric dates of birth. Default 'mdy'. */
  readonly dateOrder?: DateOrder
}

const DEFAULT_NUMBER_FIELDS: Readonly<Record<string, EntityType>> = { mrn: 'MRN', ssn: 'SSN' }

/**
 * The keyed hash of one normalised value, as lower-case hex.
 *
 * @example hashValue(salt, '123456789') // '3f1c...' (64 hex characters)
 */
export function hashValue(salt: string | Uint8Array, value: string): string {
  return createHmac('sha256', salt).update(value, 'utf8').digest('hex')
}

/** Identifies a salt without revealing it: the HMAC of a fixed label, first 16 hex digits. */
export function saltIdOf(salt: string | Uint8Array): string {
  return hashValue(salt, 'phiguard exact data salt id').slice(0, 16)
}

/** Throws TypeError unless the salt is long enough to resist a search of small value spaces. */
export function checkSalt(salt: string | Uint8Array): void {
  const bytes = typeof salt === 'string' ? Buffer.byteLength(salt, 'utf8') : salt.byteLength
  if (bytes < MIN_SALT_BYTES) {
    throw new TypeError(`the exact data salt must be at least ${MIN_SALT_BYTES} bytes`)
  }
}

/**
 * Builds an exact data index from the organisation's records. The result holds hashes only;
 * no value from `records` appears in it.
 *
 * @example
 * const index = buildExactDataIndex(
 *   [{ mrn: '00123456', name: 'Jane Roe', dob: '1961-03-04' }],
 *   { salt: process.env.PHIGUARD_EDM_SALT },
 * )
 * await writeExactDataIndex('edm.json', index)
 */
export function buildExactDataIndex(
  records: Iterable<ExactDataRecord>,
  options: BuildExactDataOptions,
): ExactDataIndex {
  const { salt } = options
  checkSalt(salt)
  const numberFields = options.numberFields ?? DEFAULT_NUMBER_FIELDS
  const nameField = options.nameField ?? 'name'
  const dobField = options.dobField ?? 'dob'

  const numbers = new Map<string, { lengths: Set<number>; hashes: Set<string> }>()
  for (const field of Object.keys(numberFields)) {
    numbers.set(field, { lengths: new Set(), hashes: new Set() })
  }
  const names = new Set<string>()
  const nameDob = new Set<string>()
  const skipped: Record<string, number> = {}
  const skip = (field: string): void => {
    skipped[field] = (skipped[field] ?? 0) + 1
  }
  let count = 0

  for (const record of records) {
    count++
    for (const [field, target] of numbers) {
      const raw = record[field]
      if (raw === undefined || raw.trim() === '') continue

      const digits = normaliseNumber(raw)
      if (digits.length < MIN_NUMBER_DIGITS || digits.length > MAX_NUMBER_DIGITS) {
        skip(field)
        continue
      }
      target.lengths.add(digits.length)
      target.hashes.add(hashValue(salt, digits))
    }

    const name = record[nameField]
    const dob = record[dobField]
    if (!name?.trim() || !dob?.trim()) continue
    const date = normaliseDate(dob, options.dateOrder)
    const variants = nameVariants(name)
    if (date === undefined || variants.length === 0) {
      skip(date === undefined ? dobField : nameField)
      continue
    }
    for (const variant of variants) {
      names.add(hashValue(salt, variant))
      nameDob.add(hashValue(salt, `${variant}|${date}`))
    }
  }

  return {
    format: EXACT_DATA_FORMAT,
    version: 1,
    algorithm: EXACT_DATA_ALGORITHM,
    saltId: saltIdOf(salt),
    numbers: Object.fromEntries(
      [...numbers].map(([field, { lengths, hashes }]) => [
        field,
        {
          type: numberFields[field] ?? 'OTHER_ID',
          lengths: [...lengths].sort((a, b) => a - b),
          // Sorted, so that the order of hashes tells nothing about the order of records.
          hashes: [...hashes].sort(),
        },
      ]),
    ),
    names: [...names].sort(),
    nameDob: [...nameDob].sort(),
    stats: { records: count, skipped },
  }
}

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'a 64-digit hex HMAC-SHA256')
const indexSchema = z.object({
  format: z.literal(EXACT_DATA_FORMAT),
  version: z.literal(1),
  algorithm: z.literal(EXACT_DATA_ALGORITHM),
  saltId: z.string().regex(/^[0-9a-f]{16}$/),
  numbers: z.record(
    z.string(),
    z.object({
      type: z.string().refine(isEntityType, 'a phiguard entity type'),
      lengths: z.array(z.number().int().min(MIN_NUMBER_DIGITS).max(MAX_NUMBER_DIGITS)),
      hashes: z.array(hex64),
    }),
  ),
  names: z.array(hex64),
  nameDob: z.array(hex64),
  stats: z.object({ records: z.number(), skipped: z.record(z.string(), z.number()) }),
})

/** Writes an index as JSON, readable by its owner only (mode 0600). */
export async function writeExactDataIndex(path: string, index: ExactDataIndex): Promise<void> {
  await writeFile(path, `${JSON.stringify(index, null, 1)}\n`, { mode: 0o600 })
}

/**
 * Reads and checks an index file.
 *
 * @throws PhiguardError PHG_FILE_UNREADABLE when the file cannot be read, PHG_BAD_CONFIG when
 *   it is not an exact data index (the message names the first bad key)
 */
export async function readExactDataIndex(path: string): Promise<ExactDataIndex> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new PhiguardError('PHG_FILE_UNREADABLE', `cannot read exact data index ${path}`, {
      cause: error,
    })
  }

  return parseExactDataIndex(text, path)
}

/** Parses index JSON; `source` names the file in error messages. */
export function parseExactDataIndex(text: string, source = 'exact data index'): ExactDataIndex {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new PhiguardError('PHG_BAD_CONFIG', `${source} is not JSON`, { cause: error })
  }
  const parsed = indexSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const at = issue === undefined || issue.path.length === 0 ? '(root)' : issue.path.join('.')
    throw new PhiguardError(
      'PHG_BAD_CONFIG',
      `${source} is not a phiguard exact data index: ${at}: ${issue?.message ?? 'invalid'}`,
    )
  }

  return parsed.data
}
