// Checks one external URL: HEAD (GET where HEAD is refused), redirects followed by hand, retries with backoff.
import {setTimeout as sleep} from 'node:timers/promises'
import type {Limiter} from './limiter.js'
import type {LinkCheckOptions} from './options.js'
import type {LinkOutcome} from './outcome.js'
import {request, type Answer} from './request.js'
import {parseRetryAfter} from './retry-after.js'

/** Statuses by which a server says it does not do HEAD (403 too: some bot filters only block HEAD). */
const headRefused = new Set([403, 405, 501])
/** Statuses worth another try: request timeout, too many requests, server errors. */
const retryable = (status: number): boolean => status === 408 || status === 429 || (status >= 500 && status <= 599)
const redirects = new Set([301, 302, 303, 307, 308])
/** Sites that refuse automated checks answer these; a person with a browser may well get through. */
const refusing = new Set([401, 403, 429, 999])

/**
 * Check `url`, following up to `options.maxRedirects` redirects.
 *
 * @param url - Absolute http(s) URL without a fragment.
 * @param options - Times, limits, `User-Agent`.
 * @param limiter - Shared per-host and overall request limits.
 * @returns The outcome.
 */
export async function checkUrl(url: string, options: LinkCheckOptions, limiter: Limiter): Promise<LinkOutcome> {
  let current = url
  let permanent = false
  for (let hop = 0; hop <= options.maxRedirects; hop++) {
    const after = current === url ? '' : ` after a redirect to ${current}`
    // Every hop connects through the same rules (src/net/public-agent.ts): a public page may redirect to an internal one.
    const {answer, tries, waitTooLong} = await askWithRetries(current, options, limiter)
    if (answer.kind === 'private') return {status: 'unchecked', detail: `private:${answer.address}${after}`}
    if (answer.kind === 'timeout') return {status: 'timeout', detail: `${tries} ${tries === 1 ? 'try' : 'tries'}${after}`}
    if (answer.kind === 'unreachable') return {status: 'unchecked', detail: answer.code}
    if (answer.kind === 'failed') return {status: 'broken', detail: `${answer.code}${after}`}

    const {status, location} = answer
    if (redirects.has(status)) {
      if (!location) return {status: 'broken', code: status, detail: `redirect without a Location${after}`}
      permanent ||= status === 301 || status === 308
      current = withoutFragment(new URL(location, current).href)
      continue
    }

    if (status >= 200 && status < 400) return permanent ? {status: 'redirect', code: status, location: current} : {status: 'ok', code: status}
    if (waitTooLong !== undefined) return {status: 'unverified', code: status, detail: `asks to wait ${Math.round(waitTooLong / 1000)} s`}
    if (refusing.has(status)) return {status: 'unverified', code: status, detail: after.trim() || undefined}
    if (status === 408) return {status: 'timeout', code: status, detail: `${tries} tries${after}`}
    const detail = status >= 500 ? `${tries} ${tries === 1 ? 'try' : 'tries'}${after}` : after.trim() || undefined
    return {status: 'broken', code: status, detail}
  }

  return {status: 'broken', detail: `more than ${options.maxRedirects} redirects`}
}

/** Ask for `url` until the answer is final or the retries are spent. */
async function askWithRetries(
  url: string,
  options: LinkCheckOptions,
  limiter: Limiter
): Promise<{answer: Answer; tries: number; waitTooLong?: number}> {
  const host = new URL(url).host
  let method: 'HEAD' | 'GET' = 'HEAD'
  for (let tries = 1; ; tries++) {
    const answer = await limiter.run(host, () => request(url, method, options))
    if (answer.kind === 'response' && method === 'HEAD' && headRefused.has(answer.status)) {
      // Not a failure of the link: ask again at once with GET (the body is never read).
      method = 'GET'
      tries--
      continue
    }

    const again = answer.kind === 'timeout' || (answer.kind === 'response' && retryable(answer.status))
    if (!again || tries > options.retries) return {answer, tries}
    let wait = options.backoffMs * 2 ** (tries - 1)
    if (answer.kind === 'response') {
      const asked = parseRetryAfter(answer.retryAfter, options.now())
      if (asked !== undefined && asked > options.maxRetryAfterMs) return {answer, tries, waitTooLong: asked}
      if (asked !== undefined) wait = asked
    }

    await sleep(wait, undefined, {signal: options.signal})
  }
}

/**
 * `url` without its `#fragment`: fragments never reach the server, so `a#x` and `a#y` are one check.
 *
 * @param url - An absolute URL.
 * @returns The URL without a fragment.
 */
export function withoutFragment(url: string): string {
  const hash = url.indexOf('#')
  return hash === -1 ? url : url.slice(0, hash)
}
