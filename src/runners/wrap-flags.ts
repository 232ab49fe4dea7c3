// wrap-flags mode: the flags that compile the glibc 2.17 compat layer into a binary. They come from the compat
// layer's own compat/flags.sh, which reads compat/wrap-symbols.txt (the one list of wrapped symbols), so this
// mode cannot drift from what patches/021 and the compat tests use. The --wrap flags only take effect on the
// link of the final executable or shared object, never on a static library (see patches/021).
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { RunnerError } from './errors.js'
import { type ExecFn, spawnExec, tail } from './exec.js'

export interface WrapFlags {
  /** The wrapped symbols, in wrap-symbols.txt order. */
  symbols: string[]
  /** -Wl,--wrap=a,--wrap=b,... only. */
  wrap: string
  /** Everything the final link needs: the --wrap flags plus libdl/libpthread kept as needed libraries. */
  ldflags: string
  /** Compile flags for every C/C++ file (force-includes the .symver pins header). */
  cflags: string
  /** The compat source file to add to the build. */
  sources: string
}

const KINDS = ['wrap', 'ldflags', 'cflags', 'sources'] as const

/** `-Wl,--wrap=a,--wrap=b` → ['a', 'b'] */
export function symbolsFromWrapFlag(wrap: string): string[] {
  return wrap
    .trim()
    .split(/\s+/)
    .filter(word => word.startsWith('-Wl,'))
    .flatMap(word => word.slice(4).split(','))
    .filter(part => part.startsWith('--wrap='))
    .map(part => part.slice('--wrap='.length))
}

export async function runWrapFlags(compatDir: string, deps: { exec?: ExecFn } = {}): Promise<WrapFlags> {
  const exec = deps.exec ?? spawnExec
  const script = join(compatDir, 'flags.sh')
  if (!existsSync(script)) {
    throw new RunnerError(
      `${script} is missing`,
      'compat-dir must be the compat/ directory of glibc-floor-action.'
    )
  }
  const out: Partial<Record<(typeof KINDS)[number], string>> = {}
  for (const kind of KINDS) {
    const result = await exec('sh', [script, kind])
    if (result.exitCode !== 0) {
      throw new RunnerError(
        `sh ${script} ${kind} failed (exit code ${result.exitCode})`,
        tail(result.stderr, 5)
      )
    }
    out[kind] = result.stdout.trim()
  }
  const symbols = symbolsFromWrapFlag(out.wrap ?? '')
  if (symbols.length === 0) throw new RunnerError(`${compatDir}/wrap-symbols.txt lists no symbols to wrap`)
  return {
    symbols,
    wrap: out.wrap ?? '',
    ldflags: out.ldflags ?? '',
    cflags: out.cflags ?? '',
    sources: out.sources ?? ''
  }
}
