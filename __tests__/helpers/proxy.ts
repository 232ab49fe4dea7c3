// A loopback forward proxy as self-hosted runners have them: CONNECT tunnels for https: targets and
// absolute-form requests for http: ones. Host names under `.glibc-floor.test` exist only here: they
// resolve to 127.0.0.1, so a request that reaches them went through the proxy (the toolkit never
// proxies loopback addresses, so tests cannot use 127.0.0.1 as the target).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, request, type Server } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const TEST_DOMAIN = 'glibc-floor.test'

export interface ProxiedRequest {
  method: string
  /** host:port for CONNECT, the absolute URL otherwise. */
  target: string
  proxyAuthorization?: string
  /** Authorization the client sent through the proxy (absolute-form only; a tunnel hides it). */
  authorization?: string
}

const resolveHost = (host: string): string => (host.endsWith(`.${TEST_DOMAIN}`) ? '127.0.0.1' : host)

export class TestProxy {
  readonly requests: ProxiedRequest[] = []
  /** Tunnels outlive the HTTP server's own connection tracking; close() ends them. */
  private readonly tunnels = new Set<import('node:stream').Duplex>()

  private constructor(private readonly server: Server) {}

  /** `auth` ("user:pass") makes the proxy answer 407 to requests without those credentials. */
  static async start(auth?: string): Promise<TestProxy> {
    const server = createServer()
    const self = new TestProxy(server)
    const expected = auth ? `Basic ${Buffer.from(auth).toString('base64')}` : undefined
    server.on('connect', (req, client, headBytes) => {
      self.requests.push({
        method: 'CONNECT',
        target: req.url ?? '',
        proxyAuthorization: req.headers['proxy-authorization']
      })
      if (expected && req.headers['proxy-authorization'] !== expected) {
        client.end('HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n')
        return
      }
      const [host, port] = (req.url ?? '').split(':')
      const upstream = connect(Number(port), resolveHost(host), () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.write(headBytes)
        upstream.pipe(client)
        client.pipe(upstream)
      })
      for (const s of [client, upstream]) {
        self.tunnels.add(s)
        s.on('close', () => self.tunnels.delete(s))
      }
      upstream.on('error', () => client.destroy())
      client.on('error', () => upstream.destroy())
    })
    server.on('request', (req, res) => {
      self.requests.push({
        method: req.method ?? 'GET',
        target: req.url ?? '',
        proxyAuthorization: req.headers['proxy-authorization'],
        authorization: req.headers.authorization
      })
      if (expected && req.headers['proxy-authorization'] !== expected) {
        res.writeHead(407).end()
        return
      }
      const target = new URL(req.url ?? '')
      const headers = { ...req.headers }
      delete headers['proxy-authorization']
      const up = request(
        {
          host: resolveHost(target.hostname),
          port: target.port,
          path: `${target.pathname}${target.search}`,
          headers
        },
        upRes => {
          res.writeHead(upRes.statusCode ?? 502, upRes.headers)
          upRes.pipe(res)
        }
      )
      up.on('error', () => res.destroy())
      req.pipe(up)
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    return self
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async close(): Promise<void> {
    for (const s of this.tunnels) s.destroy()
    this.server.closeAllConnections()
    await new Promise<void>(resolve => this.server.close(() => resolve()))
  }
}

/** A throw-away self-signed certificate for `names` (made with the openssl CLI). */
export function selfSignedCert(names: string[]): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cert-'))
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '2',
        '-subj',
        `/CN=${names[0]}`,
        '-addext',
        `subjectAltName=${names.map(n => (/^[\d.]+$/.test(n) ? `IP:${n}` : `DNS:${n}`)).join(',')}`
      ],
      { stdio: 'ignore' }
    )
    return {
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8')
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
