import { readFileSync } from 'node:fs'

import { CREDENTIALS, CUE_WORD_KEYS, ROLE_TITLES, TITLES } from './name-cues.js'
import { AMBIGUOUS_NAMES, NOT_A_NAME, US_STATES } from './name-stop-list.js'
import {
  KNOWN_ORGANIZATIONS,
  ORGANIZATION_HEADS,
  ORGANIZATION_MODIFIERS,
  PLACE_PREFIXES,
} from './organization-words.js'
import { keyOf, WordTable } from './word-table.js'

/** What a word is, as bits of NameWords.flags. */
export const Flag = {
  /** A common word that is not a name (NOT_A_NAME, a role title or a cue word; not ambiguous). */
  Stop: 1,
  /** A name that is also an everyday word (AMBIGUOUS_NAMES). */
  Ambiguous: 2,
  Title: 4,
  Credential: 8,
  /** Ends an organisation name ("Hospital"). */
  OrganizationHead: 16,
  /** May stand inside an organisation name ("Regional"). */
  OrganizationModifier: 32,
  /** A name particle ("Van", "De"). */
  Particle: 64,
  /** A word of a US state name ("Texas" in "Blue Cross Blue Shield of Texas"). */
  State: 128,
  /** A place word that may begin an organisation name ("Fort", "Lake", "New"). */
  PlacePrefix: 256,
  /** In NOT_A_NAME, whether or not it is also ambiguous. */
  NotAName: 512,
  /** The first word of a known payer, pharmacy or employer name ("Blue", "Walgreens"). */
  KnownOrganization: 1024,
  /** Written with a period before a name: "St.", "Dr.", "Jr.". */
  Abbreviation: 2048,
  /** A job title written before a name ("Trooper", "Nurse", "Landlord"): ROLE_TITLES. */
  Role: 4096,
} as const

/** Lower-case name particles: "van" in "Van der Berg". */
export const PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'la',
  'le',
  'da',
  'di',
  'du',
  'dos',
  'das',
  'ten',
  'ter',
  'bin',
  'ibn',
  'al',
  'el',
  'van der',
  'van den',
  'de la',
  'de los',
  'von der',
])

const ABBREVIATIONS = [
  'st',
  'dr',
  'drs',
  'mr',
  'mrs',
  'ms',
  'mx',
  'prof',
  'jr',
  'sr',
  'ft',
  'mt',
  'br',
  'fr',
]

/**
 * Every word the name recognizers know, in two tables: the listed words (stop words, titles,
 * credentials, organisation words ...) with their Flag bits, looked up for every capitalised
 * word, and the census given names and surnames with their rank, looked up only where a rank
 * decides. The small table stays in the processor's cache; the census table would not.
 */
export interface NameWords {
  readonly listed: WordTable
  /** Flag bits by id in `listed`. */
  readonly flags: Uint16Array
  readonly names: WordTable
  /** Rank of the given name by id in `names` (1 = most common), or 0. */
  readonly givenRank: Int32Array
  /** Rank of the surname by id in `names`, or 0. */
  readonly surnameRank: Int32Array
}

const DATA = new URL('../../../data/names/', import.meta.url)

let words: NameWords | undefined

/**
 * The shared tables of name words, loaded from data/names/ and the word lists on first use.
 * See data/names/SOURCE.md for where the name lists come from.
 *
 * @example
 * const words = nameWords()
 * words.givenRank[words.names.idOf('mary')] // 2
 * words.flags[words.listed.idOf('hospital')] & Flag.OrganizationHead // 16
 */
export function nameWords(): NameWords {
  if (words) return words

  const given = keysIn(['first-names.txt', 'given-names-extra.txt'])
  const surnames = keysIn(['surnames.txt'])
  const names = new WordTable()
  for (const list of [given, surnames]) for (const key of list) names.add(key)
  const listed = new WordTable()
  const marks = flagLists()
  for (const [list] of marks) for (const key of list) listed.add(key)

  words = {
    listed,
    flags: flagsOf(listed, marks),
    names,
    givenRank: ranksOf(names, given),
    surnameRank: ranksOf(names, surnames),
  }
  return words
}

/** The keys of the names in `files`, in file order, repeats included. */
function keysIn(files: readonly string[]): string[] {
  const keys: string[] = []
  for (const file of files) {
    for (const line of readFileSync(new URL(file, DATA), 'utf8').split('\n')) {
      const name = line.trim()
      if (name !== '' && !name.startsWith('#')) keys.push(keyOf(name))
    }
  }

  return keys
}

/** Rank by id: the first mention of each key counts, as 1, 2, 3 ... */
function ranksOf(table: WordTable, keys: readonly string[]): Int32Array {
  const ranks = new Int32Array(table.size)
  let rank = 0
  for (const key of keys) {
    const id = table.idOf(key)
    if (ranks[id] === 0) ranks[id] = ++rank
  }

  return ranks
}

function flagLists(): Array<[Iterable<string>, number]> {
  const knownFirstWords = KNOWN_ORGANIZATIONS.map((name) => name.split(' ')[0]!)

  return [
    [NOT_A_NAME, Flag.Stop | Flag.NotAName],
    [ROLE_TITLES, Flag.Stop | Flag.Role],
    [CUE_WORD_KEYS, Flag.Stop],
    [TITLES, Flag.Title],
    [CREDENTIALS, Flag.Credential],
    [ORGANIZATION_HEADS, Flag.OrganizationHead],
    [ORGANIZATION_MODIFIERS, Flag.OrganizationModifier],
    [PARTICLES, Flag.Particle],
    [US_STATES, Flag.State],
    [PLACE_PREFIXES, Flag.PlacePrefix],
    [knownFirstWords, Flag.KnownOrganization],
    [ABBREVIATIONS, Flag.Abbreviation],
    [AMBIGUOUS_NAMES, Flag.Ambiguous],
  ]
}

function flagsOf(table: WordTable, marks: Array<[Iterable<string>, number]>): Uint16Array {
  const flags = new Uint16Array(table.size)
  for (const [list, flag] of marks) for (const key of list) flags[table.idOf(key)]! |= flag
  // An everyday-word name is never a plain stop word.
  for (const key of AMBIGUOUS_NAMES) flags[table.idOf(key)]! &= ~Flag.Stop

  return flags
}

/**
 * The id in `listed` of a word that a recognizer compares tokens with ("st", "of"), or -2 when
 * the table does not hold it: -2 matches no token, where -1 would match every unknown word.
 */
export function listedWordId(key: string): number {
  const id = nameWords().listed.idOf(key)
  return id === -1 ? -2 : id
}
