// Retry policy shared by the REST calls and the asset downloads: back off on 5xx, on 408, on 429 and on 403
// rate limiting (honouring retry-after / x-ratelimit-reset), give up at once on anything else.
import { SourceError } from './errors.js'

export interface RetryOptions {
  /** Total attempts including the first. */
  attempts: number
  /** First backoff step; doubles each attempt (with jitter) when the server gives no hint. */
  baseDelayMs: number
  /** Longest single wait. A rate-limit reset further away than this fails instead of blocking the job. */
  maxDelayMs: number
  sleep: (ms: number) => Promise<void>
  now: () => number
  /** Called before each wait so the caller can log why it is waiting. */
  onRetry?: (info: { attempt: number; delayMs: number; reason: string }) => void
}

export const defaultRetry: RetryOptions = {
  attempts: 5,
  baseDelayMs: 1000,
  maxDelayMs: 120_000,
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
  now: () => Date.now()
}

/** Thrown by an attempt that may succeed if repeated; `error` is what the caller sees when retries run out. */
export class Transient extends Error {
  constructor(
    readonly error: SourceError,
    /** Server-requested delay, when it sent one. */
    readonly delayMs?: number
  ) {
    super(error.message)
  }
}

export type HeaderGetter = (name: string) => string | null | undefined

/** Delay the server asked for through retry-after or the primary rate-limit reset; undefined when none. */
export function serverDelayMs(get: HeaderGetter, now: number): number | undefined {
  const retryAfter = get('retry-after')?.trim()
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000
    const at = Date.parse(retryAfter)
    if (!Number.isNaN(at)) return Math.max(0, at - now)
  }
  const reset = get('x-ratelimit-reset')?.trim()
  if (get('x-ratelimit-remaining')?.trim() === '0' && reset && /^\d+$/.test(reset)) {
    // The reset is whole epoch seconds; add a second so we do not arrive just before it.
    return Math.max(0, Number(reset) * 1000 - now + 1000)
  }
  return undefined
}

/**
 * Maps an HTTP status to nothing (success), a Transient (retry) or a SourceError (give up).
 * `what` names the request in messages ("release v1.2.0 of o/r", "asset tool.tar.gz").
 */
export function classifyStatus(
  status: number,
  get: HeaderGetter,
  what: string,
  now: number
): Transient | SourceError | undefined {
  if (status < 400) return undefined
  const hint = serverDelayMs(get, now)
  const rateLimited =
    status === 429 || (status === 403 && (hint !== undefined || get('x-ratelimit-remaining') === '0'))
  if (rateLimited) {
    return new Transient(
      new SourceError('RATE_LIMITED', `${what}: rate limited (HTTP ${status})`, status),
      hint
    )
  }
  if (status >= 500)
    return new Transient(new SourceError('HTTP', `${what}: server error HTTP ${status}`, status), hint)
  if (status === 408)
    return new Transient(
      new SourceError('HTTP', `${what}: HTTP 408, the server timed out the request`, status),
      hint
    )
  if (status === 401) {
    return new SourceError(
      'UNAUTHORIZED',
      `${what}: HTTP 401, the token was rejected (expired, revoked or for another host); check the \`token\` input`,
      status
    )
  }
  if (status === 403) {
    return new SourceError(
      'FORBIDDEN',
      `${what}: HTTP 403, the token may not read this repository's releases (it needs contents: read)`,
      status
    )
  }
  if (status === 404) {
    return new SourceError(
      'NOT_FOUND',
      `${what}: HTTP 404, not found (or private and the token cannot see it)`,
      status
    )
  }
  return new SourceError('HTTP', `${what}: HTTP ${status}`, status)
}

function backoff(attempt: number, opts: RetryOptions): number {
  const exp = opts.baseDelayMs * 2 ** (attempt - 1)
  // Up to 25% jitter so parallel jobs hitting the same limit do not retry in lockstep.
  return Math.min(opts.maxDelayMs, Math.round(exp * (1 + Math.random() * 0.25)))
}

/** Runs `attempt` until it returns, throws a non-Transient, or the attempts run out. */
export async function withRetry<T>(
  attempt: (n: number) => Promise<T>,
  options: Partial<RetryOptions> = {}
): Promise<T> {
  const opts = { ...defaultRetry, ...options }
  for (let n = 1; ; n++) {
    try {
      return await attempt(n)
    } catch (e) {
      if (!(e instanceof Transient)) throw e
      if (n >= opts.attempts) throw e.error
      const delayMs = e.delayMs ?? backoff(n, opts)
      if (delayMs > opts.maxDelayMs) {
        const at = new Date(opts.now() + delayMs).toISOString()
        throw new SourceError(
          e.error.code,
          `${e.error.message}; the server asks to wait until ${at}, longer than the ${Math.round(opts.maxDelayMs / 1000)} s this step will wait`,
          e.error.status
        )
      }
      opts.onRetry?.({ attempt: n, delayMs, reason: e.error.message })
      await opts.sleep(delayMs)
    }
  }
}
