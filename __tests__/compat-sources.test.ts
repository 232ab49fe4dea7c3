// The compat layer's sources: one list of wrapped symbols that the header, the definitions and the link flags
// all follow; symver pins that match the real libm of each target; coverage of every late symbol in official
// Node.js binaries; warning-free builds on every supported compiler (step 5 of issue 4); an empty translation
// unit outside glibc Linux.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { wrappedSymbols } from '../src/audit/wrapped.js'
import {
  compatDir,
  compatFlags,
  compatHeader,
  compatSource,
  definedSymbols,
  exec,
  glibcAbove,
  mustExec,
  pool,
  pinsHeader,
  probeSource,
  shimSource,
  symverPins,
  tempDir,
  undefinedVersioned,
  wrapSymbols
} from './helpers/compat.js'
import { thirdParty, toolchain, type ToolchainArch } from './helpers/fixtures.js'

const { dir, cleanup } = tempDir('compat-sources')
afterAll(cleanup)

const wraps = wrapSymbols()
const pins = symverPins()
const sorted = (xs: Iterable<string>) => [...xs].sort()

/** Symbol-table entries of an object file: [name, binding, section index]. */
async function objectSymbols(obj: string, readelf = 'readelf'): Promise<[string, string, string][]> {
  const out = await mustExec(readelf, ['-W', '-s', obj])
  return out
    .split('\n')
    .map(l => l.trim().split(/\s+/))
    .filter(c => c.length >= 8 && /^\d+:$/.test(c[0]))
    .map(c => [c[7], c[4], c[6]] as [string, string, string])
}

describe('one list of wrapped symbols', () => {
  it('wrap-symbols.txt lists distinct C symbol names', () => {
    expect(wraps.length).toBeGreaterThan(0)
    for (const s of wraps) expect(s).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/)
    expect(new Set(wraps).size).toBe(wraps.length)
  })

  it('the header declares a __wrap_ for exactly those symbols, as the audit engine reads it', () => {
    expect(sorted(wrappedSymbols(readFileSync(compatHeader, 'utf8')))).toEqual(sorted(wraps))
  })

  it('the compiled layer defines exactly those __wrap_ functions and nothing else global', async () => {
    const obj = join(dir, 'compat.o')
    await mustExec('g++', ['-std=c++11', '-O2', '-c', compatSource, '-o', obj])
    const globals = (await objectSymbols(obj)).filter(([, bind, ndx]) => bind === 'GLOBAL' && ndx !== 'UND')
    expect(sorted(globals.map(([name]) => name))).toEqual(sorted(wraps.map(s => `__wrap_${s}`)))
  })

  it('the header stands alone: included first, it declares every wrapper', async () => {
    const src = join(dir, 'header-first.cc')
    const uses = wraps.map(s => `(void *)&__wrap_${s}`).join(', ')
    writeFileSync(src, `#include "${compatHeader}"\nvoid *uses[] = {${uses}};\n`)
    for (const cxx of ['g++', toolchain('x86_64').gxx]) {
      await mustExec(cxx, [
        '-std=c++11',
        '-Wall',
        '-Wextra',
        '-Werror',
        '-c',
        src,
        '-o',
        join(dir, 'header-first.o')
      ])
    }
  })

  it('flags.sh turns the list into the link flags, in order, and points at files that exist', () => {
    expect(compatFlags('wrap')).toEqual([`-Wl,${wraps.map(s => `--wrap=${s}`).join(',')}`])
    expect(compatFlags('ldflags').slice(0, 1)).toEqual(compatFlags('wrap'))
    expect(compatFlags('ldflags')).toEqual(
      expect.arrayContaining(['-l:libdl.so.2', '-l:libpthread.so.0', '-l:libm.so.6'])
    )
    expect(compatFlags('cflags')).toEqual(['-include', pinsHeader])
    expect(compatFlags('sources')).toEqual([compatSource])
    expect(compatFlags('source-cflags')).toEqual(['-fno-lto'])
  })

  it('flags.sh rejects an unknown mode with its usage', async () => {
    const bad = await exec('sh', [join(compatDir, 'flags.sh'), 'cflgs'])
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('source-cflags')])
  })

  it('a -static link with the layer stops at once, naming the static link', async () => {
    // Static binaries need no layer and cannot use it (it finds libc's functions with dlsym).
    const src = join(dir, 'static.c')
    writeFileSync(src, 'int main(void) { return 0; }\n')
    const r = await exec('g++', [
      '-static',
      src,
      compatSource,
      ...compatFlags('ldflags'),
      '-o',
      join(dir, 'static')
    ])
    expect(r.code).not.toBe(0)
    expect(r.stderr).toMatch(/attempted static link of dynamic object .*libdl\.so\.2/)
  })
})

describe('the wrapped symbols are the late ones', () => {
  // Host libc and libm (glibc >= 2.29 on any CI runner) and the real 2.17 libc from the toolchain package.
  let hostDefault: Map<string, string>
  let floorLibc: Set<string>
  beforeAll(async () => {
    hostDefault = new Map()
    for (const lib of ['libc.so.6', 'libm.so.6']) {
      const path = (await mustExec('gcc', [`-print-file-name=${lib}`])).trim()
      const out = await mustExec('readelf', ['-W', '--dyn-syms', path])
      for (const m of out.matchAll(/\s([A-Za-z_]\w*)@@(GLIBC_[\d.]+)/g)) hostDefault.set(m[1], m[2])
    }
    floorLibc = await definedSymbols(join(toolchain('x86_64').sysroot, 'lib', 'libc.so.6'))
  })

  it('each has a default version above GLIBC_2.17 in the host libc or libm, except at_quick_exit', () => {
    for (const s of wraps.filter(s => s !== 'at_quick_exit')) {
      expect([s, glibcAbove(hostDefault.get(s) ?? 'none', '2.17')]).toEqual([s, true])
    }
  })

  it('quick_exit exists on 2.17 under an older version; at_quick_exit is exported by neither libc', () => {
    expect(floorLibc.has('quick_exit')).toBe(true)
    expect(floorLibc.has('__cxa_at_quick_exit')).toBe(true)
    expect(floorLibc.has('at_quick_exit')).toBe(false)
    expect(hostDefault.has('at_quick_exit')).toBe(false)
  })
})

describe('symver pins', () => {
  it('symver-pins.txt matches the real libm of each target', async () => {
    const hostLibm = (await mustExec('gcc', ['-print-file-name=libm.so.6'])).trim()
    const host = await mustExec('readelf', ['-W', '--dyn-syms', hostLibm])
    const floors = {
      x86_64: await mustExec('readelf', [
        '-W',
        '--dyn-syms',
        join(toolchain('x86_64').sysroot, 'lib', 'libm.so.6')
      ]),
      aarch64: await mustExec('readelf', [
        '-W',
        '--dyn-syms',
        join(toolchain('aarch64').sysroot, 'lib', 'libm.so.6')
      ])
    }
    // Node's expf/powf/lgamma, and every libm function whose default version 2.29 raised (issue 12).
    expect(pins.map(p => p.symbol)).toEqual(
      expect.arrayContaining(['expf', 'powf', 'lgamma', 'exp', 'log', 'pow', 'exp2', 'log2'])
    )
    for (const p of pins) {
      // The host (x86_64, glibc >= 2.27) has the newer default and still exports the pinned one.
      expect(host).toContain(` ${p.symbol}@@${p.newer}`)
      expect(host).toContain(` ${p.symbol}@${p.byArch.x86_64}`)
      for (const arch of ['x86_64', 'aarch64'] as const)
        expect(floors[arch]).toContain(` ${p.symbol}@@${p.byArch[arch]}`)
    }
  })

  it('glibc_2_17_pins.h binds every pinned call to the listed version on each compiler', async () => {
    // Double arguments for the double functions: GCC turns (float)log((double)f) into logf(f).
    const calls = pins.map(p => {
      const x = p.symbol.endsWith('f') ? '(float)x' : 'x'
      return `${p.symbol}(${x}${p.symbol.startsWith('pow') ? `, ${x}` : ''})`
    })
    const src = join(dir, 'pins.c')
    writeFileSync(src, `#include <math.h>\ndouble use(double x) { return ${calls.join(' + ')}; }\n`)
    const compilers: [string, ToolchainArch, string][] = [
      ['gcc', 'x86_64', 'readelf'],
      ['clang', 'x86_64', 'readelf'],
      [toolchain('x86_64').gcc, 'x86_64', toolchain('x86_64').bin('readelf')],
      [toolchain('aarch64').gcc, 'aarch64', toolchain('aarch64').bin('readelf')]
    ]
    await pool(
      compilers.map(([cc, arch, readelf], i) => async () => {
        const obj = join(dir, `pins-${i}.o`)
        await mustExec(cc, [
          '-O2',
          '-Wall',
          '-Wextra',
          '-Werror',
          '-include',
          pinsHeader,
          '-c',
          src,
          '-o',
          obj
        ])
        const und = (await objectSymbols(obj, readelf)).filter(([, , ndx]) => ndx === 'UND').map(([n]) => n)
        expect([cc, sorted(und)]).toEqual([cc, sorted(pins.map(p => `${p.symbol}@${p.byArch[arch]}`))])
      })
    )
  })
})

describe('coverage of official Node.js binaries', () => {
  // Node 18–24 x64/arm64, measured when the list was made: node 24 (x64, arm64) references the union of all
  // of them; node 18 x64 is the oldest line. Node 20 and 22 reference subsets of node 24's set.
  it.each(['node24-x64', 'node24-arm64', 'node18-x64'])(
    '%s: every symbol above GLIBC_2.17 is wrapped or pinned',
    async name => {
      const late = (await undefinedVersioned(thirdParty(name)))
        .filter(r => glibcAbove(r.slice(r.indexOf('@') + 1), '2.17'))
        .map(r => r.slice(0, r.indexOf('@')))
      expect(late.length).toBeGreaterThan(0)
      const covered = new Set([...wraps, ...pins.map(p => p.symbol)])
      expect(late.filter(s => !covered.has(s))).toEqual([])
    }
  )
})

describe('warning-free with -Wall -Wextra -Wpedantic -Werror (step 5)', () => {
  const strict = ['-Wall', '-Wextra', '-Wpedantic', '-Werror']
  const cases: [string, string[]][] = []
  for (const cxx of ['g++', 'clang++']) {
    for (const std of ['c++11', 'c++14', 'c++17', 'c++20']) {
      cases.push([cxx, [`-std=${std}`, '-O2', ...strict, '-c', compatSource]])
    }
    // As a Node build compiles it: position-independent, 64-bit file offsets, fortified, no optimisation.
    cases.push([cxx, ['-std=c++17', '-O0', '-fPIC', '-D_FILE_OFFSET_BITS=64', ...strict, '-c', compatSource]])
    cases.push([cxx, ['-std=c++17', '-O2', '-D_FORTIFY_SOURCE=2', '-fPIC', ...strict, '-c', compatSource]])
    cases.push([cxx, ['-std=c++11', '-O2', ...strict, '-include', pinsHeader, '-c', probeSource]])
  }
  for (const arch of ['x86_64', 'aarch64'] as const) {
    const t = toolchain(arch)
    cases.push([t.gxx, ['-std=c++11', '-O2', ...strict, '-c', compatSource]])
    cases.push([
      t.gxx,
      ['-std=c++11', '-O2', '-fPIC', '-D_FILE_OFFSET_BITS=64', ...strict, '-c', compatSource]
    ])
    cases.push([t.gxx, ['-std=c++11', '-O2', ...strict, '-include', pinsHeader, '-c', probeSource]])
  }
  for (const cc of ['gcc', 'clang']) {
    for (const std of ['c99', 'c11'])
      cases.push([cc, [`-std=${std}`, '-O2', ...strict, '-shared', '-fPIC', shimSource, '-ldl']])
  }

  it(`compiles in ${cases.length} configurations without a diagnostic`, async () => {
    const results = await pool(
      cases.map(([cc, args], i) => async () => {
        const r = await exec(cc, [...args, '-o', join(dir, `strict-${i}.o`)])
        return `${cc} ${args.filter(a => !a.startsWith('/')).join(' ')}: ${r.code === 0 && r.stderr === '' ? 'clean' : r.stderr}`
      })
    )
    expect(results.filter(r => !r.endsWith(': clean'))).toEqual([])
  })
})

describe('nothing outside glibc Linux', () => {
  const musl = '/usr/include/x86_64-linux-musl'
  const globalsOf = async (obj: string) =>
    (await objectSymbols(obj)).filter(([, bind]) => bind === 'GLOBAL').map(([name]) => name)

  it('the layer compiles to an empty object for musl and for other systems', async () => {
    const resource = (await mustExec('clang', ['-print-resource-dir'])).trim()
    const builds: [string, string[]][] = [
      // musl-gcc: the host GCC with musl's headers and specs (Debian package musl-dev).
      ['x86_64-linux-musl-gcc', ['-x', 'c++', '-std=c++11']],
      [
        'clang++',
        ['--target=x86_64-linux-musl', '-nostdinc', '-isystem', join(resource, 'include'), '-isystem', musl]
      ],
      ['clang++', ['--target=x86_64-unknown-freebsd', '-nostdinc']]
    ]
    for (const [i, [cc, flags]] of builds.entries()) {
      const obj = join(dir, `empty-${i}.o`)
      await mustExec(cc, [...flags, '-Wall', '-Wextra', '-Werror', '-c', compatSource, '-o', obj])
      expect([cc, ...flags, await globalsOf(obj)]).toEqual([cc, ...flags, []])
    }
  })

  it('force-included into preprocessed assembly, the pins header adds nothing', async () => {
    const src = join(dir, 'asm.S')
    writeFileSync(src, '.text\n.globl asm_fn\nasm_fn:\n  ret\n')
    for (const cc of ['gcc', 'clang']) {
      const obj = join(dir, `asm-${cc}.o`)
      await mustExec(cc, ['-include', pinsHeader, '-c', src, '-o', obj])
      expect([cc, await globalsOf(obj)]).toEqual([cc, ['asm_fn']])
    }
  })

  it('the pins leave musl references unversioned', async () => {
    const src = join(dir, 'musl-pins.c')
    const obj = join(dir, 'musl-pins.o')
    writeFileSync(
      src,
      '#include <math.h>\nfloat use(float x) { return expf(x) + powf(x, x) + (float)lgamma(x); }\n'
    )
    await mustExec('x86_64-linux-musl-gcc', ['-O2', '-include', pinsHeader, '-c', src, '-o', obj])
    expect(sorted(await globalsOf(obj))).toEqual(['expf', 'lgamma', 'powf', 'use'])
  })
})
