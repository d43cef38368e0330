import type { EntityType } from '../entity-types.js'
import type { Exclusion } from '../exclusion.js'
import { normalise } from '../normalise.js'
import { mapSpan } from '../offset-map.js'
import { compileUserPattern, escapeForPattern } from './user-pattern.js'

/** A value that is never reported, optionally only as some types. */
export interface AllowedValue {
  readonly value: string
  /** Only findings of these types are dropped. Default: every type. */
  readonly types?: readonly EntityType[] | undefined
}

/**
 * A region of text inside which findings are dropped: a standard e-mail footer, a letterhead.
 * Give either `pattern` (RE2 syntax) or `text` (a literal paragraph; case and the amount of
 * white space between words do not matter).
 */
export interface Boilerplate {
  readonly pattern?: string | undefined
  /** Flags for `pattern`: `i`, `m`, `s`. Default none. */
  readonly flags?: string | undefined
  readonly text?: string | undefined
  /** Only findings of these types are dropped inside the region. Default: every type. */
  readonly types?: readonly EntityType[] | undefined
}

export interface AllowListOptions {
  /** Name used in error messages. Default 'allow-list'. */
  readonly name?: string | undefined
  /** Values never reported: the organisation's switchboard number, its own address. */
  readonly values?: ReadonlyArray<string | AllowedValue> | undefined
  readonly boilerplate?: readonly Boilerplate[] | undefined
}

interface Region {
  readonly start: number
  readonly end: number
}

/**
 * The form allowed values are compared in: the digits alone when the value has digits and no
 * letters ("(555) 010-0000" -> "5550100000"), otherwise lower case with white space collapsed.
 * The detector's normalisation runs first, so disguised forms compare alike.
 *
 * @example allowKey('+1 (555) 010-0000') // '15550100000'
 */
export function allowKey(value: string): string {
  const text = normalise(value).text
  if (/\d/.test(text) && !/\p{L}/u.test(text)) return text.replace(/[^0-9]+/g, '')

  return text.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ')
}

/**
 * Builds an exclusion from an allow list of values and boilerplate regions.
 *
 * A finding is dropped when its text, in allowKey form, equals an allowed value of a matching
 * type, or when it lies wholly inside a boilerplate region of a matching type.
 *
 * @throws PhiguardError PHG_BAD_PATTERN when a boilerplate pattern is not valid RE2
 * @example
 * const allow = allowList({ values: ['555-010-0000'], boilerplate: [{ text: FOOTER }] })
 * new Detector({ exclusions: [allow] }).scan('Call (555) 010-0000').findings // []
 */
export function allowList(options: AllowListOptions): Exclusion {
  const name = options.name ?? 'allow-list'
  const values = new Map<string, ReadonlySet<EntityType> | undefined>()
  for (const entry of options.values ?? []) {
    const { value, types } = typeof entry === 'string' ? { value: entry, types: undefined } : entry
    const key = allowKey(value)
    if (key === '') continue

    // A value listed once for every type stays allowed for every type.
    const earlier = values.get(key)
    const everyType = types === undefined || (values.has(key) && earlier === undefined)
    values.set(key, everyType ? undefined : new Set([...(earlier ?? []), ...types]))
  }

  const regions = (options.boilerplate ?? []).map((entry, i) => ({
    pattern: boilerplatePattern(`${name} boilerplate ${i + 1}`, entry),
    types: entry.types ? new Set(entry.types) : undefined,
  }))

  return {
    name,
    prepare(text: string) {
      const found = regions.map(({ pattern, types }) => ({
        types,
        spans: regionsIn(text, pattern),
      }))

      return (start, end, type) => {
        if (values.size > 0) {
          const key = allowKey(text.slice(start, end))
          if (values.has(key)) {
            const types = values.get(key)
            if (types === undefined || types.has(type)) return true
          }
        }

        return found.some(
          (region) =>
            (region.types === undefined || region.types.has(type)) &&
            covers(region.spans, start, end),
        )
      }
    },
  }
}

function boilerplatePattern(owner: string, entry: Boilerplate): RegExp {
  if ((entry.pattern === undefined) === (entry.text === undefined)) {
    throw new TypeError(`${owner} needs exactly one of pattern and text`)
  }
  if (entry.pattern !== undefined) return compileUserPattern(owner, entry.pattern, entry.flags)

  const words = normalise(entry.text ?? '')
    .text.trim()
    .split(/\s+/)
  return compileUserPattern(owner, words.map(escapeForPattern).join('\\s+'), 'i')
}

/** Where `pattern` matches the text, after the detector's normalisation, in original offsets. */
function regionsIn(text: string, pattern: RegExp): Region[] {
  const normalised = normalise(text)
  const spans: Region[] = []
  for (const match of normalised.text.matchAll(pattern)) {
    if (match[0].length === 0) continue

    const at = match.index
    const [start, end] = mapSpan(normalised.map, at, at + match[0].length)
    spans.push({ start, end })
  }

  return spans
}

/** Whether one of `spans` (sorted, not overlapping) holds all of `[start, end)`. */
function covers(spans: readonly Region[], start: number, end: number): boolean {
  let low = 0
  let high = spans.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (spans[mid]!.start <= start) low = mid + 1
    else high = mid
  }
  const candidate = spans[low - 1]

  return candidate !== undefined && candidate.end >= end
}
