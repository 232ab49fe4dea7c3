// Steps 1 and 3 of issue 4 on the host glibc: the probe built with the compat layer prints exactly what the
// plain build prints, first forwarding to the real functions, then, with force_null_dlsym hiding them, through
// every fallback. Issue 12: the libm wrappers (reached when the pins header is left out) give the same results,
// and quick_exit is looked up by version, so hiding its unversioned name cannot reach the old version's semantics.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import {
  buildProbe,
  definedSymbols,
  exec,
  expectedTrace,
  mustExec,
  probeDiff,
  shimSource,
  TRACE_ENV,
  tempDir,
  tracePaths,
  wrapSymbols,
  type Exec
} from './helpers/compat.js'

const { dir, cleanup } = tempDir('compat-host')
afterAll(cleanup)

const wraps = wrapSymbols()
let plain: string
let withCompat: string
let withCompatClang: string
let withCompatLto: string
let wrapsOnly: string
let shim: string
let hostLibc: Set<string>
let reference: Exec

const runProbe = (bin: string, env: NodeJS.ProcessEnv = {}) =>
  exec(bin, [], { TMPDIR: dir, [TRACE_ENV]: '1', ...env })

const expected = (hidden: Set<string> = new Set(), pins = true) =>
  expectedTrace({ libc: hostLibc, quickExit224: true, arch: 'x86_64', hidden, pins })

beforeAll(async () => {
  ;[plain, withCompat, withCompatClang, withCompatLto, wrapsOnly, shim] = await Promise.all([
    buildProbe({ target: 'host', compat: false, out: join(dir, 'probe-plain') }),
    buildProbe({ target: 'host', compat: true, out: join(dir, 'probe-compat') }),
    buildProbe({ target: 'host', compat: true, cxx: 'clang++', out: join(dir, 'probe-compat-clang') }),
    buildProbe({ target: 'host', compat: true, lto: true, out: join(dir, 'probe-compat-lto') }),
    buildProbe({ target: 'host', compat: true, pins: false, out: join(dir, 'probe-wraps-only') }),
    mustExec('gcc', [
      '-O2',
      '-shared',
      '-fPIC',
      shimSource,
      '-o',
      join(dir, 'force_null_dlsym.so'),
      '-ldl'
    ]).then(() => join(dir, 'force_null_dlsym.so'))
  ])
  hostLibc = await definedSymbols((await mustExec('gcc', ['-print-file-name=libc.so.6'])).trim())
  reference = await runProbe(plain)
}, 120_000)

describe('forward path (step 1)', () => {
  it('the plain build runs and checks itself', () => {
    expect(reference.code).toBe(0)
    expect(reference.stdout).toMatch(/^probe: start\n[\s\S]*\nprobe: end\n/)
    // Every check reports a success word; none of the failure words the probe can print.
    expect(reference.stdout).not.toMatch(
      /BUG|failed|missing|leaked|FIFO|short read|are equal|null\n|granted|not held/
    )
  })

  it.each([
    ['g++', () => withCompat],
    ['clang++', () => withCompatClang],
    ['g++ -flto', () => withCompatLto]
  ])('built with %s and compat, it prints exactly what the plain build prints', async (_cxx, bin) => {
    const r = await runProbe(bin())
    expect(r.code).toBe(0)
    expect(probeDiff(r.stdout, reference.stdout, true)).toEqual([])
    expect(r.stdout).toBe(reference.stdout)
    expect(tracePaths(r.stderr)).toEqual(expected())
  })

  it('without the pins header, every libm call goes through its wrapper to the old version, with the same results', async () => {
    const r = await runProbe(wrapsOnly)
    expect(r.code).toBe(0)
    expect(tracePaths(r.stderr)).toEqual(expected(new Set(), false))
    // The old versions are the SVID wrappers around the same implementation: values and errno agree.
    expect(probeDiff(r.stdout, reference.stdout, true)).toEqual([])
    expect(r.stdout.match(/^math /gm)?.length).toBe(19)
  })
})

describe('simulated old glibc (step 3)', () => {
  it('with every wrapped symbol hidden from dlsym, each wrapper falls back and the results are the same', async () => {
    const r = await runProbe(withCompat, { LD_PRELOAD: shim, FORCE_NULL_DLSYM: wraps.join(',') })
    expect(r.stderr).not.toMatch(/cannot be preloaded/)
    expect(r.code).toBe(0)
    expect(tracePaths(r.stderr)).toEqual(expected(new Set(wraps)))
    expect(probeDiff(r.stdout, reference.stdout, true)).toEqual([])
  })

  it('the shim hides only what it is told to and forwards every other lookup', async () => {
    const hidden = new Set(['getrandom', 'fcntl64', 'pkey_get'])
    const r = await runProbe(withCompat, { LD_PRELOAD: shim, FORCE_NULL_DLSYM: [...hidden].join(' ') })
    expect(r.code).toBe(0)
    expect(tracePaths(r.stderr)).toEqual(expected(hidden))
    expect(probeDiff(r.stdout, reference.stdout, true)).toEqual([])
  })

  it('"*" hides every name', async () => {
    const r = await runProbe(withCompat, { LD_PRELOAD: shim, FORCE_NULL_DLSYM: '*' })
    expect(r.code).toBe(0)
    expect(tracePaths(r.stderr)).toEqual(expected(new Set(wraps)))
  })

  it('quick_exit hidden alone still reaches quick_exit@@GLIBC_2.24: no thread_local destructor runs', async () => {
    // The old quick_exit@GLIBC_2.10, which an unversioned lookup fell back to here, runs thread_local
    // destructors on glibc >= 2.24 (glibc bug 20198); the probe's child then prints "BUG: quick_exit ran ...".
    // __cxa_thread_atexit_impl stays visible, so the destructor is in libc's list, where the old version finds it.
    const r = await runProbe(withCompat, { LD_PRELOAD: shim, FORCE_NULL_DLSYM: 'quick_exit' })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('quick_exit: child exited with 7\n')
    expect(r.stdout).not.toContain('BUG')
    expect(tracePaths(r.stderr).get('quick_exit')).toEqual(new Set(['libc']))
    expect(tracePaths(r.stderr).get('__cxa_thread_atexit_impl')).toEqual(new Set(['libc']))
  })
})
