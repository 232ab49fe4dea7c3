// The edges of the release source that the fake GitHub cannot stage: octokit failures that are not HTTP
// errors, the choice of the previous release among drafts, prereleases and ties, and nodeGet's proxy
// handling (credentials, default ports, a TLS proxy, a proxy that hangs up after connecting).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:net'
import type { AddressInfo } from 'node:net'
import { nodeGet, ProxyFailure } from '../src/sources/http-get.js'
import { octokitReleasesApi, previousRelease, type Octokit, type Release } from '../src/sources/index.js'
import { TestProxy, TEST_DOMAIN } from './helpers/proxy.js'
import { sourceError } from './helpers/source-error.js'

const release = (id: number, date: string, extra: Partial<Release> = {}): Release => ({
  id,
  tag: `t${id}`,
  name: `t${id}`,
  draft: false,
  prerelease: false,
  date,
  url: '',
  assets: [],
  ...extra
})

describe('previousRelease', () => {
  const jan = release(1, '2024-01-10T00:00:00Z')
  const mar = release(2, '2024-03-10T00:00:00Z')
  const feb = release(3, '2024-02-10T00:00:00Z')
  const pre = release(4, '2024-04-10T00:00:00Z', { prerelease: true })
  const draft = release(5, '2024-04-20T00:00:00Z', { draft: true })
  const current = release(6, '2024-05-10T00:00:00Z')
  const sameDay = release(7, '2024-05-10T00:00:00Z')
  const newer = release(8, '2024-06-10T00:00:00Z')
  const all = [newer, jan, sameDay, mar, draft, current, pre, feb]

  it('is the newest published, non-prerelease release strictly before the current one', () => {
    expect(previousRelease(all, current)?.id).toBe(mar.id)
  })

  it('whatever order the list comes in', () => {
    expect(previousRelease([...all].reverse(), current)?.id).toBe(mar.id)
    expect(previousRelease([feb, mar, jan, current], current)?.id).toBe(mar.id)
  })

  it('a draft or a prerelease is never the previous release, however recent', () => {
    expect(previousRelease([jan, draft, pre, current], current)?.id).toBe(jan.id)
    expect(previousRelease([draft, current], current)).toBeNull()
    expect(previousRelease([pre, current], current)).toBeNull()
  })

  it('a release of the same instant is not before it', () => {
    expect(previousRelease([sameDay, current], current)).toBeNull()
  })

  it('none before the first release', () => {
    expect(previousRelease([jan, feb], jan)).toBeNull()
  })
})

describe('octokit failures', () => {
  const repo = { owner: 'acme', repo: 'tool' }
  /** An octokit whose every call fails with `error`. */
  const failing = (error: unknown): Octokit => {
    const fail = async () => {
      throw error
    }
    return {
      rest: { repos: { getLatestRelease: fail, getReleaseByTag: fail, get: fail, listReleases: fail } },
      paginate: fail
    } as unknown as Octokit
  }
  const noRetry = { attempts: 1 }

  it('a failure without an HTTP status passes through unchanged, even a thrown undefined', async () => {
    const boom = new TypeError('boom')
    await expect(octokitReleasesApi(failing(boom), noRetry).latest(repo)).rejects.toBe(boom)
    await expect(octokitReleasesApi(failing(undefined), noRetry).latest(repo)).rejects.toBeUndefined()
    await expect(octokitReleasesApi(failing({ status: '404' }), noRetry).list(repo)).rejects.toEqual({
      status: '404'
    })
  })

  it('a status below 400 that octokit still throws (304) is an HTTP error with its message, or a default', async () => {
    const e = await sourceError(
      octokitReleasesApi(failing({ status: 304, message: 'Not Modified' }), noRetry).latest(repo)
    )
    expect([e.code, e.message, e.status]).toEqual(['HTTP', 'latest release of acme/tool: Not Modified', 304])
    const bare = await sourceError(octokitReleasesApi(failing({ status: 304 }), noRetry).byTag(repo, 'v1'))
    expect(bare.message).toBe('release v1 of acme/tool: request failed')
  })

  it('an HTTP status is classified: 401 is UNAUTHORIZED, with the status', async () => {
    const e = await sourceError(
      octokitReleasesApi(failing({ status: 401, response: { headers: {} } }), noRetry).list(repo)
    )
    expect([e.code, e.status]).toEqual(['UNAUTHORIZED', 401])
  })
})

describe('nodeGet through a proxy', () => {
  let proxy: TestProxy
  beforeAll(async () => {
    proxy = await TestProxy.start()
  })
  afterAll(() => proxy.close())
  const signal = new AbortController().signal
  const proxyPort = (): string => proxy.url.split(':').pop()!

  const get = (target: string, proxyUrl: string): Promise<unknown> =>
    nodeGet(new URL(target), { headers: {}, signal, proxyFor: () => new URL(proxyUrl) }).then(
      res => {
        res.resume()
        return res.statusCode
      },
      (e: unknown) => e
    )

  it('proxy credentials: user only, password only, or none at all', async () => {
    const before = proxy.requests.length
    await get(`https://nowhere.${TEST_DOMAIN}:9/`, `http://runner@127.0.0.1:${proxyPort()}`)
    await get(`https://nowhere.${TEST_DOMAIN}:9/`, `http://:s%20ecret@127.0.0.1:${proxyPort()}`)
    await get(`https://nowhere.${TEST_DOMAIN}:9/`, `http://127.0.0.1:${proxyPort()}`)
    expect(proxy.requests.slice(before).map(r => r.proxyAuthorization)).toEqual([
      `Basic ${Buffer.from('runner:').toString('base64')}`,
      `Basic ${Buffer.from(':s ecret').toString('base64')}`,
      undefined
    ])
  })

  it('an https target without a port is tunnelled to port 443', async () => {
    const before = proxy.requests.length
    await get(`https://storage.${TEST_DOMAIN}/x`, proxy.url)
    expect(proxy.requests.slice(before).map(r => [r.method, r.target])).toEqual([
      ['CONNECT', `storage.${TEST_DOMAIN}:443`]
    ])
  })

  it('a proxy URL without a port means 80 for http: and 443 for https:', async () => {
    // Nothing listens on either port of this loopback address: the refusal names the port tried.
    const http = (await get(`https://storage.${TEST_DOMAIN}/x`, 'http://127.0.0.7')) as ProxyFailure
    expect(http).toBeInstanceOf(ProxyFailure)
    expect(http.message).toBe('connect ECONNREFUSED 127.0.0.7:80')
    const https = (await get(`https://storage.${TEST_DOMAIN}/x`, 'https://127.0.0.7')) as ProxyFailure
    expect(https.message).toBe('connect ECONNREFUSED 127.0.0.7:443')
    const plain = (await get(`http://storage.${TEST_DOMAIN}/x`, 'http://127.0.0.7')) as ProxyFailure
    expect(plain.message).toBe('connect ECONNREFUSED 127.0.0.7:80')
  })

  it('an https: proxy is spoken to over TLS, for tunnels and for plain requests alike', async () => {
    // The test proxy speaks plain HTTP: a TLS client fails its handshake there, a plain one would not.
    for (const target of [`https://storage.${TEST_DOMAIN}/x`, `http://storage.${TEST_DOMAIN}/x`]) {
      const e = (await get(target, `https://127.0.0.1:${proxyPort()}`)) as ProxyFailure
      expect([target, e]).toEqual([target, expect.any(ProxyFailure)])
      expect((e.cause as { code?: string }).code).toMatch(/^(ERR_SSL_|EPROTO)/)
    }
  })

  describe('plain http: through a proxy that hangs up', () => {
    let hangUp: Server
    beforeAll(async () => {
      hangUp = createServer(socket => socket.destroy())
      await new Promise<void>(resolve => hangUp.listen(0, '127.0.0.1', resolve))
    })
    afterAll(() => new Promise<void>(resolve => hangUp.close(() => resolve())))

    it('after connecting, the failure is the request, not the proxy', async () => {
      const port = (hangUp.address() as AddressInfo).port
      const e = await get(`http://storage.${TEST_DOMAIN}/x`, `http://127.0.0.1:${port}`)
      expect(e).not.toBeInstanceOf(ProxyFailure)
      expect((e as { code?: string }).code).toBe('ECONNRESET')
    })

    it('before connecting, it is the proxy', async () => {
      const e = await get(`http://storage.${TEST_DOMAIN}/x`, 'http://127.0.0.7:9')
      expect(e).toBeInstanceOf(ProxyFailure)
      expect((e as ProxyFailure).proxyHost).toBe('127.0.0.7:9')
    })
  })
})
