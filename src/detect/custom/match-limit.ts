import { LimitExceededError } from '../../errors.js'

/**
 * Most matches one custom recognizer may produce in one scan. The detector's own maxFindings
 * check runs only after every recognizer, so a pattern that matches almost everywhere in a
 * large text would otherwise fill memory first. Same as the detector's default maxFindings.
 */
export const DEFAULT_MAX_MATCHES = 1_000_000

/**
 * The error a custom recognizer throws past its match bound: the scan fails closed with
 * PHG_TOO_MANY_FINDINGS rather than returning the matches found so far.
 */
export function tooManyMatches(owner: string, max: number): LimitExceededError {
  return new LimitExceededError(
    'PHG_TOO_MANY_FINDINGS',
    'maxFindings',
    max,
    `recognizer "${owner}" produced more than ${max} matches`,
  )
}
