// Downloads one file over http(s) within limits: size, time, redirects, and only public addresses unless allowed.
import type {LookupFunction} from 'node:net'
import {openRequest} from './open-request.js'
import {refusedAddress} from './public-agent.js'

/** Limits of one download. */
export interface DownloadOptions {
  /** Largest body accepted, in bytes. */
  maxBytes: number
  /** Most redirects followed; each target connects through the same rules. */
  maxRedirects: number
  /** Time limit of the whole download, redirects included. */
  timeoutMs: number
  /** `User-Agent` header. */
  userAgent: string
  /** Only public internet addresses (see src/net/public-agent.ts); the CLI always sets it. */
  publicOnly: boolean
  /** Name resolution, for tests. */
  lookup?: LookupFunction | undefined
}

/** The body, or why there is none (a short sentence with values in backticks). */
export type Downloaded = {ok: true; bytes: Buffer; url: string} | {ok: false; reason: string}

const redirects = new Set([301, 302, 303, 307, 308])

/**
 * GET `url` and read its body.
 *
 * @param url - Absolute http(s) URL.
 * @param options - Limits.
 * @returns The bytes and the URL they finally came from, or the reason.
 */
export async function download(url: string, options: DownloadOptions): Promise<Downloaded> {
  const signal = AbortSignal.timeout(options.timeoutMs)
  let current = url
  try {
    for (let hop = 0; hop <= options.maxRedirects; hop++) {
      if (!/^https?:$/.test(new URL(current).protocol)) return {ok: false, reason: `redirected to \`${current}\`, which is not http(s)`}
      const response = await openRequest(current, {method: 'GET', signal, userAgent: options.userAgent, accept: 'image/*', publicOnly: options.publicOnly, lookup: options.lookup})
      const status = response.statusCode ?? 0
      if (redirects.has(status)) {
        response.destroy()
        const location = response.headers.location
        if (!location) return {ok: false, reason: `\`${status}\` redirect without a Location`}
        current = new URL(location, current).href
        continue
      }

      if (status < 200 || status > 299) {
        response.destroy()
        return {ok: false, reason: `the server answered \`${status}\``}
      }

      // Refuse before reading when the server says how large it is; count the bytes as well, since it may not say or lie.
      const declared = Number(response.headers['content-length'])
      if (declared > options.maxBytes) {
        response.destroy()
        return {ok: false, reason: tooLarge(options.maxBytes)}
      }

      const chunks: Buffer[] = []
      let size = 0
      for await (const chunk of response as AsyncIterable<Buffer>) {
        size += chunk.length
        if (size > options.maxBytes) {
          response.destroy()
          return {ok: false, reason: tooLarge(options.maxBytes)}
        }

        chunks.push(chunk)
      }

      return {ok: true, bytes: Buffer.concat(chunks), url: current}
    }

    return {ok: false, reason: `more than ${options.maxRedirects} redirects`}
  } catch (error) {
    const after = current === url ? '' : ` after a redirect to \`${current}\``
    if (signal.aborted) return {ok: false, reason: `no complete answer in ${options.timeoutMs / 1000} s${after}`}
    const refused = refusedAddress(error)
    if (refused) return {ok: false, reason: `it points at this machine or a private network (\`${refused}\`)${after}; download it by hand`}
    const code = (error as {code?: unknown}).code
    return {ok: false, reason: `cannot reach the site (\`${typeof code === 'string' ? code : String(error)}\`)${after}`}
  }
}

function tooLarge(maxBytes: number): string {
  return `it is larger than ${maxBytes / 1024 / 1024} MiB`
}
