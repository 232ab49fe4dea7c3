// The action end to end, in-process: run() from src with the runner's environment (INPUT_* variables with
// action.yml defaults, real GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), real ELF files compiled here, real
// HTTP to the fake GitHub. Every case asserts on the outputs file, the summary file and the exit code.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { gzipSync } from 'node:zlib'
import { DEFAULT_ASSET_PATTERN } from '../src/sources/index.js'
import { actionYml, newRunner } from './helpers/action-runner.js'
import { errors, notices, place, step, tokenLeaked, warnings } from './helpers/action-step.js'
import { checksumsTxt, FakeGitHub, type FakeAsset } from './helpers/fake-github.js'
import { repoRoot } from './helpers/fixtures.js'
import { buildElves, realArchives, tarArchive, type BuiltElves } from './helpers/release-assets.js'

let tmp: string
let elves: BuiltElves
let archives: Record<string, Buffer>
const servers: FakeGitHub[] = []

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'action-'))
  elves = buildElves(join(tmp, 'elves'))
  const tree = join(tmp, 'tree')
  mkdirSync(join(tree, 'bin'), { recursive: true })
  copyFileSync(elves.late, join(tree, 'bin', 'tool'))
  copyFileSync(elves.clean, join(tree, 'bin', 'tool-helper'))
  archives = realArchives(tree, join(tmp, 'archives'), 'tool-linux-x64')
})

afterEach(async () => {
  await Promise.all(servers.splice(0).map(s => s.close()))
})

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

async function server(): Promise<FakeGitHub> {
  const gh = await FakeGitHub.start()
  servers.push(gh)
  return gh
}

describe('action.yml', () => {
  test('runs on node24 from dist/index.js, with branding', () => {
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(actionYml.branding?.icon).toBeTruthy()
    expect(actionYml.branding?.color).toBeTruthy()
  })

  test('every input has a description and a default; every output a description', () => {
    for (const [name, spec] of Object.entries(actionYml.inputs)) {
      expect([name, typeof spec.description, spec.description!.length > 20]).toEqual([name, 'string', true])
      expect([name, typeof spec.default]).toEqual([name, 'string'])
    }
    for (const [name, spec] of Object.entries(actionYml.outputs))
      expect([name, typeof spec.description]).toEqual([name, 'string'])
    expect(Object.keys(actionYml.inputs)).toEqual(
      expect.arrayContaining([
        'asset-pattern',
        'baseline',
        'compat-header',
        'fail-on',
        'fallback-report',
        'floor',
        'mode',
        'overrides',
        'paths',
        'release',
        'report-path',
        'repository',
        'token'
      ])
    )
    expect(Object.keys(actionYml.outputs)).toEqual(
      expect.arrayContaining([
        'verdict',
        'max-glibc',
        'violations',
        'unwrapped',
        'files-audited',
        'report',
        'distros'
      ])
    )
  })

  test('the documented asset-pattern default is the one the code applies', () => {
    expect(actionYml.inputs['asset-pattern'].default!.trim()).toBe(DEFAULT_ASSET_PATTERN)
  })
})

describe('paths input', () => {
  test('fail-on violation: late binary fails with outputs, report, summary and grouped annotations', async () => {
    const r = newRunner(tmp)
    place(r, 'build/bin/tool', elves.late)
    place(r, 'build/lib/librandom.so', elves.wrappedOnly)
    place(r, 'build/bin/helper', elves.clean)
    writeFileSync(join(r.workspace, 'build', 'README'), 'text')
    const res = await step(r, { paths: 'build/bin\nbuild/lib/*.so', 'report-path': 'out/glibc.json' })

    expect(res.exitCode).toBe(1)
    expect(res.outputs).toMatchObject({
      verdict: 'fail',
      'max-glibc': '2.34',
      'files-audited': '3',
      violations: '2',
      'new-violations': '2',
      unwrapped: '1',
      report: join(r.workspace, 'out', 'glibc.json'),
      release: ''
    })
    const distros = res.outputs.distros.split(',')
    expect(distros).toContain('rhel9')
    expect(distros).not.toContain('rhel7')

    const report = JSON.parse(readFileSync(res.outputs.report, 'utf8'))
    expect(report.tool.name).toBe('glibc-floor')
    expect(report.files.map((f: { path: string }) => f.path).sort()).toEqual([
      'build/bin/helper',
      'build/bin/tool',
      'build/lib/librandom.so'
    ])
    const getrandom = report.files.find((f: { path: string }) => f.path === 'build/lib/librandom.so')
      .violations[0]
    expect(getrandom).toMatchObject({ symbol: 'getrandom', version: 'GLIBC_2.25', wrapped: true })

    expect(res.summary).toMatch(/❌ \*\*FAIL\*\*/)
    expect(res.summary).toMatch(
      /❌ \*\*FAIL\*\* — fails on RHEL\/CentOS 7, 8, .* · loads on .*RHEL 9\+.* — needs `GLIBC_2\.34`/
    )
    expect(res.summary).toMatch(
      /\| `GLIBC_2\.34` \| `__libc_start_main` \| rebuild\u00a0on\u00a0floor\u00a0image \| `tool` \|/
    )
    expect(res.summary).toMatch(
      /\| `GLIBC_2\.25` \| `getrandom` \| ✓\u00a0compat\u00a0wrap \| `librandom\.so` \|/
    )
    expect(res.summary).toContain('<summary>Distro matrix</summary>')
    expect(res.summary).toContain('<summary>Files (3)</summary>')
    expect(res.summary).toContain('Paths: `build/bin`, `build/lib/*.so`')

    const errs = errors(res)
    const failure = errs.find(e => !e.props.title)!
    expect(failure.message).toMatch(
      /glibc 2\.17 floor: 2 late symbol reference\(s\) \(1 not wrapped\).*highest GLIBC required 2\.34/
    )
    const annotations = errs.filter(e => e.props.title)
    expect(annotations.map(a => a.props.title)[0]).toMatch(/^glibc 2\.17 floor: fails on RHEL\/CentOS 7, 8/)
    const withFile = annotations.filter(a => a.props.file)
    expect(withFile.map(a => a.props.file).sort()).toEqual(['build/bin/tool', 'build/lib/librandom.so'])
    expect(withFile.find(a => a.props.file === 'build/bin/tool')!.props.title).toBe(
      'GLIBC_2.34: __libc_start_main in build/bin/tool'
    )
    // One collapsible group per file in the log.
    expect(res.commands.filter(c => c.command === 'group').map(c => c.message)).toEqual(
      expect.arrayContaining(['✗ build/bin/tool', '✓ build/bin/helper', '✗ build/lib/librandom.so'])
    )
  })

  test('fail-on unwrapped: a wrapped-only library passes, explained in the summary', async () => {
    const r = newRunner(tmp)
    place(r, 'lib/librandom.so', elves.wrappedOnly)
    const res = await step(r, { paths: 'lib', 'fail-on': 'unwrapped' })
    expect(res.exitCode).toBe(0)
    expect(res.outputs).toMatchObject({
      verdict: 'pass',
      violations: '1',
      unwrapped: '0',
      'files-audited': '1'
    })
    expect(res.summary).toMatch(
      /✅ \*\*Step passes\*\* \(fail-on: unwrapped\): 1 reference covered by __wrap_ functions — as built, the binaries still need those versions/
    )
    expect(errors(res)).toEqual([])
    // The library as built still does not load on 2.17: a warning, not a quiet notice.
    expect(warnings(res).map(n => n.props.title)).toContain('1 late symbol reference(s) tolerated')
  })

  test('fail-on unwrapped: an unwrapped symbol still fails', async () => {
    const r = newRunner(tmp)
    place(r, 'lib/librandom.so', elves.wrappedOnly)
    place(r, 'bin/tool', elves.late)
    const res = await step(r, { paths: 'lib\nbin', 'fail-on': 'unwrapped' })
    expect(res.exitCode).toBe(1)
    expect(res.outputs.verdict).toBe('fail')
    // Only the unwrapped symbol is an error annotation.
    expect(
      errors(res)
        .filter(e => e.props.file)
        .map(e => e.props.file)
    ).toEqual(['bin/tool'])
    expect(res.summary).toMatch(/❌ \*\*Step fails\*\*: 1 late symbol reference not covered by a __wrap_/)
  })

  test('fail-on never: dry run reports fail but the step stays green, without red annotations', async () => {
    const r = newRunner(tmp)
    place(r, 'bin/tool', elves.late)
    const res = await step(r, { paths: 'bin/tool', 'fail-on': 'never' })
    expect(res.exitCode).toBe(0)
    expect(res.outputs.verdict).toBe('fail')
    expect(errors(res)).toEqual([])
    expect(
      warnings(res).some(w => /^GLIBC_2\.34: __libc_start_main in bin\/tool/.test(w.props.title ?? ''))
    ).toBe(true)
    expect(warnings(res).some(w => /^glibc 2\.17 floor: fails on/.test(w.props.title ?? ''))).toBe(true)
    expect(res.summary).toMatch(/⚠️ \*\*Dry run\*\* \(fail-on: never\): the step would fail/)
  })

  test.each([
    [{ paths: 'bin', floor: '2.99' }, /❌ \*\*Not audited\*\*: floor "2\.99"\\: no such glibc release/],
    [{ paths: 'bin', floor: '2.17.1' }, /❌ \*\*Not audited\*\*: floor "2\.17\.1" has a patch level/],
    [{ paths: 'bin', overrides: 'FOO=1' }, /❌ \*\*Not audited\*\*: override "FOO=1"/],
    [
      { paths: 'docs' },
      /❌ \*\*Not audited\*\*: paths\\: 0 file\(s\) looked at, none a dynamically linked ELF/
    ]
  ])('failing before the audit still writes the summary: %j', async (inputs, summary) => {
    const r = newRunner(tmp)
    place(r, 'bin/tool', elves.clean)
    writeFileSync(join(r.workspace, 'README.md'), 'not a binary\n')
    mkdirSync(join(r.workspace, 'docs'), { recursive: true })
    writeFileSync(join(r.workspace, 'docs', 'index.md'), 'not a binary\n')
    const res = await step(r, inputs)
    expect(res.exitCode).toBe(1)
    expect(res.summary).toMatch(summary)
    expect(res.summary).toContain('Nothing was checked against the floor')
  })

  test('a clean binary passes with a notice', async () => {
    const r = newRunner(tmp)
    place(r, 'dist/tool', elves.clean)
    const res = await step(r, { paths: 'dist/tool' })
    expect(res.exitCode).toBe(0)
    expect(res.outputs).toMatchObject({ verdict: 'pass', violations: '0', 'files-audited': '1' })
    expect(res.outputs.distros.split(',')).toContain('rhel7')
    expect(res.summary).toMatch(/✅ \*\*PASS\*\*/)
    expect(notices(res).map(n => n.props.title)).toContain('glibc 2.17 floor holds')
  })

  test('many failing files: at most 10 error annotations', async () => {
    const r = newRunner(tmp)
    for (let i = 0; i < 14; i++) place(r, `bin/tool${i}`, elves.late)
    const res = await step(r, { paths: 'bin' })
    expect(res.exitCode).toBe(1)
    expect(res.outputs['files-audited']).toBe('14')
    const titled = errors(res).filter(e => e.props.title)
    expect(titled.length).toBeLessThanOrEqual(10)
    // Grouped by version across files, the verdict first.
    expect(titled.map(e => e.props.title)).toEqual([
      expect.stringMatching(/^glibc 2\.17 floor: fails on RHEL\/CentOS 7/),
      'GLIBC_2.34: __libc_start_main in 14 files'
    ])
  })

  test('many failing and unreadable files in a dry run: at most 10 warning annotations, no errors', async () => {
    const r = newRunner(tmp)
    for (let i = 0; i < 14; i++) place(r, `bin/tool${i}`, elves.late)
    // Unreadable ELF files are warnings of their own: together with the demoted errors they must still fold.
    for (let i = 0; i < 12; i++)
      writeFileSync(join(r.workspace, `bin/cut${i}`), readFileSync(elves.late).subarray(0, 1000 + i))
    const res = await step(r, { paths: 'bin', 'fail-on': 'never' })
    expect(res.exitCode).toBe(0)
    expect(errors(res)).toEqual([])
    expect(warnings(res)).toHaveLength(10)
    expect(warnings(res)[0].props.title).toMatch(/^glibc 2\.17 floor: fails on/)
    expect(warnings(res).at(-1)?.props.title).toMatch(/^\d+ more warnings$/)
  })

  test('the job summary stays under 1 MiB with an explicit "more not shown" line', async () => {
    const r = newRunner(tmp)
    // An earlier step of the same job already used most of the step summary budget.
    const earlier = 1024 * 1024 - 6000
    writeFileSync(r.summaryFile, 'x'.repeat(earlier))
    for (let i = 0; i < 40; i++)
      place(r, `bin/a-rather-long-directory-name-for-the-file-table/tool-${i}`, elves.late)
    const res = await step(r, { paths: 'bin' })
    expect(statSync(r.summaryFile).size).toBeLessThanOrEqual(1024 * 1024)
    const ours = res.summary.slice(earlier)
    expect(ours).toMatch(/❌ \*\*FAIL\*\*/)
    expect(ours).toMatch(/_\d+ more (files|sections|lines?) not shown: the job summary is full/)
  })

  test('paths that hold no ELF file fail clearly', async () => {
    const r = newRunner(tmp)
    mkdirSync(join(r.workspace, 'docs'))
    writeFileSync(join(r.workspace, 'docs', 'a.md'), '# hi')
    const res = await step(r, { paths: 'docs' })
    expect(res.exitCode).toBe(1)
    expect(errors(res)[0].message).toMatch(/^paths: .*none a dynamically linked ELF file to audit/)
  })

  test('a missing path fails clearly', async () => {
    const r = newRunner(tmp)
    const res = await step(r, { paths: 'build/nope' })
    expect(res.exitCode).toBe(1)
    expect(errors(res)[0].message).toBe('no such file or directory: build/nope')
  })
})

describe('default: scan the workspace', () => {
  test('finds ELF files anywhere but in .git and node_modules', async () => {
    const r = newRunner(tmp)
    place(r, 'out/deep/tool', elves.clean)
    place(r, 'node_modules/pkg/prebuilt.node', elves.late)
    place(r, '.git/objects/evil', elves.late)
    const res = await step(r, {})
    expect(res.exitCode).toBe(0)
    expect(res.outputs).toMatchObject({ verdict: 'pass', 'files-audited': '1' })
    expect(res.summary).toContain('the whole workspace')
  })

  test('a workspace without ELF files is skipped with a warning', async () => {
    const r = newRunner(tmp)
    writeFileSync(join(r.workspace, 'main.c'), 'int main(){}')
    const res = await step(r, {})
    expect(res.exitCode).toBe(0)
    expect(res.outputs).toMatchObject({ verdict: 'skipped', 'files-audited': '0', report: '' })
    expect(warnings(res)[0].message).toMatch(/did the build run before this step/)
    expect(res.summary).toMatch(/⚪ \*\*SKIPPED\*\*/)
  })
})

describe('release input', () => {
  test('latest: archives and raw binaries are downloaded, verified, unpacked and audited', async () => {
    const gh = await server()
    const assets: FakeAsset[] = [
      { name: 'tool-linux-x64.tar.gz', content: archives['tool-linux-x64.tar.gz'] },
      { name: 'tool-linux-x64.zip', content: archives['tool-linux-x64.zip'] },
      { name: 'helper-linux-amd64', content: readFileSync(elves.clean) }
    ]
    gh.setRepo('acme/tool', [
      { tag: 'v1.0.0', date: '2024-01-01T00:00:00Z', assets: [] },
      {
        tag: 'v1.1.0',
        date: '2024-02-01T00:00:00Z',
        assets: [
          ...assets,
          { name: 'tool-linux-musl.tar.gz', content: Buffer.from('musl') },
          checksumsTxt(assets)
        ]
      }
    ])
    const r = newRunner(tmp)
    const res = await step(r, { release: 'latest' }, { apiUrl: gh.apiUrl, token: gh.token })
    expect(res.exitCode).toBe(1)
    expect(res.outputs).toMatchObject({
      verdict: 'fail',
      release: 'v1.1.0',
      'files-audited': '5',
      'max-glibc': '2.34'
    })
    const report = JSON.parse(readFileSync(res.outputs.report, 'utf8'))
    expect(report.files.map((f: { path: string }) => f.path).sort()).toEqual([
      'helper-linux-amd64',
      'tool-linux-x64.tar.gz/bin/tool',
      'tool-linux-x64.tar.gz/bin/tool-helper',
      'tool-linux-x64.zip/bin/tool',
      'tool-linux-x64.zip/bin/tool-helper'
    ])
    expect(res.summary).toMatch(
      /Release \[v1\.1\.0\]\(.*\) of acme\/tool: 3 asset\(s\) \(all verified against published checksums\)/
    )
    // Release files are not in the repository: no file= on their annotations.
    const titled = errors(res).filter(e => e.props.title)
    expect(titled.length).toBeGreaterThan(0)
    expect(titled.every(e => e.props.file === undefined)).toBe(true)
    expect(res.stdout).toMatch(/downloading tool-linux-x64\.tar\.gz: .* \(100%\)/)
    expect(res.stdout).toContain('not audited: tool-linux-musl.tar.gz (does not match asset-pattern)')
    expect(gh.authLeaks).toEqual([])
    expect(tokenLeaked(res, gh.token!)).toBe(false)
    expect(res.stdout).toContain(`::add-mask::${gh.token}`)
  })

  test('a repository without releases ends green with a notice and verdict skipped', async () => {
    const gh = await server()
    gh.setRepo('acme/tool', [])
    const r = newRunner(tmp)
    const res = await step(r, { release: 'latest' }, { apiUrl: gh.apiUrl, token: gh.token })
    expect(res.exitCode).toBe(0)
    expect(res.outputs).toMatchObject({
      verdict: 'skipped',
      'files-audited': '0',
      violations: '0',
      report: ''
    })
    expect(notices(res)[0].message).toBe(
      'acme/tool has no published release yet (drafts and prereleases do not count as latest)'
    )
    expect(res.summary).toContain('⚪ **SKIPPED**: acme/tool has no published release yet')
  })

  test('no asset matching the pattern is skipped too', async () => {
    const gh = await server()
    gh.setRepo('acme/tool', [
      {
        tag: 'v2',
        date: '2024-01-01T00:00:00Z',
        assets: [{ name: 'tool-windows.zip', content: Buffer.from('x') }]
      }
    ])
    const r = newRunner(tmp)
    const res = await step(
      r,
      { release: 'v2', repository: 'acme/tool' },
      { apiUrl: gh.apiUrl, token: gh.token }
    )
    expect(res.exitCode).toBe(0)
    expect(res.outputs.verdict).toBe('skipped')
    expect(notices(res)[0].message).toMatch(
      /release v2 of acme\/tool has no asset matching asset-pattern \(assets: tool-windows\.zip\)/
    )
  })

  test('rate limiting and a 500 are retried; asset-pattern selects', async () => {
    const gh = await server()
    gh.setRepo('acme/tool', [
      {
        tag: 'v3',
        date: '2024-01-01T00:00:00Z',
        assets: [{ name: 'helper', content: readFileSync(elves.clean) }]
      }
    ])
    gh.fail(
      'latest',
      { status: 429, headers: { 'retry-after': '0' } },
      { status: 500, headers: { 'retry-after': '0' } }
    )
    gh.fail('storage:helper', { status: 503, headers: { 'retry-after': '0' } })
    const r = newRunner(tmp)
    const res = await step(
      r,
      { release: 'latest', 'asset-pattern': 'helper' },
      { apiUrl: gh.apiUrl, token: gh.token }
    )
    expect(res.exitCode).toBe(0)
    expect(res.outputs).toMatchObject({ verdict: 'pass', 'files-audited': '1' })
    expect(res.stdout).toMatch(/rate limited \(HTTP 429\); retrying in 0\.0 s/)
    expect(res.stdout).toMatch(/server error HTTP 503; retrying/)
    expect(gh.pendingFaults()).toBe(0)
  })

  test('a checksum mismatch fails the step naming the asset', async () => {
    const gh = await server()
    const asset = { name: 'tool-linux', content: readFileSync(elves.clean) }
    gh.setRepo('acme/tool', [
      { tag: 'v4', date: '2024-01-01T00:00:00Z', assets: [asset, checksumsTxt([asset], 'tool-linux')] }
    ])
    const r = newRunner(tmp)
    const res = await step(r, { release: 'latest' }, { apiUrl: gh.apiUrl, token: gh.token })
    expect(res.exitCode).toBe(1)
    expect(res.outputs).toEqual({})
    expect(errors(res)[0].message).toMatch(
      /^asset tool-linux: sha256 is [0-9a-f]+ but checksums\.txt lists [0-9a-f]+$/
    )
  })

  test('a hostile archive fails the step naming the entry', async () => {
    const gh = await server()
    const evil = gzipSync(tarArchive([{ name: 'bin', type: '2', linkname: '/usr/bin' }]))
    gh.setRepo('acme/tool', [
      { tag: 'v5', date: '2024-01-01T00:00:00Z', assets: [{ name: 'tool-linux.tgz', content: evil }] }
    ])
    const r = newRunner(tmp)
    const res = await step(r, { release: 'latest' }, { apiUrl: gh.apiUrl, token: gh.token })
    expect(res.exitCode).toBe(1)
    expect(errors(res)[0].message).toBe(
      'tool-linux.tgz: refused entry "bin": symlink to absolute path /usr/bin'
    )
  })

  test('a rejected token is a clear error and is never printed', async () => {
    const gh = await server()
    gh.setRepo('acme/tool', [])
    const r = newRunner(tmp)
    const res = await step(
      r,
      { release: 'latest', token: 'ghp_revoked_but_secret_1234' },
      { apiUrl: gh.apiUrl }
    )
    expect(res.exitCode).toBe(1)
    expect(errors(res)[0].message).toMatch(/^latest release of acme\/tool: HTTP 401, the token was rejected/)
    expect(tokenLeaked(res, 'ghp_revoked_but_secret_1234')).toBe(false)
  })
})

describe('baseline', () => {
  async function twoReleases(newAssets: FakeAsset[]): Promise<FakeGitHub> {
    const gh = await server()
    gh.setRepo('acme/tool', [
      {
        tag: 'v0.9.0',
        date: '2023-12-01T00:00:00Z',
        assets: [{ name: 'tool-linux', content: Buffer.from('ancient, not ELF') }]
      },
      {
        tag: 'v1.0.0',
        date: '2024-01-01T00:00:00Z',
        assets: [{ name: 'tool-linux', content: readFileSync(elves.late) }]
      },
      { tag: 'v1.1.0-rc1', date: '2024-01-15T00:00:00Z', prerelease: true, assets: [] },
      { tag: 'v1.1.0', date: '2024-02-01T00:00:00Z', assets: newAssets }
    ])
    return gh
  }

  test('previous-release: late symbols already released do not fail', async () => {
    const gh = await twoReleases([{ name: 'tool-linux', content: readFileSync(elves.late) }])
    const r = newRunner(tmp)
    const res = await step(
      r,
      { release: 'v1.1.0', baseline: 'previous-release' },
      { apiUrl: gh.apiUrl, token: gh.token }
    )
    expect(res.exitCode).toBe(0)
    expect(res.outputs).toMatchObject({
      verdict: 'pass',
      violations: '1',
      'new-violations': '0',
      release: 'v1.1.0'
    })
    expect(res.summary).toContain('Baseline: release v1.0.0 (1 late symbol(s) there; 0 reference(s) new now)')
    expect(res.summary).toMatch(
      /✅ \*\*Step passes\*\* \(fail-on: violation, with baseline\): 1 reference already in the baseline \(release v1\.0\.0\)/
    )
  })

  test('previous-release: a new late symbol fails, and only it is an error', async () => {
    const gh = await twoReleases([
      { name: 'tool-linux', content: readFileSync(elves.late) },
      { name: 'librandom-linux.so', content: readFileSync(elves.wrappedOnly) }
    ])
    const r = newRunner(tmp)
    const res = await step(
      r,
      { release: 'latest', baseline: 'previous-release' },
      { apiUrl: gh.apiUrl, token: gh.token }
    )
    expect(res.exitCode).toBe(1)
    expect(res.outputs).toMatchObject({ verdict: 'fail', violations: '2', 'new-violations': '1' })
    const titled = errors(res).filter(e => e.props.title)
    expect(titled.map(e => e.props.title)).toEqual([
      expect.stringMatching(/^glibc 2\.17 floor: fails on/),
      expect.stringMatching(/^GLIBC_2\.25: getrandom in librandom-linux\.so/)
    ])
    expect(errors(res).find(e => !e.props.title)!.message).toMatch(
      /1 late symbol reference new since the baseline \(release v1\.0\.0\)/
    )
  })

  test('previous-release for build output compares with the latest release', async () => {
    const gh = await twoReleases([{ name: 'tool-linux', content: readFileSync(elves.late) }])
    const r = newRunner(tmp)
    place(r, 'build/tool', elves.late)
    const res = await step(
      r,
      { paths: 'build', baseline: 'previous-release' },
      { apiUrl: gh.apiUrl, token: gh.token }
    )
    expect(res.exitCode).toBe(0)
    expect(res.summary).toContain('Baseline: release v1.1.0')
  })

  test('a report file as baseline; a report of a later build with one more late symbol fails', async () => {
    const r = newRunner(tmp)
    place(r, 'build/tool', elves.late)
    const first = await step(r, { paths: 'build', 'report-path': 'baseline.json', 'fail-on': 'never' })
    expect(first.outputs.report).toBe(join(r.workspace, 'baseline.json'))

    const same = newRunner(tmp)
    place(same, 'build/tool', elves.late)
    copyFileSync(first.outputs.report, join(same.workspace, 'baseline.json'))
    const ok = await step(same, { paths: 'build', baseline: 'baseline.json' })
    expect(ok.exitCode).toBe(0)
    expect(ok.outputs).toMatchObject({ verdict: 'pass', 'new-violations': '0' })

    place(same, 'build/librandom.so', elves.wrappedOnly)
    writeFileSync(same.outputFile, '')
    const worse = await step(same, { paths: 'build', baseline: 'baseline.json' })
    expect(worse.exitCode).toBe(1)
    expect(worse.outputs).toMatchObject({ verdict: 'fail', 'new-violations': '1' })
  })

  test('a baseline that is not a report fails clearly', async () => {
    const r = newRunner(tmp)
    place(r, 'build/tool', elves.late)
    writeFileSync(join(r.workspace, 'old.json'), '{"hello": 1}')
    const res = await step(r, { paths: 'build', baseline: 'old.json' })
    expect(res.exitCode).toBe(1)
    expect(errors(res)[0].message).toBe('baseline old.json is not a glibc-floor JSON report')
    const missing = await step(r, { paths: 'build', baseline: 'nope.json' })
    expect(errors(missing)[0].message).toBe('baseline nope.json: no such file')
  })
})

describe('inputs and modes', () => {
  test.each([
    [{ 'fail-on': 'sometimes' }, 'fail-on must be one of violation, unwrapped, never; got "sometimes"'],
    [{ floor: '17' }, 'floor "17" is not a glibc version such as 2.17 or 2.28'],
    [{ 'fallback-report': 'maybe' }, 'fallback-report must be true or false; got "maybe"'],
    [
      { 'fallback-report': 'false', 'fail-on': 'unwrapped' },
      expect.stringMatching(/^fail-on: unwrapped needs fallback-report: true/)
    ],
    [{ mode: 'deploy' }, 'mode must be one of audit, build, smoke, wrap-flags; got "deploy"'],
    [{ release: 'latest', repository: 'not a repo' }, 'repository must be owner/name, got "not a repo"']
  ])('%j fails with a clear message', async (inputs, message) => {
    const r = newRunner(tmp)
    const res = await step(r, inputs as Record<string, string>)
    expect(res.exitCode).toBe(1)
    expect(errors(res).map(e => e.message)).toEqual([message])
    expect(res.outputs).toEqual({})
  })

  test('fallback-report false: nothing counts as wrapped', async () => {
    const r = newRunner(tmp)
    place(r, 'lib/librandom.so', elves.wrappedOnly)
    const res = await step(r, { paths: 'lib', 'fallback-report': 'false' })
    expect(res.exitCode).toBe(1)
    expect(res.outputs).toMatchObject({ violations: '1', unwrapped: '1' })
  })
})

describe('workflows and action.yml agree', () => {
  test('every input a workflow passes to the action is declared, every output it reads exists', () => {
    const dir = join(repoRoot, '.github', 'workflows')
    const files = existsSync(dir) ? readdirSync(dir).filter(f => /\.ya?ml$/.test(f)) : []
    for (const f of files) {
      const wf = parse(readFileSync(join(dir, f), 'utf8')) as {
        jobs?: Record<string, { steps?: { id?: string; uses?: string; with?: Record<string, unknown> }[] }>
      }
      for (const job of Object.values(wf.jobs ?? {})) {
        const ours = (job.steps ?? []).filter(
          st => st.uses === './' || /glibc-floor-action@/.test(st.uses ?? '')
        )
        for (const st of ours) {
          for (const name of Object.keys(st.with ?? {}))
            expect([f, name, name in actionYml.inputs]).toEqual([f, name, true])
          const text = readFileSync(join(dir, f), 'utf8')
          for (const m of text.matchAll(new RegExp(`steps\\.${st.id}\\.outputs\\.([A-Za-z0-9_-]+)`, 'g'))) {
            expect([f, m[1], m[1] in actionYml.outputs]).toEqual([f, m[1], true])
          }
        }
      }
    }
  })
})

describe('build-kit modes', () => {
  test('wrap-flags: the compat layer flags as outputs', async () => {
    const r = newRunner(tmp)
    const res = await step(r, { mode: 'wrap-flags' })
    expect(res.exitCode).toBe(0)
    expect(res.outputs.symbols.split(' ')).toContain('getrandom')
    expect(res.outputs.ldflags).toContain('--wrap=getrandom')
    expect(res.outputs.wrap).toMatch(/^-Wl,--wrap=/)
    expect(res.outputs.sources).toMatch(/glibc_2_17_compat\.cc/)
    expect(res.summary).toContain('`getrandom`')
  })

  test('build: without docker on PATH the step fails saying what to install', async () => {
    const r = newRunner(tmp)
    const res = await step(
      r,
      { mode: 'build', 'build-args': 'BUILD_COMMAND=make' },
      {},
      // An empty directory, not /usr/bin:/bin: GitHub's runner image has a real docker in /usr/bin.
      { PATH: mkdtempSync(join(tmp, 'empty-path-')) }
    )
    expect(res.exitCode).toBe(1)
    expect(errors(res)[0].message).toMatch(
      /^docker is not on PATH: the build mode runs `docker buildx build`/
    )
  })

  test('build: a malformed build-args line is refused before anything runs', async () => {
    const r = newRunner(tmp)
    const res = await step(r, { mode: 'build', 'build-args': 'not a pair' })
    expect(res.exitCode).toBe(1)
    expect(errors(res)[0].message).toMatch(/^build-args line 1 is not KEY=VALUE/)
  })

  describe('smoke on the glibc 2.17 sysroot', () => {
    let toolCache: string
    beforeAll(() => {
      // Seed the runner's tool cache with the fixture toolchain, as a previous job would have left it.
      toolCache = join(tmp, 'toolcache')
      const dir = join(toolCache, 'glibc-floor-sysroot', '1.0.0')
      mkdirSync(dir, { recursive: true })
      symlinkSync(join(repoRoot, '.cache', 'fixtures', 'toolchain-x86_64'), join(dir, 'x86_64'))
      writeFileSync(join(dir, 'x86_64.complete'), '')
    })

    test('a binary built for 2.17 runs and passes', async () => {
      const r = newRunner(tmp)
      place(r, 'out/hello', elves.clean)
      const res = await step(
        r,
        { mode: 'smoke', binary: 'out/hello', 'expect-output': 'hi' },
        {},
        { RUNNER_TOOL_CACHE: toolCache }
      )
      expect(errors(res)).toEqual([])
      expect(res.exitCode).toBe(0)
      expect(res.outputs.verdict).toBe('pass')
      expect(res.summary).toMatch(/glibc-floor smoke: passed/)
    })

    test('a binary that needs GLIBC_2.34 is refused by the real loader and the step fails', async () => {
      const r = newRunner(tmp)
      place(r, 'out/hello', elves.late)
      const res = await step(r, { mode: 'smoke', binary: 'out/hello' }, {}, { RUNNER_TOOL_CACHE: toolCache })
      expect(res.exitCode).toBe(1)
      expect(res.outputs.verdict).toBe('fail')
      expect(errors(res).at(-1)!.message).toMatch(
        /^smoke: out\/hello on glibc 2\.17 \(sysroot, x86_64\): the glibc 2\.17 loader refused it: .*GLIBC_2\.34/
      )
    })

    test('smoke without binary is an input error', async () => {
      const r = newRunner(tmp)
      const res = await step(r, { mode: 'smoke' })
      expect(res.exitCode).toBe(1)
      expect(errors(res)[0].message).toBe('mode smoke needs the binary input (the program to run)')
    })
  })
})
