/**
 * Line bounds that look no further than a fixed distance, so that recognizers calling them
 * once per candidate stay linear even on text without line breaks (a minified file, a
 * base64 blob). `ScanDocument.lineStart` and `lineEnd` search without a limit.
 */

/**
 * The start of the line holding `offset`, or `offset - maxBack` when the line starts
 * further back.
 *
 * @example
 * lineStartWithin('ab\ncd', 4, 10) // 3
 */
export function lineStartWithin(text: string, offset: number, maxBack: number): number {
  const limit = Math.max(0, offset - maxBack)
  for (let i = offset - 1; i >= limit; i--) {
    const code = text.charCodeAt(i)
    if (code === 10 || code === 13) return i + 1
  }

  return limit
}

/**
 * The end of the line holding `offset` (the index of its line break), or
 * `offset + maxAhead` when the line ends further on.
 *
 * @example
 * lineEndWithin('ab\ncd', 0, 10) // 2
 */
export function lineEndWithin(text: string, offset: number, maxAhead: number): number {
  const limit = Math.min(text.length, offset + maxAhead)
  for (let i = offset; i < limit; i++) {
    const code = text.charCodeAt(i)
    if (code === 10 || code === 13) return i
  }

  return limit
}
