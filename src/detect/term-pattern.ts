/**
 * Builds one regular expression that matches any of a list of words and phrases, as a trie
 * of shared prefixes ("metformin|metoprolol" becomes "met(?:formin|oprolol)"), so that the
 * engine decides at each character instead of trying every term in turn.
 *
 * Terms are matched as given (callers pass lower case and scan lower-cased text) and only
 * as whole words. The pattern has no repetition, so it runs in linear time.
 *
 * @example
 * termPattern(['asthma', 'aspirin']).source // '\\b(?:as(?:thma|pirin))\\b'
 */
export function termPattern(terms: readonly string[]): RegExp {
  const root: TrieNode = new Map()
  for (const term of terms) {
    let node = root
    for (const char of term) {
      let next = node.get(char)
      if (!next) {
        next = new Map()
        node.set(char, next)
      }
      node = next
    }
    node.set(END, new Map())
  }

  return new RegExp(`\\b(?:${emit(root)})\\b`, 'g')
}

type TrieNode = Map<string, TrieNode>

const END = ''

function emit(node: TrieNode): string {
  const branches: string[] = []
  for (const [char, child] of node) {
    if (char !== END) branches.push(escape(char) + emit(child))
  }
  if (branches.length === 0) return ''

  // A term that ends here makes the rest optional: "osteoarthritis( of the knee)?".
  if (node.has(END)) return `(?:${branches.join('|')})?`
  return branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`
}

function escape(char: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(char) ? `\\${char}` : char
}
