// Test helper: a real HTTP server on 127.0.0.1 that answers the way real sites do, and counts what it is sent.
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {afterAll, beforeAll, beforeEach} from 'vitest'

/** What the server saw. */
export interface Loopback {
  /** `http://127.0.0.1:port` */
  base: string
  /** Every request as `METHOD /path`, in arrival order. */
  requests: string[]
  /** `User-Agent` of the last request. */
  userAgent: string | undefined
  /** Most requests in flight at once, over the whole run. */
  maxInFlight: number
  /** Requests to `path` (any method). */
  count(path: string): number
  /** When each request to `path` arrived (`performance.now()` milliseconds), in order. */
  arrivals(path: string): number[]
  /** Forget what was seen (between tests). */
  reset(): void
  /** Stop the server, dropping requests left hanging. */
  close(): Promise<void>
}

/**
 * A server for the tests around the call (a file or a `describe`): started before them, its
 * counts reset before each test, closed after them all.
 *
 * @returns The server; read its fields inside tests, once it has started.
 */
export function useLoopback(): Loopback {
  let server: Loopback | undefined
  beforeAll(async () => {
    server = await startLoopback()
  })
  afterAll(async () => {
    await server?.close()
  })
  beforeEach(() => {
    server?.reset()
  })
  const live = (): Loopback => {
    if (!server) throw new Error('the loopback server is read before it started; read it inside a test')
    return server
  }

  return {
    get base() {
      return live().base
    },
    get requests() {
      return live().requests
    },
    get userAgent() {
      return live().userAgent
    },
    get maxInFlight() {
      return live().maxInFlight
    },
    count: (path) => live().count(path),
    arrivals: (path) => live().arrivals(path),
    reset: () => live().reset(),
    close: () => live().close()
  }
}

/**
 * Start the server. Routes: `/ok` 200, `/moved` 301, `/moved-308` 308 and `/found` 302 to `/landing/<name>` (200),
 * `/missing` 404, `/gone` 410, `/busy` 429 (`Retry-After: 1`) then 200, `/busy-date` 429 with an HTTP date then 200,
 * `/busy-long` always 429 (`Retry-After: 3600`), `/flaky` 500 then 200, `/slow-answer` 408 then 200, `/down` always 500, `/hang` never answers,
 * `/no-head` 405 to HEAD and 200 to GET, `/bot` always 403, `/linkedin` always 999, `/loop` redirects to itself,
 * `/slow/*` 200 once requests overlap (see below).
 *
 * @returns The running server.
 */
export async function startLoopback(): Promise<Loopback> {
  const seen = new Map<string, number>()
  let inFlight = 0
  const waiting: Array<() => void> = []
  const state = {requests: [] as string[], arrivals: [] as Array<{path: string; at: number}>, userAgent: undefined as string | undefined, maxInFlight: 0}

  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const path = new URL(request.url ?? '/', 'http://x').pathname
    const times = (seen.get(path) ?? 0) + 1
    seen.set(path, times)
    state.requests.push(`${request.method} ${path}`)
    state.arrivals.push({path, at: performance.now()})
    state.userAgent = request.headers['user-agent']
    inFlight++
    state.maxInFlight = Math.max(state.maxInFlight, inFlight)
    response.on('close', () => inFlight--)
    const send = (status: number, headers: Record<string, string> = {}): void => {
      response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : `status ${status}\n`)
    }

    if (path === '/ok') send(200)
    else if (path.startsWith('/landing/')) send(200)
    else if (path === '/moved') send(301, {location: '/landing/moved'})
    else if (path === '/moved-308') send(308, {location: '/landing/moved-308'})
    else if (path === '/found') send(302, {location: '/landing/found'})
    else if (path === '/loop') send(301, {location: '/loop'})
    else if (path === '/missing') send(404)
    else if (path === '/gone') send(410)
    else if (path === '/busy') send(times === 1 ? 429 : 200, times === 1 ? {'retry-after': '1'} : {})
    else if (path === '/busy-date') send(times === 1 ? 429 : 200, times === 1 ? {'retry-after': new Date(Date.now() + 1000).toUTCString()} : {})
    else if (path === '/busy-long') send(429, {'retry-after': '3600'})
    else if (path === '/flaky') send(times === 1 ? 500 : 200)
    else if (path === '/slow-answer') send(times === 1 ? 408 : 200)
    else if (path === '/down') send(500)
    else if (path === '/hang') return
    else if (path === '/no-head') send(request.method === 'HEAD' ? 405 : 200)
    else if (path === '/bot') send(403)
    else if (path === '/linkedin') send(999)
    else if (path.startsWith('/slow/')) {
      // Hold answers so requests overlap: two in flight release together after a moment, a third at once.
      // Under a per-host limit of two the third never comes, so `maxInFlight` is exactly 2; without it, more.
      waiting.push(() => send(200))
      const releaseAll = (): void => {
        for (const next of waiting.splice(0)) next()
      }

      if (inFlight >= 3) releaseAll()
      else if (inFlight === 2) setTimeout(releaseAll, 200)
      else setTimeout(releaseAll, 1000)
    } else send(404)
  }

  const server: Server = createServer(handle)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {
    base: `http://127.0.0.1:${port}`,
    get requests() {
      return state.requests
    },
    get userAgent() {
      return state.userAgent
    },
    get maxInFlight() {
      return state.maxInFlight
    },
    count: (path) => state.requests.filter((line) => line.endsWith(` ${path}`)).length,
    arrivals: (path) => state.arrivals.filter((arrival) => arrival.path === path).map((arrival) => arrival.at),
    reset() {
      seen.clear()
      state.requests = []
      state.arrivals = []
      state.maxInFlight = 0
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/**
 * A port on 127.0.0.1 where nothing listens (a server is started and stopped to find one).
 *
 * @returns The port.
 */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}
