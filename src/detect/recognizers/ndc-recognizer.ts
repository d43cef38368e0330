import type { Candidate } from '../candidate.js'
import { DIGIT_RUN_PATTERN, digitRunsOf } from '../digit-runs.js'
import { labelAnchorsOf } from '../label-anchors.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'
import { isNdcLayout } from '../validators/ndc.js'

// Read in place at the dash before a product segment (a run of three or four digits, see
// digit-runs.ts); the labeler digits before it are read by hand.
const PRODUCT_PACKAGE = /-\d{3,4}-\d{1,2}(?![\d-])/y
// After the word "NDC": an 11-digit code without dashes, or a dashed one.
const AFTER_LABEL =
  /[ \t]{0,3}(?:code|#|no\.?)?[ \t]{0,3}[:#]?[ \t]{0,3}(\d{11}|\d{4,5}-\d{3,4}-\d{1,2})(?![\d-])/y

const SCORE_DASHED = 0.45 // weak alone: plenty of catalogue numbers are 5-4-1
const SCORE_LABELLED = 0.9

/**
 * National Drug Codes: the dashed FDA layouts (4-4-2, 5-3-2, 5-4-1, and billing's 5-4-2),
 * strong near "NDC" or a drug word, and 11 bare digits right after "NDC".
 *
 * @example
 * 'NDC 0002-1433-80' // NDC_CODE [4, 16)
 */
export const ndcRecognizer: Recognizer = {
  name: 'ndc',
  types: ['NDC_CODE'],
  patterns: [DIGIT_RUN_PATTERN, PRODUCT_PACKAGE, AFTER_LABEL],
  context: {
    supporting: ['ndc', 'national drug code', 'rx', 'dispensed', 'drug', 'medication'],
    windowBefore: 40,
  },
  find(doc: ScanDocument): Candidate[] {
    const found = findDashed(doc)
    const taken = new Set(found.map((c) => c.start))
    for (const candidate of findLabelled(doc)) {
      if (!taken.has(candidate.start)) found.push(candidate)
    }

    return found
  },
}

function findDashed(doc: ScanDocument): Candidate[] {
  const { text } = doc
  const runs = digitRunsOf(doc)
  const found: Candidate[] = []
  let readTo = 0
  for (let i = 0; i < runs.count; i++) {
    const dash = (runs.starts[i] ?? 0) - 1
    const length = (runs.ends[i] ?? 0) - dash - 1
    if (dash < readTo || text.charCodeAt(dash) !== 45 || length < 3 || length > 4) continue

    PRODUCT_PACKAGE.lastIndex = dash
    if (!PRODUCT_PACKAGE.test(text)) continue

    const end = PRODUCT_PACKAGE.lastIndex
    readTo = end
    let start = dash
    while (start > 0 && dash - start < 6 && isDigit(text.charCodeAt(start - 1))) start--
    const before = text.charCodeAt(start - 1)
    if (isDigit(before) || before === 45 || isLetter(before)) continue

    if (!isNdcLayout(text.slice(start, end))) continue

    found.push(candidate(start, end, SCORE_DASHED, 'ndc dashed', false))
  }

  return found
}

function findLabelled(doc: ScanDocument): Candidate[] {
  const { lower } = doc
  const found: Candidate[] = []
  for (const at of labelAnchorsOf(doc).ndc) {
    if (isLetter(lower.charCodeAt(at - 1))) continue

    AFTER_LABEL.lastIndex = at + 3
    const match = AFTER_LABEL.exec(lower)
    const code = match?.[1]
    if (!match || !code) continue

    const start = AFTER_LABEL.lastIndex - code.length
    if (code.includes('-') && !isNdcLayout(code)) continue
    found.push(candidate(start, AFTER_LABEL.lastIndex, SCORE_LABELLED, 'ndc after label', true))
  }

  return found
}

function candidate(
  start: number,
  end: number,
  score: number,
  pattern: string,
  labelled: boolean,
): Candidate {
  return {
    type: 'NDC_CODE',
    start,
    end,
    score,
    recognizer: 'ndc',
    pattern,
    validator: { name: 'ndc-layout', passed: true },
    ...(labelled ? { contextApplied: true, supportingWords: ['ndc'] } : {}),
  }
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}
