// What checking one external URL can conclude, and which conclusions are worth caching.

/**
 * The result for one URL.
 *
 * - `ok`: the final answer was 2xx (temporary redirects on the way are fine).
 * - `redirect`: a permanent redirect (301, 308) to `location`, which answers 2xx: update the link.
 * - `broken`: 404, 410, another 4xx, a 5xx after retries, a redirect loop, or a TLS failure.
 * - `unverified`: the site refuses automated checks (403, LinkedIn's 999, 401) or keeps rate-limiting.
 * - `timeout`: no answer within the time limit, on every try.
 * - `unchecked`: no request was made or none could reach the site (offline, no DNS, no route, or a
 *   private address that only the manuscript asked to check: `detail` is `private:<address>`).
 * - `skipped`: the URL matches a `links.skip` pattern.
 */
export interface LinkOutcome {
  status: 'ok' | 'redirect' | 'broken' | 'unverified' | 'timeout' | 'unchecked' | 'skipped'
  /** Final HTTP status, when there was one. */
  code?: number | undefined
  /** New address of a permanent redirect. */
  location?: string | undefined
  /** Why, in a few words (`ENOTFOUND`, `offline`, `3 tries`). */
  detail?: string | undefined
}

/** How long outcomes stay valid in the cache. */
export interface CacheAges {
  /** For `ok` and `redirect`. */
  okMaxAgeMs: number
  /** For `broken`, `unverified` and `timeout`: shorter, as a site may come back. */
  failMaxAgeMs: number
}

/**
 * How long `outcome` may be reused, or 0 when it must never be cached (`unchecked`, `skipped`).
 *
 * @param outcome - The outcome.
 * @param ages - Age limits.
 * @returns Milliseconds.
 */
export function maxAgeOf(outcome: LinkOutcome, ages: CacheAges): number {
  if (outcome.status === 'unchecked' || outcome.status === 'skipped') return 0
  return outcome.status === 'ok' || outcome.status === 'redirect' ? ages.okMaxAgeMs : ages.failMaxAgeMs
}
