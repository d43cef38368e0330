/** Slots of a new table: a power of two, kept at least twice the number of keys. */
const INITIAL_SLOTS = 1024
/** Bits of the Bloom filter per slot: with slots at most half full, few false hits. */
const BITS_PER_SLOT = 4
/** An odd multiplier that spreads the hash over the filter's bits (from the golden ratio). */
const BIT_MULTIPLIER = 0x9e3779b1 | 0

/**
 * A fixed set of word keys, each with a number (its id), that can be looked up straight from
 * a word in the text without slicing it out. The name recognizers look up every capitalised
 * word of a document; a slice and a Map lookup per word cost more than all the rest of the
 * work on it.
 *
 * Keys are as from keyOf: lower case, without apostrophes, hyphens or periods.
 *
 * @example
 * const table = new WordTable()
 * table.add('ohara') // 0
 * table.idAt("Pt O'Hara", 3, 9, keyHashAt("Pt O'Hara", 3, 9)) // 0
 */
export class WordTable {
  private readonly keys: string[] = []
  /**
   * Two numbers per slot (open addressing): the id + 1 of the key there, 0 for an empty slot,
   * then the key's hash, side by side so that one read of memory brings both. Most mismatches
   * are seen without reading the key.
   */
  private cells = new Int32Array(2 * INITIAL_SLOTS)
  /**
   * A bit per hash value (a Bloom filter with one hash), set for each key held: most words
   * looked up in the census table are no names, and are turned away here, in a bit array that
   * stays in the processor's cache, without a read of the far larger cells.
   */
  private present = new Int32Array((INITIAL_SLOTS * BITS_PER_SLOT) >> 5)
  /** Shifts a spread hash down to a bit number of `present`. */
  private presentShift = 32 - Math.log2(INITIAL_SLOTS * BITS_PER_SLOT)

  /** How many keys the table holds; ids run from 0 to size - 1. */
  get size(): number {
    return this.keys.length
  }

  /** The id of `key`, added first when the table does not hold it yet. */
  add(key: string): number {
    const found = this.idOf(key)
    if (found !== -1) return found

    if ((this.keys.length + 1) * 4 > this.cells.length) this.grow()
    const id = this.keys.length
    this.keys.push(key)
    this.place(id, keyHash(key))

    return id
  }

  /** The id of `key`, or -1 when the table does not hold it. */
  idOf(key: string): number {
    const hash = keyHash(key)
    if (!this.mayHold(hash)) return -1
    const cells = this.cells
    const mask = (cells.length >> 1) - 1
    for (let slot = slotOf(hash, mask); ; slot = (slot + 1) & mask) {
      const entry = cells[2 * slot]!
      if (entry === 0) return -1
      if (cells[2 * slot + 1] === hash && this.keys[entry - 1] === key) return entry - 1
    }
  }

  /**
   * The id of the key of the word text[start, end), or -1. `hash` is keyHashAt(text, start,
   * end), which the caller has usually computed while finding where the word ends.
   */
  idAt(text: string, start: number, end: number, hash: number): number {
    if (!this.mayHold(hash)) return -1
    const cells = this.cells
    const mask = (cells.length >> 1) - 1
    for (let slot = slotOf(hash, mask); ; slot = (slot + 1) & mask) {
      const entry = cells[2 * slot]!
      if (entry === 0) return -1
      if (cells[2 * slot + 1] === hash && keyEquals(this.keys[entry - 1]!, text, start, end)) {
        return entry - 1
      }
    }
  }

  /** The key with this id. */
  keyOf(id: number): string {
    return this.keys[id]!
  }

  /** False when no key held has this hash; true when one may have. */
  private mayHold(hash: number): boolean {
    const bit = this.presentBit(hash)
    return (this.present[bit >> 5]! & (1 << (bit & 31))) !== 0
  }

  private presentBit(hash: number): number {
    return Math.imul(hash, BIT_MULTIPLIER) >>> this.presentShift
  }

  private grow(): void {
    const slots = this.cells.length
    this.cells = new Int32Array(2 * slots)
    this.present = new Int32Array((slots * BITS_PER_SLOT) >> 5)
    this.presentShift = 32 - Math.log2(slots * BITS_PER_SLOT)
    for (let id = 0; id < this.keys.length; id++) this.place(id, keyHash(this.keys[id]!))
  }

  private place(id: number, hash: number): void {
    const cells = this.cells
    const mask = (cells.length >> 1) - 1
    let slot = slotOf(hash, mask)
    while (cells[2 * slot] !== 0) slot = (slot + 1) & mask
    cells[2 * slot] = id + 1
    cells[2 * slot + 1] = hash

    const bit = this.presentBit(hash)
    this.present[bit >> 5]! |= 1 << (bit & 31)
  }
}

/**
 * The hash of the key of text[start, end): letters in lower case, apostrophes, hyphens and
 * periods left out. The same as keyHash(keyOf(text.slice(start, end))) for ASCII words.
 */
export function keyHashAt(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (isStripped(code) || code >= 128) return keyHash(keyOf(text.slice(start, end)))
  }

  return plainKeyHashAt(text, start, end)
}

/**
 * keyHashAt for a word known to hold only ASCII letters: reads five letters, not the whole
 * word.
 */
export function plainKeyHashAt(text: string, start: number, end: number): number {
  const length = end - start
  if (length <= 0) return 0

  return mix(
    length,
    lowerCode(text.charCodeAt(start)),
    length > 1 ? lowerCode(text.charCodeAt(start + 1)) : 0,
    lowerCode(text.charCodeAt(start + (length >> 1))),
    length > 1 ? lowerCode(text.charCodeAt(end - 2)) : 0,
    lowerCode(text.charCodeAt(end - 1)),
  )
}

const KEY_STRIP = /['’.-]/g
const COMBINING_MARK = /[\u0300-\u036f]/g
// Latin letters that carry no combining mark to strip, with the plain letters written for them.
const UNMARKED_LETTERS = /[łøđıßæœþ]/g
const PLAIN_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
}

/** Regular expressions this module runs, for the pattern-safety test. */
export const WORD_KEY_PATTERNS: readonly RegExp[] = [KEY_STRIP, COMBINING_MARK, UNMARKED_LETTERS]

/**
 * Lower case without apostrophes, hyphens, periods or accents: "O'Hara" -> "ohara", "Ramón"
 * -> "ramon", "Władysław" -> "wladyslaw". The name lists spell names without accents, and
 * records write the same name both ways.
 */
export function keyOf(word: string): string {
  const lower = word.toLowerCase()
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i)
    if (isStripped(code) || code >= 128) return slowKeyOf(lower)
  }

  return lower
}

function slowKeyOf(lower: string): string {
  const plain = lower.replace(KEY_STRIP, '')
  for (let i = 0; i < plain.length; i++) {
    if (plain.charCodeAt(i) >= 128) {
      return plain
        .normalize('NFD')
        .replace(COMBINING_MARK, '')
        .replace(UNMARKED_LETTERS, (letter) => PLAIN_LETTERS[letter] ?? letter)
    }
  }

  return plain
}

/** An apostrophe, hyphen, period or right single quote: left out of keys. */
export function isStripped(code: number): boolean {
  return code === 39 || code === 45 || code === 46 || code === 0x2019
}

/**
 * The hash of a key (as from keyOf): its length and five of its letters (the first two, the
 * middle one and the last two), so that a word in the text is hashed without a loop over it.
 */
export function keyHash(key: string): number {
  const length = key.length
  if (length === 0) return 0

  return mix(
    length,
    key.charCodeAt(0),
    length > 1 ? key.charCodeAt(1) : 0,
    key.charCodeAt(length >> 1),
    length > 1 ? key.charCodeAt(length - 2) : 0,
    key.charCodeAt(length - 1),
  )
}

/** FNV-1a over six numbers. */
function mix(a: number, b: number, c: number, d: number, e: number, f: number): number {
  let hash = 0x811c9dc5 | 0
  hash = Math.imul(hash ^ a, 16777619)
  hash = Math.imul(hash ^ b, 16777619)
  hash = Math.imul(hash ^ c, 16777619)
  hash = Math.imul(hash ^ d, 16777619)
  hash = Math.imul(hash ^ e, 16777619)
  return Math.imul(hash ^ f, 16777619)
}

function slotOf(hash: number, mask: number): number {
  return (hash ^ (hash >>> 15)) & mask
}

/** True when `key` is the key of text[start, end). */
function keyEquals(key: string, text: string, start: number, end: number): boolean {
  // Most words are letters only, as long as their key: one plain comparison settles them.
  if (key.length === end - start && sameLetters(key, text, start)) return true

  let k = 0
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    // An accented letter has no one-to-one key letter: compare whole keys (rare).
    if (code >= 128) return key === keyOf(text.slice(start, end))
    if (isStripped(code)) continue
    if (k === key.length || key.charCodeAt(k) !== lowerCode(code)) return false
    k++
  }

  return k === key.length
}

/**
 * True when every character of `key` is a lower-case ASCII letter and the text from `start`
 * holds the same letters in either case. False says nothing more: keyEquals then looks closer.
 */
function sameLetters(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) {
    const letter = key.charCodeAt(k)
    if (letter < 97 || letter > 122 || (text.charCodeAt(start + k) | 32) !== letter) return false
  }

  return true
}

/** ASCII capitals to lower case; every other code as it is. */
function lowerCode(code: number): number {
  return code >= 65 && code <= 90 ? code | 32 : code
}
