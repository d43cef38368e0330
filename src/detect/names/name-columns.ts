import { lineEndWithin, lineStartWithin } from '../line-window.js'
import type { ScanDocument } from '../scan-document.js'

/** Longest line read as a table row, in characters. */
const MAX_LINE = 400
/** How many rows above a value its header row may be. */
const MAX_ROWS_UP = 60
/** Cell delimiters of exported tables, in the order they are tried. */
const DELIMITERS = [';', '\t', '|', ',']
// A header cell whose column holds a person's name or a part of it: "pt_last", "pcp_name",
// "Last Name", "FirstName", "guarantor_nm". Lower case, with "_", "." or "-" between words.
const NAME_COLUMN =
  /^(?:(?:pt|patient|member|subscriber|guarantor|insured|pcp|provider|physician|doctor|attending|referring|ordering|rendering|prescriber|nurse|rn|contact|caregiver|guardian|parent|mother|father|emergency|nok|staff|employee)[ _.-]?)?(?:(?:last|first|given|family|middle|full|legal|preferred|sur)[ _.-]?)?(?:name|nm)$|^(?:(?:pt|patient|member|subscriber|guarantor|insured)[ _.-]?)?(?:last|first|given|family|surname|lname|fname)$/
const NOTE_KEY = 'names:columns'

/** Regular expressions this module runs, for the pattern-safety test. */
export const NAME_COLUMN_PATTERNS: readonly RegExp[] = [NAME_COLUMN]

/** The header of the table last read, and the row up to which it is known to hold. */
interface TableNote {
  readonly delimiter: string
  readonly cells: readonly string[]
  rowEnd: number
}

/**
 * True when the words at start..end fill a cell of a delimited table (a CSV or tab export)
 * whose header names the column as a name or a part of one: "Lindgren" under "pt_last",
 * "Okwu, Nnamdi" under "pcp_name". The cell must be the whole value: "Lindgren;" not
 * "Lindgren Clinic;".
 *
 * @example
 * nameColumnCue(new ScanDocument('last;first\nRoe;Jane'), 11, 14) // true
 */
export function nameColumnCue(doc: ScanDocument, start: number, end: number): boolean {
  const text = doc.text
  const before = start === 0 ? 10 : text.charCodeAt(start - 1)
  const after = end === text.length ? 10 : text.charCodeAt(end)
  // Cheap checks first: both sides must be a delimiter or a line break.
  if (!isCellEdge(before) || !isCellEdge(after)) return false

  const lineStart = lineStartWithin(text, start, MAX_LINE)
  const lineEnd = lineEndWithin(text, start, MAX_LINE)
  const row = text.slice(lineStart, lineEnd)
  const delimiter = DELIMITERS.find((d) => row.includes(d))
  if (delimiter === undefined) return false
  // Each side is the row's delimiter or a line break; a comma and a space is prose.
  const code = delimiter.charCodeAt(0)
  if ((before !== code && !isLineBreak(before)) || (after !== code && !isLineBreak(after))) {
    return false
  }
  if (after === 44 && text.charCodeAt(end + 1) === 32) return false
  // Delimiters counted, not split out: a long export has a name in most rows.
  const column = countOf(text, code, lineStart, start)
  const width = countOf(text, code, lineStart, lineEnd) + 1
  const cells = headerCells(doc, lineStart, lineEnd, delimiter, width)
  const header = cells?.[column]?.trim().toLowerCase()

  // A bare "name" column also heads lists of drugs, tests and rooms; a patient list with one
  // is read by the structured-field recognizer, which wants a second known column beside it.
  if (header === undefined || header === 'name' || header === 'nm') return false
  return header.length <= 40 && NAME_COLUMN.test(header)
}

/** How many times the character `code` stands in text[from, to). */
function countOf(text: string, code: number, from: number, to: number): number {
  let count = 0
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) count++

  return count
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13
}

function isCellEdge(code: number): boolean {
  return code === 59 || code === 9 || code === 124 || code === 44 || code === 10 || code === 13
}

/**
 * The cells of the first row of the table holding the row at lineStart..lineEnd: the rows
 * above with as many cells. The header found is kept, so a long export reads it once.
 */
function headerCells(
  doc: ScanDocument,
  lineStart: number,
  lineEnd: number,
  delimiter: string,
  width: number,
): readonly string[] | undefined {
  const text = doc.text
  const note = doc.notes.get(NOTE_KEY) as TableNote | undefined
  if (
    note?.delimiter === delimiter &&
    note.cells.length === width &&
    lineStart <= note.rowEnd + 2
  ) {
    note.rowEnd = Math.max(note.rowEnd, lineEnd)
    return note.cells
  }

  let header = lineStart
  let headerEnd = lineEnd
  for (let n = 0; n < MAX_ROWS_UP && header > 0; n++) {
    let end = header - 1
    if (text.charCodeAt(end) === 10 && text.charCodeAt(end - 1) === 13) end--
    const start = lineStartWithin(text, end, MAX_LINE)
    if (countOf(text, delimiter.charCodeAt(0), start, end) + 1 !== width) break
    header = start
    headerEnd = end
  }
  if (header === lineStart) return undefined

  const cells = text.slice(header, headerEnd).split(delimiter)
  doc.notes.set(NOTE_KEY, { delimiter, cells, rowEnd: lineEnd })
  return cells
}
