// Release resolution and asset download against the fake GitHub (real HTTP on loopback, real octokit),
// with fault injection: missing releases, rate limits, 5xx, truncated bodies, checksum mismatches.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import {
  fetchReleaseAssets,
  githubAssetDownloader,
  nodeGet,
  octokitReleasesApi,
  parseRepository,
  previousRelease,
  resolveRelease,
  selectAssets,
  type ReleasesApi,
  type SourceLog
} from '../src/sources/index.js'
import { checksumsTxt, FakeGitHub, sha256, type FakeAsset } from './helpers/fake-github.js'
import { buildElves, realArchives, tarArchive, type BuiltElves } from './helpers/release-assets.js'
import { sourceError } from './helpers/source-error.js'

const repo = parseRepository('acme/tool')
const fastRetry = { baseDelayMs: 10, maxDelayMs: 5000 }

let tmp: string
let elves: BuiltElves
let archives: Record<string, Buffer>
let gh: FakeGitHub
let api: ReleasesApi
let lines: string[]
const log: SourceLog = { info: l => lines.push(`info: ${l}`), warning: l => lines.push(`warning: ${l}`) }

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'sources-release-'))
  elves = buildElves(join(tmp, 'elves'))
  const tree = join(tmp, 'tree')
  mkdirSync(tree)
  for (const f of [elves.late, elves.clean, elves.wrappedOnly]) copyFileSync(f, join(tree, basename(f)))
  archives = realArchives(tree, join(tmp, 'archives'), 'tool-linux-x64')
})

beforeEach(async () => {
  gh = await FakeGitHub.start()
  api = octokitReleasesApi(getOctokit(gh.token!, { baseUrl: gh.apiUrl }), fastRetry)
  lines = []
})

afterEach(async () => {
  await gh.close()
})

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const asset = (name: string, content: Buffer | string): FakeAsset => ({ name, content: Buffer.from(content) })

function download(token = gh.token) {
  return githubAssetDownloader({ apiUrl: gh.apiUrl, repo, token, retry: fastRetry })
}

describe('release resolution', () => {
  beforeEach(() => {
    gh.setRepo('acme/tool', [
      { tag: 'v1.0.0', date: '2024-01-01T00:00:00Z', assets: [asset('a-linux', 'one')] },
      { tag: 'v1.1.0', date: '2024-02-01T00:00:00Z', assets: [asset('a-linux', 'two')] },
      { tag: 'v2.0.0-rc1', date: '2024-03-01T00:00:00Z', prerelease: true, assets: [] },
      { tag: 'v2.0.0', date: '2024-04-01T00:00:00Z', draft: true, assets: [] }
    ])
  })

  test('latest is the newest published non-prerelease release', async () => {
    expect((await resolveRelease(api, repo, 'latest'))?.tag).toBe('v1.1.0')
  })

  test('a tag resolves to that release, prereleases included', async () => {
    expect((await resolveRelease(api, repo, 'v2.0.0-rc1'))?.prerelease).toBe(true)
    expect(await resolveRelease(api, repo, 'v9.9.9')).toBeNull()
  })

  test('previous release skips drafts and prereleases, by date', async () => {
    const all = await api.list(repo)
    const rc = (await resolveRelease(api, repo, 'v2.0.0-rc1'))!
    expect(previousRelease(all, rc)?.tag).toBe('v1.1.0')
    const v110 = (await resolveRelease(api, repo, 'v1.1.0'))!
    expect(previousRelease(all, v110)?.tag).toBe('v1.0.0')
    const v100 = (await resolveRelease(api, repo, 'v1.0.0'))!
    expect(previousRelease(all, v100)).toBeNull()
  })

  test('listing follows pagination', async () => {
    gh.setRepo(
      'acme/many',
      Array.from({ length: 130 }, (_, i) => ({
        tag: `v0.${i}`,
        date: new Date(Date.UTC(2020, 0, 1 + i)).toISOString(),
        assets: []
      }))
    )
    const all = await api.list({ owner: 'acme', repo: 'many' })
    expect(all).toHaveLength(130)
    expect(gh.countRequests('list')).toBe(2)
  })

  test('no release at all is null (the step will be skipped), not an error', async () => {
    gh.setRepo('acme/empty', [])
    expect(await resolveRelease(api, { owner: 'acme', repo: 'empty' }, 'latest')).toBeNull()
  })

  test('a repository that does not exist is a clear 404 error', async () => {
    const err = await sourceError(resolveRelease(api, { owner: 'acme', repo: 'nope' }, 'latest'))
    expect(err.code).toBe('NOT_FOUND')
    expect(err.message).toMatch(/repository acme\/nope: HTTP 404/)
  })

  test('a bad token is a clear 401 error that does not contain the token', async () => {
    const bad = octokitReleasesApi(getOctokit('ghp_wrongwrongwrong', { baseUrl: gh.apiUrl }), fastRetry)
    const err = await sourceError(resolveRelease(bad, repo, 'latest'))
    expect(err.code).toBe('UNAUTHORIZED')
    expect(err.message).toMatch(/latest release of acme\/tool: HTTP 401/)
    expect(err.message).not.toContain('ghp_wrong')
  })

  test('429 with retry-after is retried after the requested delay', async () => {
    gh.fail('latest', { status: 429, headers: { 'retry-after': '1' } })
    const started = Date.now()
    expect((await resolveRelease(api, repo, 'latest'))?.tag).toBe('v1.1.0')
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
    expect(gh.countRequests('latest')).toBe(2)
  })

  test('403 with an exhausted primary rate limit waits for x-ratelimit-reset', async () => {
    const reset = Math.ceil(Date.now() / 1000)
    gh.fail('tag', {
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      body: { message: 'API rate limit exceeded' }
    })
    expect((await resolveRelease(api, repo, 'v1.0.0'))?.tag).toBe('v1.0.0')
    expect(Date.now()).toBeGreaterThanOrEqual(reset * 1000)
    expect(gh.countRequests('tag')).toBe(2)
  })

  test('a rate-limit reset further away than we will wait fails at once', async () => {
    gh.fail('latest', { status: 429, headers: { 'retry-after': '3600' } })
    const err = await sourceError(resolveRelease(api, repo, 'latest'))
    expect(err.code).toBe('RATE_LIMITED')
    expect(err.message).toMatch(/wait until .*longer than the 5 s/)
    expect(gh.countRequests('latest')).toBe(1)
  })

  test('403 without rate-limit headers is a permission error, not retried', async () => {
    gh.fail('latest', { status: 403, body: { message: 'Resource not accessible by integration' } })
    const err = await sourceError(resolveRelease(api, repo, 'latest'))
    expect(err.code).toBe('FORBIDDEN')
    expect(gh.countRequests('latest')).toBe(1)
  })

  test('500 then success is retried; persistent 5xx gives up with the status', async () => {
    gh.fail('latest', { status: 500 }, { status: 502 })
    expect((await resolveRelease(api, repo, 'latest'))?.tag).toBe('v1.1.0')
    expect(gh.countRequests('latest')).toBe(3)

    gh.fail('tag', ...Array.from({ length: 5 }, () => ({ status: 503 })))
    const err = await sourceError(resolveRelease(api, repo, 'v1.0.0'))
    expect(err.code).toBe('HTTP')
    expect(err.message).toMatch(/HTTP 503/)
    expect(gh.countRequests('tag')).toBe(5)
  })
})

describe('asset download', () => {
  test('follows the 302 to storage without the token; the API got it', async () => {
    const content = readFileSync(elves.late)
    gh.setRepo('acme/tool', [
      { tag: 'v1', date: '2024-01-01T00:00:00Z', assets: [asset('tool-linux', content)] }
    ])
    const release = (await resolveRelease(api, repo, 'latest'))!
    const dest = join(tmp, 'dl-1')
    const result = await download()(release.assets[0], dest)
    expect(readFileSync(dest).equals(content)).toBe(true)
    expect(result).toMatchObject({ bytes: content.length, sha256: sha256(content), verified: false })
    expect(gh.authLeaks).toEqual([])
    const redirect = gh.requests.find(r => r.route === 'asset:tool-linux')!
    expect(redirect.authorization).toBe(`Bearer ${gh.token}`)
    expect(redirect.accept).toBe('application/octet-stream')
    expect(gh.requests.filter(r => r.server === 'storage')).toHaveLength(1)
  })

  test('the fake storage really does catch a leaked token', async () => {
    gh.setRepo('acme/tool', [{ tag: 'v1', date: '2024-01-01T00:00:00Z', assets: [asset('tool-linux', 'x')] }])
    const release = (await resolveRelease(api, repo, 'latest'))!
    // A client that keeps Authorization across origins (what fetch with redirect: 'follow' used to do).
    const leaky = githubAssetDownloader({
      apiUrl: gh.apiUrl,
      repo,
      token: gh.token,
      retry: { ...fastRetry, attempts: 1 },
      http: {
        get: async (url, o) => {
          const first = await nodeGet(url, o)
          const location = first.headers.location
          if (!location) return first
          first.resume()
          return nodeGet(new URL(location, url), o)
        }
      }
    })
    const err = await sourceError(leaky(release.assets[0], join(tmp, 'dl-leak')))
    expect(err.message).toMatch(/HTTP 400/)
    expect(gh.authLeaks).toHaveLength(1)
  })

  test('a truncated body is retried; a body that stays truncated is a SIZE_MISMATCH', async () => {
    const content = readFileSync(elves.late)
    gh.setRepo('acme/tool', [
      { tag: 'v1', date: '2024-01-01T00:00:00Z', assets: [asset('tool-linux', content)] }
    ])
    const release = (await resolveRelease(api, repo, 'latest'))!
    gh.fail('storage:tool-linux', { truncateAfter: 1000 })
    await download()(release.assets[0], join(tmp, 'dl-2'))
    expect(readFileSync(join(tmp, 'dl-2')).equals(content)).toBe(true)
    expect(gh.countRequests('storage:tool-linux')).toBe(2)

    gh.fail('storage:tool-linux', ...Array.from({ length: 5 }, () => ({ truncateAfter: 1000 })))
    const err = await sourceError(download()(release.assets[0], join(tmp, 'dl-3')))
    expect(err.code).toBe('SIZE_MISMATCH')
    expect(err.message).toMatch(
      /^asset tool-linux: download from 127\.0\.0\.1:\d+ ended early, got 1\.0 kB of 16\.\d kB \(the connection closed\)$/
    )
    expect(readdirSync(tmp)).not.toContain('dl-3')
  })

  test('a listing whose size disagrees with the body is refused', async () => {
    gh.setRepo('acme/tool', [
      {
        tag: 'v1',
        date: '2024-01-01T00:00:00Z',
        assets: [{ name: 'tool-linux', content: Buffer.from('abc'), size: 10 }]
      }
    ])
    const release = (await resolveRelease(api, repo, 'latest'))!
    const err = await sourceError(download()(release.assets[0], join(tmp, 'dl-4')))
    expect(err.code).toBe('SIZE_MISMATCH')
    expect(err.message).toMatch(/announces 3 bytes but the release lists 10/)
  })

  test('storage 500 then success; 429 from the API redirect honours retry-after', async () => {
    gh.setRepo('acme/tool', [
      { tag: 'v1', date: '2024-01-01T00:00:00Z', assets: [asset('tool-linux', 'payload')] }
    ])
    const release = (await resolveRelease(api, repo, 'latest'))!
    gh.fail('storage:tool-linux', { status: 500 })
    gh.fail('asset:tool-linux', { status: 429, headers: { 'retry-after': '1' } })
    const started = Date.now()
    await download()(release.assets[0], join(tmp, 'dl-5'))
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
    expect(readFileSync(join(tmp, 'dl-5'), 'utf8')).toBe('payload')
    expect(gh.pendingFaults()).toBe(0)
  })

  test('401 on the asset is a clear error', async () => {
    gh.setRepo('acme/tool', [
      { tag: 'v1', date: '2024-01-01T00:00:00Z', assets: [asset('tool-linux', 'payload')] }
    ])
    const release = (await resolveRelease(api, repo, 'latest'))!
    const err = await sourceError(download('ghp_expired_0000')(release.assets[0], join(tmp, 'dl-6')))
    expect(err.code).toBe('UNAUTHORIZED')
    expect(err.message).toMatch(/^asset tool-linux from 127\.0\.0\.1:\d+: HTTP 401/)
    expect(err.message).not.toContain('ghp_expired')
  })
})

describe('fetching a release', () => {
  function releaseWith(assets: FakeAsset[]): void {
    gh.setRepo('acme/tool', [{ tag: 'v3.0.0', date: '2024-05-01T00:00:00Z', assets }])
  }

  async function fetchAll(workDir: string, pattern?: string) {
    const release = (await resolveRelease(api, repo, 'latest'))!
    const selection = selectAssets(release.assets, pattern)
    return {
      selection,
      fetched: await fetchReleaseAssets(release, selection, { workDir, download: download(), log })
    }
  }

  test('every format is downloaded, verified against checksums.txt and unpacked', async () => {
    const binaries: FakeAsset[] = [
      asset('tool-linux-x64.tar.gz', archives['tool-linux-x64.tar.gz']),
      asset('tool-linux-x64.tar.xz', archives['tool-linux-x64.tar.xz']),
      asset('tool-linux-x64.zip', archives['tool-linux-x64.zip']),
      asset('tool-linux-x64.tgz', archives['tool-linux-x64.tgz']),
      asset('tool-linux-amd64', readFileSync(elves.late))
    ]
    releaseWith([
      ...binaries,
      asset('tool-linux-musl-x64.tar.gz', archives['tool-linux-x64.tar.gz']),
      asset('tool-darwin-arm64.zip', archives['tool-linux-x64.zip']),
      asset('tool-linux-x64.tar.gz.sig', 'sig'),
      checksumsTxt(binaries)
    ])
    const workDir = join(tmp, 'rel-1')
    const { selection, fetched } = await fetchAll(workDir)
    expect(selection.ignored.map(i => i.name).sort()).toEqual([
      'tool-darwin-arm64.zip',
      'tool-linux-musl-x64.tar.gz',
      'tool-linux-x64.tar.gz.sig'
    ])
    expect(fetched.map(f => [f.asset.name, f.kind, f.files, f.verified])).toEqual([
      ['tool-linux-x64.tar.gz', 'tar.gz', 3, true],
      ['tool-linux-x64.tar.xz', 'tar.xz', 3, true],
      ['tool-linux-x64.zip', 'zip', 3, true],
      ['tool-linux-x64.tgz', 'tar.gz', 3, true],
      ['tool-linux-amd64', 'raw', 1, true]
    ])
    for (const f of fetched.filter(x => x.kind !== 'raw')) {
      expect(readFileSync(join(f.path, 'hello-late')).equals(readFileSync(elves.late))).toBe(true)
    }
    expect(statSync(join(workDir, 'assets', 'tool-linux-amd64')).isFile()).toBe(true)
    expect(gh.authLeaks).toEqual([])
    expect(lines.join('\n')).toMatch(/sha256 matches checksums\.txt/)
  })

  test('a checksum mismatch stops the fetch, naming asset and checksum file', async () => {
    const binaries = [asset('tool-linux-amd64', readFileSync(elves.late))]
    releaseWith([...binaries, checksumsTxt(binaries, 'tool-linux-amd64')])
    const err = await sourceError(fetchAll(join(tmp, 'rel-2')))
    expect(err.code).toBe('CHECKSUM_MISMATCH')
    expect(err.message).toMatch(
      /asset tool-linux-amd64: sha256 is [0-9a-f]{64} but checksums\.txt lists [0-9a-f]{64}/
    )
  })

  test('per-asset .sha256 files are used, and only for the selected assets', async () => {
    const content = readFileSync(elves.clean)
    releaseWith([
      asset('tool-linux-amd64', content),
      asset('tool-linux-amd64.sha256', `${sha256(content)}\n`),
      asset('tool-windows.exe.sha256', `${sha256(Buffer.from('x'))}\n`)
    ])
    const { fetched } = await fetchAll(join(tmp, 'rel-3'))
    expect(fetched[0].verified).toBe(true)
    expect(gh.countRequests('asset:tool-windows.exe.sha256')).toBe(0)
  })

  test('an asset missing from checksums.txt is downloaded with a warning', async () => {
    releaseWith([asset('tool-linux-amd64', readFileSync(elves.clean)), checksumsTxt([asset('other', 'x')])])
    const { fetched } = await fetchAll(join(tmp, 'rel-4'))
    expect(fetched[0].verified).toBe(false)
    expect(lines).toContain('warning: no checksum for tool-linux-amd64 in checksums.txt; size checked only')
  })

  test('a hostile archive asset fails the fetch with the entry named', async () => {
    releaseWith([
      asset(
        'tool-linux-x64.tar.gz',
        gzipSync(tarArchive([{ name: 'bin/../../../../home/runner/.bashrc', data: 'evil' }]))
      )
    ])
    const err = await sourceError(fetchAll(join(tmp, 'rel-5')))
    expect(err.code).toBe('UNSAFE_ENTRY')
    expect(err.message).toMatch(
      /^tool-linux-x64\.tar\.gz: refused entry "bin\/\.\.\/\.\.\/\.\.\/\.\.\/home\/runner\/\.bashrc"/
    )
  })

  test('asset-pattern replaces the default selection', async () => {
    releaseWith([asset('tool-linux-musl-x64', 'm'), asset('tool-linux-gnu-x64', 'g'), asset('tool-x64', 'x')])
    const release = (await resolveRelease(api, repo, 'latest'))!
    expect(selectAssets(release.assets).selected.map(a => a.name)).toEqual(['tool-linux-gnu-x64'])
    expect(selectAssets(release.assets, '*-x64\n!*musl*').selected.map(a => a.name)).toEqual([
      'tool-linux-gnu-x64',
      'tool-x64'
    ])
    expect(selectAssets(release.assets, 'tool-{x64,linux-musl-x64}').selected.map(a => a.name)).toEqual([
      'tool-linux-musl-x64',
      'tool-x64'
    ])
  })
})

describe('what a fetch checks and says', () => {
  const at = (workDir: string) => join(tmp, workDir)
  async function fetchWith(assets: FakeAsset[], workDir: string) {
    gh.setRepo('acme/tool', [{ tag: 'v4.0.0', date: '2024-06-01T00:00:00Z', assets }])
    const release = (await resolveRelease(api, repo, 'latest'))!
    return fetchReleaseAssets(release, selectAssets(release.assets), {
      workDir: at(workDir),
      download: download(),
      log
    })
  }

  test('the log names each asset, its digest and where the digest came from; nothing to warn about', async () => {
    const raw = asset('tool-linux-amd64', readFileSync(elves.clean))
    const tgz = asset('tool-linux-x64.tar.gz', archives['tool-linux-x64.tar.gz'])
    const fetched = await fetchWith([raw, tgz, checksumsTxt([raw, tgz])], 'say-1')
    expect(fetched.map(f => [f.kind, f.files, f.verified, f.sha256])).toEqual([
      ['raw', 1, true, sha256(raw.content)],
      ['tar.gz', 3, true, sha256(tgz.content)]
    ])
    expect(fetched.map(f => f.path)).toEqual([
      join(at('say-1'), 'assets', 'tool-linux-amd64'),
      join(at('say-1'), 'assets', 'tool-linux-x64.tar.gz')
    ])
    expect(lines).toHaveLength(3)
    expect(lines[0]).toBe(
      `info: tool-linux-amd64: ${raw.content.length} bytes, sha256 ${sha256(raw.content)} (sha256 matches checksums.txt)`
    )
    expect(lines[1]).toBe(
      `info: tool-linux-x64.tar.gz: ${tgz.content.length} bytes, sha256 ${sha256(tgz.content)} (sha256 matches checksums.txt)`
    )
    expect(lines[2]).toMatch(
      /^info: tool-linux-x64\.tar\.gz: tar\.gz archive, 3 files \(\d+ bytes\) unpacked$/
    )
  })

  test('without any checksum file: one line says so, no per-asset warning, nothing verified', async () => {
    const raw = asset('tool-linux-amd64', readFileSync(elves.clean))
    const fetched = await fetchWith([raw], 'say-2')
    expect(fetched.map(f => f.verified)).toEqual([false])
    expect(lines).toEqual([
      'info: v4.0.0 publishes no checksum file; assets are checked against their listed size only',
      `info: tool-linux-amd64: ${raw.content.length} bytes, sha256 ${sha256(raw.content)}`
    ])
  })

  test('a checksum file of exactly 1 MiB is read; one byte more is ignored with a warning, never downloaded', async () => {
    const raw = asset('tool-linux-amd64', readFileSync(elves.clean))
    const line = `${sha256(raw.content)}  tool-linux-amd64\n`
    const sized = (name: string, size: number): FakeAsset =>
      asset(name, `${'#'.repeat(size - line.length - 1)}\n${line}`)
    const exact = sized('checksums.txt', 1024 * 1024)
    expect(exact.content.length).toBe(1024 * 1024)
    expect((await fetchWith([raw, exact], 'cap-1')).map(f => f.verified)).toEqual([true])
    expect(lines.filter(l => l.startsWith('warning:'))).toEqual([])

    lines = []
    const over = sized('SHA256SUMS', 1024 * 1024 + 1)
    expect((await fetchWith([raw, over], 'cap-2')).map(f => f.verified)).toEqual([false])
    expect(lines[0]).toBe('warning: checksum file SHA256SUMS is 1048577 bytes; ignored')
    expect(gh.countRequests('asset:SHA256SUMS')).toBe(0)
  })

  test("the caller's extraction limits apply, and the refusal names the asset", async () => {
    const tgz = asset('tool-linux-x64.tar.gz', archives['tool-linux-x64.tar.gz'])
    gh.setRepo('acme/tool', [{ tag: 'v4.0.0', date: '2024-06-01T00:00:00Z', assets: [tgz] }])
    const release = (await resolveRelease(api, repo, 'latest'))!
    const err = await sourceError(
      fetchReleaseAssets(release, selectAssets(release.assets), {
        workDir: at('limits'),
        download: download(),
        log,
        limits: { maxBytes: 1_000_000, maxEntries: 2 }
      })
    )
    expect(err.code).toBe('ARCHIVE_TOO_LARGE')
    expect(err.message).toMatch(/^tool-linux-x64\.tar\.gz: more than 2 entries/)
  })

  test('two checksum files agreeing on a digest is no conflict', async () => {
    const raw = asset('tool-linux-amd64', readFileSync(elves.clean))
    const fetched = await fetchWith(
      [raw, checksumsTxt([raw]), asset('SHA256SUMS', `${sha256(raw.content)} *tool-linux-amd64\n`)],
      'agree'
    )
    expect(fetched.map(f => f.verified)).toEqual([true])
    expect(lines[0]).toMatch(/\(sha256 matches checksums\.txt\)$/)
  })
})

describe('the asset downloader and release input', () => {
  test('an API URL with trailing slashes, an anonymous request, and a progress callback per asset', async () => {
    const anon = await FakeGitHub.start({ token: undefined })
    try {
      anon.setRepo('acme/tool', [
        { tag: 'v1', date: '2024-01-01T00:00:00Z', assets: [asset('tool-linux', 'payload!')] }
      ])
      // The listing may carry any token (this server ignores it); the download below sends none.
      const anonApi = octokitReleasesApi(getOctokit('listing-only', { baseUrl: anon.apiUrl }), fastRetry)
      const release = (await resolveRelease(anonApi, repo, 'latest'))!
      const seen: string[] = []
      const dl = githubAssetDownloader({
        apiUrl: `${anon.apiUrl}//`,
        repo,
        retry: fastRetry,
        progress: a => (received, total) => seen.push(`${a.name} ${received}/${total}`)
      })
      const r = await dl(release.assets[0], join(tmp, 'anon-dl'))
      expect(r.bytes).toBe(8)
      expect(readFileSync(join(tmp, 'anon-dl'), 'utf8')).toBe('payload!')
      expect(seen.at(-1)).toBe('tool-linux 8/8')
      const req = anon.requests.find(q => q.route === 'asset:tool-linux')!
      expect(req.authorization).toBeUndefined()
      expect(req.accept).toBe('application/octet-stream')
    } finally {
      await anon.close()
    }
  })

  test('the release input is trimmed; an empty one is a BAD_INPUT error', async () => {
    gh.setRepo('acme/tool', [
      { tag: 'v1.0.0', date: '2024-01-01T00:00:00Z', assets: [] },
      { tag: 'v1.1.0', date: '2024-02-01T00:00:00Z', assets: [] }
    ])
    expect((await resolveRelease(api, repo, ' latest\n'))?.tag).toBe('v1.1.0')
    expect((await resolveRelease(api, repo, '  v1.0.0 '))?.tag).toBe('v1.0.0')
    for (const empty of ['', '  \n']) {
      const err = await sourceError(resolveRelease(api, repo, empty))
      expect(err.code).toBe('BAD_INPUT')
    }
    expect(gh.requests).toHaveLength(2)
  })
})
