import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { AuditError, auditPaths, parseOverrides, repoFile, TOOL_VERSION, wrappedSymbols } from '../audit/index.js'
import type { AuditReport } from '../audit/index.js'
import { renderJson, renderMarkdown, renderText } from '../report/index.js'
import { parseArgs, USAGE, UsageError, type AuditArgs } from './args.js'

export interface Io {
  stdout(text: string): void
  stderr(text: string): void
  cwd: string
}

export const EXIT_OK = 0
export const EXIT_ERROR = 1
export const EXIT_VIOLATIONS = 2

export function defaultCompatHeader(): string | null {
  const p = repoFile('compat/glibc_2_17_compat.h')
  return p && existsSync(p) ? p : null
}

/** The wrapped symbols, one per line: from wrap-symbols.txt beside the header, else the header's __wrap_ names. */
export function wrapSymbolList(header: string): string[] {
  const list = join(dirname(header), 'wrap-symbols.txt')
  if (existsSync(list))
    return readFileSync(list, 'utf8')
      .split('\n')
      .map(l => l.replace(/#.*/, '').trim())
      .filter(Boolean)
  return [...wrappedSymbols(readFileSync(header, 'utf8'))].sort()
}

/** Violations win; otherwise an unreadable file, or nothing audited at all, is not a pass. */
export function exitCodeFor(report: AuditReport): number {
  if (report.summary.violations > 0) return EXIT_VIOLATIONS
  return report.summary.errors > 0 || report.summary.audited === 0 ? EXIT_ERROR : EXIT_OK
}

function audit(args: AuditArgs, io: Io): number {
  const compatHeader = args.noCompatHeader ? null : (args.compatHeader ?? defaultCompatHeader())
  const report = auditPaths(args.paths.length > 0 ? args.paths : [process.execPath], {
    floor: args.floor,
    overrides: args.overrides ? parseOverrides(args.overrides) : undefined,
    compatHeader,
    cwd: io.cwd
  })
  const text =
    args.format === 'json'
      ? renderJson(report)
      : args.format === 'markdown'
        ? renderMarkdown(report)
        : renderText(report, { fallbackReport: args.fallbackReport })
  if (args.output) writeFileSync(args.output, text)
  else io.stdout(text)
  if (report.summary.audited === 0) io.stderr('glibc-floor: no ELF file was audited\n')
  return exitCodeFor(report)
}

/** Runs the CLI and returns its exit status; never throws for anything a user can cause. */
export function main(argv: string[], io: Io): number {
  try {
    const args = parseArgs(argv)
    switch (args.command) {
      case 'help':
        io.stdout(USAGE)
        return EXIT_OK
      case 'version':
        io.stdout(`glibc-floor ${TOOL_VERSION}\n`)
        return EXIT_OK
      case 'wrap-flags': {
        const header = args.compatHeader ?? defaultCompatHeader()
        if (!header) throw new AuditError('bad-header', 'no compat header found; pass --compat-header FILE')
        const flags = wrapSymbolList(header).map(s => `-Wl,--wrap=${s}`)
        io.stdout(flags.join(args.lines ? '\n' : ' ') + '\n')
        return EXIT_OK
      }
      case 'audit':
        return audit(args, io)
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`glibc-floor: ${e.message}\n\n${USAGE}`)
      return EXIT_ERROR
    }
    if (e instanceof AuditError) {
      io.stderr(`glibc-floor: ${e.message}\n`)
      return EXIT_ERROR
    }
    const err = e as NodeJS.ErrnoException
    io.stderr(`glibc-floor: ${err.code ? `${err.code}: ` : ''}${err.message ?? String(e)}\n`)
    if (process.env.GLIBC_FLOOR_DEBUG) io.stderr(`${err.stack}\n`)
    return EXIT_ERROR
  }
}
