import { nameWords } from './name-words.js'
import { keyOf } from './word-table.js'

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

let lexicon: NameLexicon | undefined

/**
 * The shared name lexicon. Lookups ignore case, apostrophes and hyphens (keyOf), because
 * the census spells O'Brien as "Obrien". The ranks live in the shared name-word tables
 * (name-words.ts), which the recognizers read straight from the text without a string.
 *
 * @example
 * nameLexicon().givenRank('MARY') // 2
 * nameLexicon().surnameRank("O'Brien") // a rank near 600
 */
export function nameLexicon(): NameLexicon {
  if (lexicon) return lexicon

  const { names, givenRank, surnameRank } = nameWords()
  lexicon = {
    givenRank: (word) => rankOf(givenRank, names.idOf(keyOf(word))),
    surnameRank: (word) => rankOf(surnameRank, names.idOf(keyOf(word))),
  }

  return lexicon
}

function rankOf(ranks: Int32Array, id: number): number {
  return id === -1 ? 0 : ranks[id]!
}
