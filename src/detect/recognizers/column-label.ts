import { lineEndWithin, lineStartWithin } from '../line-window.js'
import type { ScanDocument } from '../scan-document.js'
import { readLabel, type LabelMatch } from './record-id-labels.js'

/** How many rows above a value its column header may be. */
const MAX_ROWS_UP = 40
/** Longest line read as a table row, in characters. */
const MAX_LINE = 400
// Cell delimiters, in the order they are tried; space-aligned tables are the fallback.
const DELIMITERS = ['\t', '|', ',']
const DIGIT = /\d/
const CELL_GAP = / {2}|\t/
const CELL_WORDS = /[a-z'\u2019/-]+|#/g
/** Words that may stand before a label in a column header ("Patient MRN", "Primary Member ID"). */
const OWNER_WORDS: ReadonlySet<string> = new Set(['patient', 'pt', 'primary', 'secondary'])

/** Every pattern this module runs, for the recognizer's `patterns` list. */
export const COLUMN_PATTERNS: readonly RegExp[] = [DIGIT, CELL_GAP, CELL_WORDS]

/**
 * True when the token at `start` begins a table cell: it opens its line, or follows a tab,
 * a comma (with no space), a '|' or two spaces.
 */
export function isCellStart(text: string, start: number): boolean {
  let i = start - 1
  while (i >= 0 && text.charCodeAt(i) === 32) i--
  if (i < 0) return true

  // A comma and a space is prose ("March 4, 2021"); a CSV cell follows the comma directly.
  const code = text.charCodeAt(i)
  if (code === 44) return i === start - 1
  if (code === 10 || code === 13 || code === 9 || code === 124) return true

  return start - i > 2
}

/**
 * The label heading the column that holds the token at `start`, in a table whose header row
 * names its columns ("MRN,Name,DOB" above "00123456,Roe Jane,01/02/1950"). Tab-, comma- and
 * '|'-separated rows are matched by cell number; space-aligned rows by column position.
 *
 * @example
 * columnLabel(doc('MRN       Account\n00123456  8812345'), 18) // { type: 'MRN', words: 'mrn' }
 */
export function columnLabel(doc: ScanDocument, start: number): LabelMatch | undefined {
  const { text } = doc
  const lineStart = lineStartWithin(text, start, MAX_LINE)
  if (!isLineStart(text, lineStart) || isHl7Segment(text, lineStart)) return undefined

  const row = text.slice(lineStart, lineEndWithin(text, start, MAX_LINE))
  const delimiter = DELIMITERS.find((d) => row.includes(d))
  const header =
    (delimiter && delimitedHeader(doc, row, start - lineStart, lineStart, delimiter)) ??
    alignedHeader(doc, row, start - lineStart, lineStart)
  if (header === undefined) return undefined

  // The whole header cell must be the label: "Member ID", not "Valley Medical Group".
  const cell = (header.toLowerCase().match(CELL_WORDS) ?? []).join(' ')
  const label = readLabel(cell, cell.length, 0)
  const rest = label && cell.endsWith(label.words) ? cell.slice(0, -label.words.length) : cell
  return label && (rest === '' || OWNER_WORDS.has(rest.trim())) ? label : undefined
}

/** The header cell with the same number as the value's cell, in the first row of the table. */
function delimitedHeader(
  doc: ScanDocument,
  row: string,
  column: number,
  lineStart: number,
  delimiter: string,
): string | undefined {
  const cellIndex = row.slice(0, column).split(delimiter).length - 1
  const width = row.split(delimiter).length
  let headerCells: string[] | undefined

  // Rows of one table have as many cells as the value's row; the first of them is the header.
  for (const line of linesAbove(doc.text, lineStart)) {
    const cells = line.split(delimiter)
    if (cells.length !== width) break

    headerCells = cells
  }

  const cell = headerCells?.[cellIndex]
  return cell !== undefined && !DIGIT.test(cell) ? cell : undefined
}

/**
 * The first word group in a line above that starts in the value's column, or up to two
 * characters beside it: hand-aligned tables drift by a space or two.
 */
function alignedHeader(
  doc: ScanDocument,
  row: string,
  column: number,
  lineStart: number,
): string | undefined {
  if (!CELL_GAP.test(row)) return undefined

  for (const line of linesAbove(doc.text, lineStart)) {
    if (line === '') return undefined

    const at = cellStartNear(line, column)
    if (at === -1) continue

    const rest = line.slice(at)
    const gap = rest.search(CELL_GAP)
    const cell = gap === -1 ? rest : rest.slice(0, gap)
    // A cell with digits is a value of an earlier row ("RAB318877K"): the header is higher.
    if (DIGIT.test(cell)) continue
    if (!isLetter(cell.charCodeAt(0)) || !CELL_GAP.test(line)) return undefined

    return cell
  }

  return undefined
}

/** Offsets from the value's column where a cell above may start, nearest first. */
const SLACK_ORDER = [0, -1, 1, -2, 2]

/** Where a cell of `line` starts at `column` or just beside it; -1 when none does. */
function cellStartNear(line: string, column: number): number {
  for (const d of SLACK_ORDER) {
    const at = column + d
    const code = line.charCodeAt(at)
    if (at >= 0 && code > 32 && isCellStart(line, at)) return at
  }

  return -1
}

/** Up to MAX_ROWS_UP whole lines above the line that starts at `lineStart`, nearest first. */
function* linesAbove(text: string, lineStart: number): Generator<string> {
  let end = lineStart - 1
  for (let rows = 0; rows < MAX_ROWS_UP && end > 0; rows++) {
    const from = lineStartWithin(text, end, MAX_LINE)
    if (!isLineStart(text, from)) return

    yield text.slice(from, end)
    end = from - 1
  }
}

function isLineStart(text: string, at: number): boolean {
  const code = text.charCodeAt(at - 1)
  return at === 0 || code === 10 || code === 13
}

/** "PID|1||...": three capitals or digits and a bar open the line. */
function isHl7Segment(text: string, lineStart: number): boolean {
  if (text.charCodeAt(lineStart + 3) !== 124 /* | */) return false

  const first = text.charCodeAt(lineStart)
  return first >= 65 && first <= 90
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}
