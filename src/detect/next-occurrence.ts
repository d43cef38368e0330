/**
 * The first occurrence of a string at or after a position, for positions that only grow:
 * the text is searched again only once the last occurrence found is passed, so that all the
 * searches together read the text once.
 *
 * @example
 * const colons = new NextOccurrence('a: b: c', ':')
 * colons.from(0) // 1
 * colons.from(2) // 4
 */
export class NextOccurrence {
  readonly #text: string
  readonly #needle: string
  #at = -1

  constructor(text: string, needle: string) {
    this.#text = text
    this.#needle = needle
  }

  /** The first occurrence at or after `position`, or Infinity when there is none. */
  from(position: number): number {
    if (this.#at < position) {
      const at = this.#text.indexOf(this.#needle, position)
      this.#at = at === -1 ? Infinity : at
    }

    return this.#at
  }
}
