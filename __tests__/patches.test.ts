// patches/ for Node.js v24.x: they apply to files shaped like that version's (fixtures/node-src), 022 makes
// c-ares claim getrandom only where glibc has it (checked with the real glibc 2.17 toolchain, the host glibc
// and a musl-like libc), and 021 puts the compat layer and its --wrap flags on the `node` executable's link
// (checked by running gyp and make on the fixture, and the result on the real glibc 2.17 loader).
import { describe, expect, test, beforeAll } from '@jest/globals'
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot, toolchain } from './helpers/fixtures.js'
import { runSmoke, silentLogger, SYSROOT_PINS, sysrootLayout } from '../src/runners/index.js'

const fixture = join(repoRoot, '__tests__', 'fixtures', 'node-src')
const patchesDir = join(repoRoot, 'patches')
const applyScript = join(repoRoot, 'docker', 'scripts', 'apply-node-patches.sh')
const series = readFileSync(join(patchesDir, 'series'), 'utf8')
  .split('\n')
  .map(l => l.replace(/#.*/, '').trim())
  .filter(Boolean)
const tc = toolchain('x86_64')
const sysroot = sysrootLayout(
  join(repoRoot, '.cache', 'fixtures', 'toolchain-x86_64'),
  SYSROOT_PINS.x86_64,
  'x86_64'
)

function run(
  file: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}
): SpawnSyncReturns<string> {
  return spawnSync(file, args, {
    encoding: 'utf8',
    cwd: options.cwd,
    env: { ...process.env, ...options.env }
  })
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
    cwd,
    encoding: 'utf8'
  })
}

/** A copy of the fixture tree as its own git repository, like a checkout of the tag. */
function nodeTree(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'glibc-floor-patches-')), 'node')
  cpSync(fixture, dir, { recursive: true })
  git(dir, 'init', '-q')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'v24 excerpt')
  return dir
}

/** A compat dir with the kit's flags.sh and a minimal wrapper, so 021's mechanics are tested on their own. */
function toyCompat(): string {
  const dir = mkdtempSync(join(tmpdir(), 'glibc-floor-toy-compat-'))
  cpSync(join(repoRoot, 'compat', 'flags.sh'), join(dir, 'flags.sh'))
  writeFileSync(join(dir, 'wrap-symbols.txt'), '# test list\ngetrandom\n')
  writeFileSync(join(dir, 'glibc_2_17_compat.h'), '// test header\n')
  writeFileSync(
    join(dir, 'glibc_2_17_compat.cc'),
    `#include <stddef.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>
#ifndef SYS_getrandom
#define SYS_getrandom 318 /* x86_64; glibc 2.17's kernel headers predate it */
#endif
extern "C" ssize_t __wrap_getrandom(void* buffer, size_t length, unsigned int flags) {
  return syscall(SYS_getrandom, buffer, length, flags);
}
`
  )
  return dir
}

function applyAll(tree: string, compat: string): SpawnSyncReturns<string> {
  return run('bash', [applyScript, tree], { env: { GLIBC_FLOOR_COMPAT: compat } })
}

describe('series', () => {
  test('names both patches, in order, and the Node.js line they target', () => {
    expect(series).toEqual(['021-glibc-2.17-compat-layer.patch', '022-cares-getrandom-glibc-2.25.patch'])
    expect(readFileSync(join(patchesDir, 'series'), 'utf8')).toMatch(/^# target: v24\.x$/m)
    for (const name of series)
      expect(readFileSync(join(patchesDir, name), 'utf8')).toMatch(/^Target: Node\.js v24\.x/m)
  })
})

describe('git apply on a v24-shaped tree', () => {
  test('every patch passes git apply --check, then applies with the script', () => {
    const tree = nodeTree()
    for (const name of series) {
      expect(run('git', ['apply', '--check', join(patchesDir, name)], { cwd: tree }).status).toBe(0)
    }
    const first = applyAll(tree, toyCompat())
    expect(first.stderr).toBe('')
    expect(first.status).toBe(0)
    expect(first.stdout).toContain('applied 021-glibc-2.17-compat-layer.patch')
    expect(first.stdout).toContain('applied 022-cares-getrandom-glibc-2.25.patch')
    expect(git(tree, 'status', '--porcelain').split('\n').filter(Boolean).sort()).toEqual([
      ' M deps/cares/config/linux/ares_config.h',
      ' M node.gyp',
      '?? deps/glibc_floor/'
    ])
    expect(readFileSync(join(tree, 'node.gyp'), 'utf8')).toContain("'deps/glibc_floor/glibc_floor.gypi',")

    // Running it again is harmless: both patches are recognised as applied.
    const again = applyAll(tree, toyCompat())
    expect(again.status).toBe(0)
    expect(again.stdout).toContain('021-glibc-2.17-compat-layer.patch is already applied')
    expect(again.stdout).toContain('022-cares-getrandom-glibc-2.25.patch is already applied')
  })

  test('a tree nested in another repository is patched, where plain git apply silently skips it', () => {
    const outer = mkdtempSync(join(tmpdir(), 'glibc-floor-outer-'))
    git(outer, 'init', '-q')
    writeFileSync(join(outer, 'README'), 'project\n')
    git(outer, 'add', 'README')
    git(outer, 'commit', '-qm', 'project')
    const tree = join(outer, 'vendor', 'node')
    cpSync(fixture, tree, { recursive: true })
    const config = join(tree, 'deps', 'cares', 'config', 'linux', 'ares_config.h')

    // The trap the script avoids: paths resolve against the outer repository, the patch is "Skipped", exit 0.
    const plain = run('git', ['apply', '-v', join(patchesDir, series[1])], { cwd: tree })
    expect(plain.status).toBe(0)
    expect(plain.stderr).toContain('Skipped patch')
    expect(readFileSync(config, 'utf8')).not.toContain('glibc-floor')

    const result = applyAll(tree, toyCompat())
    expect(result.status).toBe(0)
    expect(readFileSync(config, 'utf8')).toContain('__GLIBC_PREREQ(2, 25)')
  })

  test('a tree the patches do not fit is refused with the target version named', () => {
    const tree = nodeTree()
    const config = join(tree, 'deps', 'cares', 'config', 'linux', 'ares_config.h')
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace('#define HAVE_GETRANDOM 1', '/* #undef HAVE_GETRANDOM */')
    )
    const result = applyAll(tree, toyCompat())
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('022-cares-getrandom-glibc-2.25.patch does not apply')
    expect(result.stderr).toContain('v24.x')
  })

  test('a missing compat file stops the script', () => {
    const tree = nodeTree()
    const compat = toyCompat()
    execFileSync('rm', [join(compat, 'flags.sh')])
    const result = applyAll(tree, compat)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('flags.sh is missing')
  })
})

describe('022: c-ares claims getrandom() and <sys/random.h> only on glibc >= 2.25', () => {
  let patched: string
  let original: string
  beforeAll(() => {
    const tree = nodeTree()
    original = join(mkdtempSync(join(tmpdir(), 'glibc-floor-cares-orig-')), 'linux')
    cpSync(join(tree, 'deps', 'cares', 'config', 'linux'), original, { recursive: true })
    expect(
      run('git', ['apply', join(patchesDir, '022-cares-getrandom-glibc-2.25.patch')], { cwd: tree }).status
    ).toBe(0)
    patched = join(tree, 'deps', 'cares', 'config', 'linux')
  })

  // What ares_rand.c does with the two macros, reduced: built as c-ares is, with ares_config.h first.
  const randSource = `#include "ares_config.h"
#include <stddef.h>
#include <sys/types.h>
#ifdef HAVE_SYS_RANDOM_H
#include <sys/random.h>
#endif
#include <fcntl.h>
#include <unistd.h>
int fill(unsigned char *buf, size_t len) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) == 0) { close(fds[0]); close(fds[1]); }
#ifdef HAVE_GETRANDOM
  return getrandom(buf, len, 0) == (ssize_t)len ? 0 : -1;
#else
  (void)buf; (void)len;
  return 1;
#endif
}
int main(void) { unsigned char b[8]; return fill(b, sizeof b) < 0; }
`

  function macros(cc: string, include: string, extra: string[] = []): string[] {
    const dir = mkdtempSync(join(tmpdir(), 'glibc-floor-cares-'))
    writeFileSync(join(dir, 'probe.c'), '#include "ares_config.h"\n')
    const result = run(cc, ['-E', '-dM', ...extra, '-I', include, join(dir, 'probe.c')])
    expect(result.stderr).toBe('')
    return result.stdout.split('\n').filter(l => /HAVE_(GETRANDOM|SYS_RANDOM_H)\b/.test(l))
  }

  function compile(cc: string, include: string): SpawnSyncReturns<string> {
    const dir = mkdtempSync(join(tmpdir(), 'glibc-floor-cares-'))
    writeFileSync(join(dir, 'rand.c'), randSource)
    // No -D_GNU_SOURCE: pipe2 must be declared through the header's own _GNU_SOURCE.
    return run(cc, [
      '-std=gnu89',
      '-Werror=implicit-function-declaration',
      '-I',
      include,
      '-o',
      join(dir, 'rand'),
      join(dir, 'rand.c')
    ])
  }

  test('glibc 2.17 (CentOS 7 toolchain): neither macro, and the c-ares source compiles', () => {
    expect(macros(tc.gcc, patched)).toEqual([])
    const result = compile(tc.gcc, patched)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  test('glibc 2.17 with the unpatched header: the nodejs/node#52223 failure', () => {
    const result = compile(tc.gcc, original)
    expect(result.status).not.toBe(0)
    expect(result.stderr).toMatch(/sys\/random\.h: No such file or directory/)
  })

  test('the host glibc (>= 2.25): both macros, and getrandom() is used', () => {
    const host = run('ldd', ['--version']).stdout.split('\n')[0]
    expect(Number(host.split(' ').pop()?.split('.')[1])).toBeGreaterThanOrEqual(25)
    expect(macros('gcc', patched)).toEqual(['#define HAVE_GETRANDOM 1', '#define HAVE_SYS_RANDOM_H 1'])
    const result = compile('gcc', patched)
    expect(result.status).toBe(0)
  })

  test('a musl-like libc (no __GLIBC_PREREQ): both macros, as upstream', () => {
    // musl's <features.h> defines feature macros but nothing glibc-specific.
    const musl = mkdtempSync(join(tmpdir(), 'glibc-floor-musl-'))
    writeFileSync(
      join(musl, 'features.h'),
      '#ifndef _FEATURES_H\n#define _FEATURES_H\n#define __restrict restrict\n#endif\n'
    )
    expect(macros('gcc', patched, ['-nostdinc', '-isystem', musl])).toEqual([
      '#define HAVE_GETRANDOM 1',
      '#define HAVE_SYS_RANDOM_H 1'
    ])
    // Why the test is nested: the one-line form is a preprocessing error where __GLIBC_PREREQ is undefined.
    const flat = mkdtempSync(join(tmpdir(), 'glibc-floor-flat-'))
    writeFileSync(
      join(flat, 'ares_config.h'),
      '#include <features.h>\n#if defined(__GLIBC_PREREQ) && __GLIBC_PREREQ(2, 25)\n#define HAVE_GETRANDOM 1\n#endif\n'
    )
    const dir = mkdtempSync(join(tmpdir(), 'glibc-floor-cares-'))
    writeFileSync(join(dir, 'probe.c'), '#include "ares_config.h"\n')
    const result = run('gcc', ['-E', '-nostdinc', '-isystem', musl, '-I', flat, join(dir, 'probe.c')])
    expect(result.status).not.toBe(0)
    expect(result.stderr).toMatch(/missing binary operator|token "\("/)
  })
})

describe('021: the compat layer and its --wrap flags reach the node executable', () => {
  const gyp = join(
    execFileSync('npm', ['root', '-g'], { encoding: 'utf8' }).trim(),
    'npm',
    'node_modules',
    'node-gyp',
    'gyp',
    'gyp_main.py'
  )

  // gyp's make generator and GNU make, with the glibc 2.17 toolchain as compiler and linker.
  function build(tree: string): SpawnSyncReturns<string> {
    if (!existsSync(gyp)) throw new Error(`gyp not found at ${gyp} (npm bundles node-gyp)`)
    const generate = run('python3', [gyp, 'node.gyp', '--depth=.', '-f', 'make', '--generator-output=out'], {
      cwd: tree
    })
    expect(generate.stderr).toBe('')
    expect(generate.status).toBe(0)
    return run(
      'make',
      ['-C', 'out', 'V=1', `CC=${tc.gcc}`, `CXX=${tc.gxx}`, `LINK=${tc.gxx}`, `AR=${tc.bin('ar')}`],
      { cwd: tree }
    )
  }

  function versionNeeds(binary: string): string {
    return execFileSync(tc.bin('readelf'), ['-V', '-W', binary], { encoding: 'utf8' })
  }

  test('with 021 the link line carries the flags, and the result runs on glibc 2.17', async () => {
    const tree = nodeTree()
    expect(applyAll(tree, toyCompat()).status).toBe(0)
    const make = build(tree)
    expect(make.status).toBe(0)
    const link = make.stdout.split('\n').find(l => / -o out\/Default\/node /.test(l))
    expect(link).toContain('-Wl,--wrap=getrandom')
    expect(link).toContain('obj.target/node/deps/glibc_floor/glibc_2_17_compat.o')
    expect(link).toContain('libnode.a')
    const binary = join(tree, 'out', 'out', 'Default', 'node')
    expect(versionNeeds(binary)).not.toContain('GLIBC_2.25')

    const smoke = await runSmoke(
      { binary, expectOutput: 'node fixture: 16 random bytes' },
      { sysroot, logger: silentLogger }
    )
    expect(smoke.failures).toEqual([])
    expect(smoke.passed).toBe(true)
  })

  test('without 021 (or with the flags on the static library) the link fails on glibc 2.17', () => {
    const tree = nodeTree()
    // The tempting mistake: the same gypi included into the libnode static_library target.
    const gypPath = join(tree, 'node.gyp')
    writeFileSync(
      gypPath,
      readFileSync(gypPath, 'utf8').replace(
        "'includes': [\n        'node.gypi',\n      ],",
        "'includes': [\n        'node.gypi',\n        'deps/glibc_floor/glibc_floor.gypi',\n      ],"
      )
    )
    const compat = toyCompat()
    mkdirSync(join(tree, 'deps', 'glibc_floor'), { recursive: true })
    for (const f of ['glibc_2_17_compat.cc', 'wrap-symbols.txt', 'flags.sh'])
      cpSync(join(compat, f), join(tree, 'deps', 'glibc_floor', f))
    // Only the gypi from 021, not its node.gyp hunk.
    const gypi = run(
      'git',
      ['apply', '--include=deps/glibc_floor/glibc_floor.gypi', join(patchesDir, series[0])],
      { cwd: tree }
    )
    expect(gypi.status).toBe(0)
    const make = build(tree)
    expect(make.status).not.toBe(0)
    expect(make.stderr).toContain("undefined reference to `getrandom'")
  })

  test('the real compat layer (compat/) builds into the fixture and runs on glibc 2.17', async () => {
    const tree = nodeTree()
    const applied = applyAll(tree, join(repoRoot, 'compat'))
    expect(applied.status).toBe(0)
    const make = build(tree)
    expect(make.stderr).not.toMatch(/error/i)
    expect(make.status).toBe(0)
    const binary = join(tree, 'out', 'out', 'Default', 'node')
    expect(versionNeeds(binary)).not.toMatch(/GLIBC_2\.(1[89]|[2-9]\d)/)
    const smoke = await runSmoke(
      { binary, expectOutput: '16 random bytes' },
      { sysroot, logger: silentLogger }
    )
    expect(smoke.failures).toEqual([])
  })
})
