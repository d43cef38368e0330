/**
 * The matches of a pattern found without a pass of it over the whole text. The caller finds
 * the places where a match may start from a word every match holds, which costs far less than
 * a pattern tried at every position, and the pattern is tried (sticky) only there.
 */

/**
 * What a global pass of `pattern` over `text` would match, in text order and without
 * overlaps, given ascending `starts` that hold the start of every match plus `offset`.
 * `pattern` must be sticky and never match the empty string. A start given twice is tried once.
 *
 * @example
 * anchoredMatches('ZIP 78701, Zip: 10001', /\b(?:ZIP|Zip):? (\d{5})/y, [0, 11])
 * // two matches, at 0 and 11
 */
export function anchoredMatches(
  text: string,
  pattern: RegExp,
  starts: readonly number[],
  offset = 0,
): RegExpExecArray[] {
  const matches: RegExpExecArray[] = []
  // A match may run over later starts ("City: Salt Lake City"): a global pass goes on after it.
  let end = 0
  let tried = -1
  for (const at of starts) {
    const start = at - offset
    if (start < end || start < 0 || start === tried) continue

    tried = start
    pattern.lastIndex = start
    const match = pattern.exec(text)
    if (!match) continue
    matches.push(match)
    end = pattern.lastIndex
  }

  return matches
}
