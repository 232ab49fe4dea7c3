// The build-kit modes, wired to src/runners: `build` (docker buildx / depot, then the exported binaries go
// through the same audit, verdict and summary as `paths`), `smoke` (run a program on a real glibc 2.17) and
// `wrap-flags` (the compiler and linker flags of the compat layer).
import * as core from '@actions/core'
import * as tc from '@actions/tool-cache'
import { dirname, isAbsolute, resolve } from 'node:path'
import { repoFile, type AuditReport } from '../audit/index.js'
import {
  buildSummaryMarkdown,
  parseBuildArgs,
  runBuild,
  runSmoke,
  runWrapFlags,
  smokeSummaryMarkdown,
  splitArgs,
  type Logger,
  type SmokeArch,
  type SmokeRuntime,
  type ToolCache
} from '../runners/index.js'
import { ActionError } from './errors.js'
import type { ActionInputs, GetInput } from './inputs.js'
import { writeSummary } from './summary.js'

const logger: Logger = {
  info: m => core.info(m),
  warning: m => core.warning(m),
  debug: m => core.debug(m),
  group: (name, fn) => core.group(name, fn)
}

// The runner's tool cache, so a fetched glibc 2.17 sysroot is reused by later jobs on self-hosted runners.
const toolCache: ToolCache = {
  find: (tool, version, arch) => tc.find(tool, version, arch),
  cacheDir: (dir, tool, version, arch) => tc.cacheDir(dir, tool, version, arch)
}

function actionFile(rel: string): string {
  const path = repoFile(rel)
  if (!path) throw new ActionError('BAD_INPUT', `${rel} is missing from the action`)
  return path
}

/** Platforms: comma, space or newline separated. */
const words = (text: string): string[] => text.split(/[\s,]+/).filter(Boolean)
/** Cache specs contain commas (type=gha,mode=max): one per line. */
const lines = (text: string): string[] =>
  text
    .split('\n')
    .map(l => l.trim())
    .filter(Boolean)

interface Pipeline {
  session(inputs: ActionInputs): Promise<{ work: string; audit: (targets: string[]) => AuditReport }>
  publishReport(
    inputs: ActionInputs,
    s: Awaited<ReturnType<Pipeline['session']>>,
    p: { report: AuditReport; context: string[]; preface?: string }
  ): Promise<void>
}

export async function buildMode(inputs: ActionInputs, get: GetInput, pipeline: Pipeline): Promise<void> {
  const inWorkspace = (p: string): string => (isAbsolute(p) ? p : resolve(inputs.workspace, p))
  const dockerfile = get('dockerfile').trim()
  const platforms = words(get('platforms'))
  const outputDir = inWorkspace(get('output-dir').trim() || 'glibc-floor-out')
  const s = await pipeline.session(inputs)
  const result = await runBuild(
    {
      dockerfile: dockerfile ? inWorkspace(dockerfile) : undefined,
      context: inWorkspace(get('context').trim() || '.'),
      platforms: platforms.length ? platforms : undefined,
      buildArgs: parseBuildArgs(get('build-args')),
      outputDir,
      target: get('target').trim() || undefined,
      depotProject: get('depot-project').trim() || undefined,
      kitDir: dirname(actionFile('action.yml')),
      cacheFrom: lines(get('cache-from')),
      cacheTo: lines(get('cache-to')),
      floor: inputs.floor
    },
    { logger, env: process.env, audit: paths => s.audit(paths) }
  )
  core.setOutput('output-dir', outputDir)
  core.setOutput('binaries', result.binaries.join('\n'))
  await pipeline.publishReport(inputs, s, {
    report: result.report!,
    context: [
      `Built with \`${result.command.file}\`: ${result.binaries.length} binar${result.binaries.length === 1 ? 'y' : 'ies'}`
    ],
    preface: buildSummaryMarkdown(result) + '\n'
  })
}

export async function smokeMode(
  inputs: ActionInputs,
  get: GetInput,
  pipeline: Pick<Pipeline, 'session'>
): Promise<void> {
  const binaryText = get('binary').trim()
  if (!binaryText)
    throw new ActionError('BAD_INPUT', 'mode smoke needs the binary input (the program to run)')
  const runtime = get('runtime').trim() || 'sysroot'
  if (runtime !== 'sysroot' && runtime !== 'container') {
    throw new ActionError('BAD_INPUT', `runtime must be sysroot or container; got ${JSON.stringify(runtime)}`)
  }
  const arch = get('arch').trim()
  if (arch && arch !== 'x86_64' && arch !== 'aarch64') {
    throw new ActionError(
      'BAD_INPUT',
      `arch must be x86_64 or aarch64 (or empty for the program's own); got ${JSON.stringify(arch)}`
    )
  }
  const expectExitText = get('expect-exit').trim() || '0'
  if (!/^\d+$/.test(expectExitText))
    throw new ActionError('BAD_INPUT', `expect-exit must be a number; got ${JSON.stringify(expectExitText)}`)

  const binary = isAbsolute(binaryText) ? binaryText : resolve(inputs.workspace, binaryText)
  // The runtime is glibc 2.17 whatever the audit floor input says: predict for the floor that actually runs.
  const s = await pipeline.session({ ...inputs, floor: '2.17' })
  const result = await runSmoke(
    {
      binary,
      args: splitArgs(get('args')),
      runtime: runtime as SmokeRuntime,
      arch: (arch || undefined) as SmokeArch | undefined,
      expectExit: Number(expectExitText),
      expectOutput: get('expect-output'),
      image: get('image').trim() || undefined
    },
    {
      logger,
      env: process.env,
      cache: toolCache,
      cwd: inputs.workspace,
      // The loader's verdict is set beside the audit's prediction for the same file.
      audit: paths => s.audit(paths)
    }
  )
  core.setOutput('verdict', result.passed ? 'pass' : 'fail')
  await writeSummary(() => smokeSummaryMarkdown(result))
  if (!result.passed)
    core.setFailed(
      `smoke: ${binaryText} on glibc 2.17 (${result.runtime}, ${result.arch}): ${result.failures.join('; ')}`
    )
  else core.info(`smoke: ${binaryText} ran on glibc 2.17 (${result.runtime}, ${result.arch})`)
}

export async function wrapFlagsMode(): Promise<void> {
  const flags = await runWrapFlags(dirname(actionFile('compat/flags.sh')))
  const outputs: Record<string, string> = {
    symbols: flags.symbols.join(' '),
    wrap: flags.wrap,
    ldflags: flags.ldflags,
    cflags: flags.cflags,
    sources: flags.sources
  }
  for (const [k, v] of Object.entries(outputs)) {
    core.setOutput(k, v)
    core.info(`${k}: ${v}`)
  }
  await writeSummary(
    () =>
      `## glibc floor: compat layer flags\n\n${flags.symbols.length} wrapped symbols: ${flags.symbols.map(s => `\`${s}\``).join(', ')}\n\n` +
      '| Output | Value |\n|---|---|\n' +
      Object.entries(outputs)
        .map(([k, v]) => `| \`${k}\` | \`${v.replace(/\|/g, '\\|')}\` |`)
        .join('\n') +
      '\n'
  )
}
