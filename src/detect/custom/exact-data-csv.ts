import { readFile } from 'node:fs/promises'

import { PhiguardError } from '../../errors.js'
import {
  buildExactDataIndex,
  writeExactDataIndex,
  type BuildExactDataOptions,
  type ExactDataIndex,
  type ExactDataRecord,
} from './exact-data-match.js'

/**
 * Builds an exact data index from a CSV export (for `phiguard edm build`). The first row
 * names the columns (matched without regard to case or surrounding spaces); values may be
 * quoted with `"`, doubled quotes inside quotes stand for one.
 *
 * Only the index is written; the CSV is read into memory and nothing of it is logged.
 *
 * @throws PhiguardError PHG_FILE_UNREADABLE when the CSV cannot be read, PHG_BAD_INPUT_LINE
 *   when a quoted value never closes (the message gives the line number, never its text)
 * @example
 * await buildExactDataIndexFromCsv('patients.csv', 'edm.json', { salt })
 */
export async function buildExactDataIndexFromCsv(
  csvPath: string,
  indexPath: string,
  options: BuildExactDataOptions,
): Promise<ExactDataIndex> {
  let text: string
  try {
    text = await readFile(csvPath, 'utf8')
  } catch (error) {
    throw new PhiguardError('PHG_FILE_UNREADABLE', `cannot read ${csvPath}`, { cause: error })
  }

  const index = buildExactDataIndex(csvRecords(text), options)
  await writeExactDataIndex(indexPath, index)
  return index
}

/** Rows of a CSV text as records keyed by the lower-cased header names. */
export function* csvRecords(text: string): Generator<ExactDataRecord> {
  const rows = csvRows(text.startsWith('\ufeff') ? text.slice(1) : text)
  const header = rows.next()
  if (header.done) return

  const names = header.value.map((name) => name.trim().toLowerCase())
  for (const row of rows) {
    if (row.length === 1 && row[0] === '') continue
    yield Object.fromEntries(names.map((name, i) => [name, row[i]]))
  }
}

/** Splits CSV text into rows of fields, one character at a time (linear, no regex). */
function* csvRows(text: string): Generator<string[]> {
  let row: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let quoteLine = 0

  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i)
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') {
        quoted = false
      } else {
        if (char === '\n') line++
        field += char
      }
    } else if (char === '"' && field === '') {
      quoted = true
      quoteLine = line
    } else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      yield row
      row = []
      field = ''
      line++
    } else {
      field += char
    }
  }
  if (quoted) {
    const message = `CSV quote opened on line ${quoteLine} never closes`
    throw new PhiguardError('PHG_BAD_INPUT_LINE', message)
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    yield row
  }
}
