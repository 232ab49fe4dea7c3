// patches/ for Node.js v24.x, written with `git diff` against real upstream files kept in fixtures/node-src
// (origins in its README: the newest node.gyp whose version is stored beside it is v23.11's): every hunk
// applies at offset 0 in one place only, and the index lines name the real blobs before and after. 022 makes
// c-ares claim getrandom only where glibc has it (the real glibc 2.17 toolchain, the host glibc, a musl-like
// libc); 021 puts the compat layer and its --wrap flags on the final link, `node` or libnode.so, for glibc
// targets only (gyp and make on the real node.gyp targets, the result on the real glibc 2.17 loader, musl-gcc).
import { describe, expect, test, beforeAll } from '@jest/globals'
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
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
  git(dir, 'commit', '-qm', 'upstream excerpt')
  return dir
}

/** A compat dir with the kit's flags.sh and a minimal wrapper, so 021's mechanics are tested on their own. */
function toyCompat(): string {
  const dir = mkdtempSync(join(tmpdir(), 'glibc-floor-toy-compat-'))
  cpSync(join(repoRoot, 'compat', 'flags.sh'), join(dir, 'flags.sh'))
  writeFileSync(join(dir, 'wrap-symbols.txt'), '# test list\ngetrandom\n')
  writeFileSync(join(dir, 'glibc_2_17_compat.h'), '// test header\n')
  cpSync(join(repoRoot, 'compat', 'glibc_2_17_pins.h'), join(dir, 'glibc_2_17_pins.h'))
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

describe('the patches against the real upstream files', () => {
  const origin = readFileSync(join(fixture, 'README.md'), 'utf8')
  const hashOf = (file: string) => execFileSync('git', ['hash-object', file], { encoding: 'utf8' }).trim()

  /** Every file a patch touches, with the blobs its `index` line names before and after. */
  function indexLines(patch: string): { file: string; before: string; after: string }[] {
    return [
      ...patch.matchAll(
        /^diff --git a\/(\S+) b\/\S+\n(?:new file mode 100644\n)?index ([0-9a-f]{40})\.\.([0-9a-f]{40})(?: 100644)?$/gm
      )
    ].map(([, file, before, after]) => ({ file, before, after }))
  }

  test.each(series)('%s: real index lines before and after, every hunk at offset 0 with no fuzz', name => {
    const patchFile = join(patchesDir, name)
    const patch = readFileSync(patchFile, 'utf8')
    const files = indexLines(patch)
    // Every diff header has an index line: a header without one would escape the blob checks below.
    expect(files.map(f => f.file)).toEqual([...patch.matchAll(/^diff --git a\/(\S+) /gm)].map(m => m[1]))
    const changed = files.filter(f => !/^0+$/.test(f.before))
    expect(changed.length).toBeGreaterThanOrEqual(1)
    for (const { file, before } of changed) {
      // The pre-image blob is the fixture file, byte for byte, and the README names where it came from.
      expect([file, before]).toEqual([file, hashOf(join(fixture, file))])
      expect(origin).toContain(`\`${file}\``)
      expect(origin).toContain(before)
    }

    const tree = nodeTree()
    const check = run('git', ['apply', '--check', '-v', patchFile], { cwd: tree })
    expect(check.status).toBe(0)
    expect(check.stderr).not.toMatch(/offset|fuzz|whitespace/i)
    expect(check.stderr).toMatch(/Checking patch/)
    // GNU patch reports a hunk that lands elsewhere ("with fuzz", "offset N lines") on stdout.
    const dry = run('patch', ['-p1', '--dry-run', '-i', patchFile], { cwd: tree })
    expect(dry.status).toBe(0)
    expect(dry.stdout).not.toMatch(/offset|fuzz|failed/i)
    expect(dry.stdout.match(/^checking file /gm)).toHaveLength(files.length)

    // The post-image blobs are what the patch really produces, so git apply --3way has both ends.
    expect(run('git', ['apply', patchFile], { cwd: tree }).status).toBe(0)
    for (const { file, after } of files) expect([file, after]).toEqual([file, hashOf(join(tree, file))])
  })

  test.each(series)('%s: every hunk matches one place only in the upstream file', name => {
    const patch = readFileSync(join(patchesDir, name), 'utf8')
    const changed = indexLines(patch).filter(f => !/^0+$/.test(f.before))
    let hunks = 0
    for (const { file } of changed) {
      const text = readFileSync(join(fixture, file), 'utf8')
      const section = patch.slice(patch.indexOf(`diff --git a/${file} `)).split(/^(?=diff --git )/m)[0]
      for (const hunk of section.split(/^@@ [^\n]*\n/m).slice(1)) {
        // What the hunk expects to find (context and removed lines): found twice, a drift could land it on the
        // other block with no more than an offset reported.
        const before = hunk
          .split('\n')
          .filter(l => l.startsWith(' ') || l.startsWith('-'))
          .map(l => `${l.slice(1)}\n`)
          .join('')
        expect(text.split(before).length - 1).toBe(1)
        hunks++
      }
    }
    expect(hunks).toBe(2)
  })

  test.each(series)('%s: git apply --3way merges it into a file that drifted next to a hunk', name => {
    const patchFile = join(patchesDir, name)
    const patch = readFileSync(patchFile, 'utf8')
    const changed = indexLines(patch).filter(f => !/^0+$/.test(f.before))
    const drift = (tree: string) => {
      for (const { file } of changed) {
        // The first context line of the file's first hunk: a local edit there stops a plain apply, and only
        // the recorded pre-image blob lets git merge the two.
        const section = patch.slice(patch.indexOf(`diff --git a/${file} `))
        const start = Number(/^@@ -(\d+),/m.exec(section)?.[1])
        const lines = readFileSync(join(tree, file), 'utf8').split('\n')
        lines[start - 1] += ' LOCAL-EDIT'
        writeFileSync(join(tree, file), lines.join('\n'))
      }
    }

    const tree = nodeTree()
    drift(tree)
    git(tree, 'commit', '-qam', 'local edits')
    expect(run('git', ['apply', '--check', patchFile], { cwd: tree }).status).not.toBe(0)
    const merged = run('git', ['apply', '--3way', patchFile], { cwd: tree })
    expect(merged.stderr).not.toMatch(/conflict|error/i)
    expect(merged.status).toBe(0)
    for (const { file } of changed) {
      const text = readFileSync(join(tree, file), 'utf8')
      expect(text).toContain('LOCAL-EDIT')
      expect(text).toContain('glibc-floor (patches/')
    }

    // The same drifted files in a repository that never held the upstream blobs: no merge base, no merge.
    const bare = join(mkdtempSync(join(tmpdir(), 'glibc-floor-noblob-')), 'node')
    cpSync(fixture, bare, { recursive: true })
    drift(bare)
    git(bare, 'init', '-q')
    git(bare, 'add', '-A')
    git(bare, 'commit', '-qm', 'drifted, without the upstream blobs')
    const orphan = run('git', ['apply', '--3way', patchFile], { cwd: bare })
    expect(orphan.status).not.toBe(0)
    expect(orphan.stderr).toMatch(/lacks the necessary blob/)
  })

  test('the fixtures are the upstream files named in the README', () => {
    expect(origin).toMatch(/SidraHussain2217\/node.*ad7ebf7dfabcba34c1fe7c951a77eda8ddcee362/)
    expect(origin).toMatch(/bradh352\/node.*6a68cb02249411c5ee86eb831b940105ed4ab36c/)
    expect(origin).toContain(hashOf(join(fixture, 'node.gyp')))
    expect(origin).toContain(hashOf(join(fixture, 'deps/cares/config/linux/ares_config.h')))
    // The v23.11 node.gyp (node_config_file.cc is newer than the v22.4-era file it replaces), with LF endings.
    const gypText = readFileSync(join(fixture, 'node.gyp'), 'utf8')
    expect(gypText).toContain("'src/node_config_file.cc',")
    expect(gypText).not.toContain('\r')
  })
})

describe('git apply on the real tree', () => {
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
    const gypText = readFileSync(join(tree, 'node.gyp'), 'utf8')
    expect(gypText).toContain("'deps/glibc_floor/glibc_floor_executable.gypi',")
    expect(gypText).toContain("'deps/glibc_floor/glibc_floor_shared_library.gypi',")

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

describe('021: the compat layer and its --wrap flags reach the final link, for glibc targets only', () => {
  const gyp = join(
    execFileSync('npm', ['root', '-g'], { encoding: 'utf8' }).trim(),
    'npm',
    'node_modules',
    'node-gyp',
    'gyp',
    'gyp_main.py'
  )

  interface Tools {
    cc: string
    cxx: string
    link: string
    ar?: string
  }
  const toolchain217: Tools = { cc: tc.gcc, cxx: tc.gxx, link: tc.gxx, ar: tc.bin('ar') }
  const musl: Tools = { cc: 'musl-gcc', cxx: 'musl-gcc -x c', link: 'musl-gcc' }

  /**
   * gyp's make generator on the real node.gyp targets (glibc-floor-harness.py stubs the rest), then GNU make
   * for the `node` target. CC is set while gyp runs, as configure.py does, so 021 reads the target's libc.
   */
  function build(tree: string, tools: Tools, defines: string[] = []): SpawnSyncReturns<string> {
    if (!existsSync(gyp)) throw new Error(`gyp not found at ${gyp} (npm bundles node-gyp)`)
    expect(run('python3', ['glibc-floor-harness.py'], { cwd: tree }).status).toBe(0)
    const generate = run(
      'python3',
      // config.gypi defines node_shared in a real build; node.gyp's own conditions read it from there.
      [
        gyp,
        'glibc-floor-harness.gyp',
        '--depth=.',
        '-f',
        'make',
        '--generator-output=out',
        '-Dnode_shared=false',
        ...defines
      ],
      { cwd: tree, env: { CC: tools.cc } }
    )
    expect(generate.stderr).toBe('')
    expect(generate.status).toBe(0)
    const make = ['-C', 'out', 'V=1', `CC=${tools.cc}`, `CXX=${tools.cxx}`, `LINK=${tools.link}`]
    if (tools.ar) make.push(`AR=${tools.ar}`)
    return run('make', [...make, 'node'], { cwd: tree })
  }

  const linkOf = (make: SpawnSyncReturns<string>, output: string): string =>
    make.stdout.split('\n').find(l => l.includes(` -o ${output} `)) ?? ''

  function versionNeeds(binary: string): string {
    return execFileSync(tc.bin('readelf'), ['-V', '-W', binary], { encoding: 'utf8' })
  }

  test('default build: the node executable links the compat library and the flags; libnode.a does not', async () => {
    const tree = nodeTree()
    expect(applyAll(tree, toyCompat()).status).toBe(0)
    const make = build(tree, toolchain217)
    expect(make.stderr).toBe('')
    expect(make.status).toBe(0)
    const link = linkOf(make, 'out/Default/node')
    expect(link).toContain('-Wl,--wrap=getrandom')
    expect(link).toContain('-l:libdl.so.2')
    expect(link).toContain('obj.target/deps/glibc_floor/libglibc_floor_compat.a')
    expect(link).toMatch(/--whole-archive out\/Default\/obj\.target\/libnode\.a/)
    // The compat source: the pins, then flags.sh source-cflags (-fno-lto) last, so --enable-lto cannot override it.
    const compile = make.stdout.split('\n').find(l => / -o \S+glibc_2_17_compat\.o /.test(l)) ?? ''
    expect(compile).toMatch(/-fPIC -include \S+\/deps\/glibc_floor\/glibc_2_17_pins\.h -fno-lto/)
    // node's own sources get the pins; libnode.a carries no compat object.
    expect(make.stdout).toMatch(/-o \S+node_main\.o .*-include \S+glibc_2_17_pins\.h/)
    const members = execFileSync(
      tc.bin('ar'),
      ['t', join(tree, 'out', 'out', 'Default', 'obj.target', 'libnode.a')],
      {
        encoding: 'utf8'
      }
    )
    // gyp writes thin archives whose members are paths.
    expect(
      members
        .split('\n')
        .filter(Boolean)
        .map(m => m.split('/').pop())
    ).toEqual(['node_lib.o'])

    const binary = join(tree, 'out', 'out', 'Default', 'node')
    expect(versionNeeds(binary)).not.toContain('GLIBC_2.25')
    const smoke = await runSmoke(
      { binary, expectOutput: 'node fixture: 16 random bytes' },
      { sysroot, logger: silentLogger }
    )
    expect(smoke.failures).toEqual([])
    expect(smoke.passed).toBe(true)
  })

  test('node_shared=true: libnode.so carries the compat library and the flags, the node launcher does not', () => {
    const tree = nodeTree()
    expect(applyAll(tree, toyCompat()).status).toBe(0)
    const make = build(tree, toolchain217, ['-Dnode_shared=true'])
    expect(make.status).toBe(0)
    const lib = linkOf(make, 'out/Default/obj.target/libnode.so')
    expect(lib).toContain('-shared')
    expect(lib).toContain('-Wl,--wrap=getrandom')
    expect(lib).toContain('libglibc_floor_compat.a')
    const exe = linkOf(make, 'out/Default/node')
    expect(exe).toContain('libnode.so')
    expect(exe).not.toContain('--wrap')
    expect(exe).not.toContain('glibc_floor')
    expect(versionNeeds(join(tree, 'out', 'out', 'Default', 'obj.target', 'libnode.so'))).not.toContain(
      'GLIBC_2.25'
    )
  })

  test('without 021 the same link fails on glibc 2.17', () => {
    const tree = nodeTree()
    // Only 022 and the compat files: the tree the patches fix.
    expect(run('git', ['apply', join(patchesDir, series[1])], { cwd: tree }).status).toBe(0)
    const make = build(tree, toolchain217)
    expect(make.status).not.toBe(0)
    expect(make.stderr).toContain("undefined reference to `getrandom'")
  })

  test('the real compat layer (compat/) builds into the tree and runs on glibc 2.17', async () => {
    const tree = nodeTree()
    expect(applyAll(tree, join(repoRoot, 'compat')).status).toBe(0)
    const make = build(tree, toolchain217)
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

  test('musl: the patched tree links with musl-gcc, with no compat source and no flags, and runs', () => {
    const tree = nodeTree()
    expect(applyAll(tree, join(repoRoot, 'compat')).status).toBe(0)
    const make = build(tree, musl)
    expect(make.stderr).toBe('')
    expect(make.status).toBe(0)
    expect(make.stdout).not.toContain('glibc_floor')
    expect(make.stdout).not.toContain('--wrap')
    const binary = join(tree, 'out', 'out', 'Default', 'node')
    const ran = run(binary, [])
    expect(ran.stdout).toBe('node fixture: 16 random bytes\n')
    expect(execFileSync('readelf', ['-l', binary], { encoding: 'utf8' })).toContain('ld-musl-')

    // What the gyp-time check prevents: the glibc flags forced onto the musl link.
    const forced = nodeTree()
    expect(applyAll(forced, join(repoRoot, 'compat')).status).toBe(0)
    const broken = build(forced, musl, ['-Dglibc_floor_libc=glibc'])
    expect(broken.status).not.toBe(0)
    expect(broken.stderr).toMatch(/cannot find -l:libdl\.so\.2|undefined reference to `__wrap_/)
  })

  test('the libc question is asked only for OS=="linux" (no sh needed on Windows), and a failure stops gyp', () => {
    const tree = nodeTree()
    expect(applyAll(tree, toyCompat()).status).toBe(0)
    writeFileSync(join(tree, 'deps', 'glibc_floor', 'target-libc.sh'), 'echo asked >&2; exit 1\n')
    expect(run('python3', ['glibc-floor-harness.py'], { cwd: tree }).status).toBe(0)
    const generate = (os: string) =>
      run('python3', [gyp, 'glibc-floor-harness.gyp', '--depth=.', '-f', 'make', `--generator-output=out-${os}`,
        '-Dnode_shared=false', `-DOS=${os}`], { cwd: tree }) // prettier-ignore
    const mac = generate('mac')
    expect(mac.stderr).toBe('')
    expect(mac.status).toBe(0)
    const linux = generate('linux')
    expect(linux.status).not.toBe(0)
    expect(linux.stderr).toContain("Call to 'sh deps/glibc_floor/target-libc.sh' returned exit status 1")
  })

  test('target-libc.sh reads the C library from the compiler, and stops when the compiler cannot run', () => {
    const tree = nodeTree()
    expect(applyAll(tree, toyCompat()).status).toBe(0)
    const libc = (cc: Record<string, string>) =>
      run('sh', ['deps/glibc_floor/target-libc.sh'], { cwd: tree, env: { CC_target: '', ...cc } })
    expect(libc({ CC: 'gcc' }).stdout).toBe('glibc\n')
    expect(libc({ CC: tc.gcc }).stdout).toBe('glibc\n')
    expect(libc({ CC: 'musl-gcc' }).stdout).toBe('other\n')
    // gyp's make generator takes CC_target over CC for the target toolset.
    expect(libc({ CC: 'gcc', CC_target: 'musl-gcc' }).stdout).toBe('other\n')
    const missing = libc({ CC: '/nonexistent/cc' })
    expect(missing.status).toBe(1)
    expect(missing.stderr).toContain('cannot run the target compiler (/nonexistent/cc)')
  })
})
