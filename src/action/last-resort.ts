// The action's last line of defence. run() turns every error it can catch into one failure line, but an
// exception thrown from a socket or timer callback (a bug in a dependency, like undici's paused-parser
// assert) or a promise nobody awaited escapes it, and Node would print a bare stack trace. Here any such
// escape ends the step with one ::error saying what was being done, a job summary saying the audit did
// not complete, and exit code 1.
import * as core from '@actions/core'
import { appendFileSync } from 'node:fs'
import { currentActivity } from '../activity.js'

/** Replaces each known secret (the token) with ***. */
export function redactSecrets(text: string, secrets: string[]): string {
  for (const s of secrets) if (s) text = text.split(s).join('***')
  return text
}

/** The token and anything shaped like a credential or a signed URL's query never reach the log. */
export function scrub(text: string, secrets: string[]): string {
  return redactSecrets(text, secrets)
    .replace(/\b(gh[pousr]_|github_pat_)[A-Za-z0-9_]+/g, '***')
    .replace(/(https?:\/\/[^\s?#'"]+)\?[^\s'"]*/g, '$1?…')
}

function firstLine(e: unknown): string {
  const text = e instanceof Error ? `${e.name === 'Error' ? '' : `${e.name}: `}${e.message}` : String(e)
  return text.split('\n')[0].trim() || 'no message'
}

export interface LastResortOptions {
  secrets?: () => string[]
  exit?: (code: number) => void
}

export function lastResortMessage(kind: string, e: unknown, secrets: string[]): string {
  const doing = currentActivity() ?? 'starting up'
  return scrub(
    `glibc-floor stopped while ${doing}: ${kind}: ${firstLine(e)}. The audit did not complete; ` +
      'this is a bug in the action or one of its dependencies, please report it with this message.',
    secrets
  )
}

export function installLastResort(o: LastResortOptions = {}): void {
  const secrets = o.secrets ?? (() => [process.env['INPUT_TOKEN'] ?? ''])
  const exit = o.exit ?? (code => process.exit(code))
  let fired = false
  const handle = (kind: string) => (e: unknown) => {
    // A second escape while reporting the first must not loop or print a trace.
    if (fired) return exit(1)
    fired = true
    try {
      const message = lastResortMessage(kind, e, secrets())
      core.error(message, { title: 'glibc-floor: the audit did not complete' })
      if (e instanceof Error && e.stack) core.debug(scrub(e.stack, secrets()))
      const summary = process.env['GITHUB_STEP_SUMMARY']
      // Synchronous: the process exits right after, and the runner reads the file once the step ends.
      if (summary) {
        appendFileSync(
          summary,
          `## ❌ glibc floor: the audit did not complete\n\n${message.replace(/[<>]/g, c => (c === '<' ? '&lt;' : '&gt;'))}\n`
        )
      }
    } finally {
      exit(1)
    }
  }
  process.on('uncaughtException', handle('uncaught exception'))
  process.on('unhandledRejection', handle('unhandled promise rejection'))
}
