// Fetching the glibc 2.17 sysroot: the real `npm pack` from the registry (so .npmrc applies), the pinned
// integrity checked on the registry's answer and on the bytes, only the sysroot unpacked, cached, reused.
import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  directoryCache,
  ensureSysroot,
  runSmoke,
  silentLogger,
  spawnExec,
  SYSROOT_PINS,
  SYSROOT_TOOL,
  type ExecFn
} from '../src/runners/index.js'
import { repoRoot, toolchain } from './helpers/fixtures.js'
import { stubDir } from './helpers/recording-stub.js'

function countingExec(): ExecFn & { calls: string[][] } {
  const calls: string[][] = []
  const exec = ((file, args, options) => {
    calls.push([file, ...args])
    return spawnExec(file, args, options)
  }) as ExecFn & { calls: string[][] }
  exec.calls = calls
  return exec
}

describe('ensureSysroot', () => {
  test('fetches the pinned x86_64 package with npm, checks it, caches the sysroot and reuses it', async () => {
    const cacheRoot = mkdtempSync(join(tmpdir(), 'glibc-floor-cache-'))
    try {
      const cache = directoryCache(cacheRoot)
      const exec = countingExec()
      const sysroot = await ensureSysroot('x86_64', { exec, cache, logger: silentLogger, cwd: repoRoot })
      const pin = SYSROOT_PINS.x86_64
      expect(exec.calls[0]).toEqual([
        'npm',
        'pack',
        `${pin.name}@${pin.version}`,
        '--json',
        '--pack-destination',
        expect.any(String)
      ])
      expect(exec.calls.slice(1).map(c => c.slice(0, 2))).toEqual([
        ['tar', '-xzf'],
        ['tar', '-xJf']
      ])
      expect(sysroot.sysroot).toBe(
        join(cacheRoot, SYSROOT_TOOL, pin.version, 'x86_64', pin.triple, 'sysroot')
      )
      expect(existsSync(join(sysroot.sysroot, 'lib', 'libc-2.17.so'))).toBe(true)
      // Only the sysroot was unpacked, not the 200 MB toolchain around it.
      expect(existsSync(join(cacheRoot, SYSROOT_TOOL, pin.version, 'x86_64', pin.triple, 'bin'))).toBe(false)

      const again = countingExec()
      expect(await ensureSysroot('x86_64', { exec: again, cache, logger: silentLogger })).toEqual(sysroot)
      expect(again.calls).toEqual([])

      // And it is a working runtime.
      const binary = join(mkdtempSync(join(tmpdir(), 'glibc-floor-fetch-')), 'hello')
      execFileSync(toolchain('x86_64').gcc, [
        '-o',
        binary,
        join(repoRoot, '__tests__', 'fixtures', 'build-project', 'hello.c')
      ])
      const result = await runSmoke(
        { binary, expectOutput: 'hello from glibc-floor' },
        { cache, logger: silentLogger }
      )
      expect(result.failures).toEqual([])
      expect(result.outcome.command[0]).toBe(sysroot.loader)
    } finally {
      rmSync(cacheRoot, { recursive: true, force: true })
    }
  }, 120_000)

  test('npm runs in the given directory, so the project .npmrc applies', async () => {
    const stubs = stubDir()
    stubs.add(
      'npm',
      'echo "npm error 404 Not Found - GET https://registry.example/@napi-rs%2fcross-toolchain" >&2; exit 1'
    )
    const project = mkdtempSync(join(tmpdir(), 'glibc-floor-project-'))
    const error = await ensureSysroot('aarch64', {
      cache: directoryCache(mkdtempSync(join(tmpdir(), 'glibc-floor-cache-'))),
      env: { PATH: stubs.path },
      cwd: project,
      logger: silentLogger
    }).catch(e => e)
    expect(error.message).toMatch(
      /^npm pack @napi-rs\/cross-toolchain-x64-target-aarch64@1\.0\.3 failed \(exit code 1\)\n/
    )
    expect(error.message).toContain('npm error 404')
    expect(error.message).toContain('(.npmrc), or use runtime: container')
    expect(stubs.calls('npm')[0].cwd).toBe(project)
  })

  // A registry (mirror) that serves other bytes: the pin wins, whatever the registry claims.
  const servesTarball = (integrity: string) => `
dest=''; prev=''
for a in "$@"; do [[ $prev == --pack-destination ]] && dest=$a; prev=$a; done
printf 'not the toolchain' >"$dest/pkg.tgz"
printf '[{"filename":"pkg.tgz","integrity":"%s"}]' "${integrity}"
`

  test('a tarball whose registry integrity is not the pinned one is rejected', async () => {
    const stubs = stubDir()
    stubs.add('npm', servesTarball('sha512-AAAA'))
    await expect(
      ensureSysroot('x86_64', {
        cache: directoryCache(mkdtempSync(join(tmpdir(), 'glibc-floor-cache-'))),
        env: { PATH: stubs.path },
        logger: silentLogger
      })
    ).rejects.toThrow(
      /integrity check failed for @napi-rs\/cross-toolchain-x64-target-x86_64@1\.0\.0: expected sha512-lecog.*the registry reported sha512-AAAA/
    )
  })

  test('bytes that do not hash to the pin are rejected even when the registry repeats the pin', async () => {
    const stubs = stubDir()
    stubs.add('npm', servesTarball(SYSROOT_PINS.x86_64.integrity))
    const cacheRoot = mkdtempSync(join(tmpdir(), 'glibc-floor-cache-'))
    await expect(
      ensureSysroot('x86_64', {
        cache: directoryCache(cacheRoot),
        env: { PATH: stubs.path },
        logger: silentLogger
      })
    ).rejects.toThrow(/the tarball hashes to sha512-/)
    expect(existsSync(join(cacheRoot, SYSROOT_TOOL))).toBe(false)
  })

  test('a cached directory without the 2.17 loader is reported, not used', async () => {
    const cacheRoot = mkdtempSync(join(tmpdir(), 'glibc-floor-cache-'))
    const broken = mkdtempSync(join(tmpdir(), 'glibc-floor-broken-'))
    writeFileSync(join(broken, 'README'), 'not a sysroot\n')
    const cache = directoryCache(cacheRoot)
    await cache.cacheDir(broken, SYSROOT_TOOL, SYSROOT_PINS.x86_64.version, 'x86_64')
    await expect(ensureSysroot('x86_64', { cache, logger: silentLogger })).rejects.toThrow(
      /sysroot in .* is incomplete: .*ld-linux-x86-64\.so\.2 is missing/
    )
  })
})
