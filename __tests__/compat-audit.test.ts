// Step 2 of issue 4: the audit engine, given the probe linked with the compat layer, finds none of the covered
// symbols above GLIBC_2.17, and the layer brings in no late requirement of its own. The plain build is the
// control: the same engine finds every covered symbol there.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { auditPaths } from '../src/audit/index.js'
import type { FileReport } from '../src/audit/index.js'
import { buildProbe, compatHeader, symverPins, tempDir, wrapSymbols } from './helpers/compat.js'

const { dir, cleanup } = tempDir('compat-audit')
afterAll(cleanup)

const wraps = wrapSymbols()
const pinned = symverPins().map(p => p.symbol)
const covered = new Set([...wraps, ...pinned])
// at_quick_exit never reaches the dynamic symbol table (libc_nonshared.a supplies it; see compat-sources).
const dynamicCovered = [...covered].filter(s => s !== 'at_quick_exit').sort()

let plain: FileReport
let compat: FileReport
let compatLto: FileReport
let floorBuild: FileReport

// Awaited: the engine's API was announced as returning a promise; a plain report awaits the same.
const auditOne = async (bin: string): Promise<FileReport> => {
  const report = await auditPaths([bin], { floor: '2.17', compatHeader })
  expect(report.files).toHaveLength(1)
  return report.files[0]
}
const late = (f: FileReport) => (f.violations ?? []).map(v => `${v.symbol}@${v.version}`)

beforeAll(async () => {
  const [p, c, l, f] = await Promise.all([
    buildProbe({ target: 'host', compat: false, out: join(dir, 'probe-plain') }),
    buildProbe({ target: 'host', compat: true, out: join(dir, 'probe-compat') }),
    buildProbe({ target: 'host', compat: true, lto: true, out: join(dir, 'probe-compat-lto') }),
    buildProbe({ target: 'x86_64', compat: true, out: join(dir, 'probe-compat-217') })
  ])
  ;[plain, compat, compatLto, floorBuild] = await Promise.all([p, c, l, f].map(auditOne))
}, 120_000)

describe('link effect (step 2)', () => {
  it('control: without the layer the engine finds every covered symbol above 2.17', () => {
    expect(plain.status).toBe('audited')
    const found = new Set((plain.violations ?? []).map(v => v.symbol))
    expect(dynamicCovered.filter(s => !found.has(s))).toEqual([])
    // The fallback report marks the wraps as covered by the header, and only them.
    for (const v of plain.violations ?? [])
      expect([v.symbol, v.wrapped]).toEqual([v.symbol, wraps.includes(v.symbol ?? '')])
  })

  it.each([
    ['', () => compat],
    [' (program built with -flto)', () => compatLto]
  ])('with the layer%s, none of the covered symbols needs a version above 2.17', (_how, report) => {
    expect(report().status).toBe('audited')
    expect((report().violations ?? []).filter(v => covered.has(v.symbol ?? ''))).toEqual([])
  })

  it('the layer adds no late requirement of its own (dlsym, pthread_*, fcntl stay at their 2.17 versions)', () => {
    const before = new Set(late(plain))
    expect(late(compat).filter(v => !before.has(v))).toEqual([])
  })

  it('keeps libdl and libpthread needed, where glibc 2.17 defines dlsym and pthread_key_create', () => {
    expect(compat.needed).toEqual(expect.arrayContaining(['libdl.so.2', 'libpthread.so.0']))
  })

  it('built against the glibc 2.17 sysroot, probe plus layer loads on the floor', () => {
    expect(floorBuild.status).toBe('audited')
    expect(late(floorBuild)).toEqual([])
    expect(floorBuild.loadsOnFloor).toBe(true)
  })
})
