// One error class for everything that can go wrong while fetching or unpacking inputs, so the action can
// turn any of them into a single clear failure line (and tests can assert on `code`, not on wording).

export type SourceErrorCode =
  /** Bad input value (repository, pattern, tag). */
  | 'BAD_INPUT'
  /** The repository has no release (or no release with that tag). */
  | 'NO_RELEASE'
  /** 401: the token is missing, expired or wrong. */
  | 'UNAUTHORIZED'
  /** 403 that is not rate limiting, or 404 on a repository the token cannot see. */
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  /** Still rate limited after the retries (or the reset is too far away to wait for). */
  | 'RATE_LIMITED'
  /** Any other HTTP failure, including 5xx after the retries. */
  | 'HTTP'
  /** Connection refused or reset, host unreachable, DNS failure, proxy failure (after the retries). */
  | 'NETWORK'
  /** No data for longer than the idle timeout (after the retries). */
  | 'TIMEOUT'
  /** The TLS handshake failed: untrusted or mismatched certificate, protocol error. */
  | 'TLS'
  /** The server did not speak HTTP, or sent a body that does not decode. */
  | 'BAD_RESPONSE'
  /** A redirect we refuse to follow: a scheme other than https:, a loop, too many hops. */
  | 'REDIRECT'
  /** The body ended early or was longer than the asset's advertised size. */
  | 'SIZE_MISMATCH'
  | 'CHECKSUM_MISMATCH'
  /** Archive member that would escape the target or is not a plain file/dir/link. */
  | 'UNSAFE_ENTRY'
  /** Archive that expands beyond the byte or entry cap. */
  | 'ARCHIVE_TOO_LARGE'
  /** Corrupt or truncated archive. */
  | 'BAD_ARCHIVE'
  /** Archive feature we deliberately do not support (encryption, bzip2-in-zip, sparse tar members). */
  | 'UNSUPPORTED'

export class SourceError extends Error {
  override readonly name = 'SourceError'
  constructor(
    readonly code: SourceErrorCode,
    message: string,
    /** HTTP status when the error came from a response. */
    readonly status?: number
  ) {
    super(message)
  }
}

export function isSourceError(e: unknown): e is SourceError {
  return e instanceof SourceError
}
