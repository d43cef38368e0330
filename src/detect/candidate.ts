import type { EntityType } from './entity-types.js'

/**
 * A match proposed by a recognizer, before context scoring and overlap resolution.
 * Offsets are into the normalised text that recognizers see.
 */
export interface Candidate {
  type: EntityType
  start: number
  end: number
  score: number
  recognizer: string
  pattern: string
  validator?: { name: string; passed: boolean }
  /** Words the recognizer itself used to decide (for example a label before an ID). */
  supportingWords?: string[]
  /** When true the context stage leaves the score alone: the recognizer already used it. */
  contextApplied?: boolean
}
