// Runs a program on the glibc 2.17 sysroot without containers.
//
// Same architecture as the host: the 2.17 loader is started explicitly,
//   <sysroot>/lib/ld-linux-x86-64.so.2 --library-path <sysroot libs> <program> <args>
// which resolves every library from the sysroot and prints the genuine "version `GLIBC_2.28' not found" lines.
// An explicitly started 2.17 loader can crash (SIGSEGV) on PIE programs with copy relocations, e.g. for stdout,
// that newer GCCs emit; a kernel-started program does not. So when the loader dies from a signal without
// having printed a loader error, the program is run again as the kernel would run it on CentOS 7: from a copy
// whose PT_INTERP names the 2.17 loader (through a short symlink, since PT_INTERP is a fixed-size string) with
// LD_LIBRARY_PATH pointing at the sysroot.
//
// Other architecture (aarch64 on an x86_64 runner): qemu-user runs the program with the sysroot as its
// root prefix (`qemu-aarch64 -L <sysroot>`), so PT_INTERP and the library search resolve inside the sysroot.
import { copyFileSync, mkdtempSync, rmSync, symlinkSync, chmodSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { patchElfInterp, readElfInterp, type SmokeArch } from './elf-interp.js'
import { RunnerError } from './errors.js'
import { type ExecFn, type ExecResult, findOnPath, spawnExec } from './exec.js'
import { hasLoaderFailures, parseLoaderErrors } from './loader-errors.js'
import { consoleLogger, type Logger } from './logger.js'
import type { Sysroot } from './sysroot.js'

/** How the program was started: see the header comment; 'container' is runInContainer's. */
export type RunMethod = 'loader' | 'pt-interp' | 'qemu' | 'static' | 'container'

export interface SysrootRunOptions {
  binary: string
  args: string[]
  sysroot: Sysroot
  /** 'auto' (default): explicit loader, then the PT_INTERP copy if the loader crashes. */
  method?: 'auto' | 'loader' | 'pt-interp'
  timeoutMs?: number
  /** Extra environment for the program. */
  env?: Record<string, string>
}

export interface SysrootRunDeps {
  exec?: ExecFn
  logger?: Logger
  env?: NodeJS.ProcessEnv
  /** Host architecture; default from process.arch. */
  hostArch?: SmokeArch | string
  /** Directory for the short loader symlink; must keep the path within PT_INTERP's length. Default /tmp. */
  linkRoot?: string
}

export interface RunOutcome extends ExecResult {
  method: RunMethod
  /** The command actually run, for the log and the summary. */
  command: string[]
  /** Set when the explicit loader crashed and the PT_INTERP copy was used instead. */
  retriedAfter?: string
}

const CRASH_SIGNALS = new Set(['SIGSEGV', 'SIGBUS', 'SIGILL', 'SIGABRT'])

export function hostSmokeArch(arch: string = process.arch): string {
  return arch === 'x64' ? 'x86_64' : arch === 'arm64' ? 'aarch64' : arch
}

/** Runner variables that carry credentials: the program under test has no business seeing them. */
const SECRET_ENV = /^(INPUT_|ACTIONS_|GITHUB_TOKEN$|GH_TOKEN$|NODE_AUTH_TOKEN$|NPM_TOKEN$)/

function programEnv(base: NodeJS.ProcessEnv, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(base)) if (!SECRET_ENV.test(k)) env[k] = v
  Object.assign(env, extra)
  // The host's preload/library settings would mix host libraries into the 2.17 process.
  delete env.LD_PRELOAD
  delete env.LD_LIBRARY_PATH
  return env
}

export async function runUnderSysroot(
  options: SysrootRunOptions,
  deps: SysrootRunDeps = {}
): Promise<RunOutcome> {
  const exec = deps.exec ?? spawnExec
  const logger = deps.logger ?? consoleLogger
  const baseEnv = programEnv(deps.env ?? process.env, options.env)
  const binary = resolve(options.binary)
  const { sysroot } = options
  const elf = readElfInterp(binary)
  if (elf.arch !== null && elf.arch !== sysroot.arch) {
    throw new RunnerError(`${binary} is an ${elf.arch} program; the sysroot is ${sysroot.arch}`)
  }
  const run = async (method: RunMethod, command: string[], env = baseEnv): Promise<RunOutcome> => {
    logger.info(`$ ${command.join(' ')}`)
    const result = await exec(command[0], command.slice(1), { env, timeoutMs: options.timeoutMs })
    return { ...result, method, command }
  }

  const host = hostSmokeArch(deps.hostArch)
  if (host !== sysroot.arch) {
    const qemu =
      findOnPath(`qemu-${sysroot.arch}`, deps.env) ?? findOnPath(`qemu-${sysroot.arch}-static`, deps.env)
    if (!qemu) {
      throw new RunnerError(
        `running a ${sysroot.arch} program on this ${host} machine needs qemu-user, and qemu-${sysroot.arch} is not on PATH`,
        'Install it (Debian/Ubuntu: apt-get install qemu-user), run on a native runner, or use runtime: container.'
      )
    }
    return run('qemu', [qemu, '-L', sysroot.sysroot, binary, ...options.args])
  }
  // A static executable carries its own libc: nothing of the sysroot is involved.
  if (!elf.interp) return run('static', [binary, ...options.args])

  const method = options.method ?? 'auto'
  if (method !== 'pt-interp') {
    const viaLoader = await run('loader', [
      sysroot.loader,
      '--library-path',
      sysroot.libraryPath,
      binary,
      ...options.args
    ])
    const crashed = viaLoader.signal !== null && CRASH_SIGNALS.has(viaLoader.signal)
    if (method === 'loader' || !crashed || hasLoaderFailures(parseLoaderErrors(viaLoader.stderr)))
      return viaLoader
    logger.info(
      `the explicitly started 2.17 loader died with ${viaLoader.signal} before reporting anything; running a copy whose PT_INTERP names the 2.17 loader instead`
    )
    const retry = await runWithPatchedInterp(options, deps, run, baseEnv, binary, elf.interp.path)
    return { ...retry, retriedAfter: viaLoader.signal ?? undefined }
  }
  return runWithPatchedInterp(options, deps, run, baseEnv, binary, elf.interp.path)
}

async function runWithPatchedInterp(
  options: SysrootRunOptions,
  deps: SysrootRunDeps,
  run: (method: RunMethod, command: string[], env?: NodeJS.ProcessEnv) => Promise<RunOutcome>,
  baseEnv: NodeJS.ProcessEnv,
  binary: string,
  originalInterp: string
): Promise<RunOutcome> {
  const { sysroot } = options
  // /tmp/gf217-XXXXXX/ld.so is 23 characters; the loaders' own paths are 26 (aarch64) and 27 (x86_64).
  const linkDir = mkdtempSync(join(deps.linkRoot ?? '/tmp', 'gf217-'))
  const copyDir = mkdtempSync(join(tmpdir(), 'glibc-floor-smoke-'))
  try {
    const link = join(linkDir, 'ld.so')
    if (link.length > originalInterp.length) {
      throw new RunnerError(
        `the loader symlink ${link} is longer than the program's PT_INTERP (${originalInterp})`,
        'Use a shorter link directory (the default is /tmp).'
      )
    }
    symlinkSync(sysroot.loader, link)
    const copy = join(copyDir, basename(binary))
    copyFileSync(binary, copy)
    chmodSync(copy, 0o755)
    patchElfInterp(copy, link)
    // LD_LIBRARY_PATH is inherited by child processes; a host program started by this one would then load
    // the 2.17 libc with the host's loader. That is the price of this fallback (docs/kit.md).
    return await run('pt-interp', [copy, ...options.args], {
      ...baseEnv,
      LD_LIBRARY_PATH: sysroot.libraryPath
    })
  } finally {
    rmSync(linkDir, { recursive: true, force: true })
    rmSync(copyDir, { recursive: true, force: true })
  }
}
