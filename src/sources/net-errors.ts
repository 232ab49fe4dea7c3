// Network failures in words a person can act on. Node reports them as errno or OpenSSL codes
// (ECONNRESET, DEPTH_ZERO_SELF_SIGNED_CERT, HPE_INVALID_CONSTANT); each maps to what happened, where, and
// whether trying again can help.
import type { SourceErrorCode } from './errors.js'
import { ProxyFailure } from './http-get.js'

export interface NetFailure {
  code: SourceErrorCode
  /** Completes "asset x: …". */
  message: string
  /** Worth another attempt (the network may heal); false for faults that repeat identically. */
  retry: boolean
}

interface Coded {
  code?: string
  reason?: string
  message?: string
  cause?: unknown
}

const TLS_CODES = /^(CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_TLS_|ERR_SSL_|HOSTNAME_MISMATCH|ERR_OSSL_)/

/** `e` came from talking to `host` (host:port, never the path or query, which may be signed). */
export function describeNetworkError(e: unknown, host: string): NetFailure {
  if (e instanceof ProxyFailure) {
    const inner = e.cause ? describeNetworkError(e.cause, `proxy ${e.proxyHost}`) : undefined
    return {
      code: 'NETWORK',
      message: inner ? `${inner.message} (check HTTPS_PROXY / HTTP_PROXY / NO_PROXY)` : e.message,
      retry: inner ? inner.retry : e.status === undefined || e.status >= 500
    }
  }
  const err = (e ?? {}) as Coded
  const code = err.code ?? (err.cause as Coded | undefined)?.code ?? ''
  switch (code) {
    case 'ECONNREFUSED':
      return {
        code: 'NETWORK',
        message: `connection refused by ${host} (nothing listens there)`,
        retry: true
      }
    case 'ECONNRESET':
    case 'EPIPE':
      return { code: 'NETWORK', message: `connection reset by ${host}`, retry: true }
    case 'ETIMEDOUT':
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return { code: 'NETWORK', message: `${host} cannot be reached (${code})`, retry: true }
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return { code: 'NETWORK', message: `host name of ${host} does not resolve (DNS ${code})`, retry: true }
  }
  if (code.startsWith('HPE_')) {
    return {
      code: 'BAD_RESPONSE',
      message: `${host} did not answer with valid HTTP (${err.reason ?? err.message ?? 'parse error'}; ${code})`,
      retry: false
    }
  }
  if (TLS_CODES.test(code) || (code === 'EPROTO' && /ssl|tls/i.test(err.message ?? ''))) {
    return {
      code: 'TLS',
      message: `TLS failure with ${host}: ${err.message ?? code} (${code})`,
      retry: false
    }
  }
  return {
    code: 'NETWORK',
    message: `request to ${host} failed: ${err.message || code || String(e)}`,
    retry: true
  }
}

/** "41.2 MB", "512 bytes": decimal units, as download sizes are usually shown. */
export function humanBytes(n: number): string {
  if (n < 1000) return `${n} bytes`
  const units = ['kB', 'MB', 'GB', 'TB']
  let v = n / 1000
  let i = 0
  // 999,960 bytes would round to "1000.0 kB"; it is "1.0 MB".
  while (v >= 999.95 && i < units.length - 1) {
    v /= 1000
    i++
  }
  return `${v.toFixed(1)} ${units[i]}`
}

/** "got 41.2 MB of 82.4 MB", exact bytes added when rounding would hide the difference. */
export function gotOf(received: number, total: number): string {
  const [a, b] = [humanBytes(received), humanBytes(total)]
  return a === b ? `got ${received} of ${total} bytes` : `got ${a} of ${b}`
}

/** A URL as messages may show it: no credentials, no (signed) query, no fragment. */
export function shownUrl(u: URL): string {
  const c = new URL(u.href)
  c.username = ''
  c.password = ''
  return c.href.split(/[?#]/)[0] + (u.search ? '?…' : '')
}
