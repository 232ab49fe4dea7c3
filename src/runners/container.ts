// The container runtime: the program runs in a real CentOS 7 userland (glibc 2.17, GCC 4.8.5's libstdc++).
// arm64 on an x86_64 runner goes through the kernel's binfmt_misc qemu handler, which docker/setup-qemu-action
// (tonistiigi/binfmt) registers.
import { existsSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import type { SmokeArch } from './elf-interp.js'
import { RunnerError } from './errors.js'
import { type ExecFn, findOnPath, spawnExec, tail } from './exec.js'
import { consoleLogger, type Logger } from './logger.js'
import { CENTOS7_IMAGE, DOCKER_PLATFORM } from './pins.js'
import { hostSmokeArch, type RunOutcome } from './sysroot-run.js'

export interface ContainerRunOptions {
  binary: string
  args: string[]
  arch: SmokeArch
  /** Default: centos:7 pinned by digest. */
  image?: string
  timeoutMs?: number
  env?: Record<string, string>
}

export interface ContainerDeps {
  exec?: ExecFn
  logger?: Logger
  env?: NodeJS.ProcessEnv
  hostArch?: SmokeArch | string
  /** Where binfmt_misc handlers are registered. Default /proc/sys/fs/binfmt_misc. */
  binfmtDir?: string
}

/** The exact `docker run` argv: the program's directory is mounted read-only at /work. */
export function containerCommand(options: ContainerRunOptions): string[] {
  const binary = resolve(options.binary)
  const env = Object.entries(options.env ?? {}).flatMap(([k, v]) => ['-e', `${k}=${v}`])
  return [
    'run',
    '--rm',
    '--platform',
    DOCKER_PLATFORM[options.arch],
    '-v',
    `${dirname(binary)}:/work:ro`,
    '-w',
    '/work',
    ...env,
    options.image ?? CENTOS7_IMAGE,
    `/work/${basename(binary)}`,
    ...options.args
  ]
}

export async function runInContainer(
  options: ContainerRunOptions,
  deps: ContainerDeps = {}
): Promise<RunOutcome> {
  const exec = deps.exec ?? spawnExec
  const logger = deps.logger ?? consoleLogger
  const env = deps.env ?? process.env
  if (!findOnPath('docker', env)) {
    throw new RunnerError(
      'docker is not on PATH: runtime: container runs the program with `docker run`',
      'Use runtime: sysroot (no Docker needed), or run on a runner with Docker.'
    )
  }
  const host = hostSmokeArch(deps.hostArch)
  if (host !== options.arch) {
    const handler = `${deps.binfmtDir ?? '/proc/sys/fs/binfmt_misc'}/qemu-${options.arch}`
    if (!existsSync(handler)) {
      throw new RunnerError(
        `running the ${options.arch} container on this ${host} runner needs a qemu binfmt handler, and ${handler} is not registered`,
        'Add `- uses: docker/setup-qemu-action@v3` before this step, or run on a native runner.'
      )
    }
  }
  const command = ['docker', ...containerCommand(options)]
  logger.info(`$ ${command.join(' ')}`)
  const result = await exec('docker', command.slice(1), { env, timeoutMs: options.timeoutMs })
  // docker itself exits 125 when it could not create the container (daemon down, image pull failed).
  if (result.exitCode === 125) {
    throw new RunnerError(
      `docker could not start the ${options.arch} CentOS 7 container`,
      tail(result.stderr, 8)
    )
  }
  return { ...result, method: 'container', command }
}
