import type { ScanDocument } from './scan-document.js'

/**
 * Every maximal run of ASCII digits in a document, in text order: run `i` covers
 * [starts[i], ends[i]). Most identifiers (SSN, phone, NPI, card, account, VIN, MBI, DEA, ICD-10,
 * NDC) hold a run of digits, so their recognizers walk these runs and check the shape around
 * each one, instead of each running a pattern over the whole text.
 */
export interface DigitRuns {
  readonly count: number
  /** Parallel typed arrays, longer than `count`: no object per run for the collector. */
  readonly starts: Int32Array
  readonly ends: Int32Array
}

/** The pattern that finds the runs, for the `patterns` list of every recognizer that reads them. */
export const DIGIT_RUN_PATTERN = /\d+/g

const runsByDocument = new WeakMap<ScanDocument, DigitRuns>()

/** The digit runs of `doc.text`, found on first use and kept for the document's lifetime. */
export function digitRunsOf(doc: ScanDocument): DigitRuns {
  let runs = runsByDocument.get(doc)
  if (!runs) {
    runs = findDigitRuns(doc.text)
    runsByDocument.set(doc, runs)
  }

  return runs
}

/**
 * @example
 * findDigitRuns('MRN 00123, 4 mg') // { count: 2, starts: [4, 11], ends: [9, 12] }
 */
export function findDigitRuns(text: string): DigitRuns {
  // Small at first, so that growing is common from the start: code that the engine has
  // optimised without ever seeing it grow would be thrown away when it first does.
  let starts = new Int32Array(64)
  let ends = new Int32Array(64)
  let count = 0
  DIGIT_RUN_PATTERN.lastIndex = 0

  while (DIGIT_RUN_PATTERN.test(text)) {
    const end = DIGIT_RUN_PATTERN.lastIndex
    let start = end - 1
    while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--
    if (count === starts.length) {
      starts = grown(starts)
      ends = grown(ends)
    }
    starts[count] = start
    ends[count] = end
    count++
  }

  return { count, starts, ends }
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2)
  bigger.set(array)
  return bigger
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}
