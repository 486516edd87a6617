// Tells whether a URL's host is on this machine or a private network, where a book's own setting must not send requests.
import {lookup} from 'node:dns/promises'
import {BlockList, isIP} from 'node:net'

/**
 * Addresses a request asked for by the manuscript alone must not reach: this machine, private
 * networks, link-local (cloud metadata services at 169.254.169.254), shared, benchmark,
 * multicast and reserved ranges (RFC 6890), and their IPv6 counterparts.
 */
const nonPublic = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4]
] as const) {
  nonPublic.addSubnet(network, prefix, 'ipv4')
}

for (const [network, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8]
] as const) {
  nonPublic.addSubnet(network, prefix, 'ipv6')
}

/**
 * Whether `address` (an IP literal) is not a public internet address.
 *
 * @param address - IPv4 or IPv6, without brackets.
 * @returns `true` for loopback, private, link-local and reserved addresses.
 */
export function isNonPublic(address: string): boolean {
  // An IPv4-mapped IPv6 address (::ffff:127.0.0.1) reaches the IPv4 host it names.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return nonPublic.check(mapped[1]!, 'ipv4')
  const family = isIP(address)
  return family === 0 ? false : nonPublic.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

/**
 * The first non-public address that `url`'s host is or resolves to.
 *
 * A name that does not resolve gives `undefined`: the request itself then reports the site as
 * unreachable. (The request resolves the name again; a name that changes its answer in between
 * is not caught, which is why `--external` from the person running the build is the way to
 * check such links, not the manuscript's setting.)
 *
 * @param url - An absolute http(s) URL.
 * @returns The address, or `undefined` when every address is public.
 */
export async function nonPublicAddress(url: string): Promise<string | undefined> {
  const host = new URL(url).hostname.replace(/^\[(.*)\]$/, '$1')
  if (isIP(host)) return isNonPublic(host) ? host : undefined
  try {
    const addresses = await lookup(host, {all: true, verbatim: true})
    return addresses.find((entry) => isNonPublic(entry.address))?.address
  } catch {
    return undefined
  }
}
