// The HTTP agents that refuse this machine, private networks and link-local addresses when the socket connects, on the address it connects to.
import type {LookupFunction} from 'node:net'
import {Agent as HttpAgent} from 'node:http'
import {Agent as HttpsAgent} from 'node:https'
import {RequestFilteringHttpAgent, RequestFilteringHttpsAgent} from 'request-filtering-agent'

/** How a request may connect. */
export interface ConnectRules {
  /**
   * Send requests only to public internet addresses. Whatever the manuscript alone asks for (a
   * link check set in book.yaml, an image URL) sets it; only a person's `--external` lifts it.
   */
  publicOnly: boolean
  /**
   * Name resolution for the connection (Node's `dns.lookup` when unset). Tests inject one that
   * changes its answer between calls, as a rebinding name does.
   */
  lookup?: LookupFunction | undefined
}

/**
 * The agent for `url`: with `publicOnly`, `request-filtering-agent`, which checks the address
 * each connection resolves to in the connection's own lookup (and an IP literal before
 * connecting), so a name cannot answer a public address to a check and a private one to the
 * request. It refuses every address that is not global unicast: loopback, RFC 1918, link-local
 * (cloud metadata at 169.254.169.254), shared, reserved, multicast, unique-local and
 * IPv4-mapped IPv6.
 *
 * @param url - Absolute http(s) URL.
 * @param rules - Whether only public addresses may be reached.
 * @returns A fresh agent (one per request: no connection outlives the rules it was made with).
 */
export function agentFor(url: string, rules: ConnectRules): HttpAgent | HttpsAgent {
  const https = new URL(url).protocol === 'https:'
  if (!rules.publicOnly) return https ? new HttpsAgent() : new HttpAgent()
  return https ? new RequestFilteringHttpsAgent() : new RequestFilteringHttpAgent()
}

/**
 * The address a connection was refused for, read from `request-filtering-agent`'s error
 * ("DNS lookup 127.0.0.1(family:4, host:…) is not allowed…"): it sets no error code, and the
 * message is the only place it names the address. A test pins the wording.
 *
 * @param error - A request error.
 * @returns The refused address, or `undefined` when the error is another.
 */
export function refusedAddress(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const message = current instanceof Error ? current.message : ''
    const match = /^DNS lookup (\S+?)\(family:.*is not allowed/.exec(message)
    if (match) return match[1]
    current = (current as {cause?: unknown}).cause
  }

  return undefined
}
