import type { Candidate } from '../candidate.js'
import { hasTerm } from '../context.js'
import { DIGIT_RUN_PATTERN, digitRunsOf, type DigitRuns } from '../digit-runs.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'
import { isValidSsn } from '../validators/ssn.js'
import { labelBefore } from './label-before.js'

// 123-45-6789, 123 45 6789, 123.45.6789 with the same separator twice, or 9 bare digits.
// Read in place at the start of a run of three or nine digits (see digit-runs.ts).
const SSN_LIKE = /\d(?<![\w-]\d)\d\d(?:([- .])\d\d\1\d{4}|\d{6})(?![\w-])/y
// HL7 CX identifier whose assigning authority or type says SSA/SS: `123456789^^^SSA^SS`.
const HL7_SSN_AFTER = /^\^[^|~\r\n]{0,12}\^(?:ssa|ss)(?:\^|\||~|\r|\n|$)/

const SUPPORTING = ['ssn', 'social security', 'soc sec', 'ss#', 'ss #', 'ss no', 'social', 'ss']
// prettier-ignore
const OPPOSING = [
  'order', 'invoice', 'reference', 'ref', 'batch', 'tracking', 'routing', 'account', 'acct',
  'mrn', 'npi', 'member', 'claim', 'phone', 'fax', 'tin', 'ein', 'control', 'schema',
  'migration', 'lot', 'aba', 'policy', 'license', 'serial',
]
const LABEL_WINDOW = 40
// PID-19 is "SSN Number - Patient" in HL7 v2.
const PID_SSN_FIELD = 19
// How far back from PID-19 the segment start may be (18 fields of patient data).
const MAX_SEGMENT_PREFIX = 1024

/**
 * US Social Security numbers. A formatted number that passes the SSA rules is strong on its
 * own; nine bare digits are weak unless a word such as "SSN" labels them or HL7 marks them as
 * an SSN (an `^^^SSA^SS` identifier in PID-3, or the PID-19 field). Labels of other numbers
 * ("Batch", "Reference", "Routing") right before a match push it below the threshold.
 *
 * @example 'SSN: 123-45-6780' -> SSN, score 1
 */
export const ssnRecognizer: Recognizer = {
  name: 'ssn',
  types: ['SSN'],
  patterns: [DIGIT_RUN_PATTERN, SSN_LIKE, HL7_SSN_AFTER],
  find(doc: ScanDocument): Candidate[] {
    const { text } = doc
    const runs = digitRunsOf(doc)
    const found: Candidate[] = []
    for (let i = 0; i < runs.count; i++) {
      if (!mayOpenSsn(text, runs, i)) continue

      const start = runs.starts[i] ?? 0
      SSN_LIKE.lastIndex = start
      const match = SSN_LIKE.exec(text)
      if (!match) continue

      const formatted = match[1] !== undefined
      const digits = formatted ? match[0].replace(/\D/g, '') : match[0]
      if (!isValidSsn(digits)) continue

      const [base, pattern] = formatted ? [0.75, 'ssn (formatted)'] : [0.3, 'ssn (bare, weak)']
      found.push(scored(doc, match.index, match[0].length, base, pattern))
    }

    return found
  },
}

/**
 * True when run `i` has the shape SSN_LIKE needs, read on the runs alone so that the pattern
 * runs only where it can match: nine digits, or three, two and four digits split by the same
 * separator twice. Three-digit runs are common ("132 mg", "555-0199") and rarely an SSN.
 */
function mayOpenSsn(text: string, runs: DigitRuns, i: number): boolean {
  const start = runs.starts[i] ?? 0
  const end = runs.ends[i] ?? 0
  const length = end - start
  if (length !== 3 && length !== 9) return false
  // A match opens a run (the look-behind) and ends one (the look-ahead).
  if (isWordOrDash(text.charCodeAt(start - 1))) return false
  if (length === 9) return !isWordOrDash(text.charCodeAt(end))
  if (i + 2 >= runs.count) return false

  const split = text.charCodeAt(end)
  if (split !== 32 && split !== 45 && split !== 46) return false
  const groupEnd = end + 3
  const serialEnd = groupEnd + 5
  return (
    runs.starts[i + 1] === end + 1 &&
    runs.ends[i + 1] === groupEnd &&
    text.charCodeAt(groupEnd) === split &&
    runs.starts[i + 2] === groupEnd + 1 &&
    runs.ends[i + 2] === serialEnd &&
    !isWordOrDash(text.charCodeAt(serialEnd))
  )
}

function scored(
  doc: ScanDocument,
  start: number,
  length: number,
  base: number,
  pattern: string,
): Candidate {
  const end = start + length
  const label = labelBefore(doc, start, LABEL_WINDOW)
  const supporting = termsIn(label, SUPPORTING)
  if (HL7_SSN_AFTER.test(doc.after(end, 20))) supporting.push('hl7 ssa')
  if (isPidSsnField(doc, start)) supporting.push('hl7 pid-19')
  const opposing = termsIn(label, OPPOSING)

  let score = base
  if (supporting.length > 0) score = Math.max(score + 0.35, 0.6)
  if (opposing.length > 0) score -= 0.4

  return {
    type: 'SSN',
    start,
    end,
    score: Math.min(1, Math.max(0, score)),
    recognizer: 'ssn',
    pattern,
    validator: { name: 'ssa-rules', passed: true },
    supportingWords: supporting,
    contextApplied: true,
  }
}

/** The terms that `label` holds as whole words, in list order (a loop, not a callback). */
function termsIn(label: string, terms: readonly string[]): string[] {
  const found: string[] = []
  for (const term of terms) if (hasTerm(label, term)) found.push(term)
  return found
}

/** True when `start` opens field 19 of an HL7 PID segment. */
function isPidSsnField(doc: ScanDocument, start: number): boolean {
  if (doc.text.charAt(start - 1) !== '|') return false

  // HL7 segments end in a carriage return, often without a line feed; a segment is short.
  const from = Math.max(0, start - MAX_SEGMENT_PREFIX)
  const head = doc.text.slice(from, start)
  const lineStart = from + Math.max(head.lastIndexOf('\r'), head.lastIndexOf('\n')) + 1
  if (!doc.text.startsWith('PID|', lineStart)) return false

  let fields = 0
  for (let at = doc.text.indexOf('|', lineStart); at !== -1 && at < start;) {
    fields++
    at = doc.text.indexOf('|', at + 1)
  }

  return fields === PID_SSN_FIELD
}

// A local copy: an imported function costs a call per use under some loaders.
/** `[\w-]`: a letter, a digit, '_' or '-'. */
function isWordOrDash(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95 ||
    code === 45
  )
}
