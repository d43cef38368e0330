import type { Candidate } from '../candidate.js'
import { isUpperCode } from '../char-codes.js'
import { DIGIT_RUN_PATTERN, digitRunsOf } from '../digit-runs.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'
import { isValidMbi } from '../validators/mbi.js'

// The MBI's position rules, printed whole or as 4-3-4 with dashes (see validators/mbi.ts).
// Read in place at a lone digit followed by a capital, found from the document's digit runs
// (see digit-runs.ts).
const MBI_LIKE =
  /[1-9](?<![\w-].)[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMNP-RT-Y]{2}\d\d(?![\w-])/y

/**
 * Medicare Beneficiary Identifiers. The fixed mix of digits and letters at each position is
 * rare in other text, so a match is likely on its own and near-certain after "MBI" or
 * "Medicare".
 *
 * @example 'Medicare MBI: 1EG4-TE5-MK72' -> MEDICARE_ID, score 0.95
 */
export const medicareRecognizer: Recognizer = {
  name: 'medicare',
  types: ['MEDICARE_ID'],
  patterns: [DIGIT_RUN_PATTERN, MBI_LIKE],
  context: {
    supporting: ['mbi', 'medicare', 'beneficiary', 'cms'],
    opposing: ['order', 'invoice', 'serial', 'lot', 'sku', 'part'],
    windowBefore: 32,
  },
  find(doc: ScanDocument): Candidate[] {
    const runs = digitRunsOf(doc)
    const found: Candidate[] = []
    for (let i = 0; i < runs.count; i++) {
      const start = runs.starts[i] ?? 0
      if ((runs.ends[i] ?? 0) - start !== 1 || !isUpperCode(doc.text.charCodeAt(start + 1)))
        continue

      MBI_LIKE.lastIndex = start
      const match = MBI_LIKE.exec(doc.text)
      if (!match) continue

      const text = match[0]
      const dashes = text.length - 11
      // Dashes come as a pair (4-3-4) or not at all.
      if (dashes === 1) continue
      if (!isValidMbi(dashes === 0 ? text : text.replace(/-/g, ''))) continue

      found.push({
        type: 'MEDICARE_ID',
        start: match.index,
        end: match.index + text.length,
        score: 0.6,
        recognizer: 'medicare',
        pattern: dashes === 0 ? 'mbi' : 'mbi (4-3-4)',
        validator: { name: 'cms-mbi-positions', passed: true },
      })
    }

    return found
  },
}
