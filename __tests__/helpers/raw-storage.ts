// A storage host that misbehaves on purpose: a raw TCP (or TLS) server that reads one request head and
// answers with whatever bytes a case needs (FIN right after the body with Connection: close, no
// Content-Length, short bodies, RST, stalls, garbage, odd redirects, gzip). Node's http server would
// refuse to produce most of these.
import { createServer as createNetServer, type AddressInfo, type Server, type Socket } from 'node:net'
import { createServer as createTlsServer } from 'node:tls'

export interface RawRequest {
  method: string
  path: string
  headers: Record<string, string>
}

/** What the server does with the n-th request (1-based) it receives. */
export type Behaviour = (sock: Socket, req: RawRequest, n: number) => void

export class RawStorage {
  readonly requests: RawRequest[] = []
  private readonly sockets = new Set<Socket>()

  private constructor(
    private readonly server: Server,
    private readonly scheme: 'http' | 'https'
  ) {}

  static async start(behave: Behaviour, tls?: { key: string; cert: string }): Promise<RawStorage> {
    // The server's socket handler needs the instance, which needs the server.
    const ref: { self?: RawStorage } = {}
    const onSocket = (sock: Socket): void => {
      ref.self!.sockets.add(sock)
      sock.on('close', () => ref.self!.sockets.delete(sock))
      sock.on('error', () => undefined)
      let head = ''
      const onData = (d: Buffer): void => {
        head += d.toString('latin1')
        const end = head.indexOf('\r\n\r\n')
        if (end < 0) return
        sock.off('data', onData)
        const [line, ...rest] = head.slice(0, end).split('\r\n')
        const [method, path] = line.split(' ')
        const headers: Record<string, string> = {}
        for (const h of rest) {
          const i = h.indexOf(':')
          headers[h.slice(0, i).trim().toLowerCase()] = h.slice(i + 1).trim()
        }
        const req = { method, path, headers }
        ref.self!.requests.push(req)
        behave(sock, req, ref.self!.requests.length)
      }
      sock.on('data', onData)
    }
    const server = tls ? createTlsServer(tls, onSocket) : createNetServer(onSocket)
    const self = (ref.self = new RawStorage(server, tls ? 'https' : 'http'))
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    return self
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port
  }

  /** A signed-looking URL on this server; `host` replaces 127.0.0.1 (a name only a proxy can resolve). */
  url(path = '/blob/asset', host = '127.0.0.1'): string {
    return `${this.scheme}://${host}:${this.port}${path}?X-Amz-Signature=s3cr3tsignature&X-Amz-Expires=300`
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy()
    await new Promise<void>(resolve => this.server.close(() => resolve()))
  }
}

export function head(status: string, headers: Record<string, string | number>): string {
  return `HTTP/1.1 ${status}\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}\r\n`
}

/** The whole body, then FIN at once: what an HTTP/1.0-style host or CDN edge does with Connection: close. */
export const finAfterBody =
  (body: Buffer): Behaviour =>
  sock => {
    sock.write(head('200 OK', { 'Content-Length': body.length, Connection: 'close' }))
    sock.write(body)
    sock.end()
  }

/** No Content-Length: the body ends where the connection does (RFC 9112 §6.3, last rule). */
export const eofDelimited =
  (body: Buffer): Behaviour =>
  sock => {
    sock.write('HTTP/1.0 200 OK\r\nContent-Type: application/octet-stream\r\n\r\n')
    sock.end(body)
  }

/** Announces the full length, sends `n` bytes, then FIN. */
export const shortBody =
  (body: Buffer, n: number): Behaviour =>
  sock => {
    sock.write(head('200 OK', { 'Content-Length': body.length, Connection: 'close' }))
    sock.end(body.subarray(0, n))
  }

/** Sends `n` bytes of the body, then a TCP RST. */
export const resetMidBody =
  (body: Buffer, n: number): Behaviour =>
  sock => {
    sock.write(head('200 OK', { 'Content-Length': body.length }))
    sock.write(body.subarray(0, n), () => setTimeout(() => sock.resetAndDestroy(), 20))
  }

/** Sends `n` bytes of the body, then nothing (the connection stays open). */
export const stallAfter =
  (body: Buffer, n: number): Behaviour =>
  sock => {
    sock.write(head('200 OK', { 'Content-Length': body.length }))
    sock.write(body.subarray(0, n))
  }

export const redirectTo =
  (location: string): Behaviour =>
  sock =>
    sock.end(head('302 Found', { Location: location, 'Content-Length': 0, Connection: 'close' }))
