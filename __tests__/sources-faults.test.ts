// Asset downloads against storage hosts that misbehave, one way per case: real sockets on 127.0.0.1, the
// GitHub API fake in front (it answers the asset request with a 302 to the misbehaving host), Node's
// real HTTP stack. Each case ends in the right bytes or one SourceError that names the asset and the
// host and never the token or the signed query; none may take the process down.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import {
  githubAssetDownloader,
  octokitReleasesApi,
  parseRepository,
  resolveRelease,
  SourceError,
  type DownloadOptions,
  type ReleaseAsset
} from '../src/sources/index.js'
import { gotOf, humanBytes } from '../src/sources/net-errors.js'
import { FakeGitHub, sha256 } from './helpers/fake-github.js'
import { selfSignedCert, TestProxy, TEST_DOMAIN } from './helpers/proxy.js'
import {
  eofDelimited,
  finAfterBody,
  head,
  RawStorage,
  redirectTo,
  resetMidBody,
  shortBody,
  stallAfter,
  type Behaviour
} from './helpers/raw-storage.js'

const repo = parseRepository('acme/tool')
const fastRetry = { baseDelayMs: 5, maxDelayMs: 2000 }
const IDLE_MS = 300

let tmp: string
let gh: FakeGitHub
let storage: RawStorage | undefined
let n = 0
const dest = (): string => join(tmp, `dl-${++n}`)

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'sources-faults-'))
})
beforeEach(async () => {
  gh = await FakeGitHub.start()
})
afterEach(async () => {
  await storage?.close()
  storage = undefined
  await gh.close()
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** The asset as the release lists it, served by `behave` behind the API's redirect. */
async function serve(content: Buffer, behave: Behaviour, name = 'tool-linux'): Promise<ReleaseAsset> {
  storage = await RawStorage.start(behave)
  gh.storageFor = () => storage!.url(`/blob/${name}`)
  gh.setRepo('acme/tool', [{ tag: 'v1', date: '2024-01-01T00:00:00Z', assets: [{ name, content }] }])
  const api = octokitReleasesApi(getOctokit(gh.token!, { baseUrl: gh.apiUrl }), fastRetry)
  return (await resolveRelease(api, repo, 'latest'))!.assets[0]
}

function downloader(http: DownloadOptions = {}, attempts = 5) {
  return githubAssetDownloader({
    apiUrl: gh.apiUrl,
    repo,
    token: gh.token,
    retry: { ...fastRetry, attempts },
    http: { idleTimeoutMs: IDLE_MS, ...http }
  })
}

/** The download's SourceError; checks what every failure must (and must not) say. */
async function failure(p: Promise<unknown>, file?: string): Promise<SourceError> {
  const e = await p.then(
    () => {
      throw new Error('expected the download to fail')
    },
    (err: unknown) => err
  )
  expect(e).toBeInstanceOf(SourceError)
  const err = e as SourceError
  expect(err.message).toMatch(/^asset tool-linux( from 127\.0\.0\.1:\d+)?: /)
  expect(err.message).not.toContain(gh.token!)
  expect(err.message).not.toContain('s3cr3tsignature')
  if (file) expect(existsSync(file)).toBe(false)
  return err
}

describe('bodies that end with the connection', () => {
  // With undici 6.29.1's fetch piped to disk (the previous download path) every one of the 60 small
  // downloads here hit assert(!this.paused), and so did the 1 MiB and 8 MiB loops; Node's http client
  // passes all 106.
  test.each([
    { label: '16 KiB', size: 16 * 1024, times: 60 },
    { label: '1 MiB', size: 1024 * 1024, times: 40 },
    { label: '8 MiB', size: 8 * 1024 * 1024, times: 6 }
  ])(
    'full $label body then FIN with Connection: close, $times times: every download completes',
    async ({ size, times }) => {
      const content = randomBytes(size)
      const asset = await serve(content, finAfterBody(content))
      // No stall here: a generous idle timeout keeps a loaded CI machine from turning a slow read into a retry.
      const download = downloader({ idleTimeoutMs: 30_000 })
      for (let i = 0; i < times; i++) {
        const file = dest()
        const result = await download(asset, file)
        expect(result).toEqual({ bytes: size, sha256: sha256(content), verified: false })
        rmSync(file)
      }
      expect(storage!.requests).toHaveLength(times)
    }
  )

  // A RST right behind the body can make the kernel drop bytes not yet read (then it is a truncation, and
  // retried); one that comes once the body is in must not turn a finished download into an error.
  test('a complete body followed by a RST is still complete', async () => {
    const content = randomBytes(500_000)
    const asset = await serve(content, sock => {
      sock.write(head('200 OK', { 'Content-Length': content.length }))
      sock.write(content, () => setTimeout(() => sock.resetAndDestroy(), 100))
    })
    for (let i = 0; i < 10; i++) {
      const file = dest()
      await downloader()(asset, file)
      expect(readFileSync(file).equals(content)).toBe(true)
    }
    // On a loaded machine the reader can still be behind after 100 ms; that run is retried, never failed.
    expect(storage!.requests.length).toBeGreaterThanOrEqual(10)
  })

  test('a body without Content-Length ends at EOF and is complete', async () => {
    const content = randomBytes(300_000)
    const asset = await serve(content, eofDelimited(content))
    const file = dest()
    await downloader()(asset, file)
    expect(readFileSync(file).equals(content)).toBe(true)
  })

  test('an EOF-delimited body that stops early is caught by the listed size', async () => {
    const content = randomBytes(50_000)
    const asset = await serve(content, eofDelimited(content.subarray(0, 20_000)))
    const file = dest()
    const err = await failure(downloader({}, 2)(asset, file), file)
    expect(err.code).toBe('SIZE_MISMATCH')
    expect(err.message).toMatch(/ended early, got 20\.0 kB of 50\.0 kB/)
    expect(storage!.requests).toHaveLength(2)
  })
})

describe('broken transfers are retried, then named', () => {
  test('body shorter than Content-Length: retried 5 times, then "got X of Y"', async () => {
    const content = randomBytes(82_000)
    const asset = await serve(content, shortBody(content, 41_000))
    const file = dest()
    const err = await failure(downloader()(asset, file), file)
    expect(err.code).toBe('SIZE_MISMATCH')
    expect(err.message).toMatch(
      /^asset tool-linux: download from 127\.0\.0\.1:\d+ ended early, got 41\.0 kB of 82\.0 kB \(the connection closed\)$/
    )
    expect(storage!.requests).toHaveLength(5)
  })

  test('short once, whole the second time: the retry delivers the asset', async () => {
    const content = randomBytes(82_000)
    const asset = await serve(content, (sock, req, k) =>
      (k === 1 ? shortBody(content, 1000) : finAfterBody(content))(sock, req, k)
    )
    const file = dest()
    await downloader()(asset, file)
    expect(readFileSync(file).equals(content)).toBe(true)
  })

  test('RST mid-body: retried, then named as a reset', async () => {
    const content = randomBytes(200_000)
    const asset = await serve(content, resetMidBody(content, 64_000))
    const file = dest()
    const err = await failure(downloader({}, 3)(asset, file), file)
    expect(err.code).toBe('SIZE_MISMATCH')
    expect(err.message).toMatch(
      /^asset tool-linux: download from 127\.0\.0\.1:\d+ ended early, got 64\.0 kB of 200\.0 kB \(connection reset by 127\.0\.0\.1:\d+\)$/
    )
    expect(storage!.requests).toHaveLength(3)
  })

  test('a stall longer than the idle timeout ends in a TIMEOUT within bounded time', async () => {
    const content = randomBytes(100_000)
    const asset = await serve(content, stallAfter(content, 10_000))
    const file = dest()
    const started = Date.now()
    const err = await failure(downloader({}, 2)(asset, file), file)
    const took = Date.now() - started
    expect(err.code).toBe('TIMEOUT')
    expect(err.message).toMatch(/ended early, got 10\.0 kB of 100\.0 kB \(no data for 0\.3 s\)$/)
    expect(storage!.requests).toHaveLength(2)
    expect(took).toBeGreaterThanOrEqual(2 * IDLE_MS)
    expect(took).toBeLessThan(5000)
  })

  test('headers that never come also trip the idle timeout', async () => {
    const asset = await serve(Buffer.from('x'), () => undefined)
    const err = await failure(downloader({}, 1)(asset, dest()))
    expect(err.code).toBe('TIMEOUT')
    expect(err.message).toMatch(
      /^asset tool-linux: no data from 127\.0\.0\.1:\d+ for 0\.3 s \(idle timeout\)$/
    )
  })

  test('connection refused: retried, then named with the host', async () => {
    const asset = await serve(Buffer.from('x'), () => undefined)
    const port = storage!.port
    const url = storage!.url()
    gh.storageFor = () => url
    await storage!.close()
    storage = undefined
    const err = await failure(downloader({}, 2)(asset, dest()))
    expect(err.code).toBe('NETWORK')
    expect(err.message).toBe(
      `asset tool-linux: connection refused by 127.0.0.1:${port} (nothing listens there)`
    )
  })

  test('408 is retried; 410 is not', async () => {
    const content = Buffer.from('payload')
    const asset = await serve(content, (sock, req, k) =>
      k === 1
        ? sock.end(head('408 Request Timeout', { 'Content-Length': 0, Connection: 'close' }))
        : finAfterBody(content)(sock, req, k)
    )
    await downloader()(asset, dest())
    expect(storage!.requests).toHaveLength(2)

    await storage!.close()
    storage = await RawStorage.start(sock => sock.end(head('410 Gone', { 'Content-Length': 0 })))
    const err = await failure(downloader()(asset, dest()))
    expect(err.code).toBe('HTTP')
    expect(err.message).toMatch(/^asset tool-linux from 127\.0\.0\.1:\d+: HTTP 410$/)
    expect(storage.requests).toHaveLength(1)
  })
})

describe('answers that cannot heal fail at once', () => {
  test('garbage instead of HTTP', async () => {
    const asset = await serve(Buffer.from('x'), sock => sock.end('SSH-2.0-OpenSSH_9.6\r\n\u0000\u0001binary'))
    const err = await failure(downloader()(asset, dest()))
    expect(err.code).toBe('BAD_RESPONSE')
    expect(err.message).toMatch(
      /^asset tool-linux: 127\.0\.0\.1:\d+ did not answer with valid HTTP \(.+; HPE_[A-Z_]+\)$/
    )
    expect(storage!.requests).toHaveLength(1)
  })

  test('a redirect loop stops with the loop named, without the signed query', async () => {
    const asset = await serve(Buffer.from('x'), (sock, req) =>
      redirectTo(
        req.path.startsWith('/blob/a') ? '/blob/b?sig=1' : '/blob/a?X-Amz-Signature=s3cr3tsignature'
      )(sock, req, 0)
    )
    const err = await failure(downloader()(asset, dest()))
    expect(err.code).toBe('REDIRECT')
    expect(err.message).toMatch(
      /^asset tool-linux: redirect loop: http:\/\/127\.0\.0\.1:\d+\/repos\/acme\/tool\/releases\/assets\/\d+ → http:\/\/127\.0\.0\.1:\d+\/blob\/tool-linux\?… → http:\/\/127\.0\.0\.1:\d+\/blob\/a\?… → http:\/\/127\.0\.0\.1:\d+\/blob\/b\?… → http:\/\/127\.0\.0\.1:\d+\/blob\/a\?…$/
    )
    expect(storage!.requests).toHaveLength(3)
  })

  test('a redirect chain longer than the limit stops', async () => {
    const asset = await serve(Buffer.from('x'), (sock, req) =>
      redirectTo(`/hop/${Number(req.path.split('/')[2] ?? 0) + 1 || 1}`)(sock, req, 0)
    )
    const err = await failure(downloader()(asset, dest()))
    expect(err.code).toBe('REDIRECT')
    expect(err.message).toMatch(/^asset tool-linux: more than 5 redirects \(last to 127\.0\.0\.1:\d+\)$/)
  })

  test.each([
    ['file:///etc/passwd', 'file:', 'file:///etc/passwd'],
    ['ftp://mirror.example/pub/tool?token=s3cr3tsignature', 'ftp:', 'ftp://mirror.example/pub/tool?…'],
    ['http://downgrade.example/tool', 'http:', 'http://downgrade.example/tool']
  ])('a redirect to %s is refused at once, naming the scheme', async (location, scheme, shown) => {
    const asset = await serve(Buffer.from('x'), redirectTo(location))
    const started = Date.now()
    const err = await failure(downloader()(asset, dest()))
    expect(err.code).toBe('REDIRECT')
    expect(err.message).toBe(
      `asset tool-linux: 127.0.0.1:${storage!.port} redirected to a ${scheme} URL (${shown}); refused, only https: is followed`
    )
    expect(storage!.requests).toHaveLength(1)
    expect(Date.now() - started).toBeLessThan(2000)
  })

  test('the API itself redirecting to file: is refused the same way', async () => {
    const asset = await serve(Buffer.from('x'), () => undefined)
    gh.storageFor = () => 'file:///etc/passwd'
    const err = await failure(downloader()(asset, dest()))
    expect(err.message).toMatch(
      /^asset tool-linux: 127\.0\.0\.1:\d+ redirected to a file: URL \(file:\/\/\/etc\/passwd\); refused/
    )
    expect(gh.countRequests('asset:tool-linux')).toBe(1)
  })

  test('TLS failure: an untrusted certificate is named, not retried', async () => {
    storage = await RawStorage.start(finAfterBody(Buffer.from('x')), selfSignedCert(['127.0.0.1']))
    gh.storageFor = () => storage!.url()
    gh.setRepo('acme/tool', [
      { tag: 'v1', date: '2024-01-01T00:00:00Z', assets: [{ name: 'tool-linux', content: Buffer.from('x') }] }
    ])
    const api = octokitReleasesApi(getOctokit(gh.token!, { baseUrl: gh.apiUrl }), fastRetry)
    const asset = (await resolveRelease(api, repo, 'latest'))!.assets[0]
    const err = await failure(downloader()(asset, dest()))
    expect(err.code).toBe('TLS')
    expect(err.message).toMatch(
      /^asset tool-linux: TLS failure with 127\.0\.0\.1:\d+: self[- ]signed certificate \(DEPTH_ZERO_SELF_SIGNED_CERT\)$/
    )
    expect(storage.requests).toHaveLength(0)
  })
})

describe('Content-Encoding on the asset', () => {
  test('a stored .tar.gz labelled Content-Encoding: gzip is kept as sent', async () => {
    const content = gzipSync(randomBytes(40_000))
    const asset = await serve(
      content,
      sock => {
        sock.write(
          head('200 OK', {
            'Content-Length': content.length,
            'Content-Encoding': 'gzip',
            Connection: 'close'
          })
        )
        sock.end(content)
      },
      'tool-linux'
    )
    const file = dest()
    const r = await downloader()(asset, file)
    expect(readFileSync(file).equals(content)).toBe(true)
    expect(r.sha256).toBe(sha256(content))
    expect(storage!.requests[0].headers['accept-encoding']).toBe('identity')
  })

  test('a raw asset compressed on the fly is decoded and checked against the listed size', async () => {
    const content = Buffer.alloc(200_000, 'glibc ')
    const wire = gzipSync(content)
    const asset = await serve(content, sock => {
      sock.write(
        head('200 OK', { 'Content-Length': wire.length, 'Content-Encoding': 'gzip', Connection: 'close' })
      )
      sock.end(wire)
    })
    const file = dest()
    const r = await downloader()(asset, file)
    expect(readFileSync(file).equals(content)).toBe(true)
    expect(r).toEqual({ bytes: content.length, sha256: sha256(content), verified: false })
    expect(existsSync(`${file}.decoded`)).toBe(false)
  })

  test('a body labelled gzip that is not gzip is a BAD_RESPONSE', async () => {
    const content = randomBytes(5000)
    const asset = await serve(content, sock => {
      sock.write(head('200 OK', { 'Content-Length': 4000, 'Content-Encoding': 'gzip', Connection: 'close' }))
      sock.end(content.subarray(0, 4000))
    })
    const file = dest()
    const err = await failure(downloader()(asset, file), file)
    expect(err.code).toBe('BAD_RESPONSE')
    expect(err.message).toMatch(
      /^asset tool-linux: 127\.0\.0\.1:\d+ labels the body gzip but it does not decode \(incorrect header check\)$/
    )
  })
})

describe('sizes in messages', () => {
  test.each([
    [999, '999 bytes'],
    [1000, '1.0 kB'],
    [41_000, '41.0 kB'],
    [999_949, '999.9 kB'],
    [999_950, '1.0 MB'],
    [82_000_000, '82.0 MB'],
    [1_500_000_000, '1.5 GB'],
    [3e12, '3.0 TB'],
    // Past the last unit it stays in TB.
    [5e15, '5000.0 TB']
  ])('%i bytes is "%s"', (n, text) => {
    expect(humanBytes(n)).toBe(text)
  })

  test('"got X of Y" falls back to exact bytes when rounding would hide the gap', () => {
    expect(gotOf(41_000_000, 82_000_000)).toBe('got 41.0 MB of 82.0 MB')
    expect(gotOf(81_999_999, 82_000_000)).toBe('got 81999999 of 82000000 bytes')
  })

  test('a body longer than the listing stops at the listed size', async () => {
    const content = randomBytes(10_000)
    const asset = await serve(content, eofDelimited(Buffer.concat([content, randomBytes(5000)])))
    const file = dest()
    const err = await failure(downloader()(asset, file), file)
    expect(err.code).toBe('SIZE_MISMATCH')
    expect(err.message).toMatch(
      /^asset tool-linux: 127\.0\.0\.1:\d+ sends more than the 10000 bytes the release lists$/
    )
    expect(storage!.requests).toHaveLength(1)
  })
})

describe('through a proxy (HTTPS_PROXY / HTTP_PROXY / NO_PROXY)', () => {
  const saved: Record<string, string | undefined> = {}
  const vars = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy']
  let proxy: TestProxy | undefined
  const tls = selfSignedCert([`storage.${TEST_DOMAIN}`])

  beforeEach(() => {
    for (const v of vars) {
      saved[v] = process.env[v]
      delete process.env[v]
    }
  })
  afterEach(async () => {
    for (const v of vars) {
      if (saved[v] === undefined) delete process.env[v]
      else process.env[v] = saved[v]
    }
    await proxy?.close()
    proxy = undefined
  })

  async function proxiedRelease(content: Buffer) {
    storage = await RawStorage.start(finAfterBody(content), tls)
    gh.storageFor = () => storage!.url('/blob/tool-linux', `storage.${TEST_DOMAIN}`)
    gh.setRepo('acme/tool', [
      { tag: 'v1', date: '2024-01-01T00:00:00Z', assets: [{ name: 'tool-linux', content }] }
    ])
    const api = octokitReleasesApi(getOctokit(gh.token!, { baseUrl: gh.apiUrl }), fastRetry)
    const asset = (await resolveRelease(api, repo, 'latest'))!.assets[0]
    // The API under a name only the proxy can resolve, as a runner behind a proxy sees github.com.
    const apiUrl = gh.apiUrl.replace('127.0.0.1', `api.${TEST_DOMAIN}`)
    const download = githubAssetDownloader({
      apiUrl,
      repo,
      token: gh.token,
      retry: { ...fastRetry, attempts: 1 },
      http: { idleTimeoutMs: 2000, ca: tls.cert }
    })
    return { asset, download, apiPort: new URL(gh.apiUrl).port }
  }

  test('API over http (absolute-form), storage over https (CONNECT tunnel), proxy credentials sent', async () => {
    proxy = await TestProxy.start('runner:pa ss')
    const proxyUrl = proxy.url.replace('http://', 'http://runner:pa%20ss@')
    process.env.HTTPS_PROXY = proxyUrl
    process.env.HTTP_PROXY = proxyUrl
    const content = randomBytes(1024 * 1024)
    const { asset, download, apiPort } = await proxiedRelease(content)
    const file = dest()
    expect(await download(asset, file)).toMatchObject({ bytes: content.length, sha256: sha256(content) })
    expect(readFileSync(file).equals(content)).toBe(true)
    const auth = `Basic ${Buffer.from('runner:pa ss').toString('base64')}`
    expect(proxy.requests.map(r => [r.method, r.target.replace(/\?.*/, ''), r.proxyAuthorization])).toEqual([
      ['GET', `http://api.${TEST_DOMAIN}:${apiPort}/repos/acme/tool/releases/assets/${asset.id}`, auth],
      ['CONNECT', `storage.${TEST_DOMAIN}:${storage!.port}`, auth]
    ])
    // The token went to the API (through the proxy) and not to storage.
    expect(proxy.requests[0].authorization).toBe(`Bearer ${gh.token}`)
    expect(storage!.requests[0].headers.authorization).toBeUndefined()
    expect(storage!.requests[0].headers.host).toBe(`storage.${TEST_DOMAIN}:${storage!.port}`)
  })

  test('NO_PROXY sends a host around the proxy', async () => {
    proxy = await TestProxy.start()
    process.env.HTTPS_PROXY = proxy.url
    process.env.HTTP_PROXY = proxy.url
    process.env.NO_PROXY = `api.${TEST_DOMAIN}`
    const { asset, download } = await proxiedRelease(Buffer.from('x'))
    // api.glibc-floor.test does not resolve without the proxy: bypassing it is a DNS failure, named.
    const err = await failure(download(asset, dest()))
    expect(err.code).toBe('NETWORK')
    expect(err.message).toMatch(
      new RegExp(
        `^asset tool-linux: host name of api\\.${TEST_DOMAIN}:\\d+ does not resolve \\(DNS (ENOTFOUND|EAI_AGAIN)\\)$`
      )
    )
    expect(proxy.requests).toEqual([])
  })

  test('a proxy that wants credentials, and one that is down, are named as the proxy', async () => {
    proxy = await TestProxy.start('runner:secret')
    process.env.HTTPS_PROXY = proxy.url
    process.env.NO_PROXY = ''
    const { asset, download } = await proxiedRelease(Buffer.from('x'))
    // The API leg goes direct (no HTTP_PROXY); the storage leg needs the tunnel.
    const direct = githubAssetDownloader({
      apiUrl: gh.apiUrl,
      repo,
      token: gh.token,
      retry: { ...fastRetry, attempts: 1 },
      http: { idleTimeoutMs: 2000, ca: tls.cert }
    })
    void download
    let err = await failure(direct(asset, dest()))
    expect(err.message).toBe(
      `asset tool-linux: proxy ${proxy.url.slice(7)} refused the tunnel to storage.${TEST_DOMAIN}:${storage!.port}: HTTP 407`
    )
    const port = proxy.url.slice(7)
    await proxy.close()
    proxy = undefined
    err = await failure(direct(asset, dest()))
    expect(err.code).toBe('NETWORK')
    expect(err.message).toBe(
      `asset tool-linux: connection refused by proxy ${port} (nothing listens there) (check HTTPS_PROXY / HTTP_PROXY / NO_PROXY)`
    )
  })
})
