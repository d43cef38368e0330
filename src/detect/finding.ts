import type { EntityKind, EntityType } from './entity-types.js'

/**
 * Why a finding was reported: which recognizer and pattern proposed it, what its validator
 * said, and which nearby words moved its score. It never holds the matched text.
 */
export interface Explanation {
  readonly recognizer: string
  readonly pattern: string
  /** Score the pattern gave before validation and context. */
  readonly baseScore: number
  /** The checksum or rule check that ran, if the type has one. */
  readonly validator?: { readonly name: string; readonly passed: boolean }
  /** Context words found near the match that raised the score. */
  readonly supportingWords: readonly string[]
  /** Context words found near the match that lowered the score. */
  readonly opposingWords: readonly string[]
  /** Net change that context made to the score. */
  readonly contextDelta: number
  /** Set when the match was found inside decoded content (base64 run). */
  readonly decodedFrom?: 'base64'
}

/**
 * One piece of PHI or health information found in text.
 *
 * `start` and `end` are UTF-16 offsets into the text that was scanned, end exclusive, even
 * when the match was found after normalising or decoding that text.
 *
 * @example
 * scan('SSN 123-45-6789').findings
 * // [{ type: 'SSN', kind: 'identifier', start: 4, end: 15, score: 1, explanation: {...} }]
 */
export interface Finding {
  readonly type: EntityType
  readonly kind: EntityKind
  readonly start: number
  readonly end: number
  /** Confidence from 0 to 1. */
  readonly score: number
  readonly explanation: Explanation
}
