import type { Candidate } from '../candidate.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'
import { isValidVin } from '../validators/vin.js'

// Seventeen capitals and digits. Boundaries and the letters a VIN never holds (I, O, Q) are
// checked in code: with them in the pattern the scan runs at half the speed.
const VIN_LIKE = /[A-Z\d][A-Z\d]{16}/g
const HAS_LETTER = /[A-Z]/
const HAS_DIGIT = /\d/
// A plate label ("plate", "license plate no.", "licence tag #"), on the lower-case text.
const PLATE_LABEL = /\b(?:plate|licen[cs]e tag)(?: number| no\.?| #)?[:#]?[ \t]{1,3}/g
// Words that put a bare "plate" in a vehicle's company rather than a kitchen's.
const VEHICLE_WORDS =
  /\b(?:vin|vehicle|car|auto|truck|motorcycle|van|registration|dmv|licen[cs]e|make|model)\b/
const VEHICLE_WINDOW = 80
// "VIN:" right before seventeen characters, read on the lower-case text before them.
const VIN_LABEL_BEFORE = /\bvin\b[ #:.]{0,4}$/
// The plate itself, read at the end of the label: one or two groups of capitals and digits.
const PLATE_VALUE = /(?:[A-Z\d]{1,4}[ -][A-Z\d]{1,4}|[A-Z\d]{2,8})(?![\w-])/y

/**
 * Vehicle identifiers: VINs anywhere (seventeen characters with a valid check digit) and
 * licence plates only right after a word such as "plate", since a plate's shape alone
 * (`7ABC123`) says nothing.
 *
 * @example 'VIN 1M8GDM9AXKP042788' -> VEHICLE_ID, score 0.95
 * @example 'Plate 7ABC123' -> VEHICLE_ID, score 0.8
 */
export const vehicleRecognizer: Recognizer = {
  name: 'vehicle',
  types: ['VEHICLE_ID'],
  patterns: [
    VIN_LIKE,
    HAS_LETTER,
    HAS_DIGIT,
    PLATE_LABEL,
    PLATE_VALUE,
    VEHICLE_WORDS,
    VIN_LABEL_BEFORE,
  ],
  context: {
    supporting: ['vin', 'vehicle', 'chassis', 'car', 'auto', 'truck', 'motor'],
    windowBefore: 32,
  },
  find(doc: ScanDocument): Candidate[] {
    return [...findVins(doc), ...findPlates(doc)]
  },
}

function findVins(doc: ScanDocument): Candidate[] {
  const found: Candidate[] = []
  for (const match of doc.text.matchAll(VIN_LIKE)) {
    const vin = match[0]
    const end = match.index + 17
    if (isWordOrDash(doc.text.charCodeAt(match.index - 1))) continue
    if (isWordOrDash(doc.text.charCodeAt(end))) continue
    if (!HAS_LETTER.test(vin) || !HAS_DIGIT.test(vin)) continue

    const valid = isValidVin(vin)
    // VINs outside North America carry no check digit; a "VIN" label still vouches for them.
    if (!valid && !VIN_LABEL_BEFORE.test(doc.before(match.index, 12))) continue
    found.push({
      type: 'VEHICLE_ID',
      start: match.index,
      end: match.index + 17,
      score: valid ? 0.6 : 0.5,
      recognizer: 'vehicle',
      pattern: valid ? 'vin (check digit)' : 'vin (labelled, no check digit)',
      validator: { name: 'vin-check-digit', passed: valid },
    })
  }

  return found
}

function isWordOrDash(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || // a-z
    (code >= 65 && code <= 90) || // A-Z
    (code >= 48 && code <= 57) || // 0-9
    code === 95 || // _
    code === 45 // -
  )
}

function findPlates(doc: ScanDocument): Candidate[] {
  if (!doc.lower.includes('plate') && !doc.lower.includes('tag')) return []

  const found: Candidate[] = []
  for (const label of doc.lower.matchAll(PLATE_LABEL)) {
    PLATE_VALUE.lastIndex = label.index + label[0].length
    const plate = PLATE_VALUE.exec(doc.text)
    if (!plate) continue

    const compact = plate[0].replace(/[ -]/g, '')
    if (compact.length < 4 || compact.length > 8 || !HAS_DIGIT.test(compact)) continue
    // "Plate:" or "plate no." is a label on its own; a bare "plate" needs a vehicle nearby.
    const labelled = /[:#]|no|number|licen/.test(label[0])
    if (!labelled && !VEHICLE_WORDS.test(doc.before(label.index, VEHICLE_WINDOW))) continue
    found.push({
      type: 'VEHICLE_ID',
      start: plate.index,
      end: plate.index + plate[0].length,
      score: 0.8,
      recognizer: 'vehicle',
      pattern: 'licence plate (labelled)',
      supportingWords: [label[0].trim()],
      contextApplied: true,
    })
  }

  return found
}
