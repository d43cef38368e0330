import type { Finding } from './finding.js'

/**
 * What a document holds, as HIPAA sees it: `phi` when it has an identifier and health
 * information, `pii` when it has identifiers only, `none` otherwise.
 *
 * Organisation names narrow identity but are not Safe Harbor identifiers, so they alone do
 * not make a document PII.
 */
export type Verdict = 'phi' | 'pii' | 'none'

export function verdictOf(findings: readonly Finding[]): Verdict {
  let identifier = false
  let health = false
  for (const finding of findings) {
    if (finding.kind === 'health') health = true
    else if (finding.type !== 'ORGANIZATION') identifier = true
    if (identifier && health) return 'phi'
  }

  return identifier ? 'pii' : 'none'
}
