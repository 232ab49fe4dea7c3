// The action's guard paths end to end (run() with INPUT_* variables, real ELF files, real HTTP on loopback):
// a token never reaches the log whichever message carries it, unreadable files fail every gate, the baseline
// tolerates exactly the (symbol, version) pairs it lists, the annotation budget folds at GitHub's limit and
// not before, and the build mode audits what the (recording) docker exported.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { newRunner, type StepResult } from './helpers/action-runner.js'
import { errors, notices, place, step, tokenLeaked, warnings } from './helpers/action-step.js'
import { BUILDER } from './helpers/docker-stub.js'
import { checksumsTxt, FakeGitHub } from './helpers/fake-github.js'
import { buildElves, sh, type BuiltElves } from './helpers/release-assets.js'
import { stubDir } from './helpers/recording-stub.js'
import { ActionError } from '../src/action/errors.js'
import { failureMessage } from '../src/action/main.js'
import { AuditError } from '../src/audit/errors.js'
import { RunnerError } from '../src/runners/errors.js'
import { SourceError } from '../src/sources/errors.js'

let tmp: string
let elves: BuiltElves
/** Host gcc program calling pthread_create/pthread_join: two more symbols under GLIBC_2.34, the version
 * elves.late already needs for __libc_start_main. */
let threads: string
/** Looks like ELF (magic, class) but ends inside its header tables: unreadable. */
let cut: string
const servers: FakeGitHub[] = []

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'action-guards-'))
  elves = buildElves(join(tmp, 'elves'))
  const src = join(tmp, 'threads.c')
  writeFileSync(
    src,
    '#include <pthread.h>\nstatic void *f(void *a){return a;}\n' +
      'int main(void){pthread_t t; if (pthread_create(&t, 0, f, 0)) return 1; return pthread_join(t, 0);}\n'
  )
  threads = join(tmp, 'threads')
  sh('gcc', ['-O1', '-o', threads, src])
  cut = join(tmp, 'cut')
  writeFileSync(cut, readFileSync(elves.late).subarray(0, 1000))
})

afterEach(async () => {
  await Promise.all(servers.splice(0).map(s => s.close()))
})

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const titled = (res: StepResult) => errors(res).filter(e => e.props.title)

describe('the token never reaches the log, whichever message carries it', () => {
  const TOKEN = 'ghp_SeCrEt0123456789abcdefABCDEF0123'

  /**
   * Each case makes a failure whose natural message contains the token. `logged`: the token is also part of
   * ordinary log lines (an asset name), which only the runner's mask can hide.
   */
  const cases: [string, (r: ReturnType<typeof newRunner>) => Promise<StepResult>, { logged?: boolean }?][] = [
    [
      'an input error echoing a value (validated before anything else)',
      r => step(r, { token: TOKEN, 'fail-on': TOKEN })
    ],
    [
      'a typed error naming a path',
      r => {
        place(r, 'bin/tool', elves.clean)
        return step(r, { token: TOKEN, paths: 'bin', baseline: `${TOKEN}.json` })
      }
    ],
    [
      'a download error naming the asset',
      async r => {
        const gh = await FakeGitHub.start({ token: TOKEN })
        servers.push(gh)
        const asset = { name: `tool-linux-${TOKEN}`, content: readFileSync(elves.clean) }
        gh.setRepo('acme/tool', [
          { tag: 'v1', date: '2024-01-01T00:00:00Z', assets: [asset, checksumsTxt([asset], asset.name)] }
        ])
        return step(r, { token: TOKEN, release: 'latest' }, { apiUrl: gh.apiUrl })
      },
      { logged: true }
    ],
    [
      'an unexpected (untyped) error from the filesystem',
      r => {
        place(r, 'bin/tool', elves.clean)
        // The report path is a directory: writing it fails with EISDIR and the path in the message.
        mkdirSync(join(r.workspace, 'reports', TOKEN), { recursive: true })
        return step(r, { token: TOKEN, paths: 'bin', 'report-path': `reports/${TOKEN}` })
      }
    ]
  ]

  /** Annotations outlive the log (checks API, PR files view): none may carry the token. */
  const annotated = (res: StepResult): boolean =>
    res.commands.some(
      c =>
        ['error', 'warning', 'notice'].includes(c.command) &&
        (c.message.includes(TOKEN) || Object.values(c.props).some(v => v.includes(TOKEN)))
    )

  test.each(cases)('%s', async (_label, provoke, o = {}) => {
    const r = newRunner(tmp)
    const res = await provoke(r)
    expect(res.exitCode).toBe(1)
    const failure = errors(res).at(-1)!
    // The message is still there, with the token replaced.
    expect(failure.message).toContain('***')
    expect(annotated(res)).toBe(false)
    expect(res.summary).not.toContain(TOKEN)
    // Debug output included (an untyped error's stack names the same path).
    if (!o.logged) expect(tokenLeaked(res, TOKEN)).toBe(false)
    // The runner is told to mask it before anything else is printed, so it also masks log lines.
    expect(res.stdout.split('\n')[0]).toBe(`::add-mask::${TOKEN}`)
  })

  test('the checks can fail: a value that is not the token is printed as is', async () => {
    const r = newRunner(tmp)
    const res = await step(r, { 'fail-on': TOKEN })
    expect(res.exitCode).toBe(1)
    expect(annotated(res)).toBe(true)
    expect(tokenLeaked(res, TOKEN)).toBe(true)
  })
})

describe('unreadable ELF files fail the gate under every fail-on', () => {
  test.each([
    ['violation', 1],
    ['unwrapped', 1],
    ['never', 0]
  ] as const)('fail-on %s → exit %d, verdict fail', async (failOn, exit) => {
    const r = newRunner(tmp)
    place(r, 'bin/cut', cut)
    const res = await step(r, { paths: 'bin', 'fail-on': failOn })
    expect(res.exitCode).toBe(exit)
    expect(res.outputs).toMatchObject({ verdict: 'fail', 'files-audited': '0', violations: '0' })
    // The unreadable file is named in an annotation: an error when the step fails, a warning when it does not.
    const named = (exit === 1 ? errors(res) : warnings(res)).filter(
      a => a.props.title === 'Unreadable: bin/cut'
    )
    expect(named).toHaveLength(1)
    if (exit === 1) expect(errors(res).at(-1)!.message).toMatch(/unreadable|could not be read/)
    else expect(errors(res)).toEqual([])
  })

  test('a readable clean file beside an unreadable one does not make it pass', async () => {
    const r = newRunner(tmp)
    place(r, 'bin/cut', cut)
    place(r, 'bin/ok', elves.clean)
    const res = await step(r, { paths: 'bin' })
    expect(res.exitCode).toBe(1)
    expect(res.outputs).toMatchObject({ verdict: 'fail', 'files-audited': '1' })
  })
})

describe('fail-on decides what counts', () => {
  // elves.wrappedOnly: getrandom@GLIBC_2.25, wrapped by the compat header; elves.late: __libc_start_main, not.
  test.each([
    ['wrapped only', 'violation', ['wrappedOnly'], 1, 'fail'],
    ['wrapped only', 'unwrapped', ['wrappedOnly'], 0, 'pass'],
    ['wrapped only', 'never', ['wrappedOnly'], 0, 'fail'],
    ['wrapped and unwrapped', 'unwrapped', ['wrappedOnly', 'late'], 1, 'fail'],
    ['clean', 'violation', ['clean'], 0, 'pass']
  ] as const)('%s, fail-on %s', async (_label, failOn, files, exit, verdict) => {
    const r = newRunner(tmp)
    for (const f of files) place(r, `lib/${f}.so`, elves[f])
    const res = await step(r, { paths: 'lib', 'fail-on': failOn })
    expect(res.exitCode).toBe(exit)
    expect(res.outputs.verdict).toBe(verdict)
    // Red marks only when the step fails, and then only for what counts (never for the wrapped library):
    // the verdict first, then the cause that fails the step.
    const red = titled(res).map(e => e.props.title)
    if (exit === 0) expect(red).toEqual([])
    else
      expect(red).toEqual([
        expect.stringMatching(/^glibc 2\.17 floor: fails on RHEL\/CentOS 7/),
        failOn === 'unwrapped'
          ? 'GLIBC_2.34: __libc_start_main in lib/late.so'
          : 'GLIBC_2.25: getrandom in lib/wrappedOnly.so'
      ])
  })

  test('fail-on unwrapped with a baseline: a new wrapped symbol is new but does not fail', async () => {
    const r = newRunner(tmp)
    place(r, 'lib/tool.so', elves.late)
    const first = await step(r, { paths: 'lib', 'fail-on': 'never', 'report-path': 'base.json' })
    expect(first.outputs.verdict).toBe('fail')
    place(r, 'lib/random.so', elves.wrappedOnly)
    writeFileSync(r.outputFile, '')
    const res = await step(r, { paths: 'lib', 'fail-on': 'unwrapped', baseline: 'base.json' })
    expect(res.exitCode).toBe(0)
    expect(res.outputs).toMatchObject({ verdict: 'pass', violations: '2', 'new-violations': '1' })
    expect(titled(res)).toEqual([])
  })
})

describe('a baseline tolerates exactly the (symbol, version) pairs it lists', () => {
  /** Runs a dry-run audit of `bin` and returns its JSON report as a baseline file in `r`'s workspace. */
  async function baselineOf(file: string): Promise<Record<string, unknown>> {
    const r = newRunner(tmp)
    place(r, 'bin/tool', file)
    const res = await step(r, { paths: 'bin', 'fail-on': 'never', 'report-path': 'base.json' })
    return JSON.parse(readFileSync(res.outputs.report, 'utf8'))
  }

  async function withBaseline(file: string, baseline: unknown): Promise<StepResult> {
    const r = newRunner(tmp)
    place(r, 'bin/tool', file)
    writeFileSync(join(r.workspace, 'base.json'), JSON.stringify(baseline))
    return step(r, { paths: 'bin', baseline: 'base.json' })
  }

  test('the same binary passes against its own report', async () => {
    const res = await withBaseline(elves.late, await baselineOf(elves.late))
    expect(res.exitCode).toBe(0)
    expect(res.outputs).toMatchObject({ verdict: 'pass', violations: '1', 'new-violations': '0' })
  })

  test('new symbols under a version the baseline already needed fail the step', async () => {
    const res = await withBaseline(threads, await baselineOf(elves.late))
    expect(res.exitCode).toBe(1)
    // __libc_start_main@GLIBC_2.34 is tolerated; pthread_create and pthread_join@GLIBC_2.34 are new.
    expect(res.outputs).toMatchObject({ verdict: 'fail', violations: '3', 'new-violations': '2' })
    const shown = titled(res)
    expect(shown).toHaveLength(2)
    expect(shown[0].props.title).toMatch(/^glibc 2\.17 floor: fails on/)
    expect(shown[1].props.title).toMatch(/^GLIBC_2\.34: pthread_(create|join)/)
    expect(shown[1].message).toMatch(/pthread_create/)
    expect(shown[1].message).not.toMatch(/__libc_start_main/)
  })

  test('a listed symbol needed at another version is new', async () => {
    const base = (await baselineOf(elves.late)) as { files: { violations?: { version: string }[] }[] }
    const listed = base.files.flatMap(f => f.violations ?? [])
    expect(listed).toHaveLength(1)
    listed[0].version = 'GLIBC_2.28'
    const res = await withBaseline(elves.late, base)
    expect(res.exitCode).toBe(1)
    expect(res.outputs).toMatchObject({ verdict: 'fail', 'new-violations': '1' })
  })
})

describe('a baseline file that is not a glibc-floor report is refused', () => {
  const tool = { name: 'glibc-floor', version: '1.0.0' }
  test.each([
    ['missing', null, /no such file/],
    ['a directory', 'dir', /cannot read \(EISDIR\)/],
    ['not JSON', '{"tool":', /not JSON/],
    ['JSON null', 'null', /not a glibc-floor JSON report/],
    ['an array', '[]', /not a glibc-floor JSON report/],
    ["another tool's report", { tool: { name: 'auditwheel' }, files: [] }, /not a glibc-floor JSON report/],
    ['files not a list', { tool, files: {} }, /not a glibc-floor JSON report/],
    ['a file entry that is null', { tool, files: [null] }, /not a glibc-floor JSON report/],
    [
      'a null entry after a good one',
      { tool, files: [{ path: 'a' }, null] },
      /not a glibc-floor JSON report/
    ],
    ['a file entry that is a number', { tool, files: [7] }, /not a glibc-floor JSON report/],
    [
      'violations not a list',
      { tool, files: [{ path: 'a', violations: {} }] },
      /not a glibc-floor JSON report/
    ]
  ])('%s', async (_label, content, message) => {
    const r = newRunner(tmp)
    place(r, 'bin/tool', elves.late)
    const file = join(r.workspace, 'base.json')
    if (content === 'dir') mkdirSync(file)
    else if (content !== null)
      writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content))
    const res = await step(r, { paths: 'bin', baseline: 'base.json' })
    expect(res.exitCode).toBe(1)
    expect(res.outputs).toEqual({})
    expect(errors(res).map(e => e.message)).toEqual([expect.stringMatching(/^baseline base\.json/)])
    expect(errors(res)[0].message).toMatch(message)
  })

  test('a report with files but no late symbols is a valid, empty baseline', async () => {
    const r = newRunner(tmp)
    place(r, 'bin/tool', elves.late)
    writeFileSync(join(r.workspace, 'base.json'), JSON.stringify({ tool, files: [{ path: 'x' }] }))
    const res = await step(r, { paths: 'bin', baseline: 'base.json' })
    expect(res.exitCode).toBe(1)
    expect(res.outputs).toMatchObject({ verdict: 'fail', 'new-violations': '1' })
  })
})

describe('annotations at GitHub limit of 10 per type', () => {
  /**
   * n unreadable files (one error note each) beside one late binary (the verdict and one cause). A failing
   * step adds its own core.setFailed line, which is an error annotation too: 7 files fill exactly 10.
   */
  async function unreadable(n: number, inputs: Record<string, string> = {}): Promise<StepResult> {
    const r = newRunner(tmp)
    for (let i = 0; i < n; i++) place(r, `bin/cut${String(i).padStart(2, '0')}`, cut)
    place(r, 'bin/late', elves.late)
    return step(r, { paths: 'bin', ...inputs })
  }
  const verdictTitle = /^glibc 2\.17 floor: fails on RHEL\/CentOS 7/

  test('10 errors (verdict, 7 unreadable files, the cause, the failure line): all shown, nothing folded', async () => {
    const res = await unreadable(7)
    expect(res.exitCode).toBe(1)
    expect(errors(res)).toHaveLength(10)
    const shown = titled(res)
    expect(shown).toHaveLength(9)
    expect(shown[0].props.title).toMatch(verdictTitle)
    expect(shown.filter(e => /^Unreadable: bin\/cut0\d$/.test(e.props.title!))).toHaveLength(7)
    expect(shown[8].props.title).toBe('GLIBC_2.34: __libc_start_main in bin/late')
    expect(shown.some(e => /more errors/.test(e.props.title!))).toBe(false)
    // The failure line is last and survives.
    expect(errors(res).at(-1)!.props.title).toBeUndefined()
    expect(errors(res).at(-1)!.message).toMatch(
      /^glibc 2\.17 floor: .*8 unreadable file|^glibc 2\.17 floor: /
    )
  })

  test('11 would-be errors: the verdict, 7 more, "2 more errors" and the failure line — still 10', async () => {
    const res = await unreadable(8)
    expect(res.exitCode).toBe(1)
    expect(errors(res)).toHaveLength(10)
    const shown = titled(res)
    expect(shown).toHaveLength(9)
    expect(shown[0].props.title).toMatch(verdictTitle)
    expect(shown.slice(1, 8).every(e => /^Unreadable: bin\/cut0\d$/.test(e.props.title!))).toBe(true)
    expect(shown[8].props.title).toBe('2 more errors')
    expect(shown[8].message).toMatch(/^2 more findings\b/)
    expect(shown[8].props.file).toBeUndefined()
    expect(errors(res).at(-1)!.message).toMatch(/^glibc 2\.17 floor: .*8 unreadable file\(s\)/)
  })

  test('in a dry run the budget applies to warnings (no failure line: 10 findings fit), and no error is shown', async () => {
    const fits = await unreadable(8, { 'fail-on': 'never' })
    expect(fits.exitCode).toBe(0)
    expect(errors(fits)).toEqual([])
    expect(warnings(fits)).toHaveLength(10)
    expect(warnings(fits).some(w => /more warnings/.test(w.props.title ?? ''))).toBe(false)
    const folds = await unreadable(9, { 'fail-on': 'never' })
    expect(errors(folds)).toEqual([])
    expect(warnings(folds)).toHaveLength(10)
    expect(warnings(folds)[0].props.title).toMatch(/^glibc 2\.17 floor: fails on/)
    expect(warnings(folds)[9].props.title).toBe('2 more warnings')
  })
})

describe('build mode, end to end: recording docker, real audit of what it exported', () => {
  const inputs = {
    mode: 'build',
    'build-args': 'BUILD_COMMAND=make',
    platforms: 'linux/amd64',
    'output-dir': 'out',
    'cache-from': 'type=gha,scope=glibc-floor-test',
    'cache-to': 'type=gha,mode=max,scope=glibc-floor-test'
  }

  async function build(elf: string) {
    const stubs = stubDir()
    stubs.add('docker', BUILDER)
    const r = newRunner(tmp)
    const res = await step(r, inputs, {}, { PATH: stubs.path, STUB_ELF: elf })
    return { r, res, calls: stubs.calls('docker') }
  }

  test('a clean export passes; the docker command carries every input', async () => {
    const { r, res, calls } = await build(elves.clean)
    expect(errors(res)).toEqual([])
    expect(res.exitCode).toBe(0)
    const out = join(r.workspace, 'out')
    expect(res.outputs).toMatchObject({ verdict: 'pass', 'files-audited': '1', 'output-dir': out })
    expect(res.outputs.binaries.split('\n')).toEqual([expect.stringMatching(/bin\/hello$/)])

    // The builder is checked (driver, platforms) before the build.
    expect(calls.map(c => c.args.slice(0, 2))).toEqual([
      ['buildx', 'version'],
      ['buildx', 'inspect'],
      ['buildx', 'build']
    ])
    const args = calls[2].args
    const after = (flag: string) => args.filter((_, i) => args[i - 1] === flag)
    expect(after('--cache-from')).toEqual(['type=gha,scope=glibc-floor-test'])
    expect(after('--cache-to')).toEqual(['type=gha,mode=max,scope=glibc-floor-test'])
    expect(after('--platform')).toEqual(['linux/amd64'])
    expect(after('--build-arg')).toEqual(['BUILD_COMMAND=make'])
    expect(after('--output')).toEqual([`type=local,dest=${out}`])

    // The JSON report is the real audit of the exported file.
    const report = JSON.parse(readFileSync(res.outputs.report, 'utf8'))
    expect(report.files).toHaveLength(1)
    expect(report.files[0]).toMatchObject({ status: 'audited', loadsOnFloor: true })
    expect(report.files[0].path).toMatch(/bin\/hello$/)

    // The summary opens with the build table, then the audit.
    expect(res.summary.startsWith('### glibc-floor build\n')).toBe(true)
    expect(res.summary).toContain('| linux/amd64 | hello |')
  })

  test('a late export fails the step, naming the file and the version', async () => {
    const { res } = await build(elves.late)
    expect(res.exitCode).toBe(1)
    expect(res.outputs).toMatchObject({ verdict: 'fail', 'files-audited': '1', 'max-glibc': '2.34' })
    const shown = titled(res)
    expect(shown).toHaveLength(2)
    expect(shown[0].props.title).toMatch(/^glibc 2\.17 floor: fails on/)
    expect(shown[1].props.title).toBe('GLIBC_2.34: __libc_start_main in out/bin/hello')
  })
})

describe('failureMessage: the one line a failed step shows', () => {
  const TOKEN = 'ghs_AbCdEf0123456789abcdefABCDEF012345'

  test.each([
    [
      'an ActionError',
      new ActionError('BAD_INPUT', `fail-on: ${TOKEN} is not one of violation, unwrapped, never`)
    ],
    ['a SourceError', new SourceError('NOT_FOUND', `release ${TOKEN} of acme/tool: HTTP 404`)],
    ['an AuditError', new AuditError('missing-path', `paths: ${TOKEN}/bin does not exist`)],
    ['a RunnerError', new RunnerError(`docker build failed for ${TOKEN}`, 'check the Dockerfile')]
  ])('%s is shown as it is, with the token redacted', (_, e) => {
    const shown = failureMessage(e, [TOKEN])
    expect(shown).toBe(e.message.split(TOKEN).join('***'))
    expect(shown).not.toContain(TOKEN)
    expect(shown).not.toMatch(/^unexpected error/)
  })

  test('anything else is an unexpected error, also redacted', () => {
    expect(failureMessage(new TypeError(`bad ${TOKEN}`), [TOKEN])).toBe('unexpected error: bad ***')
    expect(failureMessage(`thrown ${TOKEN}`, [TOKEN])).toBe('unexpected error: thrown ***')
    expect(failureMessage(42)).toBe('unexpected error: 42')
  })

  test('an empty token (none given) redacts nothing', () => {
    expect(failureMessage(new ActionError('BAD_INPUT', 'paths: x'), [''])).toBe('paths: x')
  })
})

describe('what a step says besides the verdict', () => {
  const title = (c: { props: Record<string, string> }) => c.props.title

  type Release = Parameters<FakeGitHub['setRepo']>[1][number]
  /** acme/tool on a fake API: `v1` (2024-01-01) holding `assets`, after the `earlier` releases. */
  async function releaseOf(assets: Release['assets'], earlier: Release[] = []): Promise<FakeGitHub> {
    const gh = await FakeGitHub.start()
    servers.push(gh)
    gh.setRepo('acme/tool', [...earlier, { tag: 'v1', date: '2024-01-01T00:00:00Z', assets }])
    return gh
  }

  test('a workspace with no ELF file: a warning titled "nothing to audit", outputs skipped', async () => {
    const r = newRunner(tmp)
    writeFileSync(join(r.workspace, 'README'), 'no binaries here\n')
    const res = await step(r, {})
    expect(res.exitCode).toBe(0)
    expect(warnings(res).map(title)).toEqual(['glibc-floor: nothing to audit'])
    expect(res.outputs.verdict).toBe('skipped')
  })

  test('a release whose assets hold no ELF file: a notice titled "nothing to audit"', async () => {
    const gh = await releaseOf([{ name: 'tool-linux', content: Buffer.from('#!/bin/sh\n') }])
    const res = await step(newRunner(tmp), { token: gh.token!, release: 'latest' }, { apiUrl: gh.apiUrl })
    expect(res.exitCode).toBe(0)
    expect(notices(res).map(title)).toEqual(['glibc-floor: nothing to audit'])
    expect(warnings(res)).toEqual([])
    expect(res.outputs.verdict).toBe('skipped')
  })

  test('without a token nothing is masked (an empty mask would be a stray workflow command)', async () => {
    const r = newRunner(tmp)
    place(r, 'bin/tool', elves.clean)
    const res = await step(r, { token: '', paths: 'bin' })
    expect(res.outputs.verdict).toBe('pass')
    expect(res.stdout).not.toContain('::add-mask::')
  })

  test('a release with nothing to audit beside paths: noticed, and the paths are still audited', async () => {
    const gh = await releaseOf([{ name: 'tool-windows.exe', content: Buffer.from('MZ') }])
    const r = newRunner(tmp)
    place(r, 'bin/tool', elves.clean)
    const res = await step(r, { token: gh.token!, release: 'latest', paths: 'bin' }, { apiUrl: gh.apiUrl })
    expect(res.exitCode).toBe(0)
    expect(notices(res).map(title)).toContain('glibc-floor: release skipped')
    expect(res.outputs).toMatchObject({ verdict: 'pass', 'files-audited': '1' })
  })

  test('release files are named by asset, workspace files by their workspace path', async () => {
    const asset = { name: 'tool-linux', content: readFileSync(elves.late) }
    const gh = await releaseOf([asset, checksumsTxt([asset])])
    const r = newRunner(tmp)
    place(r, 'bin/tool', elves.clean)
    const res = await step(r, { token: gh.token!, release: 'latest', paths: 'bin' }, { apiUrl: gh.apiUrl })
    const report = JSON.parse(readFileSync(res.outputs.report, 'utf8')) as { files: { path: string }[] }
    expect(report.files.map(f => f.path).sort()).toEqual(['bin/tool', 'tool-linux'])
    expect(res.stdout).toContain(
      'verdict: fail — 2 file(s) audited, 1 late reference(s), 1 not wrapped, highest GLIBC 2.34;'
    )
  })

  test.each([
    ['no earlier release', [], 'glibc-floor: no baseline release'],
    [
      'an earlier release with nothing to audit',
      [
        {
          tag: 'v0',
          date: '2023-01-01T00:00:00Z',
          assets: [{ name: 'tool-windows.exe', content: Buffer.from('MZ') }]
        }
      ],
      'glibc-floor: empty baseline'
    ]
  ])(
    'baseline previous-release with %s: noticed, and every late symbol counts',
    async (_, earlier, expected) => {
      const gh = await releaseOf([{ name: 'tool-linux', content: readFileSync(elves.late) }], earlier)
      const r = newRunner(tmp)
      const res = await step(
        r,
        { token: gh.token!, release: 'latest', baseline: 'previous-release' },
        { apiUrl: gh.apiUrl }
      )
      expect(notices(res).map(title)).toContain(expected)
      expect(res.outputs).toMatchObject({ verdict: 'fail', 'new-violations': '1' })
    }
  )

  test('sarif-path writes a SARIF log into a new directory; fallback-report adds the fallback to the JSON', async () => {
    const r = newRunner(tmp)
    place(r, 'lib/librandom.so', elves.wrappedOnly)
    const res = await step(r, {
      paths: 'lib',
      'sarif-path': 'out/sarif/glibc.sarif',
      'fallback-report': 'true'
    })
    const sarif = JSON.parse(readFileSync(join(r.workspace, 'out/sarif/glibc.sarif'), 'utf8')) as {
      version: string
    }
    expect(sarif.version).toBe('2.1.0')
    expect(res.outputs['sarif-path']).toBe(join(r.workspace, 'out/sarif/glibc.sarif'))
    const json = JSON.parse(readFileSync(res.outputs.report, 'utf8')) as { fallback?: { total: number } }
    expect(json.fallback?.total).toBe(1)
  })
})
