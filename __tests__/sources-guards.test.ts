// The download guards, each driven by a real loopback HTTP server that misbehaves in one way: endless or
// missing redirects, a downgrade to plain http, a stalled body, digests that do not match (sha256 and
// sha512), and checksum files that contradict each other. Assertions are on behaviour (what was fetched,
// what is left on disk, the error's code) plus short stable substrings of the message.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import {
  downloadToFile,
  progressLogger,
  fetchReleaseAssets,
  githubAssetDownloader,
  octokitReleasesApi,
  parseChecksums,
  parseRepository,
  resolveRelease,
  selectAssets,
  nodeGet,
  type HttpGet,
  type SourceLog
} from '../src/sources/index.js'
import { checksumsTxt, FakeGitHub, sha256, type FakeAsset } from './helpers/fake-github.js'
import { sourceError } from './helpers/source-error.js'

const noWait = { attempts: 3, baseDelayMs: 1, maxDelayMs: 1000, sleep: async () => {} }
const payload = Buffer.from('\x7fELF pretend release asset, long enough to matter\n'.repeat(50))
const sha512 = (b: Buffer): string => createHash('sha512').update(b).digest('hex')

let tmp: string
let n = 0
const dest = (): string => join(tmp, `dl-${n++}`)

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'sources-guards-'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

type Handler = (req: IncomingMessage, res: ServerResponse, hit: number) => void

/** A loopback server answering with `handler`; `hits` counts every request it received. */
class Loopback {
  hits: string[] = []
  private constructor(private readonly server: Server) {}
  static async start(handler: Handler): Promise<Loopback> {
    const box: { self?: Loopback } = {}
    const server = createServer((req, res) => {
      box.self!.hits.push(req.url ?? '/')
      handler(req, res, box.self!.hits.length)
    })
    box.self = new Loopback(server)
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
    return box.self
  }
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }
  close(): Promise<void> {
    return new Promise(r => (this.server.closeAllConnections(), this.server.close(() => r())))
  }
}

const open: Loopback[] = []
async function serve(handler: Handler): Promise<Loopback> {
  const s = await Loopback.start(handler)
  open.push(s)
  return s
}
afterEach(async () => {
  await Promise.all(open.splice(0).map(s => s.close()))
})

/** A request for /x on `s`, written to `file`. */
const at = (
  s: Loopback,
  file: string,
  more: Partial<Parameters<typeof downloadToFile>[0]> = {}
): Parameters<typeof downloadToFile>[0] => ({
  url: `${s.url}/x`,
  headers: {},
  dest: file,
  what: 'asset t',
  ...more
})

/** /hop/N redirects to /hop/N-1 … /hop/0, which serves the payload. */
const chain: Handler = (req, res) => {
  const m = /^\/hop\/(\d+)$/.exec(req.url ?? '')
  const left = m ? Number(m[1]) : 0
  if (left > 0) {
    res.writeHead(302, { location: `/hop/${left - 1}` })
    res.end()
  } else {
    res.writeHead(200, { 'content-length': String(payload.length) })
    res.end(payload)
  }
}

describe('redirects', () => {
  test('the cap is exact: N redirects are followed, N+1 are refused without a further request', async () => {
    const s = await serve(chain)
    const ok = dest()
    await downloadToFile(
      { url: `${s.url}/hop/2`, headers: {}, dest: ok, what: 'asset t' },
      { maxRedirects: 2, retry: noWait }
    )
    expect(readFileSync(ok).equals(payload)).toBe(true)
    expect(s.hits).toEqual(['/hop/2', '/hop/1', '/hop/0'])

    s.hits = []
    const refused = dest()
    const err = await sourceError(
      downloadToFile(
        { url: `${s.url}/hop/3`, headers: {}, dest: refused, what: 'asset t' },
        { maxRedirects: 2, retry: noWait }
      )
    )
    expect(err.message).toMatch(/redirect/i)
    // Not retried, and the hop after the cap was never requested.
    expect(s.hits).toEqual(['/hop/3', '/hop/2', '/hop/1'])
    expect(existsSync(refused)).toBe(false)
  })

  test('by default five redirects are followed and a sixth is refused', async () => {
    const s = await serve(chain)
    await downloadToFile(
      { url: `${s.url}/hop/5`, headers: {}, dest: dest(), what: 'asset t' },
      { retry: noWait }
    )
    expect(s.hits).toHaveLength(6)
    s.hits = []
    const err = await sourceError(
      downloadToFile({ url: `${s.url}/hop/6`, headers: {}, dest: dest(), what: 'asset t' }, { retry: noWait })
    )
    expect(err.message).toMatch(/redirect/i)
    expect(s.hits).toHaveLength(6)
  })

  test('a redirect without Location is an error, not retried, and writes nothing', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(302)
      res.end()
    })
    const file = dest()
    const err = await sourceError(downloadToFile(at(s, file), { retry: noWait }))
    expect(err.message).toMatch(/location/i)
    expect(err.message).toContain('asset t')
    expect(s.hits).toHaveLength(1)
    expect(existsSync(file)).toBe(false)
  })

  interface Answer {
    status: number
    headers?: Record<string, string>
    body?: Buffer
  }

  /**
   * No TLS server here: the https hops are answered by a loopback server standing in for them, every http://
   * URL goes to the real host. What the guard decides is whether the http:// server is ever contacted.
   */
  async function httpsFront(answers: Record<string, Answer>): Promise<{ get: HttpGet; seen: string[] }> {
    const seen: string[] = []
    const front = await serve((req, res) => {
      const a = answers[decodeURIComponent((req.url ?? '/').slice(1))] ?? { status: 404 }
      res.writeHead(a.status, a.headers ?? {})
      res.end(a.body)
    })
    return {
      seen,
      get: async (url, o) => {
        seen.push(`${url.href} auth=${o.headers.authorization ?? '-'}`)
        if (url.protocol === 'https:')
          return nodeGet(new URL(`${front.url}/${encodeURIComponent(url.href)}`), o)
        return nodeGet(url, o)
      }
    }
  }

  test('https → http is refused before the http host is contacted', async () => {
    const s = await serve(chain)
    const front = await httpsFront({
      'https://api.example/asset': { status: 302, headers: { location: `${s.url}/hop/0` } }
    })
    const file = dest()
    const err = await sourceError(
      downloadToFile(
        {
          url: 'https://api.example/asset',
          headers: { authorization: 'Bearer t' },
          dest: file,
          what: 'asset t'
        },
        { get: front.get, retry: noWait }
      )
    )
    expect(err.message).toMatch(/https/)
    expect(s.hits).toEqual([])
    expect(front.seen).toHaveLength(1)
    expect(existsSync(file)).toBe(false)
  })

  test('https → https to another host is followed, without the Authorization header', async () => {
    const front = await httpsFront({
      'https://api.example/asset': {
        status: 302,
        headers: { location: 'https://storage.example/signed?x=1' }
      },
      'https://storage.example/signed?x=1': { status: 200, body: payload }
    })
    const file = dest()
    await downloadToFile(
      {
        url: 'https://api.example/asset',
        headers: { authorization: 'Bearer t' },
        dest: file,
        what: 'asset t'
      },
      { get: front.get, retry: noWait }
    )
    expect(readFileSync(file).equals(payload)).toBe(true)
    expect(front.seen).toEqual([
      'https://api.example/asset auth=Bearer t',
      'https://storage.example/signed?x=1 auth=-'
    ])
  })

  test('http → http on the same origin keeps the Authorization header', async () => {
    const auth: (string | undefined)[] = []
    const s = await serve((req, res, hit) => {
      auth.push(req.headers.authorization)
      if (hit === 1) {
        res.writeHead(307, { location: '/again' })
        res.end()
      } else res.end(payload)
    })
    await downloadToFile(
      { url: `${s.url}/first`, headers: { authorization: 'Bearer t' }, dest: dest(), what: 'asset t' },
      { retry: noWait }
    )
    expect(auth).toEqual(['Bearer t', 'Bearer t'])
  })
})

describe('idle timeout', () => {
  test('a body that stalls is aborted after the idle time, retried, then refused; nothing is left', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': String(payload.length) })
      res.write(payload.subarray(0, 100))
      // …and nothing more: the connection stays open.
    })
    const file = dest()
    const started = Date.now()
    const err = await sourceError(
      downloadToFile(at(s, file, { expectedSize: payload.length }), {
        idleTimeoutMs: 150,
        retry: { ...noWait, attempts: 2 }
      })
    )
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(s.hits).toHaveLength(2)
    expect(err.message).toContain('asset t')
    expect(existsSync(file)).toBe(false)
  })

  test('a server that answers no headers at all is aborted too', async () => {
    const s = await serve(() => {
      // never answers
    })
    const err = await sourceError(
      downloadToFile(at(s, dest()), { idleTimeoutMs: 150, retry: { ...noWait, attempts: 1 } })
    )
    expect(err.message).toContain('asset t')
    expect(s.hits).toHaveLength(1)
  })

  test('a slow body that keeps sending is not cut: the timer re-arms on every chunk', async () => {
    const parts = 6
    const size = Math.ceil(payload.length / parts)
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': String(payload.length) })
      let i = 0
      const tick = (): void => {
        res.write(payload.subarray(i * size, (i + 1) * size))
        if (++i < parts) setTimeout(tick, 100)
        else res.end()
      }
      tick()
    })
    const file = dest()
    // 6 chunks 100 ms apart: 500 ms in total, well past the 250 ms idle time, but never 250 ms silent.
    await downloadToFile(at(s, file, { expectedSize: payload.length }), {
      idleTimeoutMs: 250,
      retry: { ...noWait, attempts: 1 }
    })
    expect(readFileSync(file).equals(payload)).toBe(true)
  })
})

describe('digests on the bytes written', () => {
  const serveIt: Handler = (_req, res) => res.end(payload)

  test.each(['sha256', 'sha512'] as const)(
    '%s: the right digest verifies, a wrong one is refused',
    async alg => {
      const s = await serve(serveIt)
      const right = alg === 'sha256' ? sha256(payload) : sha512(payload)
      const file = dest()
      const ok = await downloadToFile(
        at(s, file, { digest: { algorithm: alg, hex: right, source: 'SUMS' } }),
        {
          retry: noWait
        }
      )
      expect(ok).toMatchObject({ bytes: payload.length, sha256: sha256(payload), verified: true })

      const other = alg === 'sha256' ? sha256(Buffer.from('x')) : sha512(Buffer.from('x'))
      const bad = dest()
      const err = await sourceError(
        downloadToFile(at(s, bad, { digest: { algorithm: alg, hex: other, source: 'SUMS' } }), {
          retry: noWait
        })
      )
      expect(err.code).toBe('CHECKSUM_MISMATCH')
      expect(err.message).toContain(other)
      expect(err.message).toContain(right)
      // A mismatch is final: one request, and the bytes are gone.
      expect(s.hits).toHaveLength(2)
      expect(existsSync(bad)).toBe(false)
    }
  )

  test('without a digest the download is unverified', async () => {
    const s = await serve(serveIt)
    const r = await downloadToFile(at(s, dest()))
    expect(r.verified).toBe(false)
  })

  test('a Content-Length that disagrees with the listed size is refused before the body', async () => {
    const s = await serve(serveIt)
    const file = dest()
    const err = await sourceError(
      downloadToFile(at(s, file, { expectedSize: payload.length + 1 }), { retry: noWait })
    )
    expect(err.code).toBe('SIZE_MISMATCH')
    expect(s.hits).toHaveLength(1)
    expect(existsSync(file)).toBe(false)
  })

  test('a body longer than the listed size is refused, even without Content-Length', async () => {
    const s = await serve((_req, res) => {
      res.write(payload)
      res.end(payload)
    })
    const file = dest()
    const err = await sourceError(
      downloadToFile(at(s, file, { expectedSize: payload.length }), { retry: noWait })
    )
    expect(err.code).toBe('SIZE_MISMATCH')
    expect(existsSync(file)).toBe(false)
  })
})

describe('published checksum files', () => {
  const repo = parseRepository('acme/tool')
  const retry = { baseDelayMs: 1, maxDelayMs: 1000 }
  let gh: FakeGitHub
  let lines: string[]
  const log: SourceLog = { info: l => lines.push(l), warning: l => lines.push(`warning: ${l}`) }
  const tool = (): FakeAsset => ({ name: 'tool-linux-amd64', content: payload })
  const text = (name: string, body: string): FakeAsset => ({ name, content: Buffer.from(body) })

  beforeEach(async () => {
    gh = await FakeGitHub.start()
    lines = []
  })
  afterEach(() => gh.close())

  async function fetchWith(assets: FakeAsset[]) {
    gh.setRepo('acme/tool', [{ tag: 'v1', date: '2024-01-01T00:00:00Z', assets }])
    const api = octokitReleasesApi(getOctokit(gh.token!, { baseUrl: gh.apiUrl }), retry)
    const release = (await resolveRelease(api, repo, 'latest'))!
    const download = githubAssetDownloader({ apiUrl: gh.apiUrl, repo, token: gh.token, retry })
    return fetchReleaseAssets(release, selectAssets(release.assets), {
      workDir: mkdtempSync(join(tmp, 'rel-')),
      download,
      log
    })
  }

  test.each([
    ['SHA512SUMS (coreutils)', () => `${sha512(payload)}  tool-linux-amd64\n`],
    ['SHA512SUMS (BSD tag)', () => `SHA512 (tool-linux-amd64) = ${sha512(payload)}\n`]
  ])('%s verifies the asset with sha512', async (_label, body) => {
    const fetched = await fetchWith([tool(), text('SHA512SUMS', body())])
    expect(fetched).toHaveLength(1)
    expect(fetched[0].verified).toBe(true)
    expect(lines.join('\n')).toMatch(/sha512 matches SHA512SUMS/)
  })

  test('a wrong digest in SHA512SUMS stops the fetch', async () => {
    const err = await sourceError(
      fetchWith([tool(), text('SHA512SUMS', `${sha512(Buffer.from('x'))}  tool-linux-amd64\n`)])
    )
    expect(err.code).toBe('CHECKSUM_MISMATCH')
    expect(err.message).toContain('SHA512SUMS')
  })

  test('with sha256 and sha512 published, sha512 is the one checked, in either order', async () => {
    for (const order of [0, 1]) {
      lines = []
      const files = [checksumsTxt([tool()]), text('SHA512SUMS', `${sha512(payload)}  tool-linux-amd64\n`)]
      const fetched = await fetchWith([tool(), ...(order ? files.reverse() : files)])
      expect(fetched[0].verified).toBe(true)
      expect(lines.join('\n')).toMatch(/sha512 matches SHA512SUMS/)
    }
  })

  test('a wrong sha512 is caught even when checksums.txt has the right sha256', async () => {
    const err = await sourceError(
      fetchWith([
        tool(),
        checksumsTxt([tool()]),
        text('SHA512SUMS', `${sha512(Buffer.from('x'))}  tool-linux-amd64\n`)
      ])
    )
    expect(err.code).toBe('CHECKSUM_MISMATCH')
  })

  test('two checksum files publishing different digests of one algorithm stop the fetch before any download', async () => {
    const err = await sourceError(
      fetchWith([
        tool(),
        checksumsTxt([tool()]),
        text('tool-linux-amd64.sha256', `${sha256(Buffer.from('x'))}\n`)
      ])
    )
    expect(err.code).toBe('CHECKSUM_MISMATCH')
    expect(err.message).toContain('checksums.txt')
    expect(err.message).toContain('tool-linux-amd64.sha256')
    expect(gh.countRequests('storage:tool-linux-amd64')).toBe(0)
  })

  test('two checksum files that agree are fine', async () => {
    const fetched = await fetchWith([
      tool(),
      checksumsTxt([tool()]),
      text('tool-linux-amd64.sha256', `${sha256(payload)}\n`)
    ])
    expect(fetched[0].verified).toBe(true)
  })
})

describe('checksum file formats', () => {
  const h256 = sha256(payload)
  const h512 = sha512(payload)
  const digests = (text: string, source: string) =>
    Object.fromEntries(
      [...parseChecksums(text, source)].map(([name, d]) => [name, `${d.algorithm}:${d.hex}`])
    )

  test.each([
    ['coreutils text mode', `${h256}  tool\n`, 'SHA256SUMS', { tool: `sha256:${h256}` }],
    ['coreutils binary mode', `${h256} *tool\n`, 'SHA256SUMS', { tool: `sha256:${h256}` }],
    ['sha512 by length', `${h512}  tool\n`, 'SHA512SUMS', { tool: `sha512:${h512}` }],
    ['BSD tag', `SHA256 (tool) = ${h256}\n`, 'checksums.txt', { tool: `sha256:${h256}` }],
    ['upper-case hex, CRLF', `${h256.toUpperCase()}  tool\r\nSHA512 (b) = ${h512.toUpperCase()}\r\n`, 'SUMS',
      { tool: `sha256:${h256}`, b: `sha512:${h512}` }],
    ['a path keeps its last component', `${h256}  ./dist/tool\n`, 'checksums.txt', { tool: `sha256:${h256}` }],
    ['comments and blank lines', `# sha256\n\n${h256}  tool\n`, 'checksums.txt', { tool: `sha256:${h256}` }],
    ['digest of no known length', `${h256.slice(0, 40)}  tool\nSHA256 (t) = ${h256.slice(2)}\n`, 'SUMS', {}],
    ['a bare digest covers the asset the file is named after', `${h256}\n`, 'tool.tar.gz.sha256',
      { 'tool.tar.gz': `sha256:${h256}` }],
    ['…also a .sha512sum file', `${h512}\n`, 'tool.sha512sum', { tool: `sha512:${h512}` }],
    ['a bare digest in a multi-asset file names nothing', `${h256}\n`, 'checksums.txt', {}],
    // A commented-out line holds a stale digest: never used, whatever format follows the #.
    ['commented-out digests', `# ${h256}  tool\n#SHA256 (tool) = ${h256}\n# ${h256}\n`, 'tool.sha256', {}],
    ['junk before or after a BSD tag', `xSHA256 (tool) = ${h256}\nSHA256 (b) = ${h256}x\n`, 'SUMS', {}],
    ['indented lines, trailing blanks, spaces inside the parentheses',
      `  ${h256}  tool  \n\tSHA512 ( b ) = ${h512}\t\n`, 'SUMS', { tool: `sha256:${h256}`, b: `sha512:${h512}` }],
    ['more than one blank before the binary-mode star', `${h256}  *tool\n`, 'SUMS', { tool: `sha256:${h256}` }],
    // Longer than sha512: not a digest, not its last 128 characters.
    ['130 hex digits', `SHA512 (t) = ${h512}00\n00${h512}  u\n`, 'SUMS', {}],
    ['…nor a bare one', `${h512}00\n`, 'tool.sha512', {}],
    // Classic-Mac CR-only endings are not split into lines: nothing parsed, rather than names holding a CR.
    ['CR-only line endings', `${h256}  tool\r${h256}  b\r`, 'SUMS', {}]
  ])('%s', (_label, text, source, expected) => {
    expect(digests(text, source)).toEqual(expected)
  }) // prettier-ignore

  test('checksum files are recognised as such and never audited; binaries are not mistaken for them', () => {
    const names = [
      'checksums.txt', 'SHA256SUMS', 'sha512sums.txt', 'tool_1.0_checksums.txt', 'tool-linux.sha256',
      'tool.tar.gz.sha512sum', 'tool_checksum.txt', 'sha256sum.txt', 'tool-linux', 'tool-linux.tar.gz',
      'sha256-tool-linux.tar.gz.sig', 'checksummer-linux-amd64', 'sha256summer-linux', 'linux-checksums2'
    ] // prettier-ignore
    const sel = selectAssets(names.map((name, i) => ({ id: i, name, size: 1 })))
    expect(sel.checksumFiles.map(a => a.name)).toEqual(names.slice(0, 8))
    expect(sel.selected.map(a => a.name)).toEqual([
      'tool-linux', 'tool-linux.tar.gz', 'checksummer-linux-amd64', 'sha256summer-linux', 'linux-checksums2'
    ]) // prettier-ignore
  })
})

describe('redirect targets at the edges', () => {
  /** A port nothing listens on: an allowed redirect there ends in a NETWORK error, a refused one never gets there. */
  async function closedPort(): Promise<number> {
    const s = await serve(() => undefined)
    const port = Number(new URL(s.url).port)
    await s.close()
    return port
  }
  const redirectTo =
    (location: string): Handler =>
    (_req, res) => {
      res.writeHead(302, { location })
      res.end()
    }
  const once = { retry: { ...noWait, attempts: 1 } }

  test.each(['localhost', '[::1]'])(
    'plain http from loopback to %s (loopback too) is followed',
    async host => {
      const s = await serve(redirectTo(`http://${host}:${await closedPort()}/x`))
      const err = await sourceError(downloadToFile(at(s, dest()), once))
      expect(err.code).toBe('NETWORK')
    }
  )

  test('from plain http on loopback to ftp: on loopback is refused', async () => {
    const s = await serve(redirectTo(`ftp://127.0.0.1:${await closedPort()}/x`))
    const err = await sourceError(downloadToFile(at(s, dest()), once))
    expect(err.code).toBe('REDIRECT')
    expect(err.message).toMatch(/redirected to a ftp: URL .*; refused, only https: is followed$/)
  })

  // 0.0.0.0 reaches this machine but is not a loopback name: it stands for a GHES host served over plain http.
  test('a plain-http origin that is not loopback may redirect within itself, not to another plain-http origin', async () => {
    const s = await serve((req, res) => {
      if (req.url === '/x') return redirectTo('/y')(req, res, 0)
      res.writeHead(200, { 'content-length': String(payload.length) })
      res.end(payload)
    })
    const port = new URL(s.url).port
    const file = dest()
    const r = await downloadToFile({ ...at(s, file), url: `http://0.0.0.0:${port}/x` }, once)
    expect(r.bytes).toBe(payload.length)
    expect(s.hits).toEqual(['/x', '/y'])

    const other = await serve(chain)
    const hop = await serve(redirectTo(`http://0.0.0.0:${new URL(other.url).port}/hop/0`))
    const err = await sourceError(
      downloadToFile({ ...at(hop, dest()), url: `http://0.0.0.0:${new URL(hop.url).port}/x` }, once)
    )
    expect(err.code).toBe('REDIRECT')
    expect(other.hits).toEqual([])
  })
})

describe('Content-Encoding at the edges', () => {
  const sending =
    (body: Buffer, headers: Record<string, string>): Handler =>
    (_req, res) => {
      res.writeHead(200, { 'content-length': String(body.length), ...headers })
      res.end(body)
    }
  const text = Buffer.from('glibc floor '.repeat(2000))
  const wire = gzipSync(text)

  test('with neither a listed size nor a digest, a body labelled gzip is kept as sent', async () => {
    const s = await serve(sending(wire, { 'content-encoding': 'gzip' }))
    const file = dest()
    const r = await downloadToFile(at(s, file), { retry: noWait })
    expect(readFileSync(file).equals(wire)).toBe(true)
    expect(r).toEqual({ bytes: wire.length, sha256: sha256(wire), verified: false })
  })

  test('with no listed size, the published digest decides: the decoded bytes match it, so they are kept', async () => {
    const s = await serve(sending(wire, { 'content-encoding': 'gzip' }))
    const file = dest()
    const digest = { algorithm: 'sha256' as const, hex: sha256(text), source: 'SHA256SUMS' }
    const r = await downloadToFile(at(s, file, { digest }), { retry: noWait })
    expect(readFileSync(file).equals(text)).toBe(true)
    expect(r).toEqual({ bytes: text.length, sha256: sha256(text), verified: true })
  })

  test.each(['sha256', 'sha512'] as const)(
    'a stored .gz labelled gzip whose published %s matches the bytes as sent is kept as sent',
    async algorithm => {
      const s = await serve(sending(wire, { 'content-encoding': 'gzip' }))
      const file = dest()
      const hex = algorithm === 'sha256' ? sha256(wire) : sha512(wire)
      const r = await downloadToFile(at(s, file, { digest: { algorithm, hex, source: 'SUMS' } }), {
        retry: noWait
      })
      expect(readFileSync(file).equals(wire)).toBe(true)
      expect(r.verified).toBe(true)
    }
  )

  test('the encoding name is case-insensitive', async () => {
    const s = await serve(sending(wire, { 'content-encoding': 'GZIP' }))
    const file = dest()
    await downloadToFile(at(s, file, { expectedSize: text.length }), { retry: noWait })
    expect(readFileSync(file).equals(text)).toBe(true)
  })

  test('an empty Content-Encoding is no encoding: the announced length must match the listing', async () => {
    const s = await serve(sending(payload, { 'content-encoding': '' }))
    const err = await sourceError(
      downloadToFile(at(s, dest(), { expectedSize: payload.length + 1 }), { retry: noWait })
    )
    expect(err.code).toBe('SIZE_MISMATCH')
    expect(err.message).toMatch(/announces \d+ bytes but the release lists \d+$/)
  })

  test('an encoding this action cannot decode is a BAD_RESPONSE, and nothing is left on disk', async () => {
    const s = await serve(sending(wire, { 'content-encoding': 'zstd' }))
    const file = dest()
    const err = await sourceError(
      downloadToFile(at(s, file, { expectedSize: text.length }), { retry: noWait })
    )
    expect(err.code).toBe('BAD_RESPONSE')
    expect(err.message).toMatch(/sent it with Content-Encoding zstd, which this action cannot decode$/)
    expect(existsSync(file)).toBe(false)
  })

  test('a body that decodes past the listed size is a SIZE_MISMATCH, and nothing is left on disk', async () => {
    const s = await serve(sending(wire, { 'content-encoding': 'gzip' }))
    const file = dest()
    const err = await sourceError(downloadToFile(at(s, file, { expectedSize: 1000 }), { retry: noWait }))
    expect(err.code).toBe('SIZE_MISMATCH')
    expect(err.message).toMatch(/the gzip body from 127\.0\.0\.1:\d+ decodes to more than the 1000 bytes/)
    expect(existsSync(file)).toBe(false)
    expect(existsSync(`${file}.decoded`)).toBe(false)
  })

  test('an incompressible asset compressed on the fly may be up to 1% larger on the wire', async () => {
    // 8 MiB of random bytes, stored by gzip: a little larger, by far less than 1%. (At this size the 1% allowance,
    // not the fixed 64 KiB beside it, is what lets the body through.)
    const big = randomBytes(8 * 1024 * 1024)
    const grown = gzipSync(big, { level: 0 })
    expect(grown.length).toBeGreaterThan(big.length)
    expect(grown.length).toBeLessThan(big.length * 1.01)
    const s = await serve(sending(grown, { 'content-encoding': 'gzip' }))
    const file = dest()
    const r = await downloadToFile(at(s, file, { expectedSize: big.length }), { retry: noWait })
    expect(r.bytes).toBe(big.length)
    expect(r.sha256).toBe(sha256(big))
  })
})

test('a finished download leaves no idle-timeout timer behind (it would hold the step open for a minute)', async () => {
  const s = await serve(chain)
  const timers = () => process.getActiveResourcesInfo().filter(r => r === 'Timeout').length
  const before = timers()
  await downloadToFile(at(s, dest()), { idleTimeoutMs: 60_000, retry: noWait })
  expect(timers()).toBe(before)
})

describe('progressLogger', () => {
  const MiB = 1024 * 1024
  function logger(minIntervalMs?: number) {
    let t = 1_000_000
    const lines: string[] = []
    const log = progressLogger(
      'tool.tar.gz',
      l => lines.push(l),
      minIntervalMs,
      () => t
    )
    return { lines, log, at: (ms: number) => (t = 1_000_000 + ms) }
  }

  test('logs once the interval has passed and at least 10% more arrived, and always at the end', () => {
    const { lines, log, at } = logger()
    at(2999)
    log(5 * MiB, 10 * MiB)
    expect(lines).toEqual([])
    at(3000)
    log(5 * MiB, 10 * MiB)
    expect(lines).toEqual(['tool.tar.gz: 5.0 of 10.0 MiB (50%)'])
    at(9000)
    log(5.9 * MiB, 10 * MiB) // 59%: not 10 points more
    expect(lines).toHaveLength(1)
    log(6 * MiB, 10 * MiB)
    expect(lines[1]).toBe('tool.tar.gz: 6.0 of 10.0 MiB (60%)')
    at(9001) // 1 ms later: the end is logged at once
    log(10 * MiB, 10 * MiB)
    expect(lines[2]).toBe('tool.tar.gz: 10.0 of 10.0 MiB (100%)')
    expect(lines).toHaveLength(3)
  })

  test('the interval counts from the last line logged', () => {
    const { lines, log, at } = logger(1000)
    at(1000)
    log(2 * MiB, 10 * MiB)
    at(1999)
    log(4 * MiB, 10 * MiB)
    expect(lines).toEqual(['tool.tar.gz: 2.0 of 10.0 MiB (20%)'])
    at(2000)
    log(4 * MiB, 10 * MiB)
    expect(lines).toEqual(['tool.tar.gz: 2.0 of 10.0 MiB (20%)', 'tool.tar.gz: 4.0 of 10.0 MiB (40%)'])
  })

  test('without a total: by time alone, in MiB received', () => {
    const { lines, log, at } = logger()
    at(1000)
    log(1.5 * MiB, undefined)
    at(3000)
    log(1.5 * MiB, undefined)
    at(3001)
    log(1.6 * MiB, undefined)
    at(6000)
    log(1.6 * MiB, undefined)
    expect(lines).toEqual(['tool.tar.gz: 1.5 MiB', 'tool.tar.gz: 1.6 MiB'])
  })

  test('an empty asset is finished at once and says 0.0 MiB', () => {
    const { lines, log } = logger()
    log(0, 0)
    expect(lines).toEqual(['tool.tar.gz: 0.0 MiB'])
  })
})
