import { Detector } from '../../src/detect/detector.js'
import type { Recognizer } from '../../src/detect/recognizer.js'

/** A finding as tests compare it: the type and the text it covers. */
export interface FoundValue {
  readonly type: string
  readonly value: string
}

/**
 * Scans `text` with one recognizer through the whole pipeline (context, threshold, overlap
 * resolution), so that a test sees what a user would see from that recognizer alone.
 */
export function findWith(recognizer: Recognizer, text: string): FoundValue[] {
  const detector = new Detector({ builtIns: false, recognizers: [recognizer] })

  return detector.scan(text).findings.map((finding) => ({
    type: finding.type,
    value: text.slice(finding.start, finding.end),
  }))
}
