import { readFileSync } from 'node:fs'

import { keyOf } from './name-tokens.js'

/**
 * Given names and surnames with their frequency rank (1 = most common), loaded once from
 * data/names/ on first use. See data/names/SOURCE.md for where the lists come from.
 */
export interface NameLexicon {
  /** Rank of a given name, or 0 when the word is not a known given name. Any case. */
  givenRank(word: string): number
  /** Rank of a surname, or 0 when the word is not a known surname. Any case. */
  surnameRank(word: string): number
}

const DATA = new URL('../../../data/names/', import.meta.url)

let lexicon: NameLexicon | undefined

/**
 * The shared name lexicon. Lookups ignore case, apostrophes and hyphens (keyOf), because
 * the census spells O'Brien as "Obrien".
 *
 * @example
 * nameLexicon().givenRank('MARY') // 2
 * nameLexicon().surnameRank("O'Brien") // a rank near 600
 */
export function nameLexicon(): NameLexicon {
  if (lexicon) return lexicon

  const given = ranks(['first-names.txt', 'given-names-extra.txt'])
  const surnames = ranks(['surnames.txt'])
  lexicon = {
    givenRank: (word) => given.get(keyOf(word)) ?? 0,
    surnameRank: (word) => surnames.get(keyOf(word)) ?? 0,
  }

  return lexicon
}

function ranks(files: readonly string[]): Map<string, number> {
  const map = new Map<string, number>()
  for (const file of files) {
    for (const line of readFileSync(new URL(file, DATA), 'utf8').split('\n')) {
      const name = line.trim()
      if (name === '' || name.startsWith('#')) continue

      const key = keyOf(name)
      if (!map.has(key)) map.set(key, map.size + 1)
    }
  }

  return map
}
