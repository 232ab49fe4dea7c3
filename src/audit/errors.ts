/** What the user got wrong or what the audit could not do. */
export type AuditErrorCode =
  'bad-floor' | 'bad-override' | 'missing-path' | 'bad-header' | 'bad-data' | 'bad-glob'

/** The one error type of the audit-policy layer: messages are meant to be shown to the user as they are. */
export class AuditError extends Error {
  override readonly name = 'AuditError'
  constructor(
    readonly code: AuditErrorCode,
    message: string
  ) {
    super(message)
  }
}
