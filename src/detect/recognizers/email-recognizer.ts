import type { Candidate } from '../candidate.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'

// The domain after '@': dot-separated labels and an alphabetic top-level domain.
const DOMAIN = /(?:[A-Za-z\d](?:[A-Za-z\d-]{0,61}[A-Za-z\d])?\.){1,8}[A-Za-z]{2,24}(?![\w-])/y
const MAX_LOCAL_PART = 64

/**
 * E-mail addresses. The scan jumps from one '@' to the next, reads the domain forward with a
 * pattern and the local part backward over the characters mail systems accept in practice
 * (letters, digits and `. _ % + -`; HL7 and markup delimiters end it). Addresses at the
 * documentation domains (example.com) are reported too: test data is often real-shaped.
 *
 * @example 'From: Ann Lee <ann.lee@clinic.org>' -> EMAIL over 'ann.lee@clinic.org'
 */
export const emailRecognizer: Recognizer = {
  name: 'email',
  types: ['EMAIL'],
  patterns: [DOMAIN],
  find(doc: ScanDocument): Candidate[] {
    const text = doc.text
    const found: Candidate[] = []
    for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
      const start = localPartStart(text, at)
      if (start === at) continue

      DOMAIN.lastIndex = at + 1
      const domain = DOMAIN.exec(text)
      if (!domain) continue

      found.push({
        type: 'EMAIL',
        start,
        end: DOMAIN.lastIndex,
        score: 0.9,
        recognizer: 'email',
        pattern: 'email (local@domain.tld)',
      })
    }

    return found
  },
}

/** Where the local part before the '@' at `at` begins (`at` itself when there is none). */
function localPartStart(text: string, at: number): number {
  const limit = Math.max(0, at - MAX_LOCAL_PART)
  let start = at
  while (start > limit && isLocalPartCode(text.charCodeAt(start - 1))) start--
  // A local part never starts with a dot ("see:.ann@x.org" is "ann@x.org").
  while (start < at && text.charCodeAt(start) === 46) start++

  return start
}

function isLocalPartCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || // a-z
    (code >= 65 && code <= 90) || // A-Z
    (code >= 48 && code <= 57) || // 0-9
    code === 46 || // .
    code === 95 || // _
    code === 37 || // %
    code === 43 || // +
    code === 45 // -
  )
}
