// The docker-free glibc 2.17 runtime: the sysroot of a crosstool-NG toolchain published on npm. It is fetched
// with the npm client itself (so the user's .npmrc, registry mirror and proxy settings apply), its tarball is
// checked against the pinned sha512, and only <triple>/sysroot is unpacked and cached.
import { createHash } from 'node:crypto'
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SmokeArch } from './elf-interp.js'
import { RunnerError } from './errors.js'
import { type ExecFn, spawnExec, tail } from './exec.js'
import { consoleLogger, type Logger } from './logger.js'
import { SYSROOT_PINS, type SysrootPin } from './pins.js'
import { defaultCache, type ToolCache } from './tool-cache.js'

export const SYSROOT_TOOL = 'glibc-floor-sysroot'

export interface Sysroot {
  arch: SmokeArch
  /** <cache>/<triple>/sysroot */
  sysroot: string
  /** The glibc 2.17 dynamic loader. */
  loader: string
  /** For the loader's --library-path (or LD_LIBRARY_PATH). */
  libraryPath: string
}

export interface SysrootDeps {
  exec?: ExecFn
  logger?: Logger
  cache?: ToolCache
  env?: NodeJS.ProcessEnv
  /** Where npm runs, so the project's .npmrc is honoured. Default: process.cwd(). */
  cwd?: string
  /** Scratch space for the download. Default: os.tmpdir(). */
  tmpDir?: string
}

/** The sysroot layout inside a cached (or fixture) toolchain directory. */
export function sysrootLayout(root: string, pin: SysrootPin, arch: SmokeArch): Sysroot {
  const sysroot = join(root, pin.triple, 'sysroot')
  return {
    arch,
    sysroot,
    loader: join(sysroot, 'lib', pin.loader),
    libraryPath: pin.libDirs
      .map(dir => join(sysroot, dir))
      .filter(dir => existsSync(dir))
      .join(':')
  }
}

function checkLayout(layout: Sysroot, pin: SysrootPin, where: string): Sysroot {
  for (const path of [layout.loader, join(layout.sysroot, pin.glibcMarker)]) {
    if (!existsSync(path))
      throw new RunnerError(`the glibc 2.17 sysroot in ${where} is incomplete: ${path} is missing`)
  }
  return layout
}

async function sha512(file: string): Promise<string> {
  const hash = createHash('sha512')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return `sha512-${hash.digest('base64')}`
}

export async function ensureSysroot(arch: SmokeArch, deps: SysrootDeps = {}): Promise<Sysroot> {
  const pin = SYSROOT_PINS[arch]
  const exec = deps.exec ?? spawnExec
  const logger = deps.logger ?? consoleLogger
  const cache = deps.cache ?? defaultCache(deps.env)
  const spec = `${pin.name}@${pin.version}`

  const cached = cache.find(SYSROOT_TOOL, pin.version, arch)
  if (cached) {
    logger.debug(`glibc 2.17 sysroot (${arch}) from cache: ${cached}`)
    return checkLayout(sysrootLayout(cached, pin, arch), pin, cached)
  }

  const scratch = mkdtempSync(join(deps.tmpDir ?? tmpdir(), 'glibc-floor-sysroot-'))
  try {
    const packed = await logger.group(`fetch glibc 2.17 sysroot (${spec})`, async () => {
      const result = await exec('npm', ['pack', spec, '--json', '--pack-destination', scratch], {
        cwd: deps.cwd ?? process.cwd(),
        env: deps.env
      })
      if (result.exitCode !== 0) {
        throw new RunnerError(
          `npm pack ${spec} failed (exit code ${result.exitCode})`,
          `${tail(result.stderr, 8)}\nThe sysroot runtime fetches this package from your npm registry; check its settings (.npmrc), or use runtime: container.`
        )
      }
      let info: { filename?: string; integrity?: string }
      try {
        // npm prints a JSON array; lifecycle noise, if any, goes to stderr.
        info = (JSON.parse(result.stdout) as { filename?: string; integrity?: string }[])[0] ?? {}
      } catch {
        throw new RunnerError(`npm pack ${spec} --json printed no JSON`, tail(result.stdout, 5))
      }
      if (!info.filename) throw new RunnerError(`npm pack ${spec} did not name the tarball it wrote`)
      return { file: join(scratch, info.filename), integrity: info.integrity }
    })

    // The pin is the authority: the registry's answer and the bytes on disk must both match it.
    const actual = await sha512(packed.file)
    if (packed.integrity !== pin.integrity || actual !== pin.integrity) {
      throw new RunnerError(
        `integrity check failed for ${spec}: expected ${pin.integrity}, the registry reported ${packed.integrity ?? 'nothing'} and the tarball hashes to ${actual}`,
        'A registry mirror served different bytes for this pinned version; the sysroot is not used.'
      )
    }

    const inner = `package/${pin.triple}.tar.xz`
    const unpacked = join(scratch, 'root')
    mkdirSync(unpacked)
    for (const args of [
      ['-xzf', packed.file, '-C', scratch, inner],
      ['-xJf', join(scratch, inner), '-C', unpacked, `./${pin.triple}/sysroot`]
    ]) {
      const result = await exec('tar', args)
      if (result.exitCode !== 0) {
        throw new RunnerError(`unpacking ${spec} failed: tar ${args.join(' ')}`, tail(result.stderr, 5))
      }
    }
    checkLayout(sysrootLayout(unpacked, pin, arch), pin, spec)
    const root = await cache.cacheDir(unpacked, SYSROOT_TOOL, pin.version, arch)
    logger.info(`glibc 2.17 sysroot (${arch}) cached at ${root}`)
    return checkLayout(sysrootLayout(root, pin, arch), pin, root)
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}
