import RE2 from 're2'

import { PhiguardError } from '../../errors.js'

/**
 * Compiles a pattern that came from configuration with RE2, never with JavaScript's RegExp, so
 * matching time stays linear in the text whatever the pattern is (docs/decisions/0001).
 *
 * The result behaves like a global, Unicode RegExp; offsets it reports are UTF-16 offsets into
 * the JavaScript string, like RegExp's.
 *
 * @param owner names the recognizer or exclusion in the error message
 * @param flags any of `i` (ignore case), `m` (^ and $ match at line breaks), `s` (. matches a
 *   line break); `g` and `u` are always added. Default none.
 * @param indices also add `d`, so that matches carry the offsets of their groups
 * @throws PhiguardError PHG_BAD_PATTERN when RE2 rejects the pattern (backreferences,
 *   lookaround, a repeat over 1000), the pattern is empty or a flag is unknown
 * @example
 * compileUserPattern('badge', 'EMP-\\d{6}', 'i').test('emp-004211') // true
 */
export function compileUserPattern(
  owner: string,
  source: string,
  flags = '',
  indices = false,
): RegExp {
  if (!/^[ims]*$/.test(flags)) {
    throw new PhiguardError(
      'PHG_BAD_PATTERN',
      `pattern of "${owner}" has unknown flags "${flags}": use i, m or s`,
    )
  }
  if (source.length === 0) {
    throw new PhiguardError('PHG_BAD_PATTERN', `pattern of "${owner}" is empty`)
  }

  try {
    return new RE2(source, `${flags}gu${indices ? 'd' : ''}`)
  } catch (error) {
    // RE2's own message names the construct it refused ("invalid perl operator: (?=").
    const reason = error instanceof Error ? error.message : String(error)
    throw new PhiguardError(
      'PHG_BAD_PATTERN',
      `pattern of "${owner}" is not supported by RE2: ${reason}` +
        ' (backreferences and lookaround are not available)',
      { cause: error },
    )
  }
}

/** How many capture groups a compiled pattern has. */
export function groupCount(pattern: RegExp): number {
  // An empty alternative matches the empty string, and the match lists every group.
  const probe = new RE2(`${pattern.source}|`, 'u').exec('')
  return probe === null ? 0 : probe.length - 1
}

/** Escapes `text` so that RE2 matches it literally. */
export function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
