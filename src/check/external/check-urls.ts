// Checks a book's external URLs: each distinct one once, skipped or cached ones not at all, within per-host limits.
import {checkUrl, withoutFragment} from './check-url.js'
import {LinkCache} from './link-cache.js'
import {Limiter} from './limiter.js'
import {defaultLinkCheckOptions, type LinkCheckOptions} from './options.js'
import type {LinkOutcome} from './outcome.js'

/**
 * Check `urls` over HTTP(S).
 *
 * Fragments are dropped and duplicates merged before anything is sent. Offline, no request is
 * made and every URL is `unchecked`. Outcomes are read from and written to `options.cacheFile`.
 *
 * @param urls - Absolute http(s) URLs, fragments allowed.
 * @param settings - Overrides of {@link defaultLinkCheckOptions}.
 * @returns The outcome of each URL, keyed by the URL without its fragment.
 */
export async function checkUrls(urls: Iterable<string>, settings: Partial<LinkCheckOptions> = {}): Promise<Map<string, LinkOutcome>> {
  const options: LinkCheckOptions = {...defaultLinkCheckOptions, ...settings}
  const distinct = [...new Set([...urls].map(withoutFragment))]
  const skip = options.skip.map(patternToRegExp)
  const results = new Map<string, LinkOutcome>()
  const pending: string[] = []
  for (const url of distinct) {
    if (skip.some((pattern) => pattern.test(url))) results.set(url, {status: 'skipped'})
    else if (options.offline) results.set(url, {status: 'unchecked', detail: 'offline'})
    else pending.push(url)
  }

  if (pending.length === 0) return results
  const cache = await LinkCache.open(options.cacheFile)
  const limiter = new Limiter(options.perHost, options.overall)
  await Promise.all(
    pending.map(async (url) => {
      const cached = cache.get(url, options, options.now())
      const outcome = cached ?? (await checkUrl(url, options, limiter))
      if (!cached) cache.set(url, outcome, options, options.now())
      results.set(url, outcome)
    })
  )
  await cache.save(options, options.now())
  return new Map(distinct.map((url) => [url, results.get(url) ?? {status: 'unchecked'}]))
}

/**
 * A `links.skip` pattern as an expression over whole URLs: `*` matches anything, the rest literally.
 *
 * @param pattern - Such as `https://www.linkedin.com/*`.
 * @returns An anchored expression.
 */
export function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
  return new RegExp(`^${source}$`, 'i')
}
