/**
 * Fixed-width text tables, as EHR reports, schedules and logs print them: a header row of short
 * column names and rows of cells below, columns separated by two or more spaces.
 *
 * ```
 * Chair  Time   Patient (MRN)                  RN
 * 1      0800   Tran, Quoc Bao (WC1102938)     Hollis
 * ```
 */
export interface AlignedCell {
  /** Offset of the cell's first character in the line. */
  readonly start: number
  readonly text: string
}

// A cell: words separated by single spaces; two spaces (or a tab) end it.
const CELL = /\S+(?: \S+)*/g
const HEADER_CELL = /^[A-Za-z#][A-Za-z0-9 #()/._-]{0,30}$/
const MAX_LINE = 400
const MIN_COLUMNS = 3
const ALIGNMENT_SLACK = 3

/** The cells of one line of a fixed-width table, with their offsets in the line. */
export function alignedCells(line: string): AlignedCell[] {
  if (line.length > MAX_LINE) return []

  CELL.lastIndex = 0
  return [...line.matchAll(CELL)].map((match) => ({ start: match.index, text: match[0] }))
}

/**
 * The columns of a header row, or undefined when the line is not one: at least three cells,
 * each a short name, and at least one gap of two spaces (otherwise it is a sentence).
 */
export function alignedHeader(line: string): AlignedCell[] | undefined {
  // Cheap refusals first: three columns need two gaps, and a header row is names only, so a
  // colon or comma (a "Label: value" line, a sentence) rules the line out.
  const firstGap = line.indexOf('  ')
  if (firstGap === -1 || !line.includes('  ', firstGap + 2)) return undefined
  if (line.includes(':') || line.includes(',')) return undefined

  const cells = alignedCells(line)
  if (cells.length < MIN_COLUMNS) return undefined
  return cells.every((cell) => HEADER_CELL.test(cell.text)) ? cells : undefined
}

/** The index of the header column a row cell sits under, or -1. */
export function columnOf(header: readonly AlignedCell[], cell: AlignedCell): number {
  let best = -1
  let bestDistance = ALIGNMENT_SLACK + 1
  for (let i = 0; i < header.length; i++) {
    const distance = Math.abs((header[i]?.start ?? 0) - cell.start)
    if (distance < bestDistance) {
      best = i
      bestDistance = distance
    }
  }

  return best
}

/** The regular expressions this module runs, for the pattern-safety test. */
export const ALIGNED_TABLE_PATTERNS: readonly RegExp[] = [CELL, HEADER_CELL]
