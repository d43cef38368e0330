import type { Candidate } from '../candidate.js'
import { isWordCode } from '../char-codes.js'
import { hasTerm } from '../context.js'
import { DIGIT_RUN_PATTERN, digitRunsOf, type DigitRuns } from '../digit-runs.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'
import { isInternalIpv4, isInternalIpv6, isValidIpv4, isValidIpv6 } from '../validators/ip.js'

// Read in place at the start of a run of one to three digits followed by a dot (see
// digit-runs.ts).
const IPV4_LIKE = /\d(?<![\w.:-]\d)\d{0,2}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w-]|\.\d)/y
// Two colons with at most one hex group between them: every IPv6 address has this. Read in
// place at each colon, which indexOf finds faster than a pattern.
const IPV6_HINT = /:[\dA-Fa-f]{0,4}:/y
// The address itself, read from the start of its token: hex groups and colons, optionally
// ending in a dotted quad and a zone. Each repeat starts with ':' so it reads one way only.
const IPV6_TOKEN =
  /(?:[\dA-Fa-f]{1,4}|(?=:))(?::[\dA-Fa-f]{0,4}){2,8}(?:\.\d{1,3}){0,3}(?:%[\w.]{1,15})?(?![\w:])/y
const MAX_IPV6_PREFIX = 40

// prettier-ignore
const SUPPORTING = [
  'ip', 'ip address', 'ipv4', 'ipv6', 'address', 'from', 'login', 'logged', 'log in', 'client',
  'remote', 'source', 'src', 'attempts', 'attempt', 'portal', 'access', 'accessed',
  'connection', 'session', 'signed in', 'sign-in',
]
// Software versions share the dotted-quad shape; these words mean a version, not a host.
// prettier-ignore
const VERSION_WORDS = [
  'version', 'ver', 'v', 'build', 'builds', 'firmware', 'fw', 'release', 'released', 'rel',
  'bumped', 'bump', 'upgrade', 'upgraded', 'update', 'updated', 'template', 'scheme', 'patch',
  'sdk', 'library', 'package', 'driver', 'software', 'revision', 'rev', 'schema', 'model',
]
// The address of a machine the organisation runs (a server, a gateway, a node of a cluster)
// is no patient's: TYPES.md labels addresses from the patient's own portal activity.
// prettier-ignore
const INFRASTRUCTURE_WORDS = [
  'server', 'servers', 'gateway', 'node', 'nodes', 'subnet', 'netmask', 'vpn', 'router',
  'firewall', 'dns', 'dhcp', 'host', 'hostname', 'jump host', 'peer', 'cluster', 'backup',
  'port', 'vlan', 'interface', 'internal', 'appliance', 'load balancer', 'nas', 'static',
]
// Lower than any score a supporting word can lift an unmarked address to.
const INTERNAL_PENALTY = 0.3
const WINDOW_BEFORE = 40
const WINDOW_AFTER = 16

/**
 * IPv4 and IPv6 addresses. A dotted quad is also the shape of a four-part software version,
 * so words such as "version", "build", "firmware" or a library name near it rule it out;
 * words such as "IP", "from" or "login" raise it. Private and other internal addresses and
 * words for the organisation's own machines ("server", "gateway", "node") lower it.
 *
 * @example 'failed logins from 203.0.113.7' -> IP_ADDRESS, score 0.95
 * @example 'Bumped libfoo to 10.5.8.22' -> nothing
 */
export const ipAddressRecognizer: Recognizer = {
  name: 'ip-address',
  types: ['IP_ADDRESS'],
  patterns: [DIGIT_RUN_PATTERN, IPV4_LIKE, IPV6_HINT, IPV6_TOKEN],
  find(doc: ScanDocument): Candidate[] {
    return [...findIpv4(doc), ...findIpv6(doc)]
  },
}

function findIpv4(doc: ScanDocument): Candidate[] {
  const { text } = doc
  const runs = digitRunsOf(doc)
  const found: Candidate[] = []
  for (let i = 0; i < runs.count; i++) {
    const start = runs.starts[i] ?? 0
    const end = runs.ends[i] ?? 0
    if (end - start > 3 || !isOctetThenDot(text, runs, i + 1, end + 1)) continue
    if (!mayStartIpv4(text, start)) continue

    IPV4_LIKE.lastIndex = start
    const match = IPV4_LIKE.exec(text)
    // A first octet of 0 is "this network", never a remote client.
    if (!match || !isValidIpv4(match[0]) || match[0].startsWith('0')) continue

    // Versions have small parts ("10.5.8.22"); a random address has all four under 100
    // only about 2% of the time, so such a quad needs a word like "IP" or "from".
    const small = match[0].split('.').every((octet) => octet.length <= 2)
    const internal = isInternalIpv4(match[0])
    found.push(scored(doc, start, match[0].length, small ? 0.45 : 0.6, 'ipv4', internal))
  }

  return found
}

/**
 * True when run `i` starts at `at` right after a dot, holds one to three digits and is
 * followed by a dot: what the first two octets of an address need. Decimals ("38.2 C") fail
 * here without running IPV4_LIKE.
 */
function isOctetThenDot(text: string, runs: DigitRuns, i: number, at: number): boolean {
  if (i >= runs.count || runs.starts[i] !== at || text.charCodeAt(at - 1) !== 46 /* . */) {
    return false
  }

  const end = runs.ends[i] ?? 0
  return end - at <= 3 && text.charCodeAt(end) === 46
}

/** The look-behind of IPV4_LIKE: no word character, '.', ':' or '-' before the address. */
function mayStartIpv4(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1)
  return !isWordCode(before) && before !== 46 && before !== 58 && before !== 45
}

function findIpv6(doc: ScanDocument): Candidate[] {
  const { text } = doc
  const found: Candidate[] = []
  // Where the next hint may start: after the last hint, as in a scan of the whole text.
  let hintFrom = 0
  let readTo = 0
  for (let at = text.indexOf(':'); at !== -1; at = text.indexOf(':', Math.max(at + 1, hintFrom))) {
    // Most colons end a label ("MRN: "): a hint needs a hex digit or a colon next.
    if (!isHexOrColon(text.charCodeAt(at + 1))) continue

    IPV6_HINT.lastIndex = at
    if (!IPV6_HINT.test(text)) continue

    hintFrom = IPV6_HINT.lastIndex
    if (at < readTo) continue

    const start = tokenStart(text, at)
    if (/[\w.]/.test(text.charAt(start - 1))) continue

    IPV6_TOKEN.lastIndex = start
    const token = IPV6_TOKEN.exec(text)
    readTo = token ? IPV6_TOKEN.lastIndex : at + 1
    if (!token || !isValidIpv6(token[0]) || !isSpecific(token[0])) continue

    const internal = isInternalIpv6(token[0])
    found.push(scored(doc, start, token[0].length, 0.75, 'ipv6', internal))
  }

  return found
}

function scored(
  doc: ScanDocument,
  start: number,
  length: number,
  base: number,
  pattern: string,
  internal: boolean,
): Candidate {
  const end = start + length
  const before = doc.before(start, WINDOW_BEFORE)
  const window = `${before} ${doc.after(end, WINDOW_AFTER)}`
  const supporting = SUPPORTING.filter((term) => hasTerm(window, term))
  const versionHint = VERSION_WORDS.some((term) => hasTerm(window, term))

  let score = base
  if (supporting.length > 0) score = Math.max(score + 0.35, 0.6)
  if (versionHint || followsLibraryName(before)) score = Math.min(score - 0.4, 0.3)
  if (INFRASTRUCTURE_WORDS.some((term) => hasTerm(window, term))) score -= 0.4
  if (internal) score -= INTERNAL_PENALTY

  return {
    type: 'IP_ADDRESS',
    start,
    end,
    score: Math.min(1, Math.max(0, score)),
    recognizer: 'ip-address',
    pattern,
    validator: { name: pattern, passed: true },
    supportingWords: supporting,
    contextApplied: true,
  }
}

/** Walks back from a colon over hex digits and colons to where the address token begins. */
function tokenStart(text: string, colon: number): number {
  const limit = Math.max(0, colon - MAX_IPV6_PREFIX)
  let start = colon
  while (start > limit && isHexOrColon(text.charCodeAt(start - 1))) start--

  return start
}

function isHexOrColon(code: number): boolean {
  return (
    (code >= 48 && code <= 58) || // 0-9 and ':'
    (code >= 65 && code <= 70) || // A-F
    (code >= 97 && code <= 102) // a-f
  )
}

/** A library name right before the number: "libfoo 10.5.8.22", "libfoo to 1.2.3.4". */
function followsLibraryName(before: string): boolean {
  const words = before.trimEnd().split(/\s/)
  let last = words.pop() ?? ''
  if (last === 'to' || last === 'from') last = words.pop() ?? ''

  return last.startsWith('lib')
}

/**
 * Three hex groups or an embedded IPv4 address: shorter forms ("a::b", "::1") say too little
 * and look like code ("std::max").
 */
function isSpecific(address: string): boolean {
  if (address.includes('.')) return true

  return address.split(':').filter((group) => group !== '').length >= 3
}
