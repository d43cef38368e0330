import type { Candidate } from '../candidate.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'
import { isValidDea } from '../validators/dea.js'

// The look-behind follows the first letter so the engine can skip ahead to a capital.
const DEA_LIKE = /[A-Z](?<![\w-].)[A-Z9]\d{7}(?![\w-])/g

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
  patterns: [DEA_LIKE],
  context: {
    supporting: ['dea', 'dea#', 'dea no', 'drug enforcement', 'controlled substance', 'prescriber'],
    windowBefore: 32,
  },
  find(doc: ScanDocument): Candidate[] {
    const found: Candidate[] = []
    for (const match of doc.text.matchAll(DEA_LIKE)) {
      if (!isValidDea(match[0])) continue

      found.push({
        type: 'DEA_NUMBER',
        start: match.index,
        end: match.index + 9,
        score: 0.45,
        recognizer: 'dea',
        pattern: 'dea (letters + check digit)',
        validator: { name: 'dea-check-digit', passed: true },
      })
    }

    return found
  },
}
