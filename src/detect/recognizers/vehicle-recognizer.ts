import type { Candidate } from '../candidate.js'
import { isDigitCode, isUpperCode } from '../char-codes.js'
import { DIGIT_RUN_PATTERN, digitRunsOf } from '../digit-runs.js'
import { labelAnchorsOf } from '../label-anchors.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'
import { isValidVin } from '../validators/vin.js'

// Seventeen capitals and digits. A VIN holds a digit, so the tokens of capitals and digits
// are read around the document's digit runs (see digit-runs.ts); one of exactly seventeen
// is read with this pattern. The letters a VIN never holds (I, O, Q) are left to the validator.
const VIN_LIKE = /[A-Z\d]{17}/y
const HAS_LETTER = /[A-Z]/
const HAS_DIGIT = /\d/
// A plate label ("plate", "license plate no.", "licence tag #"), read in place on the
// lower-case text where "plate" or "licen" stands (see label-anchors.ts).
const PLATE_LABEL = /\b(?:plate|licen[cs]e tag)(?: number| no\.?| #)?[:#]?[ \t]{1,3}/y
// Words that put a bare "plate" in a vehicle's company rather than a kitchen's.
const VEHICLE_WORDS =
  /\b(?:vin|vehicle|car|auto|truck|motorcycle|van|registration|dmv|licen[cs]e|make|model)\b/
const VEHICLE_WINDOW = 80
// "VIN:" right before seventeen characters, read on the lower-case text before them.
const VIN_LABEL_BEFORE = /\bvin\b[ #:.]{0,4}$/
// The plate itself, read at the end of the label: one or two groups of capitals and digits.
// A state's code before the plate ("plate: AZ CJK4471") names where it was issued; the
// plate is what follows.
const STATE_BEFORE_PLATE =
  /(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])[ -](?=[A-Z\d]{4,8}(?![\w-]))/y
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
    DIGIT_RUN_PATTERN,
    VIN_LIKE,
    HAS_LETTER,
    HAS_DIGIT,
    PLATE_LABEL,
    PLATE_VALUE,
    STATE_BEFORE_PLATE,
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
  const { text } = doc
  const runs = digitRunsOf(doc)
  const found: Candidate[] = []
  let readTo = 0
  for (let i = 0; i < runs.count; i++) {
    let start = runs.starts[i] ?? 0
    let end = runs.ends[i] ?? 0
    // Most runs stand alone ("500 mg"): then the run is the whole token.
    const alone = !isVinCode(text.charCodeAt(start - 1)) && !isVinCode(text.charCodeAt(end))
    if ((alone && end - start !== 17) || start < readTo) continue

    // The whole token of capitals and digits around the run: a VIN is one of exactly 17.
    while (start > 0 && isVinCode(text.charCodeAt(start - 1))) start--
    while (isVinCode(text.charCodeAt(end))) end++
    readTo = end
    if (end - start !== 17) continue
    if (isWordOrDash(text.charCodeAt(start - 1)) || isWordOrDash(text.charCodeAt(end))) continue

    VIN_LIKE.lastIndex = start
    const vin = VIN_LIKE.exec(text)?.[0]
    if (vin === undefined || !HAS_LETTER.test(vin)) continue

    const valid = isValidVin(vin)
    // VINs outside North America carry no check digit; a "VIN" label still vouches for them.
    if (!valid && !VIN_LABEL_BEFORE.test(doc.before(start, 12))) continue
    found.push({
      type: 'VEHICLE_ID',
      start,
      end,
      score: valid ? 0.6 : 0.5,
      recognizer: 'vehicle',
      pattern: valid ? 'vin (check digit)' : 'vin (labelled, no check digit)',
      validator: { name: 'vin-check-digit', passed: valid },
    })
  }

  return found
}

/** Where "plate" or "licen" occurs, in text order: where a plate label may start. */
function plateLabelStarts(doc: ScanDocument): number[] {
  const { lower } = doc
  const starts: number[] = []
  for (let at = lower.indexOf('plate'); at !== -1; at = lower.indexOf('plate', at + 5)) {
    starts.push(at)
  }
  const plates = starts.length
  for (const at of labelAnchorsOf(doc).licen) {
    // "license tag" and "licence tag" only.
    if (lower.startsWith('e tag', at + 6)) starts.push(at)
  }

  return starts.length === plates ? starts : starts.sort((a, b) => a - b)
}

function isVinCode(code: number): boolean {
  return isUpperCode(code) || isDigitCode(code)
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
  const { lower } = doc
  const found: Candidate[] = []
  let readTo = 0
  for (const at of plateLabelStarts(doc)) {
    if (at < readTo) continue

    PLATE_LABEL.lastIndex = at
    const label = PLATE_LABEL.exec(lower)
    if (!label) continue

    readTo = PLATE_LABEL.lastIndex
    STATE_BEFORE_PLATE.lastIndex = readTo
    PLATE_VALUE.lastIndex = STATE_BEFORE_PLATE.test(doc.text)
      ? STATE_BEFORE_PLATE.lastIndex
      : readTo
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
