// Errors the action itself raises (inputs, baseline, nothing to audit). Engine and source errors keep their
// own classes; run() turns any of them into one failure line.

export type ActionErrorCode = 'BAD_INPUT' | 'BAD_BASELINE' | 'NOTHING_AUDITED' | 'MODE_UNAVAILABLE'

export class ActionError extends Error {
  override readonly name = 'ActionError'
  constructor(
    readonly code: ActionErrorCode,
    message: string
  ) {
    super(message)
  }
}
