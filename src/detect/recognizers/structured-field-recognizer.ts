import type { Candidate } from '../candidate.js'
import type { IdentifierType } from '../entity-types.js'
import { NextOccurrence } from '../next-occurrence.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'
import {
  ALIGNED_TABLE_PATTERNS,
  alignedCells,
  alignedHeader,
  columnOf,
  type AlignedCell,
} from '../structured/aligned-table.js'
import { columnType, fieldType, foldFieldName } from '../structured/field-names.js'
import {
  displayType,
  identifierValueType,
  JSON_OBJECT_PATTERNS,
  objectAround,
} from '../structured/json-object.js'
import { plausibleFieldValue } from '../structured/field-value.js'

// A JSON member: a quoted key, a colon, then a string, a number or the start of an array.
const JSON_MEMBER =
  /"([A-Za-z_][A-Za-z0-9_ .-]{0,40})"[ \t]{0,4}:[ \t]{0,4}(?:"([^"\\\r\n]{1,300})"|(\d{1,15})(?![\d.])|\[)/g
// One string element of a JSON array, read from a known position.
const ARRAY_STRING = /[\s,]{0,20}"([^"\\\r\n]{1,300})"/y
// A header row of a CSV, TSV or pipe-separated export: three or more short names.
const HEADER_ROW =
  /"?[A-Za-z][A-Za-z0-9_ #./()-]{0,40}"?(?:[,;\t|]"?[A-Za-z][A-Za-z0-9_ #./()-]{0,40}"?){2,60}(?=\r?\n|$)/y
const PARENT_KEY = /"([A-Za-z_][A-Za-z0-9_]{0,40})"[ \t]{0,4}:[ \t]{0,4}\[?[ \t\r\n]{0,20}$/

// A column or cell written "Patient (MRN)": the main name and the one in parentheses.
const LABEL_AND_INNER = /^(.*?) ?\(([^()]{1,40})\)$/
// The first cell of a header row is at most 40 characters and two quotes long.
const FIRST_CELL_MAX = 43
const SCORE_FIELD = 0.8
const SCORE_IDENTIFIER_FALLBACK = 0.6
const MAX_ARRAY_ITEMS = 20
const LOOK_BACK = 400

/** Parents whose `name` member names a person rather than a place or a drug. */
const PERSON_PARENTS = new Set([
  'patient',
  'pt',
  'provider',
  'practitioner',
  'contact',
  'guarantor',
  'subscriber',
  'physician',
  'attending',
  'pcp',
  'insured',
  'nextofkin',
  'emergencycontact',
  'caregiver',
  'mother',
  'father',
  'spouse',
  'relatedperson',
  'person',
  'referringprovider',
  'author',
])

/**
 * Values in structured data whose field name says what they are: members of JSON objects
 * (including FHIR resources, where an identifier's `system` names its type) and cells of CSV,
 * TSV and pipe-separated exports under a header row. Values are checked for the shape their
 * type needs, so a `city` column of numbers reports nothing.
 *
 * @example
 * '{"family": "Nowak", "postalCode": "53051"}' // PERSON [11, 16), ZIP_CODE [33, 38)
 */
export const structuredFieldRecognizer: Recognizer = {
  name: 'structured-field',
  types: [
    'PERSON',
    'DATE',
    'AGE',
    'CITY',
    'ZIP_CODE',
    'STREET_ADDRESS',
    'LOCATION_OTHER',
    'MRN',
    'HEALTH_PLAN_ID',
    'ACCOUNT_NUMBER',
    'SSN',
    'PHONE',
    'FAX',
    'EMAIL',
    'LICENSE_NUMBER',
    'OTHER_ID',
    'DEVICE_ID',
    'NPI',
    'DEA_NUMBER',
    'MEDICARE_ID',
    'IP_ADDRESS',
  ],
  patterns: [
    JSON_MEMBER,
    ARRAY_STRING,
    HEADER_ROW,
    PARENT_KEY,
    LABEL_AND_INNER,
    ...JSON_OBJECT_PATTERNS,
    ...ALIGNED_TABLE_PATTERNS,
  ],
  find(doc: ScanDocument): Candidate[] {
    const found: Candidate[] = []
    const { text } = doc
    if (text.includes('":') || text.includes('" :')) findInJson(text, found)
    const delimited = /[,;\t|]/.test(text)
    const aligned = text.includes('  ')
    if (delimited || aligned) findInTables(text, delimited, aligned, found)

    return found
  },
}

function findInJson(text: string, found: Candidate[]): void {
  JSON_MEMBER.lastIndex = 0
  for (const member of text.matchAll(JSON_MEMBER)) {
    const key = member[1] ?? ''
    const type = memberType(text, member.index, key)
    if (type === undefined) continue

    const keyEnd = member.index + member[0].length
    if (member[2] !== undefined) {
      addValue(
        found,
        type,
        keyEnd - 1 - member[2].length,
        member[2],
        `json "${foldFieldName(key)}"`,
      )
    } else if (member[3] !== undefined && type !== 'DATE') {
      addValue(found, type, keyEnd - member[3].length, member[3], `json "${foldFieldName(key)}"`)
    } else if (member[0].endsWith('[')) {
      readArray(text, keyEnd, type, key, found)
    }
  }
}

/**
 * The type of a JSON member's value: from its key; for a FHIR identifier's `value`, from the
 * `system` or type code beside it; for a reference's `display`, from the resource it points at.
 */
function memberType(text: string, at: number, key: string): IdentifierType | undefined {
  const folded = foldFieldName(key)
  if (folded === 'value') return valueType(text, at)
  if (folded === 'display') {
    const object = objectAround(text, at)
    return object === undefined ? undefined : displayType(object)
  }
  if (folded === 'name') return isPersonParent(text, at) ? 'PERSON' : undefined

  return fieldType(key)
}

function valueType(text: string, at: number): IdentifierType | undefined {
  const object = objectAround(text, at)
  if (object === undefined) return undefined

  const type = identifierValueType(object)
  if (type !== undefined) return type

  // An identifier of a system we do not know is still the record's own number.
  const objectStart = text.lastIndexOf(object.slice(0, 40), at)
  return objectStart !== -1 && isInArray(text, objectStart, 'identifier') ? 'MRN' : undefined
}

function isPersonParent(text: string, at: number): boolean {
  const objectStart = text.lastIndexOf('{', at)
  if (objectStart === -1 || at - objectStart > LOOK_BACK) return false

  const parent = PARENT_KEY.exec(text.slice(Math.max(0, objectStart - 80), objectStart))?.[1]
  return parent !== undefined && PERSON_PARENTS.has(foldFieldName(parent))
}

function isInArray(text: string, objectStart: number, key: string): boolean {
  const before = text.slice(Math.max(0, objectStart - LOOK_BACK), objectStart)
  const open = before.lastIndexOf('[')
  if (open === -1 || before.lastIndexOf(']') > open) return false

  return PARENT_KEY.exec(before.slice(0, open + 1))?.[1] === key
}

function readArray(
  text: string,
  from: number,
  type: IdentifierType,
  key: string,
  found: Candidate[],
): void {
  let at = from
  for (let item = 0; item < MAX_ARRAY_ITEMS; item++) {
    ARRAY_STRING.lastIndex = at
    const element = ARRAY_STRING.exec(text)
    if (element === null) return

    const value = element[1] ?? ''
    const end = element.index + element[0].length
    addValue(found, type, end - 1 - value.length, value, `json "${foldFieldName(key)}" array`)
    at = end
  }
}

/**
 * Finds the header rows of delimited exports (when `delimited`) and of fixed-width tables
 * (when `aligned`), and reads the cells under each known column until the table ends. In a
 * fixed-width table, a column named "Patient (MRN)" holds two things: the name, and the
 * number in parentheses.
 *
 * A header starts a line, so the patterns are tried at line starts only (a sticky match
 * there costs a fraction of a multiline search over every character). One pass over the
 * lines serves both kinds: finding where a line ends costs as much as testing it.
 */
function findInTables(
  text: string,
  delimited: boolean,
  aligned: boolean,
  found: Candidate[],
): void {
  // Where each kind of table may next start: tables of one kind are read past as a whole.
  let delimitedFrom = delimited ? 0 : text.length
  let alignedFrom = aligned ? 0 : text.length
  const alignedFound: Candidate[] = []
  const alignedHeaders = new AlignedHeaderFilter(text)
  for (let lineStart = 0; lineStart < text.length;) {
    const lineEnd = nextLine(text, lineStart)
    if (lineStart >= delimitedFrom) {
      const headerEnd = headerRowEnd(text, lineStart)
      if (headerEnd !== -1) delimitedFrom = readTable(text, lineStart, headerEnd, found)
    }
    if (lineStart >= alignedFrom && alignedHeaders.mayStart(lineStart, lineEnd)) {
      const header = alignedHeader(lineText(text, lineStart, lineEnd))
      if (header !== undefined) {
        alignedFrom = readAlignedRows(text, lineEnd, header, alignedFound)
      }
    }
    lineStart = Math.max(lineEnd, Math.min(delimitedFrom, alignedFrom))
  }
  // The cells of delimited tables come first, then those of fixed-width ones: the order of
  // the candidates is part of the output.
  found.push(...alignedFound)
}

function nextLine(text: string, from: number): number {
  const newline = text.indexOf('\n', from)
  return newline === -1 ? text.length : newline + 1
}

/** Where the header row starting at `at` ends, or -1 when no header row starts there. */
function headerRowEnd(text: string, at: number): number {
  const first = text.charCodeAt(at)
  const startsName = (first | 32) >= 97 && (first | 32) <= 122
  if (!startsName && first !== 34) return -1
  if (!hasDelimiterWithin(text, at, FIRST_CELL_MAX)) return -1

  HEADER_ROW.lastIndex = at
  return HEADER_ROW.test(text) ? HEADER_ROW.lastIndex : -1
}

/**
 * Whether a cell delimiter comes within `length` characters of `at`, on the same line, before
 * any colon (a "Label: value, value" line is not a header).
 */
function hasDelimiterWithin(text: string, at: number, length: number): boolean {
  const end = Math.min(text.length, at + length)
  for (let i = at; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code === 44 || code === 59 || code === 9 || code === 124) return true
    if (code === 10 || code === 58) return false
  }

  return false
}

/** Reads the rows under a header; returns where the next line after the table starts. */
function readTable(
  text: string,
  headerStart: number,
  headerEnd: number,
  found: Candidate[],
): number {
  const header = text.slice(headerStart, headerEnd)
  const delimiter = delimiterOf(header)
  const columns = splitRow(header.trimEnd(), 0, delimiter).map((cell) =>
    columnType(cell.text.replaceAll('"', '')),
  )
  let lineStart = nextLine(text, headerEnd)
  // A line of prose with two commas looks like a header too; a real export names at least two
  // known fields, and its rows have as many cells.
  const known = columns.filter((type) => type !== undefined).length
  if (known < 2) return lineStart

  while (lineStart < text.length) {
    const lineEnd = nextLine(text, lineStart)
    const line = text.slice(lineStart, lineEnd).replace(/\r?\n$/, '')
    const cells = splitRow(line, lineStart, delimiter)
    if (line.trim() === '' || Math.abs(cells.length - columns.length) > 1) break

    cells.forEach((cell, i) => {
      const type = columns[i]
      if (type !== undefined) addValue(found, type, cell.start, cell.text, 'table column')
    })
    lineStart = lineEnd
  }

  return lineStart
}

/**
 * Rules out, cheaply, lines that cannot be the header of a fixed-width table: a header row
 * starts with a name and holds a gap of two spaces but no colon or comma (see alignedHeader).
 * Prose has spaces everywhere, so a search for the gap stops at every one of them: it runs
 * only on lines that pass the other tests.
 */
class AlignedHeaderFilter {
  readonly #text: string
  readonly #colons: NextOccurrence
  readonly #commas: NextOccurrence
  readonly #gaps: NextOccurrence

  constructor(text: string) {
    this.#text = text
    this.#colons = new NextOccurrence(text, ':')
    this.#commas = new NextOccurrence(text, ',')
    this.#gaps = new NextOccurrence(text, '  ')
  }

  /** False when the line [lineStart, lineEnd) is no header; lines must come in text order. */
  mayStart(lineStart: number, lineEnd: number): boolean {
    const first = this.#text.charCodeAt(lineStart)
    const startsName = ((first | 32) >= 97 && (first | 32) <= 122) || first === 35
    return (
      startsName &&
      this.#colons.from(lineStart) >= lineEnd &&
      this.#commas.from(lineStart) >= lineEnd &&
      this.#gaps.from(lineStart) < lineEnd
    )
  }
}

/** Reads the rows under a fixed-width header; returns where the line after them starts. */
function readAlignedRows(
  text: string,
  from: number,
  header: readonly AlignedCell[],
  found: Candidate[],
): number {
  const columns = header.map((cell) => splitLabel(cell.text, columnType))
  const known = columns.filter(([main, inner]) => main !== undefined || inner !== undefined)
  if (known.length < 2) return from

  let lineStart = from
  while (lineStart < text.length) {
    const rowEnd = nextLine(text, lineStart)
    const cells = alignedCells(lineText(text, lineStart, rowEnd))
    if (cells.length < 2) break

    for (const cell of cells) {
      const [main, inner] = columns[columnOf(header, cell)] ?? []
      if (main === undefined && inner === undefined) continue
      addAlignedCell(found, lineStart + cell.start, cell.text, main, inner)
    }
    lineStart = rowEnd
  }

  return lineStart
}

function lineText(text: string, start: number, next: number): string {
  return text.slice(start, next).replace(/\r?\n$/, '')
}

function splitLabel(
  label: string,
  typeOf: (name: string) => IdentifierType | undefined,
): [IdentifierType | undefined, IdentifierType | undefined] {
  const parts = LABEL_AND_INNER.exec(label)
  if (parts === null) return [typeOf(label), undefined]

  return [typeOf(parts[1] ?? ''), typeOf(parts[2] ?? '')]
}

function addAlignedCell(
  found: Candidate[],
  start: number,
  text: string,
  main: IdentifierType | undefined,
  inner: IdentifierType | undefined,
): void {
  const parts = inner === undefined ? null : LABEL_AND_INNER.exec(text)
  if (parts === null) {
    if (main !== undefined) addValue(found, main, start, text, 'aligned table column')
    return
  }

  const before = parts[1] ?? ''
  const within = parts[2] ?? ''
  if (main !== undefined) addValue(found, main, start, before, 'aligned table column')
  if (inner !== undefined) {
    addValue(found, inner, start + text.lastIndexOf(within), within, 'aligned table column')
  }
}

/** The delimiter of a header row: tab, then semicolon, then pipe, else comma. */
function delimiterOf(row: string): string {
  if (row.includes('\t')) return '\t'
  if (row.includes(';')) return ';'
  return row.includes('|') && !row.includes(',') ? '|' : ','
}

interface Cell {
  readonly start: number
  readonly text: string
}

/** Splits one row into cells, honouring double quotes; offsets are into the document. */
function splitRow(line: string, offset: number, delimiter: string): Cell[] {
  const cells: Cell[] = []
  let i = 0
  while (i <= line.length) {
    while (line[i] === ' ') i++
    if (line[i] === '"') {
      const close = line.indexOf('"', i + 1)
      const end = close === -1 ? line.length : close
      cells.push({ start: offset + i + 1, text: line.slice(i + 1, end) })
      const next = line.indexOf(delimiter, end)
      i = next === -1 ? line.length + 1 : next + 1
      continue
    }

    const next = line.indexOf(delimiter, i)
    const end = next === -1 ? line.length : next
    const raw = line.slice(i, end)
    const trimmed = raw.trimEnd()
    cells.push({ start: offset + i, text: trimmed })
    i = end + 1
  }

  return cells
}

function addValue(
  found: Candidate[],
  type: IdentifierType,
  start: number,
  raw: string,
  pattern: string,
): void {
  const judged = plausibleFieldValue(type, raw)
  if (judged === undefined) return

  const score = pattern.includes('identifier') ? SCORE_IDENTIFIER_FALLBACK : SCORE_FIELD
  found.push({
    type: judged.type,
    start: start + judged.offset,
    end: start + judged.offset + judged.length,
    score,
    recognizer: 'structured-field',
    pattern,
    contextApplied: true,
  })
}
