import { readFileSync } from 'node:fs'

/**
 * Street suffixes, US states and well-known US cities, loaded once from data/places/ on first
 * use. See data/places/SOURCE.md for where the lists come from.
 */
export interface PlaceLexicon {
  /** True for a USPS street suffix or its abbreviation ("Street", "St", "Blvd."), any case. */
  isStreetSuffix(word: string): boolean
  /** True for a USPS two-letter state or territory code, upper case only ("TX", not "tx"). */
  isStateCode(word: string): boolean
  /**
   * True when the two characters of `text` at `at` are a state code: isStateCode of that
   * slice, without making the slice (it runs at every capital after a comma).
   */
  isStateCodeAt(text: string, at: number): boolean
  /** True for a state or territory name ("Texas", "New York"), any case. */
  isStateName(name: string): boolean
  /** True for a city on the list of well-known US cities ("Fort Wayne"), any case. */
  isKnownCity(name: string): boolean
  /** Every state and territory name, in lower case ("texas", "new york"). */
  readonly stateNames: readonly string[]
}

const DATA = new URL('../../../data/places/', import.meta.url)

let lexicon: PlaceLexicon | undefined

/**
 * The shared place lexicon.
 *
 * @example
 * placeLexicon().isStreetSuffix('Blvd.') // true
 * placeLexicon().isStateCode('TX')       // true
 * placeLexicon().isKnownCity('fort wayne') // true
 */
export function placeLexicon(): PlaceLexicon {
  if (lexicon) return lexicon

  const suffixes = new Set(entries('street-suffixes.txt').map(placeKey))
  const codes = new Set<string>()
  const stateNames = new Set<string>()
  for (const entry of entries('us-states.txt')) {
    const space = entry.indexOf(' ')
    codes.add(entry.slice(0, space))
    stateNames.add(placeKey(entry.slice(space + 1)))
  }
  const cities = new Set(entries('us-cities.txt').map(placeKey))
  const codeTable = new Uint8Array(26 * 26)
  for (const code of codes) codeTable[capitalPairIndex(code, 0)] = 1
  lexicon = {
    isStreetSuffix: (word) => suffixes.has(placeKey(word)),
    isStateCode: (word) => codes.has(word),
    isStateCodeAt: (text, at) => {
      const index = capitalPairIndex(text, at)
      return index !== -1 && codeTable[index] === 1
    },
    isStateName: (name) => stateNames.has(placeKey(name)),
    isKnownCity: (name) => cities.has(placeKey(name)),
    stateNames: [...stateNames],
  }

  return lexicon
}

/** The two capitals A-Z at `at` as a number below 26 * 26, or -1 for anything else. */
function capitalPairIndex(text: string, at: number): number {
  const first = text.charCodeAt(at) - 65
  const second = text.charCodeAt(at + 1) - 65
  // NaN past the end of the text fails both tests.
  if (!(first >= 0 && first < 26 && second >= 0 && second < 26)) return -1

  return first * 26 + second
}

/** The lookup key of a place word: lower case, without a final period. */
function placeKey(word: string): string {
  const lower = word.toLowerCase()
  return lower.endsWith('.') ? lower.slice(0, -1) : lower
}

function entries(file: string): string[] {
  return readFileSync(new URL(file, DATA), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}
