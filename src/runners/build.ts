// Build mode: build a Dockerfile for one or more platforms with `docker buildx build` (or `depot build`), export
// its `export` stage to a local directory, then audit the exported binaries.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { AuditReport } from '../audit/types.js'
import type { AuditFn } from './audit-fn.js'
import { RunnerError } from './errors.js'
import { type ExecFn, findOnPath, spawnExec, tail } from './exec.js'
import { EXPORT_REPORT, type ExportedPlatform, readExports } from './export-layout.js'
import { consoleLogger, type Logger } from './logger.js'

/** Name of the build context that carries this kit (docker/scripts, patches, compat) into the image. */
export const KIT_CONTEXT = 'glibc-floor-kit'

export const DEFAULT_PLATFORMS = ['linux/amd64', 'linux/arm64']

export interface BuildOptions {
  /** Default: the kit's docker/Dockerfile.glibc-<floor> (needs kitDir). */
  dockerfile?: string
  /** Build context (the project being built). Default '.'. */
  context?: string
  platforms?: string[]
  buildArgs?: Record<string, string>
  /** Where the `export` stage is written (type=local). */
  outputDir: string
  /** Stage to build; the kit's Dockerfiles end with `export`, the default target. */
  target?: string
  /** Build with Depot (`depot build --project <id>`) instead of docker buildx. */
  depotProject?: string
  /** Root of this kit (the action's checkout), passed as the glibc-floor-kit build context when set. */
  kitDir?: string
  /** buildx cache backends, e.g. type=gha,scope=glibc-2.17-amd64 (ignored by depot, which caches itself). */
  cacheFrom?: string[]
  cacheTo?: string[]
  /** Floor the exported binaries are audited against. Default 2.17. */
  floor?: string
}

export interface BuildDeps {
  exec?: ExecFn
  logger?: Logger
  env?: NodeJS.ProcessEnv
  audit?: AuditFn
}

export interface BuildCommand {
  file: 'docker' | 'depot'
  args: string[]
}

export interface BuildResult {
  command: BuildCommand
  exports: ExportedPlatform[]
  binaries: string[]
  report?: AuditReport
  reportPath?: string
}

const BUILD_ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/**
 * Parses the action's `build-args` input: one KEY=VALUE per line; blank lines and lines starting with # are
 * skipped; the value is everything after the first '='.
 */
export function parseBuildArgs(text: string): Record<string, string> {
  const args: Record<string, string> = {}
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) return
    const eq = line.indexOf('=')
    const key = eq === -1 ? line : line.slice(0, eq)
    if (eq === -1 || !BUILD_ARG_NAME.test(key)) {
      throw new RunnerError(
        `build-args line ${index + 1} is not KEY=VALUE: ${JSON.stringify(line)}`,
        'Write one build argument per line, e.g. BUILD_COMMAND=make -j4 && cp out/app "$OUT/bin/"'
      )
    }
    args[key] = line.slice(eq + 1)
  })
  return args
}

/** The kit's build image for a floor: docker/Dockerfile.glibc-<floor>. */
export function kitDockerfile(kitDir: string, floor: string): string {
  const file = join(kitDir, 'docker', `Dockerfile.glibc-${floor}`)
  if (!existsSync(file)) {
    const have = readdirSync(join(kitDir, 'docker')).filter(f => f.startsWith('Dockerfile.glibc-'))
    throw new RunnerError(
      `there is no build image for floor ${floor}: ${file} does not exist`,
      `The kit has ${have.join(', ') || 'none'}; pass dockerfile to use your own.`
    )
  }
  return file
}

function dockerfileOf(options: BuildOptions): string {
  if (options.dockerfile) return options.dockerfile
  if (!options.kitDir)
    throw new RunnerError('no dockerfile given and no kit directory to take the default from')
  return kitDockerfile(options.kitDir, options.floor ?? '2.17')
}

/** The exact command line the build runs. */
export function buildCommand(options: BuildOptions): BuildCommand {
  const platforms = options.platforms ?? DEFAULT_PLATFORMS
  const common = ['--platform', platforms.join(','), '--file', dockerfileOf(options)]
  if (options.target) common.push('--target', options.target)
  for (const [key, value] of Object.entries(options.buildArgs ?? {})) {
    if (!BUILD_ARG_NAME.test(key)) throw new RunnerError(`invalid build argument name ${JSON.stringify(key)}`)
    common.push('--build-arg', `${key}=${value}`)
  }
  if (options.kitDir) common.push('--build-context', `${KIT_CONTEXT}=${options.kitDir}`)
  const output = ['--output', `type=local,dest=${options.outputDir}`, options.context ?? '.']

  if (options.depotProject) {
    return {
      file: 'depot',
      args: ['build', '--project', options.depotProject, '--progress', 'plain', ...common, ...output]
    }
  }
  const cache = [
    ...(options.cacheFrom ?? []).flatMap(c => ['--cache-from', c]),
    ...(options.cacheTo ?? []).flatMap(c => ['--cache-to', c])
  ]
  return { file: 'docker', args: ['buildx', 'build', '--progress', 'plain', ...common, ...cache, ...output] }
}

/** Fails with an actionable message when the build tool is missing, before any long-running step. */
export async function checkBuildTool(
  command: BuildCommand,
  exec: ExecFn,
  env: NodeJS.ProcessEnv
): Promise<void> {
  if (command.file === 'depot') {
    if (!findOnPath('depot', env)) {
      throw new RunnerError(
        'depot is not on PATH, but a Depot project was given',
        'Add `- uses: depot/setup-action@v1` before this step, or leave depot-project empty to build with docker buildx.'
      )
    }
    return
  }
  if (!findOnPath('docker', env)) {
    throw new RunnerError(
      'docker is not on PATH: the build mode runs `docker buildx build`',
      'GitHub-hosted Ubuntu runners have Docker and Buildx; on a self-hosted runner install docker-ce and docker-buildx-plugin, or pass depot-project to build on Depot.'
    )
  }
  const probe = await exec('docker', ['buildx', 'version'], { env })
  if (probe.exitCode !== 0) {
    const said = tail(probe.stderr || probe.stdout, 3)
    throw new RunnerError(
      `docker is installed but Buildx is not: \`docker buildx version\` failed${said ? ` (${said})` : ''}`,
      'Install the docker-buildx-plugin package, or add `- uses: docker/setup-buildx-action@v3` before this step.'
    )
  }
}

/** What `docker buildx inspect` says about the builder a build will use. */
export interface BuilderInfo {
  name: string
  driver: string
  /** Platforms the builder's nodes can run, without buildx's '*' marks (an empty list: not reported). */
  platforms: string[]
}

/** Parses `docker buildx inspect` output (the first node's Platforms line; `*` marks a configured platform). */
export function parseBuildxInspect(text: string): BuilderInfo {
  const field = (name: string): string =>
    new RegExp(`^${name}:[ \\t]*(.*)$`, 'm').exec(text)?.[1].trim() ?? ''
  return {
    name: field('Name'),
    driver: field('Driver'),
    platforms: field('Platforms')
      .split(',')
      .map(p => p.trim().replace(/\*$/, ''))
      .filter(Boolean)
  }
}

/** True when a builder platform runs a requested one (linux/arm64 is served by linux/arm64/v8 too). */
function serves(have: string, want: string): boolean {
  return have === want || have.startsWith(`${want}/`) || want.startsWith(`${have}/`)
}

/**
 * Says before a long build what would make it fail late: a multi-platform build needs a builder whose driver is
 * not `docker` (that driver builds one platform at a time), and every foreign platform needs QEMU binfmt
 * handlers registered on the host, or the builder does not list it.
 */
export async function checkBuilder(
  platforms: string[],
  exec: ExecFn,
  env: NodeJS.ProcessEnv,
  logger: Logger
): Promise<BuilderInfo> {
  const probe = await exec('docker', ['buildx', 'inspect', '--bootstrap'], { env })
  if (probe.exitCode !== 0) {
    const said = tail(probe.stderr || probe.stdout, 3)
    throw new RunnerError(
      `the Buildx builder is not usable: \`docker buildx inspect --bootstrap\` failed${said ? ` (${said})` : ''}`,
      'Add `- uses: docker/setup-buildx-action@v3` before this step, or select a builder with `docker buildx use <name>`.'
    )
  }
  const builder = parseBuildxInspect(probe.stdout)
  const name = builder.name || 'the current builder'
  if (platforms.length > 1 && builder.driver === 'docker') {
    throw new RunnerError(
      `a multi-platform build (${platforms.join(', ')}) needs a Buildx builder that is not the \`docker\` driver; ${name} uses it, and it builds one platform at a time`,
      'Add `- uses: docker/setup-buildx-action@v3` before this step (it creates a docker-container builder), or run `docker buildx create --use`; or build one platform per job (platforms: linux/amd64).'
    )
  }
  if (builder.platforms.length === 0) {
    logger.warning(
      `${name} (driver ${builder.driver || 'unknown'}) does not list its platforms; cannot check ${platforms.join(', ')} before the build`
    )
    return builder
  }
  const missing = platforms.filter(p => !builder.platforms.some(have => serves(have, p)))
  if (missing.length > 0) {
    const arches = missing.map(p => p.split('/')[1]).join(',')
    throw new RunnerError(
      `${name} cannot build ${missing.join(', ')}: it runs ${builder.platforms.join(', ')}. A foreign platform's compilers run through QEMU, and no binfmt handler is registered for it`,
      `Add \`- uses: docker/setup-qemu-action@v3\` (with platforms: ${arches}) before docker/setup-buildx-action, or run \`docker run --privileged --rm tonistiigi/binfmt --install ${arches}\`; or build on a native runner (ubuntu-24.04-arm for arm64: public repositories only, see docs/kit.md "Runners").`
    )
  }
  return builder
}

export async function runBuild(options: BuildOptions, deps: BuildDeps = {}): Promise<BuildResult> {
  const exec = deps.exec ?? spawnExec
  const logger = deps.logger ?? consoleLogger
  const env = deps.env ?? process.env
  const platforms = options.platforms ?? DEFAULT_PLATFORMS
  const outputDir = resolve(options.outputDir)
  const command = buildCommand({ ...options, platforms, outputDir })

  await checkBuildTool(command, exec, env)
  if (command.file === 'docker') await checkBuilder(platforms, exec, env, logger)
  mkdirSync(outputDir, { recursive: true })
  const dockerfile = command.args[command.args.indexOf('--file') + 1]
  const label = `${command.file} ${command.args[0] === 'buildx' ? 'buildx build' : 'build'} ${dockerfile} (${platforms.join(', ')})`
  const result = await logger.group(label, () => exec(command.file, command.args, { env, logger }))
  if (result.exitCode !== 0) {
    throw new RunnerError(
      `${label} failed with ${result.exitCode === null ? `signal ${result.signal}` : `exit code ${result.exitCode}`}`,
      tail(result.stderr || result.stdout)
    )
  }

  const exports = readExports(outputDir, platforms)
  if (exports.length === 0) {
    throw new RunnerError(
      `the build succeeded but exported no binaries under ${outputDir}`,
      `The export stage must contain bin/<binaries> (per platform: ${platforms.map(p => p.replaceAll('/', '_')).join(', ')} when building more than one); see docs/kit.md "Export layout".`
    )
  }
  const binaries = exports.flatMap(e => e.binaries)
  logger.info(
    `exported ${binaries.length} binar${binaries.length === 1 ? 'y' : 'ies'}: ${binaries.join(', ')}`
  )

  if (!deps.audit) return { command, exports, binaries }
  const report = await deps.audit(binaries, { floor: options.floor ?? '2.17' })
  const reportPath = join(outputDir, EXPORT_REPORT)
  writeFileSync(reportPath, JSON.stringify(report, null, 2) + '\n')
  return { command, exports, binaries, report, reportPath }
}
