import type { Candidate } from './candidate.js'
import type { ContextRule } from './recognizer.js'
import type { ScanDocument } from './scan-document.js'

/** How much a supporting word raises a score, and the floor it lifts the score to. */
export const CONTEXT_BOOST = 0.35
export const CONTEXT_FLOOR = 0.6
/** How much an opposing word lowers a score. */
export const CONTEXT_PENALTY = 0.4

const DEFAULT_WINDOW_BEFORE = 48

export interface ContextOutcome {
  readonly score: number
  readonly supporting: string[]
  readonly opposing: string[]
}

/** True when `term` occurs in `window` with no letter or digit right before or after it. */
export function hasTerm(window: string, term: string): boolean {
  let from = 0
  for (;;) {
    const at = window.indexOf(term, from)
    if (at === -1) return false

    const before = window.charCodeAt(at - 1)
    const after = window.charCodeAt(at + term.length)
    if (!isWordCode(before) && !isWordCode(after)) return true
    from = at + 1
  }
}

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
}

/**
 * Applies a recognizer's context rule to one candidate: supporting words near it raise the
 * score by CONTEXT_BOOST (and to at least CONTEXT_FLOOR), opposing words lower it by
 * CONTEXT_PENALTY. Returns the new score and the words that decided.
 */
export function applyContext(
  doc: ScanDocument,
  candidate: Candidate,
  rule: ContextRule,
): ContextOutcome {
  const before = doc.before(candidate.start, rule.windowBefore ?? DEFAULT_WINDOW_BEFORE)
  const after = rule.windowAfter ? doc.after(candidate.end, rule.windowAfter) : ''
  const window = after ? `${before} ${after}` : before
  const supporting = rule.supporting.filter((term) => hasTerm(window, term))
  const opposing = (rule.opposing ?? []).filter((term) => hasTerm(window, term))

  let score = candidate.score
  if (supporting.length > 0) score = Math.max(score + CONTEXT_BOOST, CONTEXT_FLOOR)
  if (opposing.length > 0) score -= CONTEXT_PENALTY

  return { score: Math.min(1, Math.max(0, score)), supporting, opposing }
}
