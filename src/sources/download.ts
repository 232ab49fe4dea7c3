// Streams one release asset to disk. The request goes to the REST API with the token; GitHub answers
// 302 to its storage host, which we follow by hand so the Authorization header is only ever sent to the
// API's own origin. Size (and digest, when the release publishes one) are checked on the bytes written.
// Whatever the server does (closes early, resets, stalls, sends garbage, redirects somewhere odd), the
// outcome is the file or one SourceError naming the asset and the host; never an uncaught exception.
import { createHash, type Hash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { open, rename, rm } from 'node:fs/promises'
import type { IncomingMessage } from 'node:http'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import { during } from '../activity.js'
import type { Digest } from './checksums.js'
import { SourceError } from './errors.js'
import { nodeGet, type HttpGet } from './http-get.js'
import { describeNetworkError, gotOf, shownUrl } from './net-errors.js'
import { Transient, classifyStatus, withRetry, type RetryOptions } from './retry.js'

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
  /** The HTTP client; default Node's own, through the runner's proxy settings. */
  get?: HttpGet
  retry?: Partial<RetryOptions>
  onProgress?: (received: number, total: number | undefined) => void
  maxRedirects?: number
  /** Abort a request that sends nothing for this long (ms). */
  idleTimeoutMs?: number
  /** Trust roots replacing the system's (tests). */
  ca?: string | Buffer
  /** Proxy decision per URL (default: HTTPS_PROXY / HTTP_PROXY / NO_PROXY). */
  proxyFor?: (url: URL) => URL | undefined
}

export interface DownloadResult {
  bytes: number
  sha256: string
  /** The digest was checked against a published checksum. */
  verified: boolean
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])
export const DEFAULT_IDLE_TIMEOUT_MS = 60_000

function withoutAuthorization(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'authorization'))
}

/** `host` is a URL's hostname, which keeps an IPv6 address in brackets. */
const isLoopback = (host: string): boolean =>
  host === 'localhost' || host.startsWith('127.') || host === '[::1]'

/** The body went past the size the release lists. */
class TooLong extends Error {}

/** Bytes counted and hashed on their way through; longer than `cap` is an error, not a full disk. */
function meter(cap: number | undefined, digest: Digest | undefined, onChunk: (received: number) => void) {
  const sha256 = createHash('sha256')
  const other: Hash | undefined =
    digest && digest.algorithm !== 'sha256' ? createHash(digest.algorithm) : undefined
  const m = {
    received: 0,
    stream: new Transform({
      transform(chunk: Buffer, _enc, done) {
        m.received += chunk.length
        if (cap !== undefined && m.received > cap) {
          done(new TooLong(`more than ${cap} bytes`))
          return
        }
        sha256.update(chunk)
        other?.update(chunk)
        onChunk(m.received)
        done(null, chunk)
      }
    }),
    hex: () => ({ sha256: sha256.digest('hex'), other: other?.digest('hex') })
  }
  return m
}

/** Pipes `streams` into a file opened up front, so a failed write never leaves the file behind. */
async function writeFile(dest: string, streams: (Readable | Transform)[]): Promise<void> {
  const fh = await open(dest, 'w')
  try {
    await pipeline([...streams, fh.createWriteStream()])
  } catch (e) {
    await fh.close().catch(() => undefined)
    await rm(dest, { force: true })
    throw e
  }
}

const DECODERS: Record<string, () => Transform> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress
}

export async function downloadToFile(
  req: DownloadRequest,
  options: DownloadOptions = {}
): Promise<DownloadResult> {
  const get = options.get ?? nodeGet
  const maxRedirects = options.maxRedirects ?? 5
  const now = options.retry?.now ?? Date.now
  const start = new URL(req.url)
  const idleMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS
  const total = req.expectedSize
  const fail = (code: SourceError['code'], text: string): SourceError =>
    new SourceError(code, `${req.what}: ${text}`)

  return during(`downloading ${req.what}`, activity => {
    const attempt = async (): Promise<DownloadResult> => {
      // One watchdog per attempt, re-armed on every chunk, so only a stalled connection trips it.
      const controller = new AbortController()
      let timer: NodeJS.Timeout | undefined
      const arm = (): void => {
        clearTimeout(timer)
        timer = setTimeout(() => controller.abort(), idleMs)
      }
      arm()
      try {
        return await request(controller.signal, arm)
      } finally {
        clearTimeout(timer)
      }
    }

    const idle = (host: string): Transient =>
      new Transient(fail('TIMEOUT', `no data from ${host} for ${idleMs / 1000} s (idle timeout)`))

    const request = async (signal: AbortSignal, arm: () => void): Promise<DownloadResult> => {
      let url = start
      let headers: Record<string, string> = { ...req.headers, 'accept-encoding': 'identity' }
      const visited = [url.href]
      for (;;) {
        activity.phase(`waiting for ${url.host}`)
        let res: IncomingMessage
        try {
          res = await get(url, { headers, signal, ca: options.ca, proxyFor: options.proxyFor })
        } catch (e) {
          if (signal.aborted) throw idle(url.host)
          const d = describeNetworkError(e, url.host)
          const err = fail(d.code, d.message)
          throw d.retry ? new Transient(err) : err
        }
        const status = res.statusCode ?? 0
        if (REDIRECTS.has(status)) {
          res.destroy()
          const next = redirectTarget(url, res.headers.location, status)
          visited.push(next.href)
          if (visited.indexOf(next.href) < visited.length - 1) {
            throw fail('REDIRECT', `redirect loop: ${visited.map(h => shownUrl(new URL(h))).join(' → ')}`)
          }
          if (visited.length - 1 > maxRedirects)
            throw fail('REDIRECT', `more than ${maxRedirects} redirects (last to ${next.host})`)
          // Storage hosts get a signed URL; the token stays with the API origin.
          if (next.origin !== start.origin) headers = withoutAuthorization(headers)
          url = next
          continue
        }
        const failure = classifyStatus(status, n => header(res, n), `${req.what} from ${url.host}`, now())
        if (failure) {
          res.destroy()
          throw failure
        }
        return await save(res, url.host, signal, arm)
      }
    }

    /** Only https:, or from http: to loopback (tests) or within the origin the user configured (plain-http GHES). */
    const redirectTarget = (from: URL, location: string | undefined, status: number): URL => {
      if (!location) throw fail('REDIRECT', `${from.host} answered HTTP ${status} without a Location header`)
      let next: URL
      try {
        next = new URL(location, from)
      } catch {
        throw fail('REDIRECT', `${from.host} redirected to an invalid URL`)
      }
      // Never from https: down to plain http, not even to loopback: a TLS chain stays TLS.
      const allowed =
        next.protocol === 'https:' ||
        (next.protocol === 'http:' &&
          from.protocol === 'http:' &&
          (isLoopback(next.hostname) || next.origin === start.origin))
      if (!allowed) {
        throw fail(
          'REDIRECT',
          `${from.host} redirected to a ${next.protocol} URL (${shownUrl(next)}); refused, only https: is followed`
        )
      }
      return next
    }

    const save = async (
      res: IncomingMessage,
      host: string,
      signal: AbortSignal,
      arm: () => void
    ): Promise<DownloadResult> => {
      const encoding = (header(res, 'content-encoding') ?? 'identity').trim().toLowerCase()
      const encoded = encoding !== '' && encoding !== 'identity'
      const lengthHeader = header(res, 'content-length')
      if (!encoded && total !== undefined && lengthHeader != null && Number(lengthHeader) !== total) {
        res.destroy()
        throw fail('SIZE_MISMATCH', `${host} announces ${lengthHeader} bytes but the release lists ${total}`)
      }
      activity.phase(`reading the body from ${host}`)
      // An encoded body may legitimately be a little larger than the asset (incompressible data).
      const cap = total === undefined ? undefined : encoded ? Math.ceil(total * 1.01) + 65_536 : total
      const m = meter(cap, req.digest, received => {
        arm()
        options.onProgress?.(received, total)
      })
      // Node drops a body cut short before it was read; what it had buffered still arrived.
      let unread = 0
      res.once('error', () => (unread = res.readableLength))
      try {
        await writeFile(req.dest, [res, m.stream])
      } catch (e) {
        if (e instanceof TooLong) {
          throw fail('SIZE_MISMATCH', `${host} sends more than the ${total} bytes the release lists`)
        }
        const why = signal.aborted
          ? `no data for ${idleMs / 1000} s`
          : (e as Error).message === 'aborted'
            ? 'the connection closed'
            : describeNetworkError(e, host).message
        const code = signal.aborted ? 'TIMEOUT' : 'SIZE_MISMATCH'
        // A connection dropped mid-body is worth another try.
        throw new Transient(
          fail(code, `download from ${host} ended early, ${progress(m.received + unread)} (${why})`)
        )
      }
      let result = { bytes: m.received, ...m.hex() }
      // A storage host may label a stored .gz as Content-Encoding: gzip (the bytes are the asset) or
      // compress on the fly (the decoded bytes are). Keep the bytes as sent when they match the listing.
      if (encoded && !matches(result)) result = await decode(encoding, host)
      if (total !== undefined && result.bytes !== total) {
        await rm(req.dest, { force: true })
        throw new Transient(
          fail(
            'SIZE_MISMATCH',
            `download from ${host} ended early, ${progress(result.bytes)} (the connection closed)`
          )
        )
      }
      if (req.digest) {
        const actual = result.other ?? result.sha256
        if (actual !== req.digest.hex) {
          await rm(req.dest, { force: true })
          throw fail(
            'CHECKSUM_MISMATCH',
            `${req.digest.algorithm} is ${actual} but ${req.digest.source} lists ${req.digest.hex}`
          )
        }
      }
      return { bytes: result.bytes, sha256: result.sha256, verified: Boolean(req.digest) }
    }

    const progress = (received: number): string =>
      total === undefined ? `got ${received} bytes` : gotOf(received, total)

    const matches = (r: { bytes: number; sha256: string; other?: string }): boolean =>
      (total === undefined || r.bytes === total) && (!req.digest || (r.other ?? r.sha256) === req.digest.hex)

    const decode = async (encoding: string, host: string) => {
      const decoder = DECODERS[encoding]
      if (!decoder) {
        await rm(req.dest, { force: true })
        throw fail(
          'BAD_RESPONSE',
          `${host} sent it with Content-Encoding ${encoding}, which this action cannot decode`
        )
      }
      activity.phase(`decoding the ${encoding} body from ${host}`)
      const decoded = `${req.dest}.decoded`
      const m = meter(total, req.digest, () => undefined)
      try {
        await writeFile(decoded, [createReadStream(req.dest), decoder(), m.stream])
      } catch (e) {
        await rm(req.dest, { force: true })
        if (e instanceof TooLong)
          throw fail(
            'SIZE_MISMATCH',
            `the ${encoding} body from ${host} decodes to more than the ${total} bytes the release lists`
          )
        throw fail(
          'BAD_RESPONSE',
          `${host} labels the body ${encoding} but it does not decode (${(e as Error).message})`
        )
      }
      await rename(decoded, req.dest)
      return { bytes: m.received, ...m.hex() }
    }

    return withRetry(attempt, options.retry)
  })
}

function header(res: IncomingMessage, name: string): string | undefined {
  const v = res.headers[name.toLowerCase()]
  return Array.isArray(v) ? v.join(', ') : v
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
