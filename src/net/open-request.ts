// One HTTP(S) request through Node's http module, so that the connection goes through an agent that checks the connected address.
import {request as httpRequest, type IncomingMessage} from 'node:http'
import {request as httpsRequest} from 'node:https'
import {agentFor, type ConnectRules} from './public-agent.js'

/** What to send. */
export interface RequestSettings extends ConnectRules {
  method: 'HEAD' | 'GET'
  /** `User-Agent` header: who is asking, so site owners can tell. */
  userAgent: string
  /** `Accept` header. */
  accept?: string
  /** Ends the request (and any body still coming): a time limit, Ctrl-C. */
  signal: AbortSignal
}

/**
 * Send a request and wait for the response's head. Redirects are never followed here: each
 * caller follows them by hand so that every hop connects through the same rules.
 *
 * (Node's own `fetch` cannot take an `http.Agent`, and its connections could not be checked.)
 *
 * @param url - Absolute http(s) URL.
 * @param settings - Method, headers, abort signal, connection rules.
 * @returns The response, its body not yet read; the caller reads or destroys it.
 */
export function openRequest(url: string, settings: RequestSettings): Promise<IncomingMessage> {
  const send = new URL(url).protocol === 'https:' ? httpsRequest : httpRequest
  const agent = agentFor(url, settings)
  return new Promise((resolve, reject) => {
    const outgoing = send(url, {
      method: settings.method,
      agent,
      // Passed on to the agent's connection; `request-filtering-agent` wraps it with its check.
      ...(settings.lookup ? {lookup: settings.lookup} : {}),
      signal: settings.signal,
      headers: {'user-agent': settings.userAgent, accept: settings.accept ?? '*/*'}
    })
    outgoing.on('response', (response) => {
      // The agent is the request's own: free its sockets once the response is done with.
      response.on('close', () => agent.destroy())
      resolve(response)
    })
    outgoing.on('error', (error) => {
      agent.destroy()
      reject(error)
    })
    outgoing.end()
  })
}
