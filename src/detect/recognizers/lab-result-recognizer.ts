import type { Candidate } from '../candidate.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'
import { isValidLoinc } from '../validators/loinc.js'

// The second half of a laboratory unit ("g/dL", "mmol/L", "x10^3/uL", "mL/min"), read at each
// slash. Slashes are found with indexOf and most (dates, fractions) are dropped by the
// character after them before any pattern runs.
const UNIT_TAIL = /\/(?:dL|L|mL|uL|µL|min|hpf|24 ?h)(?![A-Za-z])/y
const UNIT_TAIL_STARTS = new Set(['d', 'L', 'm', 'u', 'µ', 'h', '2'])
// Read backwards from the slash: a number, an optional space, and the unit's first half.
const VALUE_AND_UNIT =
  /(?<![\w.])[<>]?\d{1,5}(?:\.\d{1,4})? ?(?:mg|g|mmol|mEq|mIU|µIU|uIU|IU|U|ng|pg|µg|ug|mcg|mL|fL|pmol|nmol|µmol|umol|mOsm|cells|x ?10\^\d{1,2}|10\^\d{1,2})$/
const LOINC = /\bLOINC[ \t]{0,2}[:#]?[ \t]{0,2}(\d{1,5}-\d)(?![\d-])/g

const SCORE_VALUE = 0.8
const SCORE_LOINC_VALID = 0.9
const SCORE_LOINC_LABELLED = 0.7
const LOOK_BACK = 24

/**
 * Laboratory results, health information that makes a document PHI when it also names the
 * patient: a value with a laboratory unit (`14.5 g/dL`, `5.2 mmol/L`, `211 x10^3/uL`) and
 * LOINC test codes after the word LOINC (a valid check digit scores higher).
 *
 * @example
 * 'Hemoglobin 14.5 g/dL' // LAB_RESULT [11, 20)
 */
export const labResultRecognizer: Recognizer = {
  name: 'lab-result',
  types: ['LAB_RESULT'],
  patterns: [UNIT_TAIL, VALUE_AND_UNIT, LOINC],
  find(doc: ScanDocument): Candidate[] {
    const { text } = doc
    const found: Candidate[] = []

    for (let slash = text.indexOf('/'); slash !== -1; slash = text.indexOf('/', slash + 1)) {
      if (!UNIT_TAIL_STARTS.has(text.charAt(slash + 1))) continue

      UNIT_TAIL.lastIndex = slash
      const tail = UNIT_TAIL.exec(text)
      if (tail === null) continue

      const from = Math.max(0, slash - LOOK_BACK)
      const value = VALUE_AND_UNIT.exec(text.slice(from, slash))
      if (value === null) continue

      const start = from + value.index
      found.push(candidate(start, slash + tail[0].length, SCORE_VALUE, 'value with unit'))
    }

    if (!text.includes('LOINC')) return found
    LOINC.lastIndex = 0
    for (const match of text.matchAll(LOINC)) {
      const code = match[1] ?? ''
      const start = match.index + match[0].length - code.length
      const valid = isValidLoinc(code)
      const score = valid ? SCORE_LOINC_VALID : SCORE_LOINC_LABELLED
      found.push({
        ...candidate(start, start + code.length, score, 'LOINC code'),
        validator: { name: 'loinc-mod10', passed: valid },
      })
    }

    return found
  },
}

function candidate(start: number, end: number, score: number, pattern: string): Candidate {
  return { type: 'LAB_RESULT', start, end, score, recognizer: 'lab-result', pattern }
}
