// One HTTP request of the link checker: no automatic redirects, a time limit, the body never downloaded.
import {openRequest} from '../../net/open-request.js'
import {refusedAddress, type ConnectRules} from '../../net/public-agent.js'

/** What one request answered, or why it got no answer. */
export type Answer =
  | {kind: 'response'; status: number; location: string | null; retryAfter: string | null}
  | {kind: 'timeout'}
  | {kind: 'unreachable'; code: string}
  | {kind: 'private'; address: string}
  | {kind: 'failed'; code: string}

/** Error codes that mean the network (or DNS) could not reach the site: the link is unchecked, not broken. */
const unreachableCodes = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_FAIL',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT'
])

/**
 * Send one request.
 *
 * @param url - Absolute http(s) URL without a fragment.
 * @param method - `HEAD` first; `GET` where HEAD is refused.
 * @param options - Time limit, `User-Agent`, an outer abort signal, and whether only public
 *   addresses may be connected to (a refused connection answers `private:<address>`).
 * @returns The status and the headers that matter, or why there was none.
 */
export async function request(
  url: string,
  method: 'HEAD' | 'GET',
  options: {timeoutMs: number; userAgent: string; signal?: AbortSignal | undefined} & ConnectRules
): Promise<Answer> {
  const timeout = AbortSignal.timeout(options.timeoutMs)
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout
  try {
    const response = await openRequest(url, {method, signal, userAgent: options.userAgent, publicOnly: options.publicOnly, lookup: options.lookup})
    // Only the status matters: never download a page (or a 2 GB file) to check a link.
    response.destroy()
    return {
      kind: 'response',
      status: response.statusCode ?? 0,
      location: header(response.headers.location),
      retryAfter: header(response.headers['retry-after'])
    }
  } catch (error) {
    if (options.signal?.aborted) throw error
    if (timeout.aborted) return {kind: 'timeout'}
    const refused = refusedAddress(error)
    if (refused) return {kind: 'private', address: refused}
    const code = errorCode(error)
    return unreachableCodes.has(code) ? {kind: 'unreachable', code} : {kind: 'failed', code}
  }
}

/** A header's value, or `null` when absent. */
function header(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null
}

/** The most specific code in a request error's chain of causes (`ENOTFOUND`, `CERT_HAS_EXPIRED`…). */
function errorCode(error: unknown): string {
  let current: unknown = error
  for (let depth = 0; depth < 5 && current; depth++) {
    const code = (current as {code?: unknown}).code
    if (typeof code === 'string') return code
    current = (current as {cause?: unknown}).cause
  }

  return error instanceof Error ? error.message : String(error)
}
