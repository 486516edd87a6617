// Tests for the connect-time address filter against a real server on 127.0.0.1, a rebinding name included.
import type {LookupFunction} from 'node:net'
import {describe, expect, it} from 'vitest'
import {checkUrls} from '../../src/check/external/check-urls.js'
import {openRequest} from '../../src/net/open-request.js'
import {refusedAddress} from '../../src/net/public-agent.js'
import {useLoopback} from '../check/external/loopback.js'

const server = useLoopback()

/**
 * A resolver for any name that answers `answers` in turn (the last one for ever after), as a
 * DNS-rebinding name does: a public address to whoever asks first, the local one next.
 */
function rebinding(...answers: string[]): {lookup: LookupFunction; calls: () => number} {
  let calls = 0
  const lookup = ((_hostname: string, options: {all?: boolean}, callback: (...args: unknown[]) => void): void => {
    const address = answers[Math.min(calls, answers.length - 1)]!
    calls++
    if (options.all) callback(null, [{address, family: 4}])
    else callback(null, address, 4)
  }) as unknown as LookupFunction
  return {lookup, calls: () => calls}
}

/** Resolve a name once through `lookup`, as a check before the request would. */
function resolveOnce(lookup: LookupFunction, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    lookup(host, {}, (error, address) => (error ? reject(error) : resolve(String(address))))
  })
}

/** GET `url`; the refused address, or the status. */
async function get(url: string, publicOnly: boolean, lookup?: LookupFunction): Promise<string | number> {
  try {
    const response = await openRequest(url, {method: 'GET', userAgent: 'test', publicOnly, lookup, signal: AbortSignal.timeout(2000)})
    response.destroy()
    return response.statusCode ?? 0
  } catch (error) {
    return refusedAddress(error) ?? String(error)
  }
}

describe('openRequest', () => {
  it('refuses an IP literal on this machine without sending anything', async () => {
    expect(await get(`${server.base}/ok`, true)).toBe('127.0.0.1')
    expect(server.count('/ok')).toBe(0)
  })

  it('refuses localhost, resolved by the system', async () => {
    const port = new URL(server.base).port
    expect(await get(`http://localhost:${port}/ok`, true)).toMatch(/^(127\.0\.0\.1|::1)$/)
    expect(server.count('/ok')).toBe(0)
  })

  it('refuses a name that answers a public address first and this machine next, on the address it connects to', async () => {
    const port = new URL(server.base).port
    const name = rebinding('93.184.216.34', '127.0.0.1')
    // A check that resolved the name before the request (as Colophon's did) was told a public address…
    expect(await resolveOnce(name.lookup, 'rebind.example')).toBe('93.184.216.34')
    // …and the connection, resolving again, is refused on the loopback address it got.
    expect(await get(`http://rebind.example:${port}/ok`, true, name.lookup)).toBe('127.0.0.1')
    expect(name.calls()).toBe(2)
    expect(server.count('/ok')).toBe(0)
  })

  it('reaches the same server through the same name when private addresses are allowed (so the refusal above is the filter)', async () => {
    const port = new URL(server.base).port
    const name = rebinding('93.184.216.34', '127.0.0.1')
    await resolveOnce(name.lookup, 'rebind.example')
    expect(await get(`http://rebind.example:${port}/ok`, false, name.lookup)).toBe(200)
    expect(server.count('/ok')).toBe(1)
  })
})

describe('checkUrls with publicOnly', () => {
  it('leaves a rebinding name unchecked as private, and a redirect into this machine too', async () => {
    const port = new URL(server.base).port
    const url = `http://rebind.example:${port}/ok`
    const outcomes = await checkUrls([url, `${server.base}/moved`], {publicOnly: true, lookup: rebinding('127.0.0.1').lookup, timeoutMs: 500, retries: 0})
    expect(outcomes.get(url)).toEqual({status: 'unchecked', detail: 'private:127.0.0.1'})
    expect(outcomes.get(`${server.base}/moved`)).toEqual({status: 'unchecked', detail: 'private:127.0.0.1'})
    expect(server.requests).toEqual([])
  })
})
