import { PhiguardError } from '../../errors.js'
import type { Candidate } from '../candidate.js'
import type { EntityType } from '../entity-types.js'
import type { ContextRule, Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'
import { DEFAULT_MAX_MATCHES, tooManyMatches } from './match-limit.js'
import { compileUserPattern, groupCount } from './user-pattern.js'
import { VALIDATORS, VALIDATOR_NAMES, type NamedValidator } from './validator-registry.js'

/** A pattern an organisation adds for its own identifiers (badge numbers, local MRNs). */
export interface RegexRecognizerOptions {
  /** Stable name, recorded in every finding's explanation. */
  readonly name: string
  readonly type: EntityType
  /** RE2 syntax: no backreferences or lookaround. */
  readonly pattern: string
  /** `i` to ignore case (also `m`, `s`). Default none. */
  readonly flags?: string | undefined
  /** Base score from 0 to 1, before context words. Default 0.6. */
  readonly score?: number | undefined
  /** Report only this capture group (1-based), e.g. the number after a label. Default 0. */
  readonly group?: number | undefined
  /** Words near a match that raise or lower its score. */
  readonly context?: ContextRule | undefined
  /** A check from the validator registry ('luhn', 'npi', ...); failing matches are dropped. */
  readonly validator?: string | undefined
  /**
   * Most matches one scan may produce before it fails with PHG_TOO_MANY_FINDINGS, so that a
   * pattern matching almost everywhere cannot exhaust memory. Default 1,000,000.
   */
  readonly maxMatches?: number | undefined
}

const DEFAULT_SCORE = 0.6

/**
 * Builds a recognizer from a user pattern, compiled with RE2 so that it runs in linear time.
 *
 * @throws PhiguardError PHG_BAD_PATTERN when RE2 rejects the pattern or `group` does not exist,
 *   PHG_BAD_CONFIG when `validator` is not in the registry
 * @example
 * const badge = regexRecognizer({ name: 'badge', type: 'OTHER_ID', pattern: 'EMP-\\d{6}' })
 * new Detector({ recognizers: [badge] }).scan('badge EMP-004211').findings[0].start // 6
 */
export function regexRecognizer(options: RegexRecognizerOptions): Recognizer {
  const { name, type, group = 0 } = options
  const score = options.score ?? DEFAULT_SCORE
  const maxMatches = options.maxMatches ?? DEFAULT_MAX_MATCHES
  if (!(score >= 0 && score <= 1)) throw new TypeError(`score of "${name}" must be 0 to 1`)

  const pattern = compileUserPattern(name, options.pattern, options.flags, group > 0)
  const groups = groupCount(pattern)
  if (!Number.isInteger(group) || group < 0 || group > groups) {
    throw new PhiguardError(
      'PHG_BAD_PATTERN',
      `pattern of "${name}" has ${groups} groups, so group ${group} does not exist`,
    )
  }
  const validator = lookUpValidator(name, options.validator)
  const patternName = `${name} (custom regex)`

  return {
    name,
    types: [type],
    patterns: [pattern],
    ...(options.context ? { context: options.context } : {}),
    find(doc: ScanDocument): Candidate[] {
      const found: Candidate[] = []
      for (const match of doc.text.matchAll(pattern)) {
        const span = group === 0 ? spanOf(match) : match.indices?.[group]
        // A zero-length match or an optional group that did not take part marks nothing.
        if (span === undefined || span[1] <= span[0]) continue
        const passed = validator?.check(doc.text.slice(span[0], span[1]))
        if (passed === false) continue

        if (found.length >= maxMatches) throw tooManyMatches(name, maxMatches)
        found.push({
          type,
          start: span[0],
          end: span[1],
          score,
          recognizer: name,
          pattern: patternName,
          ...(validator ? { validator: { name: validator.name, passed: true } } : {}),
        })
      }

      return found
    },
  }
}

function spanOf(match: RegExpMatchArray): [number, number] {
  const start = match.index ?? 0
  return [start, start + match[0].length]
}

function lookUpValidator(owner: string, name: string | undefined): NamedValidator | undefined {
  if (name === undefined) return undefined

  const validator = VALIDATORS.get(name)
  if (validator === undefined) {
    throw new PhiguardError(
      'PHG_BAD_CONFIG',
      `recognizer "${owner}" names unknown validator "${name}"; ` +
        `known: ${VALIDATOR_NAMES.join(', ')}`,
    )
  }

  return validator
}
