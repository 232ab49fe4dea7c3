// Builds and runs compat/test/probe.cc for the compat layer tests (__tests__/compat*.test.ts): with and without
// the compat layer, with the host compilers and with the glibc 2.17 cross toolchains. Artifacts go to a temp dir.
import { execFile, execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot, toolchain, type ToolchainArch } from './fixtures.js'

export const compatDir = join(repoRoot, 'compat')
export const compatHeader = join(compatDir, 'glibc_2_17_compat.h')
export const compatSource = join(compatDir, 'glibc_2_17_compat.cc')
export const pinsHeader = join(compatDir, 'glibc_2_17_pins.h')
export const shimSource = join(compatDir, 'force_null_dlsym.c')
export const probeSource = join(compatDir, 'test', 'probe.cc')
export const firstCallSource = join(compatDir, 'test', 'first_call.cc')
export const TRACE_ENV = 'GLIBC_2_17_COMPAT_TRACE'

/** compat/wrap-symbols.txt: one symbol per line, `#` comments. */
export function wrapSymbols(): string[] {
  return readFileSync(join(compatDir, 'wrap-symbols.txt'), 'utf8')
    .split('\n')
    .map(l => l.replace(/#.*/, '').trim())
    .filter(Boolean)
}

export interface Pin {
  symbol: string
  library: string
  newer: string
  /** The older version to bind per architecture, e.g. { x86_64: 'GLIBC_2.2.5', aarch64: 'GLIBC_2.17' } */
  byArch: Record<ToolchainArch, string>
}

/** compat/symver-pins.txt: `symbol library newer-version x86_64 aarch64` per line. */
export function symverPins(): Pin[] {
  return readFileSync(join(compatDir, 'symver-pins.txt'), 'utf8')
    .split('\n')
    .map(l => l.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map(l => {
      const [symbol, library, newer, x86_64, aarch64, ...rest] = l.split(/\s+/)
      if (!aarch64 || rest.length) throw new Error(`symver-pins.txt: bad line "${l}"`)
      return { symbol, library, newer, byArch: { x86_64, aarch64 } }
    })
}

/** The output of compat/flags.sh for one mode, as arguments. */
export function compatFlags(mode: 'ldflags' | 'wrap' | 'cflags' | 'sources' | 'source-cflags'): string[] {
  return execFileSync('sh', [join(compatDir, 'flags.sh'), mode], { encoding: 'utf8' })
    .trim()
    .split(/\s+/)
}

export interface Exec {
  code: number | null
  signal: string | null
  stdout: string
  stderr: string
}

export interface ExecOptions {
  /** Kill the program with SIGKILL after this long; the result then has signal 'SIGKILL' (a hang). */
  timeoutMs?: number
  cwd?: string
}

/** Runs a program without a shell; never rejects for a non-zero exit (the caller checks). */
export function exec(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  opts: ExecOptions = {}
): Promise<Exec> {
  return new Promise((resolve, reject) => {
    execFile(
      cmd,
      args,
      {
        env: { ...process.env, ...env },
        maxBuffer: 64 * 1024 * 1024,
        encoding: 'utf8',
        timeout: opts.timeoutMs ?? 0,
        killSignal: 'SIGKILL',
        cwd: opts.cwd
      },
      (error, stdout, stderr) => {
        if (error && typeof (error as NodeJS.ErrnoException).code === 'string') return reject(error)
        const e = error as (Error & { code?: number; signal?: string }) | null
        resolve({ code: e ? (e.code ?? null) : 0, signal: e?.signal ?? null, stdout, stderr })
      }
    )
  })
}

export async function mustExec(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  opts: ExecOptions = {}
): Promise<string> {
  const r = await exec(cmd, args, env, opts)
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.code ?? r.signal}):\n${r.stderr}`)
  return r.stdout
}

/** Runs jobs `width` at a time (CI has two cores); results in job order. */
export async function pool<T>(jobs: (() => Promise<T>)[], width = 2): Promise<T[]> {
  const results: T[] = new Array(jobs.length)
  let next = 0
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++
      results[i] = await jobs[i]()
    }
  }
  await Promise.all(Array.from({ length: width }, worker))
  return results
}

export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

// How the probe is built everywhere, like a Node build: 64-bit file offsets (that is what turns fcntl into
// fcntl64), and libstdc++ linked statically, so that its __cxa_thread_atexit calls __cxa_thread_atexit_impl
// from the binary itself, where --wrap can reach it.
const PROBE_FLAGS = [
  '-std=c++11',
  '-O2',
  '-pthread',
  '-D_FILE_OFFSET_BITS=64',
  '-static-libstdc++',
  '-static-libgcc'
]
const WARNINGS = ['-Wall', '-Wextra', '-Werror']

export interface ProbeBuild {
  /** The program; defaults to compat/test/probe.cc. */
  source?: string
  /** Compiler driver; defaults to the host g++ or the toolchain's g++. */
  cxx?: string
  target: 'host' | ToolchainArch
  compat: boolean
  /** Force-include the .symver pins header (compat builds; default true). Without it only the wraps bind libm. */
  pins?: boolean
  /** Build the layer without its start-up constructor (-DGLIBC_2_17_COMPAT_LAZY_ONLY): the lookup-on-first-use control. */
  lazy?: boolean
  /** Link-time optimisation for the program; the layer itself is compiled with `flags.sh source-cflags` (-fno-lto). */
  lto?: boolean
  out: string
}

/** Builds the probe (or another program of compat/test). A 2.17 x86_64 build names the real 2.17 loader as its interpreter, so the kernel starts it. */
export async function buildProbe(b: ProbeBuild): Promise<string> {
  const cxx = b.cxx ?? (b.target === 'host' ? 'g++' : toolchain(b.target).gxx)
  const args = [...PROBE_FLAGS, ...WARNINGS]
  let layer = compatSource
  const layerDefines = b.lazy ? ['-DGLIBC_2_17_COMPAT_LAZY_ONLY'] : []
  if (b.lto || b.lazy) {
    layer = `${b.out}-compat.o`
    await mustExec(cxx, [
      ...PROBE_FLAGS,
      ...WARNINGS,
      ...layerDefines,
      ...compatFlags('source-cflags'),
      '-c',
      compatSource,
      '-o',
      layer
    ])
  }
  if (b.lto) args.push('-flto')
  if (b.compat && b.pins !== false) args.push(...compatFlags('cflags'))
  args.push(b.source ?? probeSource)
  if (b.compat) args.push(layer, ...compatFlags('ldflags'))
  if (b.target === 'x86_64') {
    const t = toolchain('x86_64')
    args.push(`-Wl,--dynamic-linker=${t.loader}`, `-Wl,-rpath=${t.libraryPath}`)
  }
  args.push('-o', b.out)
  await mustExec(cxx, args)
  return b.out
}

/** Which path each wrapper took, from the GLIBC_2_17_COMPAT_TRACE lines: symbol → paths seen. */
export function tracePaths(stderr: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  for (const m of stderr.matchAll(/^glibc_2_17_compat: (\S+): (\S+)$/gm)) {
    if (!out.has(m[1])) out.set(m[1], new Set())
    out.get(m[1])!.add(m[2])
  }
  return out
}

/** Names a shared library defines (any version), from `readelf --dyn-syms`. */
export async function definedSymbols(lib: string, readelf = 'readelf'): Promise<Set<string>> {
  const out = await mustExec(readelf, ['-W', '--dyn-syms', lib])
  const names = new Set<string>()
  for (const line of out.split('\n')) {
    const cols = line.trim().split(/\s+/)
    if (cols.length >= 8 && /^\d+:$/.test(cols[0]) && cols[6] !== 'UND') names.add(cols[7].replace(/@.*/, ''))
  }
  return names
}

/** Undefined dynamic symbols with their version, e.g. "getrandom@GLIBC_2.25", from `readelf --dyn-syms`. */
export async function undefinedVersioned(bin: string, readelf = 'readelf'): Promise<string[]> {
  const out = await mustExec(readelf, ['-W', '--dyn-syms', bin])
  const refs: string[] = []
  for (const line of out.split('\n')) {
    const cols = line.trim().split(/\s+/)
    const und = cols.indexOf('UND')
    if (und >= 6 && cols[und + 1]?.includes('@'))
      refs.push(cols[und + 1].replace(/@@?/, '@').replace(/\s*\(\d+\)$/, ''))
  }
  return refs
}

/** "GLIBC_2.25" → [2, 25]; compares dotted versions numerically. */
export function glibcAbove(version: string, floor: string): boolean {
  const m = /^GLIBC_(\d+(?:\.\d+)*)$/.exec(version)
  if (!m) return false
  const a = m[1].split('.').map(Number)
  const b = floor.split('.').map(Number)
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0)
  }
  return false
}

/**
 * Differences between two probe outputs (empty when they agree). Lines starting with "math " compare their
 * numbers with a relative tolerance (different libm implementations round the last bit differently); lines
 * starting with "platform " depend on the kernel and CPU and, with samePlatform false, only need to be there.
 */
export function probeDiff(actual: string, expected: string, samePlatform: boolean): string[] {
  const norm = (text: string) =>
    text
      .split('\n')
      .filter(Boolean)
      .map(l => (!samePlatform && l.startsWith('platform ') ? l.slice(0, l.indexOf(':') + 1) : l))
  const a = norm(actual)
  const e = norm(expected)
  const diffs: string[] = []
  for (let i = 0; i < Math.max(a.length, e.length); i++) {
    if (a[i] === e[i]) continue
    if (a[i]?.startsWith('math ') && e[i]?.startsWith('math ') && sameNumbers(a[i], e[i])) continue
    diffs.push(`line ${i + 1}: expected ${JSON.stringify(e[i])}, got ${JSON.stringify(a[i])}`)
  }
  return diffs
}

function sameNumbers(a: string, b: string): boolean {
  const num = /-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/g
  if (a.replace(num, '#') !== b.replace(num, '#')) return false
  const x = a.match(num) ?? []
  const y = b.match(num) ?? []
  return x.every((s, i) => {
    const p = Number(s)
    const q = Number(y[i])
    return p === q || Math.abs(p - q) <= 1e-6 * Math.max(Math.abs(p), Math.abs(q))
  })
}

export interface TraceExpectation {
  /** Names the running libc defines (definedSymbols of its libc.so.6). */
  libc: Set<string>
  /** Whether that libc has quick_exit@GLIBC_2.24, which the layer asks for by version. */
  quickExit224: boolean
  arch: ToolchainArch
  /** Names force_null_dlsym hides from dlsym. */
  hidden?: Set<string>
  /** Built with the pins header: the probe's libm calls then bind directly and their wrappers never run. */
  pins: boolean
}

/** The GLIBC_2_17_COMPAT_TRACE path each wrapper must report for the probe (which calls every wrapped function). */
export function expectedTrace(e: TraceExpectation): Map<string, Set<string>> {
  const pinned = new Map(symverPins().map(p => [p.symbol, p.byArch[e.arch]]))
  const quickExitOld = e.arch === 'x86_64' ? 'GLIBC_2.10' : 'GLIBC_2.17'
  const out = new Map<string, Set<string>>()
  for (const s of wrapSymbols()) {
    let path: string
    if (pinned.has(s)) {
      if (e.pins) continue
      path = `${s}@${pinned.get(s)}`
    } else if (s === 'at_quick_exit') path = '__cxa_at_quick_exit'
    else if (s === 'quick_exit') path = e.quickExit224 ? 'libc' : `quick_exit@${quickExitOld}`
    else path = e.libc.has(s) && !e.hidden?.has(s) ? 'libc' : 'fallback'
    out.set(s, new Set([path]))
  }
  return out
}
