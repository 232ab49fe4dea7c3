// wrap-flags mode: the flags come from the compat layer's own flags.sh, so they match wrap-symbols.txt and
// what patch 021 links with; and they work: a program calling a glibc 2.25 function links against glibc 2.17
// with them and runs there.
import { describe, expect, test } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  runSmoke,
  runWrapFlags,
  silentLogger,
  symbolsFromWrapFlag,
  SYSROOT_PINS,
  sysrootLayout
} from '../src/runners/index.js'
import { repoRoot, toolchain } from './helpers/fixtures.js'

const compat = join(repoRoot, 'compat')

describe('runWrapFlags', () => {
  test('the symbols are wrap-symbols.txt, the flags are flags.sh', async () => {
    const flags = await runWrapFlags(compat)
    const listed = readFileSync(join(compat, 'wrap-symbols.txt'), 'utf8')
      .split('\n')
      .map(l => l.trim())
      .filter(l => l !== '' && !l.startsWith('#'))
    expect(flags.symbols).toEqual(listed)
    expect(flags.symbols).toContain('getrandom')
    const sh = (kind: string): string =>
      execFileSync('sh', [join(compat, 'flags.sh'), kind], { encoding: 'utf8' }).trim()
    expect(flags.wrap).toBe(sh('wrap'))
    expect(flags.ldflags).toBe(sh('ldflags'))
    expect(flags.cflags).toBe(sh('cflags'))
    expect(flags.sources).toBe(join(compat, 'glibc_2_17_compat.cc'))
    expect(flags.ldflags.startsWith(flags.wrap)).toBe(true)
  })

  test('with them, a getrandom() caller links against glibc 2.17 and runs there', async () => {
    const work = mkdtempSync(join(tmpdir(), 'glibc-floor-wrap-'))
    writeFileSync(
      join(work, 'main.c'),
      `#include <stdio.h>
#include <sys/types.h>
ssize_t getrandom(void *buf, size_t len, unsigned int flags); /* glibc 2.25; 2.17 has no declaration */
int main(void) { unsigned char b[4]; printf("getrandom %zd\\n", getrandom(b, sizeof b, 0)); return 0; }
`
    )
    const flags = await runWrapFlags(compat)
    const tc = toolchain('x86_64')
    const binary = join(work, 'main')
    execFileSync(tc.gcc, ['-O2', '-c', '-o', join(work, 'main.o'), join(work, 'main.c')])
    const base = ['-o', binary, join(work, 'main.o')]
    const without = spawnSync(tc.gxx, base, { encoding: 'utf8' })
    expect(without.stderr).toContain("undefined reference to `getrandom'")
    execFileSync(tc.gxx, [...base, flags.sources, ...flags.ldflags.split(' ')], { encoding: 'utf8' })
    const sysroot = sysrootLayout(
      join(repoRoot, '.cache', 'fixtures', 'toolchain-x86_64'),
      SYSROOT_PINS.x86_64,
      'x86_64'
    )
    const result = await runSmoke({ binary, expectOutput: 'getrandom 4' }, { sysroot, logger: silentLogger })
    expect(result.failures).toEqual([])
  })

  test('errors: no flags.sh, a failing flags.sh, an empty list', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'glibc-floor-compat-'))
    await expect(runWrapFlags(empty)).rejects.toThrow(/flags\.sh is missing\n.*compat-dir/)
    writeFileSync(join(empty, 'flags.sh'), 'echo "flags.sh: wrap-symbols.txt: No such file" >&2; exit 1\n')
    await expect(runWrapFlags(empty)).rejects.toThrow(/flags\.sh wrap failed \(exit code 1\)\n.*No such file/)
    const blank = mkdtempSync(join(tmpdir(), 'glibc-floor-compat-'))
    cpSync(join(compat, 'flags.sh'), join(blank, 'flags.sh'))
    writeFileSync(join(blank, 'wrap-symbols.txt'), '# nothing yet\n')
    await expect(runWrapFlags(blank)).rejects.toThrow(/lists no symbols to wrap/)
  })
})

test('symbolsFromWrapFlag', () => {
  expect(symbolsFromWrapFlag('-Wl,--wrap=a,--wrap=b_c')).toEqual(['a', 'b_c'])
  expect(symbolsFromWrapFlag('-Wl,--wrap=x -Wl,--push-state,--no-as-needed -l:libdl.so.2')).toEqual(['x'])
  expect(symbolsFromWrapFlag('')).toEqual([])
})
