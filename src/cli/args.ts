// Argument parsing for `glibc-floor`: both `--floor 2.17` and `--floor=2.17`, as users type them.

export class UsageError extends Error {
  override readonly name = 'UsageError'
}

export type Format = 'text' | 'json' | 'markdown' | 'sarif'

export interface AuditArgs {
  command: 'audit'
  paths: string[]
  floor: string
  overrides: string | null
  compatHeader: string | null
  noCompatHeader: boolean
  fallbackReport: boolean
  format: Format
  output: string | null
}

export const FLAG_KINDS = ['ldflags', 'wrap', 'cflags', 'sources'] as const
export type FlagKind = (typeof FLAG_KINDS)[number]

export interface FlagsArgs {
  command: 'wrap-flags'
  compatDir: string | null
  kind: FlagKind
  /** One -Wl,--wrap=SYMBOL per line instead of the flags on one line. */
  lines: boolean
}

export type Args = AuditArgs | FlagsArgs | { command: 'help' } | { command: 'version' }

const VALUE_FLAGS = new Set([
  '--floor',
  '--compat-header',
  '--compat-dir',
  '--kind',
  '--format',
  '--override',
  '--output',
  '-o'
])

function splitFlags(argv: string[]): { flags: Map<string, string | true>; positional: string[] } {
  const flags = new Map<string, string | true>()
  const positional: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--') {
      positional.push(...argv.slice(i + 1))
      break
    }
    if (!a.startsWith('-') || a === '-') {
      positional.push(a)
      continue
    }
    const eq = a.indexOf('=')
    const name = eq > 0 ? a.slice(0, eq) : a
    if (VALUE_FLAGS.has(name)) {
      const value = eq > 0 ? a.slice(eq + 1) : argv[++i]
      if (value === undefined || value === '') throw new UsageError(`${name} needs a value`)
      flags.set(name, value)
    } else if (eq > 0) throw new UsageError(`${name} takes no value`)
    else flags.set(name, true)
  }
  return { flags, positional }
}

function takeKnown(flags: Map<string, string | true>, known: string[]): void {
  for (const f of flags.keys()) if (!known.includes(f)) throw new UsageError(`unknown option ${f}`)
}

export function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv
  if (command === undefined || command === 'help' || command === '--help' || command === '-h')
    return { command: 'help' }
  if (command === '--version' || command === 'version') return { command: 'version' }
  const { flags, positional } = splitFlags(rest)
  if (flags.has('--help') || flags.has('-h')) return { command: 'help' }
  const str = (k: string): string | null => {
    const v = flags.get(k)
    return typeof v === 'string' ? v : null
  }
  if (command === 'audit') {
    takeKnown(flags, [
      '--floor',
      '--compat-header',
      '--no-compat-header',
      '--fallback-report',
      '--format',
      '--override',
      '--output',
      '-o',
      '--json'
    ])
    const format = flags.has('--json') ? 'json' : (str('--format') ?? 'text')
    if (format !== 'text' && format !== 'json' && format !== 'markdown' && format !== 'sarif')
      throw new UsageError(`--format must be text, json, markdown or sarif, not "${format}"`)
    return {
      command: 'audit',
      paths: positional,
      floor: str('--floor') ?? '2.17',
      overrides: str('--override'),
      compatHeader: str('--compat-header'),
      noCompatHeader: flags.has('--no-compat-header'),
      fallbackReport: flags.has('--fallback-report'),
      format,
      output: str('--output') ?? str('-o')
    }
  }
  if (command === 'wrap-flags') {
    takeKnown(flags, ['--compat-dir', '--kind', '--lines'])
    if (positional.length > 0) throw new UsageError(`wrap-flags takes no paths`)
    const kind = str('--kind') ?? 'ldflags'
    if (!(FLAG_KINDS as readonly string[]).includes(kind))
      throw new UsageError(`--kind must be one of ${FLAG_KINDS.join(', ')}, not "${kind}"`)
    return {
      command: 'wrap-flags',
      compatDir: str('--compat-dir'),
      kind: kind as FlagKind,
      lines: flags.has('--lines')
    }
  }
  throw new UsageError(`unknown command "${command}"`)
}

export const USAGE = `Usage:
  glibc-floor audit [PATH...] [options]   audit ELF files, directories or globs (default: the running node)
  glibc-floor wrap-flags [--kind ldflags|wrap|cflags|sources] [--compat-dir DIR] [--lines]
                                          print the flags that compile the compat layer in
                                          (ldflags: the --wrap flags plus libdl/libpthread kept needed;
                                          cflags: -include of the .symver pins header)

Audit options:
  --floor VERSION          glibc floor, e.g. 2.17 (default) or 2.28
  --override NS=V[,NS=V]   replace a namespace ceiling (GLIBCXX, CXXABI, GCC; any case),
                           e.g. GLIBCXX=3.4.21 when libstdc++ ships along
  --compat-header FILE     compat header whose __wrap_ declarations count as covered
                           (default: compat/glibc_2_17_compat.h shipped with this tool)
  --no-compat-header       mark nothing as wrapped
  --fallback-report        list every late symbol by fix (✓ covered by this kit) and the complete recipe
  --format text|json|markdown|sarif, --json
                           (sarif: SARIF 2.1.0 for GitHub code scanning)
  --output FILE, -o FILE   write the report to FILE instead of standard output

Exit status: 0 within the floor, 2 violations, 1 usage or I/O error (or an unreadable ELF file).
`
