// Tests for the external link checker against a real server on 127.0.0.1: outcomes, request counts, cache, limits.
import {existsSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {checkUrls} from '../../../src/check/external/check-urls.js'
import type {LinkCheckOptions} from '../../../src/check/external/options.js'
import {closedPort, useLoopback} from './loopback.js'

const server = useLoopback()

/** URLs in a cache file, or none when it was not written. */
function cachedUrls(file: string): string[] {
  if (!existsSync(file)) return []
  return Object.keys((JSON.parse(readFileSync(file, 'utf8')) as {links: Record<string, unknown>}).links)
}

/**
 * Short times so the test stays fast; a fresh cache file per call unless given. The timeout is long enough
 * that a loopback answer never misses it on a loaded machine: at 300 ms, a full suite on two busy cores timed
 * out `/busy-long`'s first answer, retried, and counted two requests where one is right.
 */
function options(overrides: Partial<LinkCheckOptions> = {}): Partial<LinkCheckOptions> {
  return {
    timeoutMs: 1500,
    backoffMs: 10,
    retries: 2,
    maxRetryAfterMs: 2000,
    cacheFile: path.join(mkdtempSync(path.join(tmpdir(), 'colophon-links-')), 'links.json'),
    ...overrides
  }
}

/** Route → expected status, HTTP code, and requests the server must see for it (retries and fallbacks included). */
const table: Array<[route: string, status: string, code: number | undefined, requests: number]> = [
  ['/ok', 'ok', 200, 1],
  ['/found', 'ok', 200, 1], // 302, then one request to /landing/found
  ['/moved', 'redirect', 200, 1], // 301, then /landing/moved
  ['/moved-308', 'redirect', 200, 1],
  ['/missing', 'broken', 404, 1],
  ['/gone', 'broken', 410, 1],
  ['/busy', 'ok', 200, 2], // 429 with Retry-After: 1, honoured, then 200
  ['/busy-date', 'ok', 200, 2], // Retry-After as an HTTP date
  ['/busy-long', 'unverified', 429, 1], // asks for an hour: not waited for
  ['/flaky', 'ok', 200, 2], // 500, retried, 200
  ['/slow-answer', 'ok', 200, 2], // 408 Request Timeout, retried, 200
  ['/down', 'broken', 500, 3], // 500 on the first try and both retries
  ['/hang', 'timeout', undefined, 3], // no answer: timed out three times
  ['/no-head', 'ok', 200, 2], // HEAD 405, then GET
  ['/bot', 'unverified', 403, 2], // HEAD 403, GET 403
  ['/linkedin', 'unverified', 999, 1],
  ['/loop', 'broken', undefined, 6] // the first request and five redirects
]

describe('checkUrls', () => {
  it('gives each answer its outcome with the expected number of requests', async () => {
    const outcomes = await checkUrls(
      table.map(([route]) => server.base + route),
      options()
    )
    for (const [route, status, code, requests] of table) {
      const outcome = outcomes.get(server.base + route)
      expect({route, status: outcome?.status, code: outcome?.code, requests: server.count(route)}).toEqual({route, status, code, requests})
    }

    for (const route of ['/found', '/moved', '/moved-308']) expect(server.count(`/landing${route}`)).toBe(1)
    expect(outcomes.get(`${server.base}/moved`)?.location).toBe(`${server.base}/landing/moved`)
    expect(outcomes.get(`${server.base}/moved-308`)?.location).toBe(`${server.base}/landing/moved-308`)
    expect(server.requests.filter((line) => line.endsWith(' /no-head'))).toEqual(['HEAD /no-head', 'GET /no-head'])
    expect(server.userAgent).toMatch(/^Colophon\/\d+\.\d+\.\d+ \(link checker\)$/)
    // Retry-After: 1 is honoured: the retry waits about a second, where the back-off alone would wait 10 ms.
    // A lower bound only, so a busy machine cannot make it fail; it fails if the header is ignored.
    const [first, retry] = server.arrivals('/busy')
    expect(retry! - first!).toBeGreaterThanOrEqual(900)
    const [dated, datedRetry] = server.arrivals('/busy-date')
    // An HTTP date has whole seconds, so the wait is up to a second less than asked.
    expect(datedRetry! - dated!).toBeGreaterThan(50)
    const [flaky, flakyRetry] = server.arrivals('/flaky')
    expect(flakyRetry! - flaky!).toBeLessThan(retry! - first!)
  })

  it('answers a second run from the cache without a single request', async () => {
    const settings = options()
    const urls = table.map(([route]) => server.base + route)
    const first = await checkUrls(urls, settings)
    server.reset()
    const second = await checkUrls(urls, settings)
    expect(server.requests).toEqual([])
    expect(second).toEqual(first)
  })

  it('checks again when cached results are too old: failures sooner than successes', async () => {
    const start = Date.now()
    const hour = 60 * 60 * 1000
    const settings = options()
    const urls = [`${server.base}/ok`, `${server.base}/missing`]
    await checkUrls(urls, {...settings, now: () => start})
    server.reset()
    await checkUrls(urls, {...settings, now: () => start + 2 * hour})
    expect(server.requests).toEqual(['HEAD /missing'])
    server.reset()
    await checkUrls(urls, {...settings, now: () => start + 25 * hour})
    expect(server.requests.sort()).toEqual(['HEAD /missing', 'HEAD /ok'])
  })

  it('never has more than two requests in flight to one host', async () => {
    const urls = Array.from({length: 6}, (_, index) => `${server.base}/slow/${index}`)
    const outcomes = await checkUrls(urls, options({timeoutMs: 3000}))
    expect([...outcomes.values()].map((outcome) => outcome.status)).toEqual(Array(6).fill('ok'))
    expect(server.requests).toHaveLength(6)
    expect(server.maxInFlight).toBe(2)
  })

  it('sends one request per distinct URL, fragments dropped', async () => {
    const outcomes = await checkUrls([`${server.base}/ok#intro`, `${server.base}/ok#end`, `${server.base}/ok`], options())
    expect(server.requests).toEqual(['HEAD /ok'])
    expect([...outcomes.keys()]).toEqual([`${server.base}/ok`])
  })

  it('sends nothing offline and reports every URL unchecked', async () => {
    const outcomes = await checkUrls([`${server.base}/ok`, `${server.base}/missing`], options({offline: true}))
    expect(server.requests).toEqual([])
    expect([...outcomes.values()]).toEqual([
      {status: 'unchecked', detail: 'offline'},
      {status: 'unchecked', detail: 'offline'}
    ])
  })

  it('skips URLs matching a pattern', async () => {
    const outcomes = await checkUrls([`${server.base}/linkedin`, `${server.base}/ok`], options({skip: ['*/linkedin*']}))
    expect(server.requests).toEqual(['HEAD /ok'])
    expect(outcomes.get(`${server.base}/linkedin`)?.status).toBe('skipped')
  })

  it('reports a site nothing answers for as unchecked, never broken, and does not cache it', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/page`
    const settings = options()
    const outcomes = await checkUrls([url], settings)
    expect(outcomes.get(url)).toEqual({status: 'unchecked', detail: 'ECONNREFUSED'})
    expect(cachedUrls(settings.cacheFile!)).not.toContain(url)
    const again = await checkUrls([url], {...settings, offline: false})
    expect(again.get(url)?.status).toBe('unchecked')
  })

  it('reports a name DNS cannot resolve as unchecked, never broken, and does not cache it', async () => {
    // A 64-letter label is longer than DNS allows (RFC 1035 §2.3.4): the resolver answers ENOTFOUND
    // without sending a query, so no packet leaves the machine.
    const url = `http://${'a'.repeat(64)}.invalid/page`
    const settings = options()
    const outcomes = await checkUrls([url], settings)
    expect(outcomes.get(url)).toEqual({status: 'unchecked', detail: 'ENOTFOUND'})
    expect(cachedUrls(settings.cacheFile!)).not.toContain(url)
    // The checker still wrote its cache: the assertion above is about this URL, not an empty file.
    await checkUrls([`${server.base}/ok`], settings)
    expect(cachedUrls(settings.cacheFile!)).toContain(`${server.base}/ok`)
  })
})
