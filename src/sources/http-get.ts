// One GET with Node's own HTTP client, through the runner's proxy when it has one.
//
// Release assets are not fetched with the toolkit's undici fetch: undici before 8.6.0 (the 6.x line that
// @actions/http-client and @actions/github pin, and every 7.x) throws an uncatchable
// `assert(!this.paused)` from the socket's 'end' handler when a server closes the connection while the
// body is paused by back-pressure (nodejs/undici#5360, fixed by #5474 in 8.6.0). 8.x needs Node >= 22.19
// and fails to load on Node 20, which this package still supports, so it cannot replace 6.x here. Node's
// http client parses in C and treats a FIN while paused as an ordinary end of stream.
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { Socket } from 'node:net'
import { connect as tlsConnect } from 'node:tls'
import { getProxyUrl } from '@actions/http-client/lib/proxy'

export interface GetOptions {
  headers: Record<string, string>
  signal: AbortSignal
  /** Trust roots to use instead of the system's (tests serve storage with a self-signed certificate). */
  ca?: string | Buffer
  /** Proxy for a URL; default: HTTPS_PROXY / HTTP_PROXY / NO_PROXY, read the way @actions/http-client does. */
  proxyFor?: (url: URL) => URL | undefined
}

export type HttpGet = (url: URL, o: GetOptions) => Promise<IncomingMessage>

/** A failure on the way to a proxy, so messages can say the proxy (not the storage host) refused. */
export class ProxyFailure extends Error {
  override readonly name = 'ProxyFailure'
  constructor(
    readonly proxyHost: string,
    message: string,
    override readonly cause?: unknown,
    /** The proxy answered the tunnel request with this status. */
    readonly status?: number
  ) {
    super(message)
  }
}

const defaultPort = (u: URL): number => Number(u.port) || (u.protocol === 'https:' ? 443 : 80)

function proxyAuth(proxy: URL): Record<string, string> {
  if (!proxy.username && !proxy.password) return {}
  const creds = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`
  return { 'proxy-authorization': `Basic ${Buffer.from(creds).toString('base64')}` }
}

function send(req: ClientRequest, resolve: (r: IncomingMessage) => void, reject: (e: unknown) => void): void {
  let response: IncomingMessage | undefined
  req.once('response', res => resolve((response = res)))
  // A reset mid-body is an 'error' on the request, not the response (which only sees 'aborted'); hand it
  // to the response so the reader learns why. The listener stays: an unheard 'error' event kills Node.
  req.on('error', e => {
    if (!response) reject(e)
    else if (!response.complete) response.destroy(e)
  })
  req.end()
}

/** HTTP/1.1 CONNECT through the proxy; resolves with the raw tunnel socket. */
function tunnel(proxy: URL, target: URL, signal: AbortSignal): Promise<Socket> {
  const proxyHost = proxy.host
  const authority = `${target.hostname}:${defaultPort(target)}`
  return new Promise((resolve, reject) => {
    const req = (proxy.protocol === 'https:' ? httpsRequest : httpRequest)({
      host: proxy.hostname,
      port: defaultPort(proxy),
      method: 'CONNECT',
      path: authority,
      headers: { host: authority, ...proxyAuth(proxy) },
      signal,
      agent: false
    })
    // Node hands every answer to a CONNECT to 'connect' (never 'response'), whatever its status.
    req.once('connect', (res, socket) => {
      // From here the socket is ours; the TLS session on top reports its failures to the request.
      socket.on('error', () => undefined)
      if (res.statusCode === 200) return resolve(socket)
      socket.destroy()
      reject(
        new ProxyFailure(
          proxyHost,
          `proxy ${proxyHost} refused the tunnel to ${authority}: HTTP ${res.statusCode}`,
          undefined,
          res.statusCode
        )
      )
    })
    req.on('error', e => reject(signal.aborted ? e : new ProxyFailure(proxyHost, (e as Error).message, e)))
    req.end()
  })
}

export const nodeGet: HttpGet = async (url, o) => {
  const proxy = (o.proxyFor ?? (u => getProxyUrl(u)))(url)
  const path = `${url.pathname}${url.search}`
  const secure = url.protocol === 'https:'
  // No keep-alive: one connection per request, so a misbehaving host cannot poison a pooled socket.
  if (!proxy) {
    return new Promise((resolve, reject) =>
      send(
        (secure ? httpsRequest : httpRequest)(url, {
          headers: o.headers,
          signal: o.signal,
          agent: false,
          ca: o.ca
        }),
        resolve,
        reject
      )
    )
  }
  if (!secure) {
    // Plain HTTP through a proxy uses the absolute URI as the request target (RFC 9112 §3.2.2).
    return new Promise((resolve, reject) => {
      const req = (proxy.protocol === 'https:' ? httpsRequest : httpRequest)({
        host: proxy.hostname,
        port: defaultPort(proxy),
        path: url.href,
        headers: { ...o.headers, host: url.host, ...proxyAuth(proxy) },
        signal: o.signal,
        agent: false
      })
      // Until the proxy's socket connects (and, to an https: proxy, finishes its TLS handshake), a failure is
      // the proxy's; after that the proxy relays the target.
      let connected = false
      const ready = proxy.protocol === 'https:' ? 'secureConnect' : 'connect'
      req.once('socket', s => s.once(ready, () => (connected = true)))
      send(req, resolve, e =>
        reject(connected || o.signal.aborted ? e : new ProxyFailure(proxy.host, (e as Error).message, e))
      )
    })
  }
  const socket = await tunnel(proxy, url, o.signal)
  return new Promise((resolve, reject) =>
    send(
      httpsRequest({
        host: url.hostname,
        port: defaultPort(url),
        path,
        headers: o.headers,
        signal: o.signal,
        // The TLS session runs end to end inside the tunnel; the proxy sees only the host name.
        createConnection: () => tlsConnect({ socket, servername: url.hostname, ca: o.ca })
      }),
      resolve,
      reject
    )
  )
}
