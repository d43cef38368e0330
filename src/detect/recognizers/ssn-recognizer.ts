import type { Candidate } from '../candidate.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'
import { isValidSsn } from '../validators/ssn.js'

// 123-45-6789, 123 45 6789, 123.45.6789 with the same separator twice, or 9 bare digits.
const FORMATTED = /(?<![\d-])(\d{3})([- .])(\d{2})\2(\d{4})(?![\d-])/g
const BARE = /(?<![\d-])\d{9}(?![\d-])/g

/**
 * US Social Security numbers. A formatted number that passes the SSA rules is strong on its
 * own; nine bare digits are weak unless a word such as "SSN" stands near them.
 */
export const ssnRecognizer: Recognizer = {
  name: 'ssn',
  types: ['SSN'],
  patterns: [FORMATTED, BARE],
  context: {
    supporting: ['ssn', 'social security', 'soc sec', 'ss#', 'ss #', 'social'],
    opposing: ['order', 'invoice', 'reference', 'batch', 'tracking', 'routing', 'account'],
    windowBefore: 40,
  },
  find(doc: ScanDocument): Candidate[] {
    const found: Candidate[] = []
    for (const match of doc.text.matchAll(FORMATTED)) {
      const digits = `${match[1]}${match[3]}${match[4]}`
      if (!isValidSsn(digits)) continue

      found.push(candidate(match.index, match[0].length, 0.75, 'ssn (formatted)'))
    }
    for (const match of doc.text.matchAll(BARE)) {
      if (!isValidSsn(match[0])) continue

      found.push(candidate(match.index, 9, 0.3, 'ssn (bare, weak)'))
    }

    return found
  },
}

function candidate(start: number, length: number, score: number, pattern: string): Candidate {
  return {
    type: 'SSN',
    start,
    end: start + length,
    score,
    recognizer: 'ssn',
    pattern,
    validator: { name: 'ssa-rules', passed: true },
  }
}
