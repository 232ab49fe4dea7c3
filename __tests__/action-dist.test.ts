// The committed bundle, run the way the runner runs a node24 action: `node dist/index.js` in the
// workspace with INPUT_* variables (upper-cased, hyphens kept), real GITHUB_OUTPUT / GITHUB_STEP_SUMMARY
// files, GITHUB_WORKSPACE and RUNNER_TEMP, and the process exit code. Also the src entry point through
// GitHub's @github/local-action, as the typescript-action template does.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { distEntry, newRunner, runDist, stepEnv, type Runner } from './helpers/action-runner.js'
import { checksumsTxt, FakeGitHub } from './helpers/fake-github.js'
import { repoRoot } from './helpers/fixtures.js'
import { buildElves, realArchives, type BuiltElves } from './helpers/release-assets.js'

let tmp: string
let elves: BuiltElves
let gh: FakeGitHub | undefined

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'action-dist-'))
  elves = buildElves(join(tmp, 'elves'))
})
afterEach(async () => {
  await gh?.close()
  gh = undefined
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function place(r: Runner, rel: string, from: string): void {
  mkdirSync(dirname(join(r.workspace, rel)), { recursive: true })
  copyFileSync(from, join(r.workspace, rel))
}

describe('node dist/index.js', () => {
  test('the bundle exists (npm run bundle)', () => {
    expect(existsSync(distEntry)).toBe(true)
  })

  test('release assets: downloaded through the 302 without the token, audited, step fails', async () => {
    gh = await FakeGitHub.start()
    const tree = join(tmp, 'tree')
    mkdirSync(tree, { recursive: true })
    copyFileSync(elves.late, join(tree, 'tool'))
    const archives = realArchives(tree, join(tmp, 'archives'), 'tool-linux-x64')
    const assets = [{ name: 'tool-linux-x64.tar.xz', content: archives['tool-linux-x64.tar.xz'] }]
    gh.setRepo('acme/tool', [
      { tag: 'v1.2.3', date: '2024-03-01T00:00:00Z', assets: [...assets, checksumsTxt(assets)] }
    ])
    gh.fail('latest', { status: 502, headers: { 'retry-after': '0' } })
    const r = newRunner(tmp)
    const res = await runDist(r, stepEnv(r, { release: 'latest' }, { apiUrl: gh.apiUrl, token: gh.token }))

    expect(res.exitCode).toBe(1)
    expect(res.outputs).toMatchObject({
      verdict: 'fail',
      release: 'v1.2.3',
      'files-audited': '1',
      'max-glibc': '2.34',
      unwrapped: '1'
    })
    expect(JSON.parse(readFileSync(res.outputs.report, 'utf8')).files[0].path).toBe(
      'tool-linux-x64.tar.xz/tool'
    )
    expect(res.summary).toMatch(/❌ \*\*FAIL\*\*/)
    expect(res.summary).toMatch(/Release \[v1\.2\.3\].*all verified against published checksums/)
    expect(res.commands.some(c => c.command === 'error' && /^glibc 2\.17 floor: /.test(c.message))).toBe(true)
    expect(gh.authLeaks).toEqual([])
    expect(gh.requests.filter(r => r.server === 'storage')).toHaveLength(2)
    expect(
      res.stdout.split('\n').filter(l => l.includes(gh!.token!) && !l.startsWith('::add-mask::'))
    ).toEqual([])
  })

  test('paths: a clean build passes with exit 0', async () => {
    const r = newRunner(tmp)
    place(r, 'out/tool', elves.clean)
    const res = await runDist(r, stepEnv(r, { paths: 'out' }))
    expect(res.stderr).toBe('')
    expect(res.exitCode).toBe(0)
    expect(res.outputs).toMatchObject({ verdict: 'pass', 'files-audited': '1', 'max-glibc': '2.2.5' })
    expect(res.summary).toMatch(/✅ \*\*PASS\*\*/)
  })

  test('no release: green, verdict skipped', async () => {
    gh = await FakeGitHub.start()
    gh.setRepo('acme/tool', [])
    const r = newRunner(tmp)
    const res = await runDist(r, stepEnv(r, { release: 'latest' }, { apiUrl: gh.apiUrl, token: gh.token }))
    expect(res.exitCode).toBe(0)
    expect(res.outputs.verdict).toBe('skipped')
    expect(res.summary).toMatch(/⚪ \*\*SKIPPED\*\*/)
  })

  test('wrap-flags: outputs from the compat layer shipped beside dist/', async () => {
    const r = newRunner(tmp)
    const res = await runDist(r, stepEnv(r, { mode: 'wrap-flags' }))
    expect(res.exitCode).toBe(0)
    expect(res.outputs.ldflags).toContain('--wrap=getrandom')
  })

  test('a bad input fails with one clear error line', async () => {
    const r = newRunner(tmp)
    const res = await runDist(r, stepEnv(r, { 'fail-on': 'always' }))
    expect(res.exitCode).toBe(1)
    expect(res.commands.filter(c => c.command === 'error').map(c => c.message)).toEqual([
      'fail-on must be one of violation, unwrapped, never; got "always"'
    ])
  })

  test('the token is masked first and redacted from failures, typed or not', async () => {
    const token = 'ghp_DistSeCrEt0123456789abcdefABCDEF'
    const r = newRunner(tmp)
    mkdirSync(join(r.workspace, 'bin'))
    copyFileSync(elves.clean, join(r.workspace, 'bin', 'tool'))
    // The report path is a directory named like the token: the write fails with an untyped EISDIR error.
    mkdirSync(join(r.workspace, token))
    const cases = [
      stepEnv(r, { token, 'fail-on': token }),
      stepEnv(r, { token, paths: 'bin', 'report-path': token })
    ]
    for (const env of cases) {
      const res = await runDist(r, env)
      expect(res.exitCode).toBe(1)
      expect(res.stdout.split('\n')[0]).toBe(`::add-mask::${token}`)
      const failures = res.commands.filter(c => c.command === 'error')
      expect(failures).toHaveLength(1)
      expect(failures[0].message).toContain('***')
      expect(
        `${res.stdout}\n${res.stderr}`
          .split('\n')
          .filter(l => l.includes(token) && !l.startsWith('::add-mask::'))
      ).toEqual([])
    }
  })
})

describe('@github/local-action', () => {
  test('runs src/action/main.ts run() with inputs from a .env file', () => {
    const r = newRunner(tmp)
    place(r, 'build/tool', elves.late)
    place(r, 'build/helper', elves.clean)
    const env = stepEnv(r, { paths: 'build', 'fail-on': 'unwrapped' })
    const dotenv = join(r.dir, '.env')
    writeFileSync(
      dotenv,
      Object.entries(env)
        .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
        .join('\n') + '\n'
    )
    const res = spawnSync(
      process.execPath,
      [join(repoRoot, 'node_modules', '.bin', 'local-action'), 'run', repoRoot, 'src/action/main.ts', dotenv],
      {
        cwd: repoRoot,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: process.env.HOME },
        timeout: 120_000
      }
    )
    const out = res.stdout + res.stderr
    expect(out).toContain('Running Action')
    // local-action prints outputs as a table instead of writing GITHUB_OUTPUT.
    expect(out).toMatch(/'verdict'\s*│\s*'fail'/)
    expect(out).toMatch(/'files-audited'\s*│\s*'2'/)
    expect(out).toMatch(/::error::glibc 2\.17 floor: 1 late symbol reference not covered by a __wrap_/)
    expect(readFileSync(r.summaryFile, 'utf8')).toMatch(/❌ \*\*Step fails\*\*/)
  })
})
