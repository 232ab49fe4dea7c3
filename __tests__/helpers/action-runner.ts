// Runs the action the way the GitHub runner does: action.yml defaults applied, inputs as INPUT_<NAME>
// (upper-cased, hyphens kept), real GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, GITHUB_WORKSPACE and
// RUNNER_TEMP directories. Either in-process (run() from src) or as `node dist/index.js`.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from './fixtures.js'

export interface ActionYml {
  inputs: Record<string, { description?: string; default?: string; required?: boolean }>
  outputs: Record<string, { description?: string }>
  runs: { using: string; main: string }
  branding?: { icon?: string; color?: string }
}

export const actionYml = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as ActionYml

export interface Runner {
  dir: string
  workspace: string
  temp: string
  outputFile: string
  summaryFile: string
}

export function newRunner(parent: string): Runner {
  const dir = mkdtempSync(join(parent ?? tmpdir(), 'runner-'))
  const r = {
    dir,
    workspace: join(dir, 'workspace'),
    temp: join(dir, 'temp'),
    outputFile: join(dir, 'temp', '_runner_file_commands', 'set_output'),
    summaryFile: join(dir, 'temp', '_runner_file_commands', 'step_summary')
  }
  mkdirSync(join(r.temp, '_runner_file_commands'), { recursive: true })
  mkdirSync(r.workspace, { recursive: true })
  writeFileSync(r.outputFile, '')
  writeFileSync(r.summaryFile, '')
  return r
}

export interface Context {
  repository?: string
  token?: string
  apiUrl?: string
}

/** The environment the runner gives a node24 action step. */
export function stepEnv(
  r: Runner,
  inputs: Record<string, string>,
  ctx: Context = {}
): Record<string, string> {
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: r.workspace,
    RUNNER_TEMP: r.temp,
    GITHUB_OUTPUT: r.outputFile,
    GITHUB_STEP_SUMMARY: r.summaryFile,
    GITHUB_REPOSITORY: ctx.repository ?? 'acme/tool',
    GITHUB_API_URL: ctx.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com'
  }
  const expr: Record<string, string> = {
    '${{ github.repository }}': env.GITHUB_REPOSITORY,
    '${{ github.token }}': ctx.token ?? 'ghs_runner_default_token'
  }
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    const given = inputs[name] ?? spec.default ?? ''
    env[`INPUT_${name.toUpperCase()}`] = expr[given] ?? given
  }
  for (const name of Object.keys(inputs)) {
    if (!(name in actionYml.inputs))
      throw new Error(`test passes input ${name}, which action.yml does not declare`)
  }
  return env
}

/** GITHUB_OUTPUT uses `name<<delimiter` heredocs. */
export function readOutputs(file: string): Record<string, string> {
  const text = readFileSync(file, 'utf8')
  const out: Record<string, string> = {}
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const m of text.matchAll(re)) out[m[1]] = m[3]
  return out
}

export interface WorkflowCommand {
  command: string
  props: Record<string, string>
  message: string
}

const unescape = (s: string): string =>
  s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%')

/** `::error title=T,file=F::message` lines from stdout. */
export function workflowCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!m) continue
    const props: Record<string, string> = {}
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = kv.indexOf('=')
      props[kv.slice(0, eq)] = unescape(kv.slice(eq + 1))
    }
    out.push({ command: m[1], props, message: unescape(m[3]) })
  }
  return out
}

export interface StepResult {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  commands: WorkflowCommand[]
}

export function collect(r: Runner, exitCode: number, stdout: string, stderr: string): StepResult {
  return {
    exitCode,
    stdout,
    stderr,
    outputs: readOutputs(r.outputFile),
    summary: existsSync(r.summaryFile) ? readFileSync(r.summaryFile, 'utf8') : '',
    commands: workflowCommands(stdout)
  }
}

/** The bundle under test; GLIBC_FLOOR_ACTION_DIST points elsewhere to try a bundle before it is committed. */
export const distEntry = process.env.GLIBC_FLOOR_ACTION_DIST ?? join(repoRoot, 'dist', 'index.js')

/** `node dist/index.js` with the step environment, as the runner starts a node24 action. */
export function runDist(r: Runner, env: Record<string, string>, timeoutMs = 60_000): Promise<StepResult> {
  const base: Record<string, string> = {}
  for (const k of ['PATH', 'HOME', 'LANG', 'TMPDIR']) if (process.env[k]) base[k] = process.env[k] as string
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [distEntry], {
      cwd: r.workspace,
      env: { ...base, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', d => (stdout += String(d)))
    child.stderr.on('data', d => (stderr += String(d)))
    child.on('error', reject)
    child.on('close', code => resolve(collect(r, code ?? -1, stdout, stderr)))
  })
}
