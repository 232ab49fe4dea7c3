// Streams one release asset to disk. The request goes to the REST API with the token; GitHub answers
// 302 to its storage host, which we follow by hand so the Authorization header is only ever sent to the
// API's own origin. Size (and digest, when the release publishes one) are checked on the bytes written.
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { Digest } from './checksums.js'
import { SourceError } from './errors.js'
import { Transient, classifyStatus, withRetry, type RetryOptions } from './retry.js'

export type FetchLike = (
  url: string,
  init: { headers: Record<string, string>; redirect: 'manual'; signal?: AbortSignal }
) => Promise<Response>

export interface DownloadRequest {
  url: string
  /** Sent to `url`'s origin only; dropped on a redirect to another origin. */
  headers: Record<string, string>
  dest: string
  /** The asset's advertised size; the body must match it exactly. */
  expectedSize?: number
  digest?: Digest
  /** Names the download in messages, e.g. "asset tool.tar.gz". */
  what: string
}

export interface DownloadOptions {
  fetch?: FetchLike
  retry?: Partial<RetryOptions>
  onProgress?: (received: number, total: number | undefined) => void
  maxRedirects?: number
  /** Abort a request that sends nothing for this long (ms). */
  idleTimeoutMs?: number
}

export interface DownloadResult {
  bytes: number
  sha256: string
  /** The digest was checked against a published checksum. */
  verified: boolean
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])

function withoutAuthorization(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'authorization'))
}

export async function downloadToFile(
  req: DownloadRequest,
  options: DownloadOptions = {}
): Promise<DownloadResult> {
  const fetchImpl: FetchLike = options.fetch ?? ((url, init) => fetch(url, init))
  const maxRedirects = options.maxRedirects ?? 5
  const now = options.retry?.now ?? Date.now
  const firstOrigin = new URL(req.url).origin

  const idleMs = options.idleTimeoutMs ?? 60_000

  const attempt = async (): Promise<DownloadResult> => {
    // One watchdog per attempt: re-armed on every chunk, so only a stalled connection trips it.
    const controller = new AbortController()
    let timer: NodeJS.Timeout | undefined
    const arm = (): void => {
      clearTimeout(timer)
      timer = setTimeout(() => controller.abort(new Error(`no data for ${idleMs / 1000} s`)), idleMs)
    }
    arm()
    try {
      return await request(controller.signal, arm)
    } finally {
      clearTimeout(timer)
    }
  }

  const request = async (signal: AbortSignal, arm: () => void): Promise<DownloadResult> => {
    let url = req.url
    let headers = { ...req.headers }
    for (let hop = 0; ; hop++) {
      let res: Response
      try {
        res = await fetchImpl(url, { headers, redirect: 'manual', signal })
      } catch (e) {
        const cause = (e as { cause?: { code?: string; message?: string } }).cause
        throw new Transient(
          new SourceError(
            'HTTP',
            `${req.what}: request to ${new URL(url).host} failed: ${cause?.code ?? cause?.message ?? (e as Error).message}`
          )
        )
      }
      if (REDIRECTS.has(res.status)) {
        await res.body?.cancel()
        const location = res.headers.get('location')
        if (!location)
          throw new SourceError('HTTP', `${req.what}: HTTP ${res.status} without a Location header`)
        if (hop >= maxRedirects)
          throw new SourceError('HTTP', `${req.what}: more than ${maxRedirects} redirects`)
        const next = new URL(location, url)
        if (new URL(url).protocol === 'https:' && next.protocol !== 'https:') {
          throw new SourceError(
            'HTTP',
            `${req.what}: refusing redirect from https to ${next.protocol}//${next.host}`
          )
        }
        // Storage hosts get a signed URL; the token stays with the API origin.
        if (next.origin !== firstOrigin) headers = withoutAuthorization(headers)
        url = next.href
        continue
      }
      const failure = classifyStatus(res.status, n => res.headers.get(n), req.what, now())
      if (failure) {
        await res.body?.cancel()
        throw failure
      }
      return await save(res, url, arm)
    }
  }

  const save = async (res: Response, url: string, arm: () => void): Promise<DownloadResult> => {
    const total = req.expectedSize
    const lengthHeader = res.headers.get('content-length')
    if (total !== undefined && lengthHeader !== null && Number(lengthHeader) !== total) {
      await res.body?.cancel()
      throw new SourceError(
        'SIZE_MISMATCH',
        `${req.what}: ${new URL(url).host} announces ${lengthHeader} bytes but the release lists ${total}`
      )
    }
    const sha256 = createHash('sha256')
    const other =
      req.digest && req.digest.algorithm !== 'sha256' ? createHash(req.digest.algorithm) : undefined
    let received = 0
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        arm()
        received += chunk.length
        if (total !== undefined && received > total) {
          done(
            new SourceError(
              'SIZE_MISMATCH',
              `${req.what}: body is longer than the ${total} bytes the release lists`
            )
          )
          return
        }
        sha256.update(chunk)
        other?.update(chunk)
        options.onProgress?.(received, total)
        done(null, chunk)
      }
    })
    try {
      await pipeline(
        res.body ? Readable.fromWeb(res.body as import('node:stream/web').ReadableStream) : Readable.from([]),
        meter,
        createWriteStream(req.dest)
      )
    } catch (e) {
      await rm(req.dest, { force: true })
      if (e instanceof SourceError) throw e
      // A connection dropped mid-body is worth another try.
      throw new Transient(
        new SourceError(
          'SIZE_MISMATCH',
          `${req.what}: connection lost after ${received}${total !== undefined ? ` of ${total}` : ''} bytes`
        )
      )
    }
    if (total !== undefined && received !== total) {
      await rm(req.dest, { force: true })
      throw new Transient(
        new SourceError('SIZE_MISMATCH', `${req.what}: received ${received} of ${total} bytes (truncated)`)
      )
    }
    const hex = sha256.digest('hex')
    if (req.digest) {
      const actual = other ? other.digest('hex') : hex
      if (actual !== req.digest.hex) {
        await rm(req.dest, { force: true })
        throw new SourceError(
          'CHECKSUM_MISMATCH',
          `${req.what}: ${req.digest.algorithm} is ${actual} but ${req.digest.source} lists ${req.digest.hex}`
        )
      }
    }
    return { bytes: received, sha256: hex, verified: Boolean(req.digest) }
  }

  return withRetry(attempt, options.retry)
}

/** Progress reporter that logs at most every 10% or every few seconds, whichever comes later. */
export function progressLogger(
  name: string,
  log: (line: string) => void,
  minIntervalMs = 3000,
  now: () => number = Date.now
): (received: number, total: number | undefined) => void {
  let lastAt = now()
  let lastPct = 0
  const mib = (n: number): string => (n / 1024 / 1024).toFixed(1)
  return (received, total) => {
    const pct = total ? Math.floor((received / total) * 100) : 0
    const finished = total !== undefined && received === total
    if (!finished && (now() - lastAt < minIntervalMs || (total !== undefined && pct - lastPct < 10))) return
    lastAt = now()
    lastPct = pct
    log(total ? `${name}: ${mib(received)} of ${mib(total)} MiB (${pct}%)` : `${name}: ${mib(received)} MiB`)
  }
}
