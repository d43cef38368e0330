const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/
const HEXTET = /^[\dA-Fa-f]{1,4}$/
const ZONE = /^[\dA-Za-z.]+$/

/**
 * Dotted-quad IPv4 address: four decimal octets 0-255 without leading zeros (a leading zero
 * reads as octal in some parsers, so "010.1.1.1" is refused).
 *
 * @example isValidIpv4('192.168.0.1') // true
 * @example isValidIpv4('256.1.1.1') // false
 */
export function isValidIpv4(text: string): boolean {
  return IPV4.test(text)
}

/**
 * IPv6 address (RFC 4291 text forms): eight hextets, or fewer with one `::` standing for the
 * missing zero groups, optionally ending in a dotted IPv4 address and an `%zone` suffix.
 *
 * @example isValidIpv6('2001:db8::1') // true
 * @example isValidIpv6('2001:db8::1::2') // false: `::` twice
 */
export function isValidIpv6(text: string): boolean {
  let address = text
  const percent = address.indexOf('%')
  if (percent !== -1) {
    if (!ZONE.test(address.slice(percent + 1))) return false
    address = address.slice(0, percent)
  }

  let slots = 8
  const lastColon = address.lastIndexOf(':')
  const tail = address.slice(lastColon + 1)
  if (tail.includes('.')) {
    if (!isValidIpv4(tail)) return false
    address = `${address.slice(0, lastColon + 1)}0`
    slots = 7
  }

  const halves = address.split('::')
  if (halves.length > 2) return false
  const groups = halves.map((half) => (half === '' ? [] : half.split(':')))
  if (!groups.every((part) => part.every((group) => HEXTET.test(group)))) return false

  const count = groups.reduce((total, part) => total + part.length, 0)
  if (slots === 7) return halves.length === 2 ? count <= 7 : count === 7
  return halves.length === 2 ? count <= 7 : count === 8
}

/** Either an IPv4 or an IPv6 address. */
export function isValidIp(text: string): boolean {
  return isValidIpv4(text) || isValidIpv6(text)
}

/**
 * An IPv4 address that never reaches a public service as a client's address: private
 * (RFC 1918), shared carrier-grade NAT (RFC 6598), loopback, link-local, multicast and
 * reserved. Such an address names a machine inside a network, not a patient's connection.
 *
 * @example isInternalIpv4('10.20.4.22') // true
 * @example isInternalIpv4('98.47.211.6') // false
 */
export function isInternalIpv4(address: string): boolean {
  const [a = 0, b = 0] = address.split('.', 2).map(Number)
  if (a === 10 || a === 127 || a >= 224) return true
  if (a === 172) return b >= 16 && b <= 31
  if (a === 192) return b === 168
  if (a === 169) return b === 254
  return a === 100 && b >= 64 && b <= 127
}

/**
 * An IPv6 address of the same kinds: unique local (fc00::/7), link-local (fe80::/10),
 * loopback and unspecified.
 *
 * @example isInternalIpv6('fd12:3456:789a::1') // true
 */
export function isInternalIpv6(address: string): boolean {
  const lower = address.toLowerCase()
  if (lower === '::1' || lower === '::') return true

  const first = lower.startsWith(':') ? 0 : parseInt(lower.slice(0, lower.indexOf(':')), 16)
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80
}
