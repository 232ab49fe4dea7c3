// Engine guards on real ELF files: version names of unequal length (GLIBC_2.3 vs 2.3.4) compare as the
// loader's numbering means them, and a hostile table size cannot size an allocation.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { auditPaths, type AuditReport } from '../src/audit/index.js'
import { ElfError, readElf } from '../src/elf/index.js'
import { compile, mustRun, workDir } from './helpers/build.js'
import { readelfFacts } from './helpers/readelf.js'

// Built by the glibc 2.17 toolchain with fortify: puts/free@GLIBC_2.2.5, realpath@GLIBC_2.3,
// __sprintf_chk@GLIBC_2.3.4 — three lengths of version number in one file.
const FORTIFIED = `#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char b[64]; sprintf(b, "%d", argc);
  char *r = realpath(argv[0], 0); puts(b); free(r); return 0;
}
`
let bin: string
beforeAll(() => {
  bin = compile(FORTIFIED, { with: 'x86_64', name: 'fortified', flags: ['-O2', '-D_FORTIFY_SOURCE=2'] })
})

const late = (r: AuditReport): string[] =>
  r.files.flatMap(f => (f.violations ?? []).map(v => `${v.symbol}@${v.version}`)).sort()

describe('versions of unequal length', () => {
  it.each([
    // ceiling → late references
    ['2.17', []],
    ['2.3.4', []],
    ['2.3.3', ['__sprintf_chk@GLIBC_2.3.4']],
    // 2.3.4 extends 2.3: above it, not equal to it.
    ['2.3', ['__sprintf_chk@GLIBC_2.3.4']],
    ['2.2.6', ['__sprintf_chk@GLIBC_2.3.4', 'realpath@GLIBC_2.3']],
    ['2.2', ['__libc_start_main@GLIBC_2.2.5', '__sprintf_chk@GLIBC_2.3.4', 'free@GLIBC_2.2.5', 'puts@GLIBC_2.2.5', 'realpath@GLIBC_2.3']],
    ['2', ['__libc_start_main@GLIBC_2.2.5', '__sprintf_chk@GLIBC_2.3.4', 'free@GLIBC_2.2.5', 'puts@GLIBC_2.2.5', 'realpath@GLIBC_2.3']]
  ])('GLIBC ceiling %s', (ceiling, expected) => {
    const r = auditPaths([bin], { floor: '2.17', overrides: { GLIBC: ceiling }, compatHeader: null })
    expect(r.summary.audited).toBe(1)
    expect(late(r)).toEqual([...expected].sort())
    expect(r.summary.violations).toBe(expected.length)
  }) // prettier-ignore

  it('the highest version required is the longest one when they share a prefix', () => {
    const r = auditPaths([bin], { floor: '2.17', compatHeader: null })
    expect(r.summary.maxVersions.GLIBC).toBe('2.3.4')
  })
})

describe('ordering across namespaces', () => {
  // Host g++ with exceptions: GLIBC_2.2.5/2.14/2.34, GLIBCXX_3.4/3.4.21, CXXABI_1.3/1.3.9, GCC_3.0.
  const CXX = `#include <stdexcept>
#include <string>
#include <vector>
int main(int c, char **v) {
  std::vector<std::string> s(v, v + c);
  try { if (c > 5) throw std::runtime_error(s[0]); } catch (std::exception &e) { return 1; }
  return 0;
}
`
  let cxx: string
  beforeAll(() => {
    cxx = compile(CXX, { with: 'host', lang: 'c++', name: 'cxx-namespaces' })
  })

  it('the highest version per namespace is the one GNU sort -V puts last', () => {
    const byNs: Record<string, string[]> = {}
    for (const r of readelfFacts(cxx).requirements) {
      const m = /^([A-Z]+)_(\d+(?:\.\d+)*)$/.exec(r.version)
      if (m) (byNs[m[1]] ??= []).push(m[2])
    }
    expect(Object.keys(byNs).sort()).toEqual(['CXXABI', 'GCC', 'GLIBC', 'GLIBCXX'])
    const oracle = Object.fromEntries(
      Object.entries(byNs).map(([ns, vs]) => [
        ns,
        mustRun('sh', ['-c', `printf '%s\\n' ${vs.join(' ')} | sort -V | tail -1`]).trim()
      ])
    )
    const r = auditPaths([cxx], { floor: '2.17', compatHeader: null })
    expect(r.summary.maxVersions).toMatchObject(oracle)
  })

  it('ceilings with a two-digit major compare numerically (GCC 12.0 allows GCC_3.0)', () => {
    // Every namespace allowed up to what the file needs, except GCC: 12.0 instead of its 3.0.
    const needs = auditPaths([cxx], { floor: '2.17', compatHeader: null }).summary.maxVersions
    expect(needs.GCC).toBe('3.0')
    const overrides = { ...needs, GCC: '12.0' } as Record<string, string>
    const r = auditPaths([cxx], { floor: '2.17', overrides, compatHeader: null })
    expect(r.summary.audited).toBe(1)
    expect(late(r)).toEqual([])
    const below = auditPaths([cxx], {
      floor: '2.17',
      overrides: { ...overrides, GCC: '2.95' },
      compatHeader: null
    })
    expect(late(below)).toEqual([expect.stringMatching(/@GCC_3\.0$/)])
  })
})

describe('table sizes', () => {
  /** A copy of a real executable whose PT_DYNAMIC claims `size` bytes, padded (sparsely) so they all exist. */
  function claimingDynamic(size: number, name: string): string {
    const src = compile('int main(){return 0;}', { with: 'host', name: `${name}-src` })
    const b = readFileSync(src)
    const phoff = Number(b.readBigUInt64LE(0x20))
    const phnum = b.readUInt16LE(0x38)
    let at = -1
    for (let i = 0; i < phnum; i++)
      if (b.readUInt32LE(phoff + i * 56) === 2 /* PT_DYNAMIC */) at = phoff + i * 56
    expect(at).toBeGreaterThan(0)
    const offset = Number(b.readBigUInt64LE(at + 8))
    b.writeBigUInt64LE(BigInt(size), at + 32) // p_filesz
    const out = join(workDir, name)
    writeFileSync(out, b)
    truncateSync(out, offset + size + 4096)
    return out
  }

  it('a table claiming more than 256 MiB is refused as implausible, inside a file that holds it', () => {
    const hostile = claimingDynamic(256 * 1024 * 1024 + 16, 'dyn-257m')
    expect(() => readElf(hostile)).toThrow(ElfError)
    expect(() => readElf(hostile)).toThrow(
      expect.objectContaining({ code: 'malformed', message: expect.stringMatching(/implausible/) })
    )
    // The audit turns it into an error row naming the file, not a crash.
    const r = auditPaths([hostile], { floor: '2.17', compatHeader: null })
    expect(r.summary.errors).toBe(1)
  })

  it('the same claim below the cap is read (the zero padding ends the dynamic section)', () => {
    const fine = claimingDynamic(1024 * 1024, 'dyn-1m')
    expect(() => readElf(fine)).not.toThrow()
  })
})
