// The one error type of the runners layer. Its message says what failed; `hint` says what the user can do about it.

export class RunnerError extends Error {
  readonly hint?: string

  constructor(message: string, hint?: string) {
    super(hint ? `${message}\n${hint}` : message)
    this.name = 'RunnerError'
    this.hint = hint
  }
}
