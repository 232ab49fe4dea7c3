// Step 4 of issue 4: the probe and the compat layer, built with the crosstool-NG GCC 4.8.5 against the real
// glibc 2.17 sysroots, run on that glibc (x86_64 natively through the sysroot's loader, aarch64 under
// qemu-user), take the fallbacks where 2.17 lacks a function, and print what the plain host build prints.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import {
  buildProbe,
  definedSymbols,
  exec,
  expectedTrace,
  mustExec,
  probeDiff,
  symverPins,
  TRACE_ENV,
  tempDir,
  tracePaths,
  wrapSymbols,
  type Exec
} from './helpers/compat.js'
import { toolchain } from './helpers/fixtures.js'

const { dir, cleanup } = tempDir('compat-217')
afterAll(cleanup)

const wraps = wrapSymbols()
let reference: Exec
let x86: string
let arm: string

const env = { TMPDIR: dir, [TRACE_ENV]: '1' }

/**
 * What each wrapper must report on glibc 2.17: forwarded where it defines the symbol, the fallback otherwise,
 * quick_exit at its only (old) version, the libm calls bound by the pins header without a wrapper.
 */
const expectedPaths = (libc: Set<string>, arch: 'x86_64' | 'aarch64') =>
  expectedTrace({ libc, quickExit224: false, arch, pins: true })

beforeAll(async () => {
  let plain: string
  ;[plain, x86, arm] = await Promise.all([
    buildProbe({ target: 'host', compat: false, out: join(dir, 'probe-plain') }),
    buildProbe({ target: 'x86_64', compat: true, out: join(dir, 'probe-x86_64') }),
    buildProbe({ target: 'aarch64', compat: true, out: join(dir, 'probe-aarch64') })
  ])
  reference = await exec(plain, [], env)
  expect(reference.code).toBe(0)
}, 120_000)

describe('real glibc 2.17 (step 4)', () => {
  it('x86_64: the kernel starts it with the 2.17 loader; fallbacks run and the output matches', async () => {
    const t = toolchain('x86_64')
    expect(await mustExec('readelf', ['-W', '-l', x86])).toContain(
      `[Requesting program interpreter: ${t.loader}]`
    )
    const r = await exec(x86, [], env)
    expect(r.stderr).toContain('probe: glibc 2.17\n')
    expect(r.code).toBe(0)
    const libc = await definedSymbols(join(t.sysroot, 'lib', 'libc.so.6'))
    expect(tracePaths(r.stderr)).toEqual(expectedPaths(libc, 'x86_64'))
    // Same machine as the reference run: kernel- and CPU-dependent lines must match too.
    expect(probeDiff(r.stdout, reference.stdout, true)).toEqual([])
  })

  it('aarch64 under qemu-user: fallbacks run and the output matches', async () => {
    const t = toolchain('aarch64')
    const r = await exec('qemu-aarch64', ['-L', t.sysroot, arm], env)
    expect(r.stderr).toContain('probe: glibc 2.17\n')
    expect(r.code).toBe(0)
    const libc = await definedSymbols(join(t.sysroot, 'lib', 'libc.so.6'), t.bin('readelf'))
    expect(tracePaths(r.stderr)).toEqual(expectedPaths(libc, 'aarch64'))
    expect(probeDiff(r.stdout, reference.stdout, false)).toEqual([])
  })

  it('the fallbacks were needed: 2.17 libc lacks every wrapped libc symbol but quick_exit and at_quick_exit', async () => {
    const libm = new Set(symverPins().map(p => p.symbol))
    for (const arch of ['x86_64', 'aarch64'] as const) {
      const t = toolchain(arch)
      const libc = await definedSymbols(join(t.sysroot, 'lib', 'libc.so.6'), t.bin('readelf'))
      expect([arch, wraps.filter(s => !libm.has(s) && libc.has(s))]).toEqual([arch, ['quick_exit']])
    }
  })
})
