import { existsSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  AuditError,
  auditPaths,
  defaultCompatHeader,
  parseOverrides,
  repoFile,
  TOOL_VERSION
} from '../audit/index.js'
import type { AuditReport } from '../audit/index.js'
import { buildFindings, renderJson, renderMarkdown, renderText } from '../report/index.js'
import { renderSarifReport } from '../report/sarif.js'
import { RunnerError } from '../runners/errors.js'
import { runWrapFlags } from '../runners/wrap-flags.js'
import { parseArgs, USAGE, UsageError, type AuditArgs, type FlagsArgs } from './args.js'

export interface Io {
  stdout(text: string): void
  stderr(text: string): void
  cwd: string
  /** Terminal width when standard output is a TTY: text is fitted to it and cut with "…". */
  columns?: number
}

/** A failure of the CLI's own I/O (writing -o), already in words. */
class CliError extends Error {
  override readonly name = 'CliError'
}

export const EXIT_OK = 0
export const EXIT_ERROR = 1
export const EXIT_VIOLATIONS = 2

/** Violations win; otherwise an unreadable file, or nothing audited at all, is not a pass. */
export function exitCodeFor(report: AuditReport): number {
  if (report.summary.violations > 0) return EXIT_VIOLATIONS
  return report.summary.errors > 0 || report.summary.audited === 0 ? EXIT_ERROR : EXIT_OK
}

/** Errors from the file system in words: "cannot write report.json: it is a directory". */
function ioMessage(e: NodeJS.ErrnoException, what: string): string {
  const words: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EISDIR: 'it is a directory',
    EACCES: 'permission denied',
    ENOTDIR: 'a part of the path is not a directory',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device'
  }
  return `${what}: ${(e.code && words[e.code]) ?? e.message}`
}

function audit(args: AuditArgs, io: Io): number {
  if (args.output && existsSync(args.output) && statSync(args.output).isDirectory())
    throw new UsageError(
      `-o ${args.output} is a directory; give a file name, e.g. ${join(args.output, 'glibc-floor.json')}`
    )
  const compatHeader = args.noCompatHeader ? null : (args.compatHeader ?? defaultCompatHeader())
  const report = auditPaths(args.paths.length > 0 ? args.paths : [process.execPath], {
    floor: args.floor,
    overrides: args.overrides ? parseOverrides(args.overrides) : undefined,
    compatHeader,
    cwd: io.cwd
  })
  const findings = buildFindings(report)
  const tty = !args.output && io.columns !== undefined
  const text =
    args.format === 'json'
      ? renderJson(report, { findings, fallbackReport: args.fallbackReport })
      : args.format === 'markdown'
        ? renderMarkdown(report, { findings, fallbackReport: args.fallbackReport })
        : args.format === 'sarif'
          ? // Artifact URIs are relative to the checkout, as upload-sarif resolves them.
            renderSarifReport(report, { workspace: process.env.GITHUB_WORKSPACE || io.cwd, cwd: io.cwd })
          : renderText(report, {
              findings,
              fallbackReport: args.fallbackReport,
              ...(tty ? { width: io.columns, ellipsis: true } : {})
            })
  if (args.output) {
    try {
      writeFileSync(args.output, text)
    } catch (e) {
      throw new CliError(ioMessage(e as NodeJS.ErrnoException, `cannot write ${args.output}`))
    }
  } else io.stdout(text)
  if (report.summary.audited === 0) io.stderr(`glibc-floor: ${findings.verdict.headline}\n`)
  return exitCodeFor(report)
}

async function wrapFlags(args: FlagsArgs, io: Io): Promise<number> {
  const dir = args.compatDir ?? repoFile('compat')
  if (!dir) throw new AuditError('bad-header', 'no compat directory found; pass --compat-dir DIR')
  const flags = await runWrapFlags(dir)
  io.stdout((args.lines ? flags.symbols.map(s => `-Wl,--wrap=${s}`).join('\n') : flags[args.kind]) + '\n')
  return EXIT_OK
}

/** Runs the CLI and returns its exit status; never throws for anything a user can cause. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const args = parseArgs(argv)
    switch (args.command) {
      case 'help':
        io.stdout(USAGE)
        return EXIT_OK
      case 'version':
        io.stdout(`glibc-floor ${TOOL_VERSION}\n`)
        return EXIT_OK
      case 'wrap-flags':
        return await wrapFlags(args, io)
      case 'audit':
        return audit(args, io)
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`glibc-floor: ${e.message}\n\n${USAGE}`)
      return EXIT_ERROR
    }
    if (e instanceof AuditError || e instanceof RunnerError || e instanceof CliError) {
      io.stderr(`glibc-floor: ${e.message}\n`)
      return EXIT_ERROR
    }
    const err = e as NodeJS.ErrnoException
    // Node's messages already start with the code ("ENOENT: no such file ..."): say it once, in words.
    io.stderr(
      `glibc-floor: ${err.code ? ioMessage(err, err.path ?? err.syscall ?? 'error') : (err.message ?? String(e))}\n`
    )
    if (process.env.GLIBC_FLOOR_DEBUG) io.stderr(`${err.stack}\n`)
    return EXIT_ERROR
  }
}
