// Workflow files: actionlint (with shellcheck on every run: script) passes on all of them and fails on broken
// ones; the reusable workflows, starter workflows and the repository's CI have the shape the kit promises.
import { describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from './helpers/fixtures.js'
import {
  actionlint,
  formatFindings,
  lintWorkflows,
  runScripts,
  sanitizeExpressions,
  shellcheckScripts
} from './helpers/workflow-lint.js'

const workflowsDir = join(repoRoot, '.github', 'workflows')
const templatesDir = join(repoRoot, 'workflows-templates')
const yml = (dir: string): string[] =>
  readdirSync(dir)
    .filter(f => f.endsWith('.yml'))
    .map(f => join(dir, f))
const files = [...yml(workflowsDir), ...yml(templatesDir)]
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const load = (file: string): any => parse(readFileSync(file, 'utf8'))
const ACTION = 'glibc-floor/glibc-floor-action'

test('every workflow and template passes actionlint and shellcheck', () => {
  expect(files.map(f => f.slice(repoRoot.length + 1)).sort()).toEqual([
    '.github/workflows/ci.yml',
    '.github/workflows/glibc-audit.yml',
    '.github/workflows/glibc-build.yml',
    '.github/workflows/glibc-smoke.yml',
    '.github/workflows/mutate.yml',
    '.github/workflows/release.yml',
    'workflows-templates/glibc-floor-audit.yml',
    'workflows-templates/glibc-floor-build-smoke.yml'
  ])
  const scripts = files.flatMap(f => runScripts(f))
  expect(scripts.length).toBeGreaterThan(10)
  expect(formatFindings(lintWorkflows(files))).toBe('')
})

describe('the linters catch what they should', () => {
  const broken = `name: broken
on:
  workflow_call:
    inputs:
      floor:
        type: string
        default: '2.17'
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ inputs.flor }}"
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
          nope: true
      - run: |
          out=$(ls)
          cp $out /tmp
      - shell: sh
        run: "[[ -n \${{ inputs.floor }} ]] && echo ok"
`

  test('actionlint: undefined input, unknown action input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glibc-floor-wf-'))
    const file = join(dir, 'broken.yml')
    writeFileSync(file, broken)
    const messages = actionlint([file]).map(f => `${f.line}: ${f.message}`)
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^12: property "flor" is not defined/),
        expect.stringMatching(/^16: input "nope" is not defined in action "actions\/checkout@v4"/)
      ])
    )
  })

  test('shellcheck: unquoted expansion in bash, [[ ]] in sh', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glibc-floor-wf-'))
    const file = join(dir, 'broken.yml')
    writeFileSync(file, broken)
    const scripts = runScripts(file)
    expect(scripts.map(s => [s.line, s.shell])).toEqual([
      [12, 'bash'],
      [17, 'bash'],
      [21, 'sh']
    ])
    const messages = shellcheckScripts(scripts).map(f => `${f.line}: ${f.message}`)
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^17: SC2086:info:2:4: Double quote to prevent globbing/),
        expect.stringMatching(/^21: SC3010:warning:1:1: In POSIX sh, \[\[ \]\] is undefined/)
      ])
    )
  })

  test('expressions become same-length placeholders, as actionlint does', () => {
    expect(sanitizeExpressions('if ${{ a && b }}; then x=${{ c }}; fi')).toBe(
      'if _____________; then x=________; fi'
    )
  })
})

describe('reusable workflows', () => {
  const reusable = ['glibc-audit.yml', 'glibc-build.yml', 'glibc-smoke.yml'].map(f => join(workflowsDir, f))

  test('are workflow_call with typed inputs and outputs', () => {
    for (const file of reusable) {
      const call = load(file).on.workflow_call
      expect(Object.keys(call.inputs).length).toBeGreaterThan(3)
      for (const [name, input] of Object.entries<{ type?: string; description?: string }>(call.inputs)) {
        expect([name, input.type && ['string', 'number', 'boolean'].includes(input.type)]).toEqual([
          name,
          true
        ])
        expect(input.description).toBeTruthy()
      }
      expect(Object.keys(call.outputs).length).toBeGreaterThan(0)
      for (const output of Object.values<{ value?: string }>(call.outputs)) expect(output.value).toBeTruthy()
    }
  })

  test('glibc-build: floor x arch matrix, Dockerfile from the floor, cache scoped by floor, GLIBC_FLOOR for tests', () => {
    const wf = load(join(workflowsDir, 'glibc-build.yml'))
    const inputs = wf.on.workflow_call.inputs
    expect(JSON.parse(inputs.floors.default)).toEqual(['2.17', '2.28'])
    expect(JSON.parse(inputs.archs.default)).toEqual(['x86_64', 'aarch64'])
    const job = wf.jobs.build
    expect(job.strategy.matrix).toEqual({
      glibc_floor: '${{ fromJSON(inputs.floors) }}',
      arch: '${{ fromJSON(inputs.archs) }}'
    })
    expect(job.env.GLIBC_FLOOR).toBe('${{ matrix.glibc_floor }}')
    const build = job.steps.find((s: { id?: string }) => s.id === 'build')
    expect(build.uses).toBe(`${ACTION}@v1`)
    expect(build.with.mode).toBe('build')
    expect(build.with.floor).toBe('${{ matrix.glibc_floor }}')
    expect(build.with['cache-to']).toContain('${{ matrix.glibc_floor }}')
    expect(build.with['cache-from']).toContain('${{ matrix.glibc_floor }}')
    const plan = job.steps.find((s: { id?: string }) => s.id === 'plan')
    expect(plan.run).toContain('Dockerfile.glibc-$FLOOR')
    expect(plan.env.FLOOR).toBe('${{ matrix.glibc_floor }}')
    // Each floor has its image in the kit.
    for (const floor of JSON.parse(inputs.floors.default)) {
      expect(existsSync(join(repoRoot, 'docker', `Dockerfile.glibc-${floor}`))).toBe(true)
    }
  })

  test('glibc-smoke: container and sysroot, x86_64 and aarch64', () => {
    const wf = load(join(workflowsDir, 'glibc-smoke.yml'))
    const inputs = wf.on.workflow_call.inputs
    expect(JSON.parse(inputs.runtimes.default)).toEqual(['container', 'sysroot'])
    expect(JSON.parse(inputs.archs.default)).toEqual(['x86_64', 'aarch64'])
    const steps = wf.jobs.smoke.steps
    const smoke = steps.find((s: { uses?: string }) => s.uses === `${ACTION}@v1`)
    expect(smoke.with).toMatchObject({
      mode: 'smoke',
      runtime: '${{ matrix.runtime }}',
      arch: '${{ matrix.arch }}'
    })
    expect(steps.some((s: { uses?: string }) => s.uses === 'docker/setup-qemu-action@v3')).toBe(true)
  })

  test('glibc-audit: uses the audit mode and uploads the report', () => {
    const steps = load(join(workflowsDir, 'glibc-audit.yml')).jobs.audit.steps
    expect(steps.find((s: { id?: string }) => s.id === 'audit').with.mode).toBe('audit')
    expect(steps.some((s: { uses?: string }) => s.uses === 'actions/upload-artifact@v4')).toBe(true)
  })
})

describe('the action is referenced one way, and only with inputs it documents', () => {
  const actionInputs = Object.keys(load(join(repoRoot, 'action.yml')).inputs)
  const kitInputs = [
    ...readFileSync(join(repoRoot, 'docs', 'kit.md'), 'utf8').matchAll(
      /^\| `([a-z-]+)` \| (?:all|build|smoke|wrap-flags) \|/gm
    )
  ].map(m => m[1])

  test.each(files.map(f => [f.slice(repoRoot.length + 1), f]))('%s', (_name, file) => {
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(/uses:\s*(\S+)/g)) {
      const ref = m[1]
      if (ref.startsWith(ACTION) || ref.startsWith('glibc-floor/'))
        expect(ref).toMatch(
          /^glibc-floor\/glibc-floor-action(\/\.github\/workflows\/glibc-(audit|build|smoke)\.yml)?@v1$/
        )
    }
    const wf = load(file)
    for (const job of Object.values<{ steps?: { uses?: string; with?: Record<string, unknown> }[] }>(
      wf.jobs
    )) {
      for (const step of job.steps ?? []) {
        if (step.uses !== './' && step.uses !== `${ACTION}@v1`) continue
        for (const input of Object.keys(step.with ?? {})) {
          expect([input, actionInputs.includes(input) || kitInputs.includes(input)]).toEqual([input, true])
        }
      }
    }
  })

  test('the repository CI runs the action on itself in every mode', () => {
    const ci = load(join(workflowsDir, 'ci.yml'))
    const modes = Object.values<{ steps?: { uses?: string; with?: { mode?: string } }[] }>(ci.jobs).flatMap(
      j => (j.steps ?? []).filter(s => s.uses === './').map(s => s.with?.mode)
    )
    expect(new Set(modes)).toEqual(new Set(['wrap-flags', 'smoke', 'build']))
    expect(ci.jobs.test.steps.map((s: { run?: string }) => s.run)).toContain('npm test')
  })

  test('CI installs the packages .ci/run lists, and mutation testing runs weekly with its report kept', () => {
    const ci = load(join(workflowsDir, 'ci.yml'))
    const runs = ci.jobs.test.steps.map((s: { run?: string }) => s.run)
    expect(runs.indexOf('.ci/run --install-only')).toBeGreaterThanOrEqual(0)
    expect(runs.indexOf('.ci/run --install-only')).toBeLessThan(runs.indexOf('npm test'))
    const mutate = load(join(workflowsDir, 'mutate.yml'))
    expect(mutate.on.schedule).toHaveLength(1)
    const steps: { run?: string; uses?: string; with?: { path?: string } }[] = mutate.jobs.mutate.steps
    expect(steps.map(s => s.run)).toContain('npm run mutate')
    const upload = steps.find(s => s.uses?.startsWith('actions/upload-artifact@'))
    expect(upload?.with?.path).toContain('reports/mutation/index.html')
  })
})

describe('starter workflows', () => {
  test('each has a .properties.json with a name, description, icon and categories', () => {
    for (const file of yml(templatesDir)) {
      const props = JSON.parse(readFileSync(file.replace(/\.yml$/, '.properties.json'), 'utf8'))
      expect(Object.keys(props).sort()).toEqual([
        'categories',
        'description',
        'filePatterns',
        'iconName',
        'name'
      ])
      expect(props.name).toBe(load(file).name)
      expect(props.categories.length).toBeGreaterThan(0)
    }
  })

  test('the audit runs Mondays 08:00 UTC, and by hand as a dry run with a floor input', () => {
    const wf = load(join(templatesDir, 'glibc-floor-audit.yml'))
    expect(wf.on.schedule).toEqual([{ cron: '0 8 * * 1' }])
    expect(wf.on.workflow_dispatch.inputs.floor.default).toBe('2.17')
    const audit = wf.jobs.audit.steps[0]
    expect(audit.uses).toBe(`${ACTION}@v1`)
    expect(audit.with['fail-on']).toBe(
      "${{ github.event_name == 'workflow_dispatch' && 'never' || 'violation' }}"
    )
    expect(audit.with.floor).toBe("${{ inputs.floor || '2.17' }}")
  })

  test('build and smoke chains the reusable workflows', () => {
    const wf = load(join(templatesDir, 'glibc-floor-build-smoke.yml'))
    expect(wf.jobs.build.uses).toBe(`${ACTION}/.github/workflows/glibc-build.yml@v1`)
    expect(wf.jobs.smoke.uses).toBe(`${ACTION}/.github/workflows/glibc-smoke.yml@v1`)
    expect(wf.jobs.smoke.needs).toBe('build')
  })
})
