// Issue 12: pins that survive any LTO partitioning. GCC emits top-level asm, such as the .symver directives of
// glibc_2_17_pins.h, into its first LTO partition only, so a libm call that lands in another partition binds to
// the new default version (expf@GLIBC_2.27, pow@GLIBC_2.29, ...). The layer therefore also wraps those functions:
// --wrap works on the linker's symbol table, after LTO, so every reference reaches a __wrap_ in the non-LTO
// compat object, which calls the old version.
//
// The program: dozens of generated translation units, each calling one of the pinned functions from a function
// that is not inlined, linked with -flto-partition=balanced and =max. lto-min-partition is lowered so that this
// small program is split the way a large one (Node: V8) is by default.
// - Host GCC 12 against the host glibc (2.36): the audit engine finds the control (pins header only) needing
//   the new versions, and the binary with the layer needing nothing above 2.17 for the pinned functions.
// - GCC 4.8.5 against the real glibc 2.17 sysroot (whose libm has only the old versions, so it cannot show the
//   floor rising): the same LTO layouts run on glibc 2.17, every call through its wrapper, same results.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { auditPaths } from '../src/audit/index.js'
import type { FileReport } from '../src/audit/index.js'
import {
  compatFlags,
  compatHeader,
  compatSource,
  exec,
  mustExec,
  pool,
  probeDiff,
  symverPins,
  TRACE_ENV,
  tempDir,
  tracePaths
} from './helpers/compat.js'
import { toolchain } from './helpers/fixtures.js'

const { dir, cleanup } = tempDir('compat-lto')
afterAll(cleanup)

const pins = symverPins()
const pinned = new Set(pins.map(p => p.symbol))
const UNITS = 40
const PARTITIONING = ['balanced', 'max'] as const
// Small enough that balanced makes a dozen partitions of 40 small units, as it would of a large program.
const LTO = ['-O2', '--param', 'lto-min-partition=50']

const FLOAT = new Set(['expf', 'exp2f', 'logf', 'log2f', 'powf'])
const TWO_ARGS = new Set(['powf', 'pow'])

/** Writes unit00.c ... and main.c; unit i calls pinned function i mod n from a non-inlined function. */
function generate(src: string): string[] {
  mkdirSync(src)
  const files: string[] = []
  for (let i = 0; i < UNITS; i++) {
    const fn = pins[i % pins.length].symbol
    const t = FLOAT.has(fn) ? 'float' : 'double'
    const args = TWO_ARGS.has(fn) ? `(${t})(x + k), (${t})0.5` : `(${t})(x + k)`
    const file = join(src, `unit${String(i).padStart(2, '0')}.c`)
    writeFileSync(
      file,
      `#include <math.h>\n__attribute__((noinline)) double unit${i}(double x) {\n` +
        `  double acc = 0;\n  for (int k = 0; k < 3; k++) acc += ${fn}(${args});\n  return acc;\n}\n`
    )
    files.push(file)
  }
  const decls = Array.from({ length: UNITS }, (_, i) => `double unit${i}(double);\n`).join('')
  const table = Array.from({ length: UNITS }, (_, i) => `unit${i}`).join(', ')
  const main = join(src, 'main.c')
  writeFileSync(
    main,
    `#include <stdio.h>\n${decls}static double (*const table[])(double) = {${table}};\n` +
      'int main(void) {\n  double sum = 0;\n' +
      '  for (unsigned i = 0; i < sizeof table / sizeof table[0]; i++) sum += table[i](1.5 + i * 0.01);\n' +
      '  printf("math checksum=%.12g\\n", sum);\n  return 0;\n}\n'
  )
  return [...files, main]
}

interface Toolset {
  name: string
  cc: string
  cxx: string
  readelf: string
  /** Link flags that make the kernel start the result with the glibc 2.17 loader. */
  runtime: string[]
}

const host: Toolset = { name: 'host', cc: 'gcc', cxx: 'g++', readelf: 'readelf', runtime: [] }
function floorToolset(): Toolset {
  const t = toolchain('x86_64')
  return {
    name: 'gcc-4.8.5',
    cc: t.gcc,
    cxx: t.gxx,
    readelf: t.bin('readelf'),
    runtime: [`-Wl,--dynamic-linker=${t.loader}`, `-Wl,-rpath=${t.libraryPath}`]
  }
}

/** LTO objects of the generated program (pins header force-included, as flags.sh cflags says) and the layer. */
async function compileAll(
  ts: Toolset,
  sources: string[],
  out: string
): Promise<{ objects: string[]; layer: string }> {
  mkdirSync(out)
  const layer = join(out, 'compat.o')
  const jobs = sources.map(src => async () => {
    const obj = join(out, src.slice(src.lastIndexOf('/') + 1).replace(/\.c$/, '.o'))
    await mustExec(ts.cc, ['-std=gnu99', '-O2', '-flto', ...compatFlags('cflags'), '-c', src, '-o', obj])
    return obj
  })
  const objects = await pool([
    ...jobs,
    async () => {
      await mustExec(ts.cxx, ['-O2', ...compatFlags('source-cflags'), '-c', compatSource, '-o', layer])
      return layer
    }
  ])
  return { objects: objects.slice(0, sources.length), layer }
}

/**
 * Links with LTO in its own directory, also the working directory: -save-temps leaves one
 * prog.ltrans<N>[.ltrans].o per partition there (GCC 12 next to the output, GCC 4.8 in the working directory).
 */
async function link(
  ts: Toolset,
  objects: string[],
  partition: string,
  extra: string[],
  out: string
): Promise<{ bin: string; partitions: string[] }> {
  mkdirSync(out)
  const bin = join(out, 'prog')
  const jobs = ts.name === 'host' ? '-flto=auto' : '-flto=2' // -flto=auto is GCC >= 10
  await mustExec(
    ts.cc,
    [
      ...LTO,
      jobs,
      `-flto-partition=${partition}`,
      '-save-temps',
      ...objects,
      ...extra,
      '-lm',
      ...ts.runtime,
      '-o',
      bin
    ],
    {},
    { cwd: out }
  )
  // GCC 12 keeps each partition's IR as prog.ltrans<N>.o and its code as prog.ltrans<N>.ltrans.o; GCC 4.8 only
  // the code, as prog.ltrans<N>.o. One native object per partition:
  const files = new Set(readdirSync(out))
  const partitions = [...files]
    .map(f => /^prog\.ltrans(\d+)\.o$/.exec(f)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(n =>
      join(out, files.has(`prog.ltrans${n}.ltrans.o`) ? `prog.ltrans${n}.ltrans.o` : `prog.ltrans${n}.o`)
    )
  return { bin, partitions }
}

/** Names of the pinned functions a partition's object calls without a version (i.e. the pins did not reach it). */
async function unpinnedCalls(obj: string, readelf: string): Promise<string[]> {
  const out = await mustExec(readelf, ['-W', '-s', obj])
  return [...out.matchAll(/\sUND\s+(\S+)$/gm)].map(m => m[1]).filter(n => pinned.has(n))
}

const audit = async (bin: string): Promise<FileReport> => {
  const report = await auditPaths([bin], { floor: '2.17', compatHeader })
  expect(report.files).toHaveLength(1)
  return report.files[0]
}
const latePinned = (f: FileReport) =>
  (f.violations ?? [])
    .filter(v => pinned.has(v.symbol ?? ''))
    .map(v => `${v.symbol}@${v.version}`)
    .sort()

let reference: string
const hostBuilds = new Map<string, { bin: string; partitions: string[] }>()
const floorBuilds = new Map<string, { bin: string; partitions: string[] }>()
let control: { bin: string; partitions: string[] }

beforeAll(async () => {
  const sources = generate(join(dir, 'src'))
  const plain = join(dir, 'plain')
  await mustExec('gcc', ['-std=gnu99', '-O2', ...sources, '-lm', '-o', plain])
  reference = (await mustExec(plain, [])).trim()

  const floor = floorToolset()
  const [h, f] = [
    await compileAll(host, sources, join(dir, 'host')),
    await compileAll(floor, sources, join(dir, 'floor'))
  ]
  control = await link(host, h.objects, 'balanced', [], join(dir, 'host-control'))
  for (const p of PARTITIONING) {
    const layer = [h.layer, ...compatFlags('ldflags')]
    hostBuilds.set(p, await link(host, h.objects, p, layer, join(dir, `host-${p}`)))
    floorBuilds.set(
      p,
      await link(floor, f.objects, p, [f.layer, ...compatFlags('ldflags')], join(dir, `floor-${p}`))
    )
  }
}, 240_000)

describe('LTO partitions and the libm pins (host GCC 12, host glibc)', () => {
  it('control: with the pins header alone, calls in later partitions need the new versions', async () => {
    expect(control.partitions.length).toBeGreaterThanOrEqual(8)
    // The calls really sit in partitions other than the first, where no .symver directive went.
    const late = new Set<string>()
    for (const part of control.partitions.filter(p => !/\.ltrans0(\.ltrans)?\.o$/.test(p)))
      for (const name of await unpinnedCalls(part, 'readelf')) late.add(name)
    expect(late.size).toBeGreaterThan(0)
    const report = await audit(control.bin)
    expect(report.status).toBe('audited')
    // Each of them is what the engine reports: the new default version, above the floor.
    const newer = new Map(pins.map(p => [p.symbol, p.newer]))
    expect(latePinned(report)).toEqual([...late].map(s => `${s}@${newer.get(s)}`).sort())
  })

  it.each(PARTITIONING)(
    '-flto-partition=%s with the layer: nothing above 2.17 for any pinned function, same results',
    async partition => {
      const b = hostBuilds.get(partition)!
      expect(b.partitions.length).toBeGreaterThanOrEqual(partition === 'max' ? UNITS : 8)
      const report = await audit(b.bin)
      expect(report.status).toBe('audited')
      expect(latePinned(report)).toEqual([])
      const r = await exec(b.bin, [], { [TRACE_ENV]: '1' })
      expect(r.code).toBe(0)
      expect(probeDiff(r.stdout, reference + '\n', true)).toEqual([])
    }
  )
})

describe('the same LTO layouts built with GCC 4.8.5 run on the real glibc 2.17', () => {
  it.each(PARTITIONING)(
    '-flto-partition=%s: every pinned function through its wrapper, same results',
    async partition => {
      const b = floorBuilds.get(partition)!
      expect(b.partitions.length).toBeGreaterThanOrEqual(partition === 'max' ? UNITS : 8)
      const r = await exec(b.bin, [], { [TRACE_ENV]: '1' })
      expect(r.code).toBe(0)
      expect(probeDiff(r.stdout, reference + '\n', false)).toEqual([])
      const expected = new Map(pins.map(p => [p.symbol, new Set([`${p.symbol}@${p.byArch.x86_64}`])]))
      expect(tracePaths(r.stderr)).toEqual(expected)
    }
  )
})
