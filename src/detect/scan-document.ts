/**
 * The text that recognizers read, with helpers for looking around a match.
 *
 * Recognizers see normalised text (see normalise.ts); offsets they report are into this text
 * and are mapped back to the original by the detector.
 */
export class ScanDocument {
  readonly text: string
  #lower: string | undefined
  #isAscii: boolean | undefined
  /** Per-document memory that recognizers may share (for example names found so far). */
  readonly notes = new Map<string, unknown>()

  constructor(text: string) {
    this.text = text
  }

  /** The text in lower case, computed once on first use. Same length as `text`. */
  get lower(): string {
    this.#lower ??= this.text.toLowerCase()
    return this.#lower
  }

  /**
   * True when no character is above U+007F. Recognizers use it to pick a cheaper pattern that
   * leaves out accented letters; a UTF-8 byte count answers it faster than any scan in JS.
   */
  get isAscii(): boolean {
    this.#isAscii ??= Buffer.byteLength(this.text, 'utf8') === this.text.length
    return this.#isAscii
  }

  /** Up to `length` characters ending at `offset`, in lower case. */
  before(offset: number, length: number): string {
    return this.lower.slice(Math.max(0, offset - length), offset)
  }

  /** Up to `length` characters starting at `offset`, in lower case. */
  after(offset: number, length: number): string {
    return this.lower.slice(offset, offset + length)
  }

  /** The start of the line that holds `offset`. */
  lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1
  }

  /** The end of the line that holds `offset` (the index of its newline, or the text length). */
  lineEnd(offset: number): number {
    const end = this.text.indexOf('\n', offset)
    return end === -1 ? this.text.length : end
  }
}
