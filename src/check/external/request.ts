// One HTTP request with Node's fetch: no automatic redirects, a time limit, the body never downloaded.

/** What one request answered, or why it got no answer. */
export type Answer =
  | {kind: 'response'; status: number; location: string | null; retryAfter: string | null}
  | {kind: 'timeout'}
  | {kind: 'unreachable'; code: string}
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
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT'
])

/**
 * Send one request.
 *
 * @param url - Absolute http(s) URL without a fragment.
 * @param method - `HEAD` first; `GET` where HEAD is refused.
 * @param options - Time limit, `User-Agent` and an outer abort signal.
 * @returns The status and the headers that matter, or why there was none.
 */
export async function request(
  url: string,
  method: 'HEAD' | 'GET',
  options: {timeoutMs: number; userAgent: string; signal?: AbortSignal | undefined}
): Promise<Answer> {
  const timeout = AbortSignal.timeout(options.timeoutMs)
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout
  try {
    const response = await fetch(url, {
      method,
      redirect: 'manual',
      signal,
      headers: {'user-agent': options.userAgent, accept: '*/*'}
    })
    // Only the status matters: never download a page (or a 2 GB file) to check a link.
    await response.body?.cancel().catch(() => {})
    return {
      kind: 'response',
      status: response.status,
      location: response.headers.get('location'),
      retryAfter: response.headers.get('retry-after')
    }
  } catch (error) {
    if (options.signal?.aborted) throw error
    if (timeout.aborted) return {kind: 'timeout'}
    const code = errorCode(error)
    return unreachableCodes.has(code) ? {kind: 'unreachable', code} : {kind: 'failed', code}
  }
}

/** The most specific code in a fetch error's chain of causes (`ENOTFOUND`, `CERT_HAS_EXPIRED`…). */
function errorCode(error: unknown): string {
  let current: unknown = error
  for (let depth = 0; depth < 5 && current; depth++) {
    const code = (current as {code?: unknown}).code
    if (typeof code === 'string') return code
    current = (current as {cause?: unknown}).cause
  }

  return error instanceof Error ? error.message : String(error)
}
