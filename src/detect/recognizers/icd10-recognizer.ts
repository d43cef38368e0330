import type { Candidate } from '../candidate.js'
import { DIGIT_RUN_PATTERN, digitRunsOf } from '../digit-runs.js'
import { lineStartWithin } from '../line-window.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'
import { ICD10_SHAPE, isIcd10Code } from '../validators/icd10.js'

// Read in place at a capital letter right before a run of digits (see digit-runs.ts).
const CODE = /[A-TV-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?/y
// A table column headed "DX", "Diag", "Diagnosis" or "ICD" (read in lower case).
const DX_HEADER = /(?:^|[^a-z])(?:dx|diag|icd)/
const HEADER_LINES_UP = 12
/** Longest line looked through for a segment name or a column header, in characters. */
const MAX_LINE = 400

const SCORE_DIAGNOSIS_SEGMENT = 0.85 // HL7 DG1
const SCORE_IN_PARENTHESES = 0.8 // "pneumonia (J18.9)"
const SCORE_IN_COLUMN = 0.75 // a claim table under a "DX" header
const SCORE_DOTTED = 0.5
const SCORE_BARE = 0.25 // "B12", "T12": as often a vitamin or a vertebra

/**
 * ICD-10-CM diagnosis codes. A code in parentheses after a diagnosis, in an HL7 DG1 segment
 * or near "ICD", "Dx" or "diagnosis" is strong; a dotted code alone is fair; a bare
 * three-character code ("B12") is kept only when context supports it.
 *
 * @example
 * 'community-acquired pneumonia (J18.9)' // ICD10_CODE [30, 35), score 0.8
 */
export const icd10Recognizer: Recognizer = {
  name: 'icd10',
  types: ['ICD10_CODE'],
  patterns: [DIGIT_RUN_PATTERN, CODE, DX_HEADER, ICD10_SHAPE],
  context: {
    supporting: ['icd', 'icd-10', 'icd10', 'icd-10-cm', 'dx', 'diagnosis', 'diagnoses', 'diag'],
    windowBefore: 32,
  },
  find(doc: ScanDocument): Candidate[] {
    const { text } = doc
    const runs = digitRunsOf(doc)
    const found: Candidate[] = []
    // As a scan of the whole text would, a code is not looked for inside the previous one.
    let readTo = 0
    for (let i = 0; i < runs.count; i++) {
      const start = (runs.starts[i] ?? 0) - 1
      const letter = text.charCodeAt(start)
      if (start < readTo || letter < 65 || letter > 90 || letter === 85 /* U */) continue

      CODE.lastIndex = start
      const match = CODE.exec(text)
      if (!match) continue

      const end = CODE.lastIndex
      readTo = end
      if (!standsAlone(text, start, end) || !isIcd10Code(match[0])) continue

      const [score, pattern] = scoreOf(doc, start, end, match[0].includes('.'))
      found.push({
        type: 'ICD10_CODE',
        start,
        end,
        score,
        recognizer: 'icd10',
        pattern,
        validator: { name: 'icd-10-cm-structure', passed: true },
      })
    }

    return found
  },
}

function scoreOf(doc: ScanDocument, start: number, end: number, dotted: boolean): [number, string] {
  const { text } = doc
  const lineStart = lineStartWithin(text, start, MAX_LINE)
  if (text.startsWith('DG1|', lineStart)) return [SCORE_DIAGNOSIS_SEGMENT, 'icd-10 in DG1']
  if (text[end] === ')' && openParenBefore(text, start, Math.max(lineStart, start - 12))) {
    return [SCORE_IN_PARENTHESES, 'icd-10 in parentheses']
  }

  if (underDiagnosisHeader(doc, start, lineStart)) return [SCORE_IN_COLUMN, 'icd-10 in Dx column']

  return dotted ? [SCORE_DOTTED, 'icd-10 dotted'] : [SCORE_BARE, 'icd-10 bare (weak)']
}

/** "(J18.9)" and "(ICD-10 G20)": an opening parenthesis shortly before the code. */
function openParenBefore(text: string, start: number, limit: number): boolean {
  for (let i = start - 1; i >= limit; i--) if (text.charCodeAt(i) === 40 /* ( */) return true
  return false
}

/**
 * True when a line above (within a few) has "DX", "Diag" or "ICD" starting in the same
 * column, as in a claim's service-line table.
 */
function underDiagnosisHeader(doc: ScanDocument, start: number, lineStart: number): boolean {
  const column = start - lineStart
  let end = lineStart - 1
  for (let lines = 0; lines < HEADER_LINES_UP && end > 0; lines++) {
    const from = lineStartWithin(doc.text, end, MAX_LINE)
    const cell = doc.lower.slice(from + Math.max(0, column - 4), Math.min(end, from + column + 6))
    if (DX_HEADER.test(cell)) return true
    end = from - 1
  }

  return false
}

/** Not part of a longer token: "E1234567", "SpO2", "10.5.8.22" and "A1c" are not codes. */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1)
  const after = text.charCodeAt(end)
  if (isWordCode(before) || before === 46 || before === 45 || before === 95) return false
  if (isWordCode(after) || after === 45) return false

  return !(after === 46 && isWordCode(text.charCodeAt(end + 1)))
}

function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}
