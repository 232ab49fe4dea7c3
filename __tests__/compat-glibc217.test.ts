// Step 4 of issue 4: the probe and the compat layer, built with the crosstool-NG GCC 4.8.5 against the real
// glibc 2.17 sysroots, run on that glibc (x86_64 natively through the sysroot's loader, aarch64 under
// qemu-user), take the fallbacks where 2.17 lacks a function, and print what the plain host build prints.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import {
  buildProbe,
  definedSymbols,
  exec,
  mustExec,
  probeDiff,
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

/** What each wrapper must report on a libc that defines `libc`: forwarded when defined, the fallback otherwise. */
const expectedPaths = (libc: Set<string>) =>
  new Map(
    wraps.map(s => [
      s,
      new Set([s === 'at_quick_exit' ? '__cxa_at_quick_exit' : libc.has(s) ? 'libc' : 'fallback'])
    ])
  )

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
    expect(tracePaths(r.stderr)).toEqual(expectedPaths(libc))
    // Same machine as the reference run: kernel- and CPU-dependent lines must match too.
    expect(probeDiff(r.stdout, reference.stdout, true)).toEqual([])
  })

  it('aarch64 under qemu-user: fallbacks run and the output matches', async () => {
    const t = toolchain('aarch64')
    const r = await exec('qemu-aarch64', ['-L', t.sysroot, arm], env)
    expect(r.stderr).toContain('probe: glibc 2.17\n')
    expect(r.code).toBe(0)
    const libc = await definedSymbols(join(t.sysroot, 'lib', 'libc.so.6'), t.bin('readelf'))
    expect(tracePaths(r.stderr)).toEqual(expectedPaths(libc))
    expect(probeDiff(r.stdout, reference.stdout, false)).toEqual([])
  })

  it('the fallbacks were needed: 2.17 lacks every wrapped symbol but quick_exit and at_quick_exit', async () => {
    for (const arch of ['x86_64', 'aarch64'] as const) {
      const t = toolchain(arch)
      const libc = await definedSymbols(join(t.sysroot, 'lib', 'libc.so.6'), t.bin('readelf'))
      expect([arch, wraps.filter(s => libc.has(s))]).toEqual([arch, ['quick_exit']])
    }
  })
})
