// Settings of the external link checker, with the defaults a real build uses; tests shorten the times.
import {readFileSync} from 'node:fs'
import type {LookupFunction} from 'node:net'
import type {CacheAges} from './outcome.js'

const {version} = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {version: string}

/** How links are checked. */
export interface LinkCheckOptions extends CacheAges {
  /** Time limit of one request. */
  timeoutMs: number
  /** Extra tries after a 408, 429, 5xx or timeout. */
  retries: number
  /** Wait before the first retry; doubles for each further one. */
  backoffMs: number
  /** Longest `Retry-After` honoured; a site asking for more is reported as rate-limited, not waited for. */
  maxRetryAfterMs: number
  /** Most requests in flight to one host. */
  perHost: number
  /** Most requests in flight in total. */
  overall: number
  /** Most redirects followed for one URL. */
  maxRedirects: number
  /** JSON file of cached outcomes; `undefined` for no cache. */
  cacheFile?: string | undefined
  /** Make no request at all: every URL is `unchecked`. */
  offline: boolean
  /**
   * Send requests only to public internet addresses (a URL, or a redirect, to this machine or a
   * private network is `unchecked`): set when only the manuscript asked for the check. Checked
   * on the address each connection is made to (src/net/public-agent.ts).
   */
  publicOnly: boolean
  /** Name resolution for connections; tests inject one (Node's `dns.lookup` when unset). */
  lookup?: LookupFunction | undefined
  /** URL patterns (`*` matches anything) never checked. */
  skip: readonly string[]
  /** `User-Agent` header: who is asking, so site owners can tell. */
  userAgent: string
  /** The clock, for cache ages and HTTP dates in `Retry-After`. */
  now: () => number
  /** Cancels the check (Ctrl-C). */
  signal?: AbortSignal | undefined
}

/** Defaults of a real build. */
export const defaultLinkCheckOptions: LinkCheckOptions = {
  timeoutMs: 10_000,
  retries: 2,
  backoffMs: 1000,
  maxRetryAfterMs: 30_000,
  perHost: 2,
  overall: 8,
  maxRedirects: 5,
  okMaxAgeMs: 24 * 60 * 60 * 1000,
  failMaxAgeMs: 60 * 60 * 1000,
  offline: false,
  publicOnly: false,
  skip: [],
  userAgent: `Colophon/${version} (link checker)`,
  now: () => Date.now()
}
