// The release flow of .github/workflows/release.yml, step by step as its scripts run them: version and
// changelog checks on real files, tags on a real git repository with a bare remote (including an atomic push
// that the remote half-refuses), and the GitHub release API on a loopback server.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from './helpers/fixtures.js'

const script = join(repoRoot, 'scripts', 'release', 'release.mjs')
let tmp: string
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'release-'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function release(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [script, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: tmp, ...env }
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

const CHANGELOG = `# Changelog

Intro text.

## [Unreleased]

### Added

- Something not released yet.

## [1.3.0-rc.1] - 2026-12-01

- A candidate.

## [1.2.3] - 2026-11-30

### Fixed

- The fix.
  Second line.

## [1.2.2]

- Undated.

## [1.2.1] - 2026-11-01

## [1.0.0] - 2026-10-01

- First.

[unreleased]: https://example.test/compare/v1.2.3...HEAD
[1.2.3]: https://example.test/releases/tag/v1.2.3
`

function project(version: string, lockVersion = version, changelog = CHANGELOG): string {
  const dir = mkdtempSync(join(tmp, 'project-'))
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', version }))
  writeFileSync(
    join(dir, 'package-lock.json'),
    JSON.stringify({ name: 'x', version: lockVersion, packages: { '': { version: lockVersion } } })
  )
  writeFileSync(join(dir, 'CHANGELOG.md'), changelog)
  return dir
}

describe('release.mjs check: tag, package versions, changelog section', () => {
  test('a release: outputs, GITHUB_OUTPUT and the notes file hold exactly its section', () => {
    const dir = project('1.2.3')
    const out = join(dir, 'github-output')
    writeFileSync(out, '')
    const r = release(['check', 'refs/tags/v1.2.3', '--notes', 'notes.md'], dir, { GITHUB_OUTPUT: out })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toBe('tag=v1.2.3\nversion=1.2.3\nprerelease=false\n')
    expect(readFileSync(out, 'utf8')).toBe('tag=v1.2.3\nversion=1.2.3\nprerelease=false\n')
    expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toBe('### Fixed\n\n- The fix.\n  Second line.\n')
  })

  test('a prerelease is recognised, and "1.3.0-rc.1" needs no v', () => {
    const r = release(['check', '1.3.0-rc.1'], project('1.3.0-rc.1'))
    expect(r.stdout).toBe('tag=v1.3.0-rc.1\nversion=1.3.0-rc.1\nprerelease=true\n')
  })

  test('the last section stops before the link definitions', () => {
    const r = release(['notes', 'v1.0.0'], project('1.0.0'))
    expect(r.stdout).toBe('- First.\n')
  })

  test.each([
    ['1.2', /"1\.2" is not a release version: expected vMAJOR\.MINOR\.PATCH/],
    ['v01.2.3', /is not a release version/],
    ['v1.2.3+build.5', /is not a release version/],
    ['vv1.2.3', /is not a release version/],
    ['v1.2.3-', /is not a release version/],
    ['v1.2.3-01', /is not a release version/]
  ])('tag %s is refused', (tag, message) => {
    const r = release(['check', tag], project('1.2.3'))
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(message)
  })

  test('package.json and both package-lock.json fields must say the version', () => {
    let r = release(['check', 'v1.2.3'], project('1.2.2'))
    expect(r.status).toBe(1)
    expect(r.stderr).toBe(
      'release: the tag says 1.2.3 but package.json version is 1.2.2, package-lock.json version is 1.2.2, ' +
        'package-lock.json packages[""].version is 1.2.2; run `npm version 1.2.3 --no-git-tag-version`, ' +
        'rebundle dist/ and commit before tagging\n'
    )
    r = release(['check', 'v1.2.3'], project('1.2.3', '1.2.2'))
    expect(r.stderr).toMatch(/but package-lock\.json version is 1\.2\.2, package-lock\.json packages/)
  })

  test.each([
    ['1.2.4', /no "## \[1\.2\.4\] - YYYY-MM-DD" section/],
    ['1.2.2', /the 1\.2\.2 section needs a date/],
    ['1.2.1', /the 1\.2\.1 section is empty/]
  ])('changelog: %s is refused', (version, message) => {
    const r = release(['check', version], project(version))
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(message)
  })

  test('changelog: a version listed twice is refused', () => {
    const r = release(
      ['check', '1.0.0'],
      project('1.0.0', '1.0.0', CHANGELOG + '\n## [1.0.0] - 2026-01-01\n\n- Again.\n')
    )
    expect(r.stderr).toMatch(/CHANGELOG\.md has 2 sections for 1\.0\.0/)
  })

  test("this repository's version has a dated CHANGELOG.md section (the release check passes on main)", () => {
    const version = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version
    const r = release(['check', version], repoRoot)
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const notes = release(['notes', version], repoRoot).stdout
    expect(notes).toMatch(/^### Added\n/)
    expect(notes).not.toMatch(/^\[|Unreleased/m)
  })
})

// ---- git -------------------------------------------------------------------------------------------

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()

interface Repo {
  work: string
  remote: string
  commit(message: string): string
  remoteTag(tag: string): string | null
}

function newRepo(): Repo {
  const root = mkdtempSync(join(tmp, 'git-'))
  const remote = join(root, 'remote.git')
  const work = join(root, 'work')
  execFileSync('git', ['init', '--quiet', '--bare', remote])
  execFileSync('git', ['init', '--quiet', '-b', 'main', work])
  git(work, 'config', 'user.name', 'Release Test')
  git(work, 'config', 'user.email', 'release@example.test')
  git(work, 'remote', 'add', 'origin', remote)
  let n = 0
  return {
    work,
    remote,
    commit(message) {
      writeFileSync(join(work, 'file.txt'), `${message} ${n++}\n`)
      git(work, 'add', 'file.txt')
      git(work, 'commit', '--quiet', '-m', message)
      git(work, 'push', '--quiet', 'origin', 'main')
      return git(work, 'rev-parse', 'HEAD')
    },
    remoteTag(tag) {
      const line = git(work, 'ls-remote', '--tags', 'origin', `refs/tags/${tag}^{}`, `refs/tags/${tag}`)
        .split('\n')
        .filter(Boolean)
        .sort((a, b) => b.length - a.length)[0]
      return line ? line.split('\t')[0] : null
    }
  }
}

/** Cuts a release the way the workflow does: tag (by hand), then move the major and minor tags. */
function cut(repo: Repo, version: string): { commit: string; moved: string } {
  const commit = repo.commit(`release ${version}`)
  const tagged = release(['tag', version], repo.work)
  expect([tagged.stderr, tagged.status]).toEqual(['', 0])
  const moved = release(['move-tags', version], repo.work)
  expect([moved.stderr, moved.status]).toEqual(['', 0])
  return { commit, moved: moved.stdout.trim() }
}

describe('release.mjs tag and move-tags on a real repository with a bare remote', () => {
  test('v1 and v1.x follow releases; backports move only their minor; prereleases move nothing', () => {
    const repo = newRepo()
    const r100 = cut(repo, '1.0.0')
    expect(r100.moved).toBe(`moved v1 and v1.0 to v1.0.0 (${r100.commit})`)
    // The version tag is annotated and on the released commit.
    expect(git(repo.remote, 'cat-file', '-t', 'refs/tags/v1.0.0')).toBe('tag')
    expect([repo.remoteTag('v1.0.0'), repo.remoteTag('v1'), repo.remoteTag('v1.0')]).toEqual([
      r100.commit,
      r100.commit,
      r100.commit
    ])

    const r110 = cut(repo, 'v1.1.0')
    expect([repo.remoteTag('v1'), repo.remoteTag('v1.1'), repo.remoteTag('v1.0')]).toEqual([
      r110.commit,
      r110.commit,
      r100.commit
    ])

    const r101 = cut(repo, '1.0.1')
    expect(r101.moved).toBe(`moved v1.0 to v1.0.1 (${r101.commit})`)
    expect([repo.remoteTag('v1'), repo.remoteTag('v1.0')]).toEqual([r110.commit, r101.commit])

    const rc = cut(repo, '1.2.0-rc.1')
    expect(rc.moved).toMatch(/^v1\.2\.0-rc\.1: no moving tag follows it/)
    expect([repo.remoteTag('v1'), repo.remoteTag('v1.2')]).toEqual([r110.commit, null])

    const r200 = cut(repo, '2.0.0')
    expect([repo.remoteTag('v2'), repo.remoteTag('v2.0'), repo.remoteTag('v1')]).toEqual([
      r200.commit,
      r200.commit,
      r110.commit
    ])
  })

  test('tag: kept when already on HEAD (a tag push or a re-run), refused when on another commit', () => {
    const repo = newRepo()
    const first = repo.commit('one')
    git(repo.work, 'tag', 'v1.0.0')
    let r = release(['tag', 'v1.0.0'], repo.work)
    expect([r.stderr, r.status]).toEqual(['', 0])
    expect(r.stdout).toBe(`v1.0.0 is on ${first} on origin\n`)
    expect(repo.remoteTag('v1.0.0')).toBe(first)
    r = release(['tag', 'v1.0.0'], repo.work)
    expect(r.status).toBe(0)

    const second = repo.commit('two')
    r = release(['tag', 'v1.0.0'], repo.work)
    expect(r.status).toBe(1)
    expect(r.stderr).toBe(
      `release: v1.0.0 already exists on ${first.slice(0, 12)}, not on HEAD ${second.slice(0, 12)}\n`
    )
    expect(repo.remoteTag('v1.0.0')).toBe(first)
  })

  test('move-tags is atomic: when the remote refuses one tag, the other does not move either', () => {
    const repo = newRepo()
    const r100 = cut(repo, '1.0.0')
    // A server-side hook that refuses any update of refs/tags/v1.1, as a protected-tag rule would.
    const hook = join(repo.remote, 'hooks', 'update')
    writeFileSync(
      hook,
      '#!/bin/sh\n[ "$1" = refs/tags/v1.1 ] && { echo "v1.1 is protected" >&2; exit 1; }\nexit 0\n'
    )
    chmodSync(hook, 0o755)
    const commit = repo.commit('release 1.1.0')
    expect(release(['tag', '1.1.0'], repo.work).status).toBe(0)
    const r = release(['move-tags', '1.1.0'], repo.work)
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/^release: git push failed:/)
    expect(r.stderr).toMatch(/-> v1 \(atomic push failure\)/)
    expect(r.stderr).toMatch(/-> v1\.1 \(hook declined\)/)
    expect(repo.remoteTag('v1.1.0')).toBe(commit)
    expect([repo.remoteTag('v1'), repo.remoteTag('v1.1')]).toEqual([r100.commit, null])
  })

  test('move-tags needs the version tag on the remote', () => {
    const repo = newRepo()
    repo.commit('one')
    const r = release(['move-tags', '1.0.0'], repo.work)
    expect(r.status).toBe(1)
    expect(r.stderr).toBe('release: v1.0.0 is not on origin: push the version tag first\n')
  })
})

// ---- GitHub API ------------------------------------------------------------------------------------

interface Seen {
  method: string
  url: string
  auth: string | undefined
  type: string | undefined
  raw: Buffer
  body: Record<string, unknown> | null
}

async function fakeApi(
  answer: (req: IncomingMessage, base: string) => { status: number; json?: unknown }
): Promise<{ url: string; seen: Seen[]; server: Server }> {
  const seen: Seen[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', c => chunks.push(c))
    req.on('end', () => {
      // Always answer, even when the test's own code throws, so a mistake fails fast instead of hanging.
      try {
        const raw = Buffer.concat(chunks)
        const type = req.headers['content-type']
        const body = raw.length && type === 'application/json' ? JSON.parse(raw.toString()) : null
        seen.push({ method: req.method!, url: req.url!, auth: req.headers.authorization, type, raw, body })
        const { port } = server.address() as { port: number }
        const a = answer(req, `http://127.0.0.1:${port}`)
        res.writeHead(a.status, { 'content-type': 'application/json' })
        res.end(a.json === undefined ? '' : JSON.stringify(a.json))
      } catch (e) {
        res.writeHead(599)
        res.end(String(e))
      }
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return { url: `http://127.0.0.1:${port}`, seen, server }
}

/** A child process, asynchronously, so the fake server in this process can answer it. */
function spawnAsync(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>(resolve => {
    const child = spawn(cmd, args, { cwd, env, timeout: 30_000 })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', c => (stdout += c))
    child.stderr.on('data', c => (stderr += c))
    child.on('close', status => resolve({ status, stdout, stderr }))
  })
}

const releaseAsync = (args: string[], cwd: string, env: NodeJS.ProcessEnv) =>
  spawnAsync(process.execPath, [script, ...args], cwd, { PATH: process.env.PATH, ...env })

describe('release.mjs publish against the GitHub API (loopback)', () => {
  const token = 'ghs_release_test_token_0123456789'
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmp, 'publish-'))
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'notes.md'), '### Fixed\n\n- The fix.\n')
  })
  const env = (url: string) => ({ GITHUB_API_URL: url, GITHUB_REPOSITORY: 'acme/tool', GITHUB_TOKEN: token })
  const publish = (url: string, version: string, asset: string) =>
    releaseAsync(['publish', version, '--notes', 'notes.md', '--asset', join(dir, asset)], dir, env(url))

  test('no release yet: POST with the notes, not prerelease, latest by date and version; the package attached', async () => {
    writeFileSync(join(dir, 'pkg-1.2.3.tgz'), Buffer.from([0x1f, 0x8b, 0, 1, 2, 255]))
    const api = await fakeApi((req, base) =>
      req.method === 'GET'
        ? { status: 404, json: { message: 'Not Found' } }
        : req.url!.startsWith('/uploads/')
          ? { status: 201, json: { id: 99 } }
          : {
              status: 201,
              json: {
                id: 7,
                html_url: 'https://github.test/acme/tool/releases/tag/v1.2.3',
                upload_url: `${base}/uploads/repos/acme/tool/releases/7/assets{?name,label}`,
                assets: []
              }
            }
    )
    try {
      const r = await publish(api.url, '1.2.3', 'pkg-1.2.3.tgz')
      expect(r.stderr).toBe('')
      expect(r.stdout).toBe(
        'release v1.2.3 created: https://github.test/acme/tool/releases/tag/v1.2.3\nattached pkg-1.2.3.tgz\n'
      )
      expect(api.seen.map(s => `${s.method} ${s.url}`)).toEqual([
        'GET /repos/acme/tool/releases/tags/v1.2.3',
        'POST /repos/acme/tool/releases',
        'POST /uploads/repos/acme/tool/releases/7/assets?name=pkg-1.2.3.tgz'
      ])
      expect(api.seen.every(s => s.auth === `Bearer ${token}`)).toBe(true)
      expect(api.seen[1].body).toEqual({
        tag_name: 'v1.2.3',
        name: 'v1.2.3',
        body: '### Fixed\n\n- The fix.\n',
        draft: false,
        prerelease: false,
        make_latest: 'legacy'
      })
      expect(api.seen[2].type).toBe('application/octet-stream')
      expect([...api.seen[2].raw]).toEqual([0x1f, 0x8b, 0, 1, 2, 255])
    } finally {
      api.server.close()
    }
  })

  test('a re-run updates the release and replaces its asset; a prerelease is never latest', async () => {
    writeFileSync(join(dir, 'pkg-1.3.0-rc.1.tgz'), 'new')
    const api = await fakeApi((req, base) => {
      if (req.method === 'DELETE') return { status: 204 }
      if (req.url!.startsWith('/uploads/')) return { status: 201, json: { id: 100 } }
      return {
        status: 200,
        json: {
          id: 42,
          upload_url: `${base}/uploads/repos/acme/tool/releases/42/assets{?name,label}`,
          assets: [
            { id: 5, name: 'pkg-1.3.0-rc.1.tgz' },
            { id: 6, name: 'other.txt' }
          ]
        }
      }
    })
    try {
      const r = await publish(api.url, 'v1.3.0-rc.1', 'pkg-1.3.0-rc.1.tgz')
      expect(r.stdout).toBe('release v1.3.0-rc.1 updated\nattached pkg-1.3.0-rc.1.tgz\n')
      expect(api.seen.map(s => `${s.method} ${s.url}`)).toEqual([
        'GET /repos/acme/tool/releases/tags/v1.3.0-rc.1',
        'PATCH /repos/acme/tool/releases/42',
        'DELETE /repos/acme/tool/releases/assets/5',
        'POST /uploads/repos/acme/tool/releases/42/assets?name=pkg-1.3.0-rc.1.tgz'
      ])
      expect(api.seen[1].body).toMatchObject({ prerelease: true, make_latest: 'false' })
    } finally {
      api.server.close()
    }
  })

  test('API errors are one line with the status and message, and never show the token', async () => {
    const api = await fakeApi(() => ({
      status: 403,
      json: { message: `Resource not accessible by integration ${token}` }
    }))
    try {
      const r = await releaseAsync(['publish', '1.2.3', '--notes', 'notes.md'], dir, env(api.url))
      expect(r.status).toBe(1)
      expect(r.stderr).toMatch(
        /^release: GitHub API: looking up release v1\.2\.3 answered 403: Resource not accessible/
      )
      expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1)
    } finally {
      api.server.close()
    }
    const none = await releaseAsync(['publish', '1.2.3', '--notes', 'notes.md'], dir, {
      GITHUB_REPOSITORY: 'acme/tool'
    })
    expect(none.stderr).toBe('release: GITHUB_TOKEN is not set: the release step needs contents: write\n')
  })
})

// ---- the workflow ----------------------------------------------------------------------------------

describe('.github/workflows/release.yml', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const wf: any = parse(readFileSync(join(repoRoot, '.github', 'workflows', 'release.yml'), 'utf8'))
  const job = wf.jobs.release
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const steps: any[] = job.steps
  const index = (pred: (s: { run?: string; uses?: string }) => boolean): number => steps.findIndex(pred)
  const runs = (cmd: string) => (s: { run?: string }) => s.run?.includes(`release.mjs ${cmd} `) ?? false

  test('runs on version tags and by hand with a version', () => {
    expect(wf.on.push).toEqual({ tags: ['v[0-9]+.[0-9]+.[0-9]+', 'v[0-9]+.[0-9]+.[0-9]+-*'] })
    expect(wf.on.workflow_dispatch.inputs.version).toMatchObject({ required: true, type: 'string' })
    expect(job.env.VERSION).toBe('${{ inputs.version || github.ref_name }}')
    expect(wf.permissions).toEqual({ contents: 'read' })
    expect(job.permissions).toEqual({ contents: 'write' })
    expect(wf.concurrency).toMatchObject({ group: 'release', 'cancel-in-progress': false })
  })

  test('checks, tests, then tags, publishes and moves the tags, in that order', () => {
    const order = [
      index(s => s.uses === 'actions/checkout@v4'),
      index(runs('check')),
      index(s => s.run === 'npm ci'),
      index(s => s.run === 'npm test'),
      index(runs('tag')),
      index(s => s.run === 'npm pack --pack-destination "$RUNNER_TEMP"'),
      index(runs('publish')),
      index(runs('move-tags'))
    ]
    expect(order.every(i => i >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(steps[order[0]].with['fetch-depth']).toBe(0)
    expect(steps[order[7]].if).toBe("steps.version.outputs.prerelease == 'false'")
    // The packed CLI is attached under the name npm pack gives it.
    expect(steps[order[6]].env.PACKAGE).toBe('glibc-floor-action-${{ steps.version.outputs.version }}.tgz')
    expect(steps[order[6]].run).toContain('--asset "$RUNNER_TEMP/$PACKAGE"')
    expect(steps[order[1]].id).toBe('version')
  })
})

describe("release.yml's own run: steps, in order, on a sandbox repository", () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const wf: any = parse(readFileSync(join(repoRoot, '.github', 'workflows', 'release.yml'), 'utf8'))
  // Installing qemu-user, npm ci, npm test and npm pack need the runner and the whole project; the sandbox
  // stands in for their results.
  const skipped = new Set(['npm ci', 'npm test', 'npm pack --pack-destination "$RUNNER_TEMP"'])
  const skip = (run: string): boolean => skipped.has(run) || /\bapt-get\b/.test(run)

  /** Runs the job's run: steps as the runner would (bash -e, step env, ${{ }} from `context`). */
  async function runJob(work: string, context: Record<string, string>, apiUrl: string): Promise<string[]> {
    const job = wf.jobs.release
    const temp = mkdtempSync(join(tmp, 'runner-temp-'))
    const outputFile = join(temp, 'output')
    writeFileSync(outputFile, '')
    writeFileSync(join(temp, `glibc-floor-action-${context.version}.tgz`), 'package')
    const outputs = (): Record<string, string> =>
      Object.fromEntries(
        readFileSync(outputFile, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map(l => [`steps.version.outputs.${l.split('=')[0]}`, l.slice(l.indexOf('=') + 1)])
      )
    const expand = (text: string): string =>
      text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_m, expr: string) => {
        const value = { ...context, ...outputs() }[expr]
        if (value === undefined) throw new Error(`the sandbox does not know \${{ ${expr} }}`)
        return value
      })
    const log: string[] = []
    for (const step of job.steps) {
      if (!step.run || skip(step.run)) continue
      if (step.if) {
        const m = /^steps\.version\.outputs\.(\w+) == '(\w+)'$/.exec(step.if)
        if (!m) throw new Error(`the sandbox cannot evaluate if: ${step.if}`)
        if (outputs()[`steps.version.outputs.${m[1]}`] !== m[2]) continue
      }
      const env: Record<string, string> = {
        PATH: process.env.PATH!,
        HOME: tmp,
        RUNNER_TEMP: temp,
        GITHUB_OUTPUT: outputFile,
        GITHUB_API_URL: apiUrl,
        GITHUB_REPOSITORY: 'acme/tool'
      }
      for (const [k, v] of Object.entries<string>({ ...job.env, ...step.env })) env[k] = expand(v)
      const r = await spawnAsync('bash', ['-e', '-c', step.run], work, env)
      if (r.status !== 0) throw new Error(`step "${step.name ?? step.run}" failed: ${r.stderr}`)
      log.push(...r.stdout.split('\n').filter(Boolean))
    }
    return log
  }

  function sandbox(): Repo {
    const repo = newRepo()
    mkdirSync(join(repo.work, 'scripts', 'release'), { recursive: true })
    for (const f of ['release.mjs', 'version.mjs', 'changelog.mjs', 'git.mjs', 'github.mjs'])
      writeFileSync(
        join(repo.work, 'scripts', 'release', f),
        readFileSync(join(repoRoot, 'scripts', 'release', f))
      )
    git(repo.work, 'add', 'scripts')
    return repo
  }

  function bump(repo: Repo, version: string): string {
    const dir = project(
      version,
      version,
      `# Changelog\n\n## [${version}] - 2026-12-01\n\n- Release ${version}.\n`
    )
    for (const f of ['package.json', 'package-lock.json', 'CHANGELOG.md'])
      writeFileSync(join(repo.work, f), readFileSync(join(dir, f)))
    git(repo.work, 'add', '.')
    return repo.commit(`release ${version}`)
  }

  const api = () =>
    fakeApi((req, base) =>
      req.method === 'GET'
        ? { status: 404, json: { message: 'Not Found' } }
        : req.url!.startsWith('/uploads/')
          ? { status: 201, json: {} }
          : {
              status: 201,
              json: { id: 1, upload_url: `${base}/uploads/r/1/assets{?name,label}`, assets: [] }
            }
    )

  /** A sandbox where v1.0.0 was released and v1 points at it. */
  function afterFirstRelease(): { repo: Repo; v100: string } {
    const repo = sandbox()
    const v100 = bump(repo, '1.0.0')
    git(repo.work, 'tag', 'v1.0.0')
    git(repo.work, 'push', '--quiet', 'origin', 'v1.0.0', 'v1.0.0^{commit}:refs/tags/v1')
    return { repo, v100 }
  }

  /** The job for `trigger` (a pushed tag name, or the version typed into workflow_dispatch). */
  async function releaseJob(repo: Repo, trigger: string): Promise<{ log: string[]; seen: Seen[] }> {
    const gh = await api()
    try {
      const context = {
        'inputs.version || github.ref_name': trigger,
        'github.token': 'ghs_x',
        version: trigger.replace(/^v/, '')
      }
      return { log: await runJob(repo.work, context, gh.url), seen: gh.seen }
    } finally {
      gh.server.close()
    }
  }

  test('pushing tag v1.1.0 publishes the release and moves v1 and v1.1, with no other step', async () => {
    const { repo, v100 } = afterFirstRelease()
    const v110 = bump(repo, '1.1.0')
    git(repo.work, 'tag', '-a', 'v1.1.0', '-m', 'v1.1.0')
    git(repo.work, 'push', '--quiet', 'origin', 'v1.1.0')
    const { log, seen } = await releaseJob(repo, 'v1.1.0')
    expect(log).toEqual([
      'tag=v1.1.0',
      'version=1.1.0',
      'prerelease=false',
      `v1.1.0 is on ${v110} on origin`,
      'release v1.1.0 created',
      'attached glibc-floor-action-1.1.0.tgz',
      `moved v1 and v1.1 to v1.1.0 (${v110})`
    ])
    expect(seen[1].body).toMatchObject({ tag_name: 'v1.1.0', body: '- Release 1.1.0.\n' })
    const tags = ['v1', 'v1.1', 'v1.0.0'].map(t => repo.remoteTag(t))
    expect(tags).toEqual([v110, v110, v100])
  })

  test('workflow_dispatch with 1.2.0-rc.1 tags the commit and publishes a prerelease; v1 stays', async () => {
    const { repo, v100 } = afterFirstRelease()
    const rc = bump(repo, '1.2.0-rc.1')
    const { log, seen } = await releaseJob(repo, '1.2.0-rc.1')
    expect(log).toContain('prerelease=true')
    expect(log.at(-1)).toBe('attached glibc-floor-action-1.2.0-rc.1.tgz')
    expect(seen[1].body).toMatchObject({ prerelease: true, make_latest: 'false' })
    const tags = ['v1.2.0-rc.1', 'v1', 'v1.2'].map(t => repo.remoteTag(t))
    expect(tags).toEqual([rc, v100, null])
    expect(git(repo.remote, 'cat-file', '-t', 'refs/tags/v1.2.0-rc.1')).toBe('tag')
  })
})
