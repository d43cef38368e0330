import type { Candidate } from './candidate.js'
import type { EntityType } from './entity-types.js'
import type { ScanDocument } from './scan-document.js'

/**
 * Words near a match that make it more or less likely to be the type it looks like.
 * Words are lower case; a phrase of several words matches as a whole.
 */
export interface ContextRule {
  /** Words that raise the score ("mrn", "dob", "ssn"). */
  readonly supporting: readonly string[]
  /** Words that lower the score ("order", "invoice", "version"). */
  readonly opposing?: readonly string[]
  /** Characters to look at before the match. Default 48. */
  readonly windowBefore?: number
  /** Characters to look at after the match. Default 0. */
  readonly windowAfter?: number
}

/**
 * Finds candidates of one family of types in a document.
 *
 * A recognizer proposes matches with a base score; the detector then applies the context
 * rule, drops low scores and resolves overlaps. Recognizers must run in time linear in the
 * text: patterns are written without nested or overlapping quantifiers (see
 * test/detect/pathological.test.ts).
 */
export interface Recognizer {
  /** Stable name, recorded in every finding's explanation. */
  readonly name: string
  readonly types: readonly EntityType[]
  readonly context?: ContextRule
  /**
   * Every regular expression the recognizer runs over text, so that a test can prove each one
   * free of catastrophic backtracking (test/detect/pattern-safety.test.ts).
   */
  readonly patterns: readonly RegExp[]
  /**
   * Runs after every recognizer without `late` has run, and may read the candidates found so
   * far (used to find again, elsewhere in the document, a name that was found with confidence).
   */
  readonly late?: boolean
  find(doc: ScanDocument, earlier: readonly Candidate[]): Candidate[]
}
