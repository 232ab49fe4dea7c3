// The bundle (npm run bundle) against storage hosts that misbehave, and the last-resort guard: whatever
// escapes run()'s try/catch (an exception from a socket callback, a promise nobody awaited) must end the
// step with one ::error naming what was being done, a job summary saying the audit did not complete and
// exit code 1, never a bare stack trace, never the token or a signed query string.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { newRunner, runDist, stepEnv, type StepResult } from './helpers/action-runner.js'
import { FakeGitHub } from './helpers/fake-github.js'
import { repoRoot } from './helpers/fixtures.js'
import { selfSignedCert, TestProxy, TEST_DOMAIN } from './helpers/proxy.js'
import { finAfterBody, RawStorage } from './helpers/raw-storage.js'
import { buildElves, type BuiltElves } from './helpers/release-assets.js'

const preload = pathToFileURL(join(repoRoot, '__tests__/fixtures/last-resort/crash-on-download.mjs')).href

let tmp: string
let elves: BuiltElves
let gh: FakeGitHub | undefined
let storage: RawStorage | undefined

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'action-last-resort-'))
  elves = buildElves(join(tmp, 'elves'))
})
afterEach(async () => {
  await storage?.close()
  storage = undefined
  await gh?.close()
  gh = undefined
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

async function release(): Promise<FakeGitHub> {
  gh = await FakeGitHub.start()
  gh.setRepo('acme/tool', [
    {
      tag: 'v1.2.3',
      date: '2024-03-01T00:00:00Z',
      assets: [{ name: 'tool-linux-x64', content: readFileSync(elves.late) }]
    }
  ])
  return gh
}

async function runStep(extra: Record<string, string> = {}): Promise<StepResult> {
  const r = newRunner(tmp)
  return runDist(
    r,
    { ...stepEnv(r, { release: 'latest' }, { apiUrl: gh!.apiUrl, token: gh!.token }), ...extra },
    30_000
  )
}

/** Nothing but the add-mask command may carry the token; no line may look like a stack frame. */
function expectNoLeakNoTrace(res: StepResult): void {
  const all = `${res.stdout}\n${res.stderr}\n${res.summary}`.split('\n')
  expect(all.filter(l => l.includes(gh!.token!) && !l.startsWith('::add-mask::'))).toEqual([])
  expect(all.filter(l => /sig=abc/.test(l))).toEqual([])
  expect(`${res.stdout}\n${res.stderr}`.split('\n').filter(l => /^\s+at .+:\d+:\d+\)?$/.test(l))).toEqual([])
}

describe('last-resort guard in dist/index.js', () => {
  test.each([
    ['throw', 'uncaught exception: TypeError: socket callback failed'],
    ['reject', 'unhandled promise rejection: socket callback failed']
  ])(
    'CRASH_MODE=%s during a download: one ::error naming asset and phase, summary, exit 1',
    async (mode, what) => {
      await release()
      const res = await runStep({ NODE_OPTIONS: `--import=${preload}`, CRASH_MODE: mode })
      expect(res.exitCode).toBe(1)
      const errors = res.commands.filter(c => c.command === 'error')
      expect(errors).toHaveLength(1)
      expect(errors[0].props.title).toBe('glibc-floor: the audit did not complete')
      expect(errors[0].message).toMatch(
        new RegExp(
          '^glibc-floor stopped while fetching release latest of acme/tool › downloading asset tool-linux-x64 ' +
            `\\(waiting for 127\\.0\\.0\\.1:\\d+\\): ${what} for http://127\\.0\\.0\\.1:\\d*/blob/[0-9a-f]+/tool-linux-x64\\?… ` +
            '\\(token \\*\\*\\*\\)\\. The audit did not complete; this is a bug'
        )
      )
      expect(res.summary).toMatch(
        /^## ❌ glibc floor: the audit did not complete\n\nglibc-floor stopped while fetching release/
      )
      expect(res.outputs.verdict).toBeUndefined()
      expect(res.stderr).toBe('')
      expectNoLeakNoTrace(res)
    }
  )
})

describe('dist/index.js against a storage host that closes after the body', () => {
  test('Connection: close and FIN right after the body, 5 runs: each a complete, correct audit', async () => {
    await release()
    const content = readFileSync(elves.late)
    storage = await RawStorage.start(finAfterBody(content))
    gh!.storageFor = () => storage!.url('/blob/tool-linux-x64')
    for (let i = 0; i < 5; i++) {
      const res = await runStep()
      expect(res.stderr).toBe('')
      expect(res.exitCode).toBe(1)
      expect(res.outputs).toMatchObject({ verdict: 'fail', 'files-audited': '1', 'max-glibc': '2.34' })
      expect(res.commands.some(c => c.command === 'error' && /^glibc 2\.17 floor: /.test(c.message))).toBe(
        true
      )
      expectNoLeakNoTrace(res)
    }
    expect(storage.requests).toHaveLength(5)
  })

  test('garbage instead of HTTP: one clear ::error, no retries, no trace', async () => {
    await release()
    storage = await RawStorage.start(sock => sock.end('220 ftp.example ready\r\n'))
    gh!.storageFor = () => storage!.url('/blob/tool-linux-x64')
    const res = await runStep()
    expect(res.exitCode).toBe(1)
    const errors = res.commands.filter(c => c.command === 'error')
    expect(errors.map(e => e.message)).toEqual([
      expect.stringMatching(
        /^asset tool-linux-x64: 127\.0\.0\.1:\d+ did not answer with valid HTTP \(.+; HPE_[A-Z_]+\)$/
      )
    ])
    expect(storage.requests).toHaveLength(1)
    expectNoLeakNoTrace(res)
  })
})

describe('dist/index.js behind a proxy', () => {
  let proxy: TestProxy | undefined
  afterEach(async () => {
    await proxy?.close()
    proxy = undefined
  })

  test('HTTPS_PROXY / HTTP_PROXY: API calls and the asset download both go through it; the audit completes', async () => {
    await release()
    const tls = selfSignedCert([`storage.${TEST_DOMAIN}`])
    const ca = join(tmp, 'storage-ca.pem')
    writeFileSync(ca, tls.cert)
    storage = await RawStorage.start(finAfterBody(readFileSync(elves.late)), tls)
    gh!.storageFor = () => storage!.url('/blob/tool-linux-x64', `storage.${TEST_DOMAIN}`)
    proxy = await TestProxy.start()
    const r = newRunner(tmp)
    // Host names under the test domain resolve only inside the proxy: reaching them proves it was used.
    const apiUrl = gh!.apiUrl.replace('127.0.0.1', `api.${TEST_DOMAIN}`)
    const res = await runDist(
      r,
      {
        ...stepEnv(r, { release: 'latest' }, { apiUrl, token: gh!.token }),
        HTTPS_PROXY: proxy.url,
        HTTP_PROXY: proxy.url,
        NO_PROXY: 'localhost',
        NODE_EXTRA_CA_CERTS: ca
      },
      30_000
    )
    expect(res.stderr).toBe('')
    expect(res.outputs).toMatchObject({ verdict: 'fail', 'files-audited': '1', 'max-glibc': '2.34' })
    const targets = proxy.requests.map(q => `${q.method} ${q.target.replace(/\?.*/, '')}`)
    expect(targets).toContain(`CONNECT storage.${TEST_DOMAIN}:${storage.port}`)
    expect(targets.some(t => t.includes(`api.${TEST_DOMAIN}`))).toBe(true)
    expect(storage.requests).toHaveLength(1)
    expect(storage.requests[0].headers.authorization).toBeUndefined()
    expectNoLeakNoTrace(res)
  })
})
