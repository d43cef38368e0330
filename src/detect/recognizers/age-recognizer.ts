import type { Candidate } from '../candidate.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'

// A number from 90 to 129: Safe Harbor keeps ages below 90, so only these are identifiers.
const OLD_AGE = /(?<![\w.,/$#-])(?:9\d|1[0-2]\d)(?=yo\b|y\/o|y\.o\.|[^\w.,/%:-]|[.,-](?!\d)|$)/g
// What follows an age: 92-year-old, 92 years old, 93 yo, 93 y/o, 93 y.o., 101yo.
const AGE_AFTER =
  /^(?:[- ]?(?:years?|yrs?)[- ]?old\b|[- ]?y\/?o\b|[- ]?y\.o\.|[- ]?yo\b| years? of age)/
// What precedes an age: Age: 99, aged 101, age 93, turned 101, at the age of 95.
const AGE_BEFORE = /\b(?:age[ds]?|turned|turns|age of)\s{0,2}:?\s{0,3}$/

/**
 * Ages of 90 and over (HIPAA Safe Harbor), the number only. An age needs its wording: a
 * label before it ("Age:", "aged", "turned") or an age phrase after it ("-year-old", "y/o").
 *
 * @example
 * // 'a 92-year-old woman' -> AGE on '92'; 'a 45-year-old woman' and 'HR 92' give none.
 */
export const ageRecognizer: Recognizer = {
  name: 'age',
  types: ['AGE'],
  patterns: [OLD_AGE, AGE_AFTER, AGE_BEFORE],
  find(doc: ScanDocument): Candidate[] {
    const found: Candidate[] = []
    for (const match of doc.text.matchAll(OLD_AGE)) {
      const end = match.index + match[0].length
      const after = AGE_AFTER.exec(doc.after(end, 16))
      const before = after ? undefined : AGE_BEFORE.exec(doc.before(match.index, 16))
      const cue = after ?? before
      if (!cue) continue

      found.push({
        type: 'AGE',
        start: match.index,
        end,
        score: 0.85,
        recognizer: 'age',
        pattern: after ? 'age (phrase after)' : 'age (label before)',
        supportingWords: [cue[0].trim()],
        contextApplied: true,
      })
    }

    return found
  },
}
