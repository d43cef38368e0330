import type { Candidate } from '../candidate.js'
import { isUpperCode } from '../char-codes.js'
import { DIGIT_RUN_PATTERN, digitRunsOf } from '../digit-runs.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'
import { isValidDea } from '../validators/dea.js'

// Read in place before a run of seven digits (two capitals first) or of eight from a 9 (one
// capital first), found from the document's digit runs (see digit-runs.ts).
const DEA_LIKE = /[A-Z](?<![\w-].)[A-Z9]\d{7}(?![\w-])/y

/**
 * DEA registration numbers: two letters and seven digits with the DEA check digit. The
 * check passes one string in ten by chance, so the number needs a word such as "DEA" near
 * it to be reported.
 *
 * @example 'DEA: AB1234563' -> DEA_NUMBER, score 0.8
 */
export const deaRecognizer: Recognizer = {
  name: 'dea',
  types: ['DEA_NUMBER'],
  patterns: [DIGIT_RUN_PATTERN, DEA_LIKE],
  context: {
    supporting: ['dea', 'dea#', 'dea no', 'drug enforcement', 'controlled substance', 'prescriber'],
    windowBefore: 32,
  },
  find(doc: ScanDocument): Candidate[] {
    const { text } = doc
    const runs = digitRunsOf(doc)
    const found: Candidate[] = []
    for (let i = 0; i < runs.count; i++) {
      const start = deaStart(text, runs.starts[i] ?? 0, runs.ends[i] ?? 0)
      if (start < 0) continue

      DEA_LIKE.lastIndex = start
      if (!DEA_LIKE.test(text) || !isValidDea(text.slice(start, start + 9))) continue

      found.push({
        type: 'DEA_NUMBER',
        start,
        end: start + 9,
        score: 0.45,
        recognizer: 'dea',
        pattern: 'dea (letters + check digit)',
        validator: { name: 'dea-check-digit', passed: true },
      })
    }

    return found
  },
}

/** Where a DEA number holding the digit run [start, end) would begin, or -1. */
function deaStart(text: string, start: number, end: number): number {
  if (!isUpperCode(text.charCodeAt(start - 1))) return -1
  if (end - start === 7 && isUpperCode(text.charCodeAt(start - 2))) return start - 2
  if (end - start === 8 && text.charCodeAt(start) === 57 /* 9 */) return start - 1

  return -1
}
