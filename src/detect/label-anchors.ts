import type { ScanDocument } from './scan-document.js'

/**
 * Where the label words that identifier recognizers start from occur in a document's
 * lower-case text, in text order: "acc" (account, acct), "a/c", "licen" (license, licence),
 * "ndc", and "cell" or "call" (before a number said aloud). Found on first use and kept for
 * the document's lifetime.
 *
 * One search visits every 'c', the letter the words share: 'c' is rarer than their first
 * letters, so this costs less than one search per word (each of which stops at every 'a',
 * 'l' or 'n' of the text).
 */
export interface LabelAnchors {
  readonly acc: readonly number[]
  readonly aSlashC: readonly number[]
  readonly licen: readonly number[]
  readonly ndc: readonly number[]
  readonly cellOrCall: readonly number[]
}

const anchorsByDocument = new WeakMap<ScanDocument, LabelAnchors>()

export function labelAnchorsOf(doc: ScanDocument): LabelAnchors {
  let anchors = anchorsByDocument.get(doc)
  if (!anchors) {
    anchors = findLabelAnchors(doc.lower)
    anchorsByDocument.set(doc, anchors)
  }

  return anchors
}

/**
 * @example
 * findLabelAnchors('acct a/c ndc licence').licen // [13]
 */
export function findLabelAnchors(lower: string): LabelAnchors {
  const acc: number[] = []
  const aSlashC: number[] = []
  const licen: number[] = []
  const ndc: number[] = []
  const cellOrCall: number[] = []
  for (let c = lower.indexOf('c'); c !== -1; c = lower.indexOf('c', c + 1)) {
    if (lower.charCodeAt(c + 2) === 108 /* l */ && isCellOrCall(lower, c)) cellOrCall.push(c)

    const before = lower.charCodeAt(c - 1)
    if (before === 97 /* a */) {
      if (lower.charCodeAt(c + 1) === 99 /* c */) acc.push(c - 1)
    } else if (before === 47 /* / */) {
      if (lower.charCodeAt(c - 2) === 97) aSlashC.push(c - 2)
    } else if (before === 105 /* i */) {
      if (lower.startsWith('en', c + 1) && lower.charCodeAt(c - 2) === 108 /* l */) {
        licen.push(c - 2)
      }
    } else if (before === 100 /* d */ && lower.charCodeAt(c - 2) === 110 /* n */) {
      ndc.push(c - 2)
    }
  }

  return { acc, aSlashC, licen, ndc, cellOrCall }
}

/** "cell" or "call" at `c`, which holds a 'c' followed two places on by an 'l'. */
function isCellOrCall(lower: string, c: number): boolean {
  const vowel = lower.charCodeAt(c + 1)
  const eOrA = vowel === 101 || vowel === 97
  return eOrA && lower.charCodeAt(c + 3) === 108 /* l */
}
