import type { Candidate } from '../candidate.js'

/** The recognizer name on every person candidate but echoes. */
export const PERSON_RECOGNIZER = 'person'

/** The score of a name with a cue: a title, label, credential, relation or greeting. */
export const PERSON_CUED = 0.9

/**
 * A person candidate whose score already accounts for context (the recognizer looked at the
 * cues itself). `cue` is the kind of cue that decided, recorded as the supporting word; the
 * matched text is never recorded.
 */
export function personCandidate(
  start: number,
  end: number,
  score: number,
  pattern: string,
  cue?: string,
): Candidate {
  return {
    type: 'PERSON',
    start,
    end,
    score,
    recognizer: PERSON_RECOGNIZER,
    pattern,
    contextApplied: true,
    ...(cue ? { supportingWords: [cue] } : {}),
  }
}
