// Smoke mode: run a program on a real glibc 2.17 (sysroot or CentOS 7 container), check its exit code and
// output, and set any loader failure beside the audit's prediction.
import { existsSync } from 'node:fs'
import type { AuditReport } from '../audit/types.js'
import type { AuditFn } from './audit-fn.js'
import { type Comparison, compareWithAudit } from './compare.js'
import { runInContainer } from './container.js'
import { readElfInterp, type SmokeArch } from './elf-interp.js'
import { RunnerError } from './errors.js'
import type { ExecFn } from './exec.js'
import {
  describeLoaderFailures,
  hasLoaderFailures,
  type LoaderFailures,
  parseLoaderErrors
} from './loader-errors.js'
import { consoleLogger, type Logger } from './logger.js'
import { ensureSysroot, type Sysroot } from './sysroot.js'
import { type RunOutcome, runUnderSysroot } from './sysroot-run.js'
import type { ToolCache } from './tool-cache.js'

export type SmokeRuntime = 'sysroot' | 'container'

export interface SmokeOptions {
  binary: string
  args?: string[]
  runtime?: SmokeRuntime
  /** Default: the program's ELF machine. */
  arch?: SmokeArch
  /** Default 0. */
  expectExit?: number
  /** Substring the output (stdout, then stderr) must contain; /pattern/flags for a regular expression. */
  expectOutput?: string
  timeoutMs?: number
  /** Container image override (runtime: container). */
  image?: string
  /** sysroot start method (runtime: sysroot); see sysroot-run.ts. */
  method?: 'auto' | 'loader' | 'pt-interp'
  /** An audit report to compare with; otherwise deps.audit is asked, if given. */
  report?: AuditReport
  env?: Record<string, string>
}

export interface SmokeDeps {
  exec?: ExecFn
  logger?: Logger
  env?: NodeJS.ProcessEnv
  cache?: ToolCache
  audit?: AuditFn
  /** Where npm runs when fetching the sysroot (the user's .npmrc). */
  cwd?: string
  hostArch?: string
  /** Pre-resolved sysroot (tests, or a caller that fetched it already). */
  sysroot?: Sysroot
  binfmtDir?: string
}

export interface SmokeResult {
  binary: string
  args: string[]
  passed: boolean
  /** Why it failed, one entry per failed check. */
  failures: string[]
  runtime: SmokeRuntime
  arch: SmokeArch
  outcome: RunOutcome
  loader: LoaderFailures
  comparison?: Comparison
}

export const DEFAULT_SMOKE_TIMEOUT_MS = 120_000

function outputMatcher(expect: string): (text: string) => boolean {
  const re = /^\/(.*)\/([a-z]*)$/s.exec(expect)
  if (!re) return text => text.includes(expect)
  let regex: RegExp
  try {
    regex = new RegExp(re[1], re[2])
  } catch (error) {
    throw new RunnerError(
      `expect-output ${expect} is not a valid regular expression: ${(error as Error).message}`
    )
  }
  return text => regex.test(text)
}

export async function runSmoke(options: SmokeOptions, deps: SmokeDeps = {}): Promise<SmokeResult> {
  const logger = deps.logger ?? consoleLogger
  if (!existsSync(options.binary)) throw new RunnerError(`smoke: ${options.binary} does not exist`)
  const runtime = options.runtime ?? 'sysroot'
  const elf = readElfInterp(options.binary)
  const arch = options.arch ?? elf.arch
  if (!arch) {
    throw new RunnerError(
      `smoke: ${options.binary} is for ELF machine ${elf.machine}; the glibc 2.17 runtimes are x86_64 and aarch64`
    )
  }
  const args = options.args ?? []
  const timeoutMs = options.timeoutMs ?? DEFAULT_SMOKE_TIMEOUT_MS

  const outcome = await logger.group(
    `smoke: ${options.binary} ${args.join(' ')} on glibc 2.17 (${runtime}, ${arch})`,
    async () => {
      if (runtime === 'container') {
        return runInContainer(
          { binary: options.binary, args, arch, image: options.image, timeoutMs, env: options.env },
          deps
        )
      }
      const sysroot = deps.sysroot ?? (await ensureSysroot(arch, deps))
      return runUnderSysroot(
        { binary: options.binary, args, sysroot, method: options.method, timeoutMs, env: options.env },
        deps
      )
    }
  )

  const loader = parseLoaderErrors(outcome.stderr)
  const failures: string[] = []
  if (hasLoaderFailures(loader))
    failures.push(`the glibc 2.17 loader refused it: ${describeLoaderFailures(loader)}`)
  const expectExit = options.expectExit ?? 0
  if (outcome.timedOut) failures.push(`timed out after ${timeoutMs / 1000} s`)
  else if (outcome.exitCode === null) failures.push(`killed by ${outcome.signal}`)
  else if (outcome.exitCode !== expectExit)
    failures.push(`exit code ${outcome.exitCode}, expected ${expectExit}`)
  if (options.expectOutput !== undefined && options.expectOutput !== '') {
    const matches = outputMatcher(options.expectOutput)
    if (!matches(outcome.stdout) && !matches(outcome.stderr)) {
      failures.push(`the output does not contain ${JSON.stringify(options.expectOutput)}`)
    }
  }

  const report =
    options.report ?? (deps.audit ? await deps.audit([options.binary], { floor: '2.17' }) : undefined)
  const comparison = report ? compareWithAudit(loader, report, options.binary) : undefined
  return {
    binary: options.binary,
    args,
    passed: failures.length === 0,
    failures,
    runtime,
    arch,
    outcome,
    loader,
    comparison
  }
}
