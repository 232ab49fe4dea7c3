// A fake GitHub REST API on a real loopback HTTP server, plus a second loopback "storage" server that
// release asset downloads are redirected to (different origin, like objects.githubusercontent.com).
// Storage refuses, and records, any request that carries an Authorization header. Faults can be queued
// per route to exercise retries, rate limits, truncation and missing releases.
import { createHash, randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeAsset {
  name: string
  content: Buffer
  contentType?: string
  /** Size the API advertises, when it should differ from the content (to fake a lying listing). */
  size?: number
}

export interface FakeRelease {
  tag: string
  /** ISO date; "latest" and previous-release are decided by it. */
  date: string
  draft?: boolean
  prerelease?: boolean
  assets: FakeAsset[]
}

/** A queued answer that replaces the normal one for the next request on a route. */
export type Fault =
  | { status: number; headers?: Record<string, string>; body?: unknown }
  /** Storage only: announce the full length, send this many bytes, then cut the connection. */
  | { truncateAfter: number }

/**
 * Routes faults can target: 'repo', 'latest', 'tag', 'list', `asset:<name>` (the API redirect) and
 * `storage:<name>` (the download itself).
 */
export type Route = 'repo' | 'latest' | 'tag' | 'list' | `asset:${string}` | `storage:${string}`

export interface RecordedRequest {
  server: 'api' | 'storage'
  method: string
  url: string
  authorization?: string
  accept?: string
  route?: Route
}

interface StoredRelease extends FakeRelease {
  id: number
  assetIds: number[]
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = []
  /** Storage requests that arrived with an Authorization header: must stay empty. */
  readonly authLeaks: RecordedRequest[] = []
  private readonly repos = new Map<string, StoredRelease[]>()
  private readonly assets = new Map<number, { repo: string; asset: FakeAsset; key: string }>()
  private readonly faults = new Map<Route, Fault[]>()
  private nextId = 1000
  /** Where the API's 302 for an asset points instead of the built-in storage (a misbehaving host). */
  storageFor?: (asset: FakeAsset) => string | undefined

  private constructor(
    private readonly api: Server,
    private readonly storage: Server,
    /** The token the API accepts; undefined accepts anonymous requests. */
    readonly token: string | undefined
  ) {}

  static async start(options: { token?: string } = {}): Promise<FakeGitHub> {
    const handlers: { api?: FakeGitHub['handleApi']; storage?: FakeGitHub['handleStorage'] } = {}
    const api = createServer((req, res) => handlers.api!(req, res))
    const storage = createServer((req, res) => handlers.storage!(req, res))
    const self = new FakeGitHub(
      api,
      storage,
      'token' in options ? options.token : 'ghs_fake_token_0123456789'
    )
    handlers.api = self.handleApi.bind(self)
    handlers.storage = self.handleStorage.bind(self)
    await Promise.all([listen(api), listen(storage)])
    return self
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${(this.api.address() as AddressInfo).port}`
  }

  get storageUrl(): string {
    return `http://127.0.0.1:${(this.storage.address() as AddressInfo).port}`
  }

  /** Creates (or replaces) a repository with its releases; returns their ids in order. */
  setRepo(fullName: string, releases: FakeRelease[]): number[] {
    const stored = releases.map(r => {
      const assetIds = r.assets.map(asset => {
        const id = this.nextId++
        this.assets.set(id, { repo: fullName, asset, key: randomBytes(8).toString('hex') })
        return id
      })
      return { ...r, id: this.nextId++, assetIds }
    })
    this.repos.set(fullName, stored)
    return stored.map(r => r.id)
  }

  fail(route: Route, ...faults: Fault[]): void {
    this.faults.set(route, [...(this.faults.get(route) ?? []), ...faults])
  }

  /** Faults still queued (a test can assert they were all consumed). */
  pendingFaults(): number {
    return [...this.faults.values()].reduce((n, l) => n + l.length, 0)
  }

  countRequests(route: Route): number {
    return this.requests.filter(r => r.route === route).length
  }

  async close(): Promise<void> {
    await Promise.all(
      [this.api, this.storage].map(s => new Promise<void>(r => (s.closeAllConnections(), s.close(() => r()))))
    )
  }

  private takeFault(route: Route): Fault | undefined {
    const list = this.faults.get(route)
    return list?.shift()
  }

  private record(server: 'api' | 'storage', req: IncomingMessage, route?: Route): RecordedRequest {
    const r: RecordedRequest = {
      server,
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      authorization: req.headers.authorization,
      accept: req.headers.accept,
      route
    }
    this.requests.push(r)
    return r
  }

  private releaseJson(fullName: string, r: StoredRelease): object {
    return {
      id: r.id,
      tag_name: r.tag,
      name: r.tag,
      draft: Boolean(r.draft),
      prerelease: Boolean(r.prerelease),
      created_at: r.date,
      published_at: r.draft ? null : r.date,
      html_url: `https://github.example/${fullName}/releases/tag/${r.tag}`,
      assets: r.assetIds.map(id => this.assetJson(fullName, id))
    }
  }

  private assetJson(fullName: string, id: number): object {
    const { asset } = this.assets.get(id)!
    return {
      id,
      name: asset.name,
      size: asset.size ?? asset.content.length,
      content_type: asset.contentType ?? 'application/octet-stream',
      url: `${this.apiUrl}/repos/${fullName}/releases/assets/${id}`,
      browser_download_url: `https://github.example/${fullName}/releases/download/x/${asset.name}`
    }
  }

  private handleApi(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.apiUrl)
    const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(url.pathname)
    const sub = m?.[3] ?? ''
    let route: Route | undefined
    if (m && sub === '') route = 'repo'
    else if (sub === '/releases/latest') route = 'latest'
    else if (sub.startsWith('/releases/tags/')) route = 'tag'
    else if (sub === '/releases') route = 'list'
    else if (sub.startsWith('/releases/assets/')) {
      const a = this.assets.get(Number(sub.slice('/releases/assets/'.length)))
      route = `asset:${a?.asset.name ?? '?'}`
    }
    this.record('api', req, route)

    if (this.token !== undefined) {
      const auth = req.headers.authorization ?? ''
      if (auth !== `token ${this.token}` && auth !== `Bearer ${this.token}`) {
        return json(res, 401, {
          message: 'Bad credentials',
          documentation_url: 'https://docs.github.com/rest'
        })
      }
    }
    if (!m || !route) return json(res, 404, { message: 'Not Found' })
    const fault = this.takeFault(route)
    if (fault && 'status' in fault)
      return json(res, fault.status, fault.body ?? { message: `fault ${fault.status}` }, fault.headers)

    const fullName = `${m[1]}/${m[2]}`
    const releases = this.repos.get(fullName)
    if (!releases) return json(res, 404, { message: 'Not Found' })
    const published = releases.filter(r => !r.draft)

    switch (route) {
      case 'repo':
        return json(res, 200, { id: 1, full_name: fullName, private: false })
      case 'latest': {
        const latest = published
          .filter(r => !r.prerelease)
          .sort((a, b) => Date.parse(b.date) - Date.parse(a.date))[0]
        return latest
          ? json(res, 200, this.releaseJson(fullName, latest))
          : json(res, 404, { message: 'Not Found' })
      }
      case 'tag': {
        const tag = decodeURIComponent(sub.slice('/releases/tags/'.length))
        const r = published.find(x => x.tag === tag)
        return r ? json(res, 200, this.releaseJson(fullName, r)) : json(res, 404, { message: 'Not Found' })
      }
      case 'list': {
        const perPage = Number(url.searchParams.get('per_page') ?? 30)
        const page = Number(url.searchParams.get('page') ?? 1)
        const sorted = [...releases].sort((a, b) => Date.parse(b.date) - Date.parse(a.date))
        const slice = sorted.slice((page - 1) * perPage, page * perPage)
        const headers: Record<string, string> = {}
        if (page * perPage < sorted.length) {
          const next = new URL(url.href)
          next.searchParams.set('page', String(page + 1))
          headers.link = `<${next.href}>; rel="next"`
        }
        return json(
          res,
          200,
          slice.map(r => this.releaseJson(fullName, r)),
          headers
        )
      }
      default: {
        const id = Number(sub.slice('/releases/assets/'.length))
        const stored = this.assets.get(id)
        if (!stored || stored.repo !== fullName) return json(res, 404, { message: 'Not Found' })
        if (!(req.headers.accept ?? '').includes('application/octet-stream'))
          return json(res, 200, this.assetJson(fullName, id))
        res.writeHead(302, {
          location:
            this.storageFor?.(stored.asset) ??
            `${this.storageUrl}/blob/${stored.key}/${encodeURIComponent(stored.asset.name)}?sig=abc`
        })
        res.end()
      }
    }
  }

  private handleStorage(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.storageUrl)
    const m = /^\/blob\/([0-9a-f]+)\/(.+)$/.exec(url.pathname)
    const stored = m ? [...this.assets.values()].find(a => a.key === m[1]) : undefined
    const route: Route | undefined = stored ? `storage:${stored.asset.name}` : undefined
    const rec = this.record('storage', req, route)
    if (req.headers.authorization !== undefined) {
      this.authLeaks.push(rec)
      // Real storage rejects a second credential next to the signed URL.
      res.writeHead(400, { 'content-type': 'text/plain' })
      return void res.end('Authorization header must not be sent to storage')
    }
    if (!stored || !route) {
      res.writeHead(404)
      return void res.end()
    }
    const fault = this.takeFault(route)
    if (fault && 'status' in fault) {
      res.writeHead(fault.status, fault.headers)
      return void res.end(String(fault.body ?? ''))
    }
    const body = stored.asset.content
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(body.length) })
    if (fault && 'truncateAfter' in fault) {
      res.write(body.subarray(0, fault.truncateAfter), () => res.socket?.destroy())
      return
    }
    res.end(body)
  }
}

function listen(server: Server): Promise<void> {
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve()))
}

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    ...headers
  })
  res.end(text)
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

/** A goreleaser-style checksums.txt for the given assets (optionally with one digest deliberately wrong). */
export function checksumsTxt(assets: FakeAsset[], wrong?: string): FakeAsset {
  const lines = assets.map(
    a => `${a.name === wrong ? sha256(Buffer.from('not the asset')) : sha256(a.content)}  ${a.name}`
  )
  return { name: 'checksums.txt', content: Buffer.from(lines.join('\n') + '\n'), contentType: 'text/plain' }
}
