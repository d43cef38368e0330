import type { ScanDocument } from '../scan-document.js'

/**
 * The lower-case text that labels the identifier starting at `start`: up to `window`
 * characters before it, cut after the last digit so that the label of a previous number on
 * the same line does not count ("Tel 312-555-0199 | Fax " -> " | fax ").
 *
 * @param window characters to look back, before the cut
 */
export function labelBefore(doc: ScanDocument, start: number, window: number): string {
  const before = doc.before(start, window)
  let cut = before.length
  while (cut > 0 && !isDigitCode(before.charCodeAt(cut - 1))) cut--

  return before.slice(cut)
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57
}
