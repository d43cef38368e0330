/**
 * Maps offsets in a rewritten text back to the text it was made from.
 *
 * For each character `i` of the rewritten text, `startOf[i]` is where its source begins and
 * `endOf[i]` where its source ends (exclusive). A span `[s, e)` of the rewritten text maps to
 * `[startOf[s], endOf[e - 1])`, so characters that were removed inside a match (zero-width
 * spaces, separators) stay inside the reported span.
 */
export interface OffsetMap {
  readonly startOf: Int32Array
  readonly endOf: Int32Array
}

export function mapSpan(map: OffsetMap | undefined, start: number, end: number): [number, number] {
  if (map === undefined) return [start, end]

  return [map.startOf[start] ?? start, map.endOf[end - 1] ?? end]
}

/** Gives the map from `outer` text to the original when `inner` maps to `outer`'s source. */
export function composeMaps(outer: OffsetMap | undefined, inner: OffsetMap): OffsetMap {
  if (outer === undefined) return inner

  const length = inner.startOf.length
  const startOf = new Int32Array(length)
  const endOf = new Int32Array(length)
  for (let i = 0; i < length; i++) {
    startOf[i] = outer.startOf[inner.startOf[i] ?? 0] ?? 0
    endOf[i] = outer.endOf[(inner.endOf[i] ?? 1) - 1] ?? 0
  }

  return { startOf, endOf }
}

/**
 * Builds a rewritten text and its offset map one piece at a time. The rewritten text may not
 * be longer than `capacity` (every rewrite phiguard does keeps or shrinks the length).
 */
export class RewriteBuilder {
  readonly #parts: string[] = []
  readonly #startOf: Int32Array
  readonly #endOf: Int32Array
  #length = 0

  constructor(capacity: number) {
    this.#startOf = new Int32Array(capacity)
    this.#endOf = new Int32Array(capacity)
  }

  /** Appends `chars`, all of which came from source `[start, end)`. */
  push(chars: string, start: number, end: number): void {
    this.#parts.push(chars)
    for (let i = 0; i < chars.length; i++) {
      this.#startOf[this.#length] = start
      this.#endOf[this.#length] = end
      this.#length++
    }
  }

  /** Appends source `[start, end)` unchanged. */
  copy(source: string, start: number, end: number): void {
    if (end <= start) return

    this.#parts.push(source.slice(start, end))
    for (let i = start; i < end; i++) {
      this.#startOf[this.#length] = i
      this.#endOf[this.#length] = i + 1
      this.#length++
    }
  }

  finish(): { text: string; map: OffsetMap } {
    return {
      text: this.#parts.join(''),
      map: {
        startOf: this.#startOf.subarray(0, this.#length),
        endOf: this.#endOf.subarray(0, this.#length),
      },
    }
  }
}
