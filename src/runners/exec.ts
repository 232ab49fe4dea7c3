// Running external programs. Runners take an ExecFn so the action, the CLI and tests can each supply theirs;
// spawnExec is the default. Unlike @actions/exec it reports the terminating signal, which the sysroot runtime
// needs to tell a crashed loader from a program that exited non-zero.
import { childProcess } from '../builtins.js'
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, isAbsolute, join } from 'node:path'
import { RunnerError } from './errors.js'
import type { Logger } from './logger.js'

export interface ExecOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Written to the child's stdin, which is then closed. */
  input?: string
  /** Send each output line to the logger as it arrives (build logs inside a log group). */
  logger?: Logger
  /** Kill the child (SIGKILL) after this many milliseconds. */
  timeoutMs?: number
}

export interface ExecResult {
  /** null when the child was terminated by a signal. */
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  timedOut: boolean
}

export type ExecFn = (file: string, args: readonly string[], options?: ExecOptions) => Promise<ExecResult>

// Captured output is capped so a chatty build cannot exhaust memory; the tail is what error messages need.
const MAX_CAPTURE = 8 * 1024 * 1024

function capped(previous: string, chunk: string): string {
  const next = previous + chunk
  return next.length > MAX_CAPTURE ? next.slice(next.length - MAX_CAPTURE) : next
}

export const spawnExec: ExecFn = (file, args, options = {}) =>
  new Promise((resolve, reject) => {
    const child = childProcess().spawn(file, [...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    let timedOut = false
    const pending: Record<'out' | 'err', string> = { out: '', err: '' }
    const streamLines = (key: 'out' | 'err', chunk: string, flush = false): void => {
      if (!options.logger) return
      const text = pending[key] + chunk
      const lines = text.split('\n')
      pending[key] = flush ? '' : (lines.pop() ?? '')
      for (const line of flush ? lines.filter(l => l !== '') : lines) options.logger.info(line)
    }
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout = capped(stdout, chunk)
      streamLines('out', chunk)
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = capped(stderr, chunk)
      streamLines('err', chunk)
    })
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true
            child.kill('SIGKILL')
          }, options.timeoutMs)
    child.on('error', error => {
      if (timer) clearTimeout(timer)
      const code = (error as NodeJS.ErrnoException).code
      reject(
        code === 'ENOENT'
          ? new RunnerError(`cannot run ${file}: not found on PATH`)
          : new RunnerError(`cannot run ${file}: ${error.message}`)
      )
    })
    child.on('close', (exitCode, signal) => {
      if (timer) clearTimeout(timer)
      streamLines('out', '', true)
      streamLines('err', '', true)
      resolve({ exitCode, signal, stdout, stderr, timedOut })
    })
    // A child that exits without reading its stdin closes the pipe under us: that is not an error here.
    child.stdin.on('error', () => undefined)
    child.stdin.end(options.input ?? '')
  })

/** The absolute path of an executable named `name` on PATH, or null. */
export function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = isAbsolute(name) ? [name] : (env.PATH ?? '').split(delimiter).map(dir => join(dir, name))
  for (const candidate of candidates) {
    try {
      if (!statSync(candidate).isFile()) continue
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not here; keep looking
    }
  }
  return null
}

/** The last `count` non-empty lines of a log, for error messages. */
export function tail(text: string, count = 20): string {
  return text
    .split('\n')
    .filter(line => line.trim() !== '')
    .slice(-count)
    .join('\n')
}
