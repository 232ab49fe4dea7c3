import { describe, expect, it } from '@jest/globals'
import { copyFileSync, existsSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ElfError, readElf } from '../src/elf/index.js'
import { compile, mustRun, withoutSectionHeaders, withSharedVernauxChain, workDir } from './helpers/build.js'
import { thirdParty, thirdPartyNames, toolchain } from './helpers/fixtures.js'
import { readelfFacts } from './helpers/readelf.js'

function ourFacts(path: string) {
  const e = readElf(path)
  const names = new Map<number, string>()
  for (const r of e.requirements) names.set(r.vna_other, r.version)
  for (const d of e.definitions) if (!d.base) names.set(d.vd_ndx, d.version)
  const counts: Record<string, number> = {}
  const by: Record<string, string[]> = {}
  for (const s of e.imports) {
    const v = names.get(s.versionIndex)
    if (v === undefined) continue
    counts[v] = (counts[v] ?? 0) + 1
    ;(by[v] ??= []).push(s.name)
  }
  return { e, counts, by }
}

const sortReqs = (r: { library: string; version: string; weak: boolean }[]) =>
  [...r].map(x => `${x.library} ${x.version} ${x.weak}`).sort()

function expectAgreesWithReadelf(path: string): void {
  const oracle = readelfFacts(path)
  const { e, counts, by } = ourFacts(path)
  expect(sortReqs(e.requirements)).toEqual(sortReqs(oracle.requirements))
  expect(e.definitions.map(d => d.version).sort()).toEqual([...oracle.definitions].sort())
  expect(counts).toEqual(oracle.undefinedCounts)
  for (const v of Object.keys(by)) expect(by[v].sort()).toEqual(oracle.undefinedBy[v].sort())
}

const hostBinaries = [
  process.execPath,
  '/bin/ls',
  '/usr/lib/x86_64-linux-gnu/libstdc++.so.6',
  '/lib/x86_64-linux-gnu/libc.so.6'
].filter(existsSync)

describe('ELF reader agrees with readelf -W -V --dyn-syms', () => {
  it.each(hostBinaries)('host binary %s', p => expectAgreesWithReadelf(p))

  it.each(thirdPartyNames)('third-party binary %s', name => expectAgreesWithReadelf(thirdParty(name)))

  it('glibc 2.17 libc from the toolchain sysroot (verdefs, 32 version nodes)', () => {
    const libc = join(toolchain('x86_64').sysroot, 'lib', 'libc-2.17.so')
    expectAgreesWithReadelf(libc)
    expect(readElf(libc).definitions.map(d => d.version)).toContain('GLIBC_2.17')
  })

  it('reads class, byte order and machine of every architecture at hand', () => {
    const seen = Object.fromEntries(
      thirdPartyNames.map(n => {
        const e = readElf(thirdParty(n))
        return [n, `${e.machine}/${e.class}/${e.endian}`]
      })
    )
    expect(seen).toMatchObject({
      'node24-x64': 'x86_64/64/little',
      'node24-arm64': 'aarch64/64/little',
      'node20-s390x': 's390x/64/big',
      'node20-armv7l': 'arm/32/little',
      'node20-ppc64le': 'ppc64le/64/little'
    })
  })

  it('reads DT_NEEDED, PT_INTERP, bind-now and the ABI tag like readelf -d/-l/-n', () => {
    const node = thirdParty('node24-x64')
    const e = readElf(node)
    const dyn = mustRun('readelf', ['-W', '-d', node])
    const needed = [...dyn.matchAll(/\(NEEDED\)\s+Shared library: \[([^\]]+)\]/g)].map(m => m[1])
    expect(e.needed).toEqual(needed)
    expect(e.bindNow).toBe(/\(FLAGS\).*BIND_NOW|\(FLAGS_1\).*NOW|\(BIND_NOW\)/.test(dyn))
    const interp = /Requesting program interpreter: ([^\]]+)\]/.exec(mustRun('readelf', ['-W', '-l', node]))
    expect(e.interpreter).toBe(interp?.[1])
    const abi = /OS: Linux, ABI: (\d+\.\d+\.\d+)/.exec(mustRun('readelf', ['-W', '-n', node]))
    expect(e.abiTag?.kernel).toBe(abi?.[1])
  })
})

describe('dynamic information without section headers', () => {
  it('a copy with stripped section headers reads the same through PT_DYNAMIC', () => {
    const bin = compile(
      '#include <sys/random.h>\n#include <fcntl.h>\n#include <math.h>\n#include <stdio.h>\nint main(int c, char**v){char b[4]; getrandom(b,4,0); printf("%d %f\\n", fcntl(0, F_GETFD), expf(c));return 0;}',
      { with: 'host', name: 'stripme', flags: ['-lm'] }
    )
    const a = readElf(bin)
    expect(a.requirements.map(r => r.version)).toEqual(expect.arrayContaining(['GLIBC_2.25', 'GLIBC_2.27']))
    const stripped = withoutSectionHeaders(bin, join(workDir, 'stripped'))
    expect(mustRun('readelf', ['-S', '-W', stripped])).toMatch(/There are no sections/)
    const lying = withoutSectionHeaders(bin, join(workDir, 'lying'), true)
    for (const copy of [stripped, lying]) {
      const b = readElf(copy)
      expect(b.dynamicSource).toBe('program-headers')
      expect(sortReqs(b.requirements)).toEqual(sortReqs(a.requirements))
      expect(b.imports.map(s => `${s.name}/${s.versionIndex}`).sort()).toEqual(
        a.imports.map(s => `${s.name}/${s.versionIndex}`).sort()
      )
    }
    // The stripped copy is still a working program: the loader never needed the section headers.
    expect(mustRun(stripped, [])).toMatch(/^\d+ /)
  })

  it('a static binary has no requirements and says so', () => {
    const bin = compile('int main(){return 0;}', { with: 'host', name: 'static', flags: ['-static'] })
    const e = readElf(bin)
    expect(e.isStatic).toBe(true)
    expect(e.requirements).toEqual([])
    expect(e.abiTag?.kernel).toMatch(/^\d+\.\d+\.\d+$/)
  })
})

describe('what the reader touches', () => {
  it('reads the same few tables of a file padded to 16 GiB: memory does not grow with file size', () => {
    const node = thirdParty('node24-x64')
    const huge = join(workDir, 'huge')
    copyFileSync(node, huge)
    truncateSync(huge, 16 * 2 ** 30)
    const a = readElf(node)
    const b = readElf(huge)
    expect(b.size).toBe(16 * 2 ** 30)
    expect(b.bytesRead).toBe(a.bytesRead)
    // dynsym + versym + the dynstr pages holding import names: a few MiB of a 121 MiB binary.
    expect(a.bytesRead).toBeLessThan(a.size / 20)
    expect(sortReqs(b.requirements)).toEqual(sortReqs(a.requirements))
    rmSync(huge)
  })

  it('names the libc from PT_INTERP: a musl interpreter is recognised', () => {
    const bin = compile('int main(){return 0;}', { with: 'host', name: 'musl-like' })
    const b = readFileSync(bin)
    const at = b.indexOf('/lib64/ld-linux-x86-64.so.2')
    expect(at).toBeGreaterThan(0)
    b.fill(0, at, at + 27)
    b.write('/lib/ld-musl-x86_64.so.1', at, 'latin1')
    const copy = join(workDir, 'musl-like-copy')
    writeFileSync(copy, b)
    expect(readElf(copy).interpreter).toBe('/lib/ld-musl-x86_64.so.1')
  })
})

describe('bad input', () => {
  it('names a non-ELF file', () => {
    expect(() => readElf(join(process.cwd(), 'package.json'))).toThrow(ElfError)
    try {
      readElf(join(process.cwd(), 'package.json'))
    } catch (e) {
      expect((e as ElfError).code).toBe('not-elf')
    }
  })

  it('reports a missing file as an io error', () => {
    expect(() => readElf('/no/such/file')).toThrow(/cannot open \/no\/such\/file: ENOENT/)
  })

  it('refuses verneed entries that share one long aux chain, at once (entries × chain would be billions)', () => {
    const bin = compile('#include <stdio.h>\nint main(){puts("x");return 0;}', {
      with: 'x86_64',
      name: 'shared-aux'
    })
    const hostile = withSharedVernauxChain(bin, join(workDir, 'shared-aux-hostile'), 600, 20000)
    // Walked naively this is 39 million records and gigabytes of memory; the reader must refuse it at once.
    expect(() => readElf(hostile)).toThrow(
      /Elf_Vernaux at offset 0x[0-9a-f]+: entries form a cycle or overlap/
    )
    const long = withSharedVernauxChain(bin, join(workDir, 'long-aux-hostile'), 1, 40000)
    expect(() => readElf(long)).toThrow(/more than 32767 version needs/)
    // The construction itself is sound: one entry with a short chain reads fine.
    expect(readElf(withSharedVernauxChain(bin, join(workDir, 'short-aux'), 1, 3)).requirements).toHaveLength(
      3
    )
  })

  it('reports truncation with the structure and offset', () => {
    const bin = compile('int main(){return 0;}', { with: 'host', name: 'trunc' })
    const cut = join(workDir, 'cut')
    copyFileSync(bin, cut)
    mustRun('truncate', ['-s', '700', cut])
    let err: unknown
    try {
      readElf(cut)
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(ElfError)
    expect((err as ElfError).code).toBe('truncated')
    expect((err as ElfError).message).toMatch(/at offset 0x[0-9a-f]+: needs \d+ bytes/)
  })
})
