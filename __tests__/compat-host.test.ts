// Steps 1 and 3 of issue 4 on the host glibc: the probe built with the compat layer prints exactly what the
// plain build prints, first forwarding to the real functions, then, with force_null_dlsym hiding them, through
// every fallback.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import {
  buildProbe,
  definedSymbols,
  exec,
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
let shim: string
let hostLibc: Set<string>
let reference: Exec

const runProbe = (bin: string, env: NodeJS.ProcessEnv = {}) =>
  exec(bin, [], { TMPDIR: dir, [TRACE_ENV]: '1', ...env })

/**
 * The path each wrapper must report: forwarded ("libc") when the running libc defines the symbol and dlsym is
 * not told to hide it, the fallback otherwise. at_quick_exit is never looked up (libc.so does not export it).
 */
function expectedPaths(libc: Set<string>, hidden: Set<string>): Map<string, Set<string>> {
  return new Map(
    wraps.map(s => [
      s,
      new Set([
        s === 'at_quick_exit' ? '__cxa_at_quick_exit' : libc.has(s) && !hidden.has(s) ? 'libc' : 'fallback'
      ])
    ])
  )
}

beforeAll(async () => {
  ;[plain, withCompat, withCompatClang, withCompatLto, shim] = await Promise.all([
    buildProbe({ target: 'host', compat: false, out: join(dir, 'probe-plain') }),
    buildProbe({ target: 'host', compat: true, out: join(dir, 'probe-compat') }),
    buildProbe({ target: 'host', compat: true, cxx: 'clang++', out: join(dir, 'probe-compat-clang') }),
    buildProbe({ target: 'host', compat: true, lto: true, out: join(dir, 'probe-compat-lto') }),
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
    expect(tracePaths(r.stderr)).toEqual(expectedPaths(hostLibc, new Set()))
  })
})

describe('simulated old glibc (step 3)', () => {
  it('with every wrapped symbol hidden from dlsym, each wrapper falls back and the results are the same', async () => {
    const r = await runProbe(withCompat, { LD_PRELOAD: shim, FORCE_NULL_DLSYM: wraps.join(',') })
    expect(r.stderr).not.toMatch(/cannot be preloaded/)
    expect(r.code).toBe(0)
    expect(tracePaths(r.stderr)).toEqual(expectedPaths(hostLibc, new Set(wraps)))
    expect(probeDiff(r.stdout, reference.stdout, true)).toEqual([])
  })

  it('the shim hides only what it is told to and forwards every other lookup', async () => {
    const hidden = new Set(['getrandom', 'fcntl64', 'pkey_get'])
    const r = await runProbe(withCompat, { LD_PRELOAD: shim, FORCE_NULL_DLSYM: [...hidden].join(' ') })
    expect(r.code).toBe(0)
    expect(tracePaths(r.stderr)).toEqual(expectedPaths(hostLibc, hidden))
    expect(probeDiff(r.stdout, reference.stdout, true)).toEqual([])
  })

  it('"*" hides every name', async () => {
    const r = await runProbe(withCompat, { LD_PRELOAD: shim, FORCE_NULL_DLSYM: '*' })
    expect(r.code).toBe(0)
    expect(tracePaths(r.stderr)).toEqual(expectedPaths(hostLibc, new Set(wraps)))
  })
})
