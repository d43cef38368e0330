import { readFileSync } from 'node:fs'

import type { Candidate } from '../candidate.js'
import type { HealthType } from '../entity-types.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'
import { termPattern } from '../term-pattern.js'

const LISTS: ReadonlyArray<{ readonly file: string; readonly type: HealthType }> = [
  { file: 'conditions.txt', type: 'DIAGNOSIS' },
  { file: 'medications.txt', type: 'MEDICATION' },
]

const SCORE_TERM = 0.75

interface Vocabulary {
  readonly pattern: RegExp
  readonly types: ReadonlyMap<string, HealthType>
}

let vocabulary: Vocabulary | undefined

/**
 * Diagnoses and medications named in text, from the word lists in data/health/ (a few
 * hundred common conditions and drugs, matched case-insensitively on word boundaries; the
 * longest phrase wins, so "osteoarthritis of the knee" is one finding).
 *
 * These are health information, not identifiers: with an identifier they make a document PHI.
 *
 * @example
 * 'Hx of type 2 diabetes mellitus on metformin' // DIAGNOSIS [6, 30), MEDICATION [34, 43)
 */
export const healthTermRecognizer: Recognizer = {
  name: 'health-term',
  types: ['DIAGNOSIS', 'MEDICATION'],
  get patterns(): readonly RegExp[] {
    return [loadVocabulary().pattern]
  },
  find(doc: ScanDocument): Candidate[] {
    const { pattern, types } = loadVocabulary()
    const found: Candidate[] = []
    pattern.lastIndex = 0

    for (let match = pattern.exec(doc.lower); match; match = pattern.exec(doc.lower)) {
      const type = types.get(match[0])
      if (!type) continue

      found.push({
        type,
        start: match.index,
        end: match.index + match[0].length,
        score: SCORE_TERM,
        recognizer: 'health-term',
        pattern: type === 'DIAGNOSIS' ? 'condition list' : 'medication list',
      })
    }

    return found
  },
}

function loadVocabulary(): Vocabulary {
  if (vocabulary) return vocabulary

  const types = new Map<string, HealthType>()
  for (const { file, type } of LISTS) {
    const url = new URL(`../../../data/health/${file}`, import.meta.url)
    for (const line of readFileSync(url, 'utf8').split('\n')) {
      const term = line.trim().toLowerCase()
      if (term === '' || term.startsWith('#')) continue

      types.set(term, type)
      // Word processors turn "Crohn's" into "Crohn’s".
      if (term.includes("'")) types.set(term.replaceAll("'", '\u2019'), type)
    }
  }
  vocabulary = { pattern: termPattern([...types.keys()]), types }

  return vocabulary
}
