import { describe, expect, it } from '@jest/globals'
import {
  chmodSync,
  copyFileSync,
  cpSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  AuditError,
  auditPaths,
  defaultKnowledge,
  parseFloor,
  parseOverrides,
  wrappedSymbols
} from '../src/audit/index.js'
import type { AuditReport, FileReport } from '../src/audit/index.js'
import { lateUsers } from '../src/audit/check.js'
import {
  compile,
  loaderMissing,
  mustRun,
  run,
  run217,
  runAarch64On217,
  withoutSectionHeaders,
  workDir
} from './helpers/build.js'
import { repoRoot, thirdParty, toolchain } from './helpers/fixtures.js'
import { markVersionNeedWeak } from './helpers/readelf.js'

const LATE_C = `
#include <sys/random.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
int main(int argc, char **argv) {
  unsigned char b[8];
  long n = getrandom(b, sizeof b, 0);
  printf("%ld %d %.3f\\n", n, fcntl(0, F_GETFD), (double)expf((float)argc));
  return 0;
}`

// The same program written for glibc 2.17 headers: no getrandom() wrapper there, so the raw syscall.
const FLOOR_C = `
#define _GNU_SOURCE
#include <unistd.h>
#include <sys/syscall.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#ifndef SYS_getrandom
#define SYS_getrandom GETRANDOM_NR
#endif
int main(int argc, char **argv) {
  unsigned char b[8];
  long n = syscall(SYS_getrandom, b, sizeof b, 0);
  printf("%ld %d %.3f\\n", n, fcntl(0, F_GETFD), (double)expf((float)argc));
  return 0;
}`

const audit = (paths: string[], floor = '2.17', compatHeader: string | null = null): AuditReport =>
  auditPaths(paths, { floor, compatHeader, cwd: workDir })
const only = (r: AuditReport): FileReport => {
  expect(r.files).toHaveLength(1)
  return r.files[0]
}
const lateOf = (f: FileReport) => (f.violations ?? []).map(v => `${v.symbol}@${v.version}`)

describe('audit verdicts agree with the real glibc 2.17 loader', () => {
  const hostBin = compile(LATE_C, { with: 'host', name: 'late', flags: ['-lm', '-D_FILE_OFFSET_BITS=64'] })
  const floorBin = compile(FLOOR_C.replace('GETRANDOM_NR', '318'), {
    with: 'x86_64',
    name: 'floor',
    flags: ['-lm']
  })

  it('a host-built program: attributes each late symbol and fails to load on 2.17', () => {
    const f = only(audit([hostBin]))
    expect(f.status).toBe('audited')
    expect(lateOf(f)).toEqual(
      expect.arrayContaining([
        'getrandom@GLIBC_2.25',
        'fcntl64@GLIBC_2.28',
        'expf@GLIBC_2.27',
        '__libc_start_main@GLIBC_2.34'
      ])
    )
    expect(f.maxVersions?.GLIBC).toBe('2.34')
    expect(f.loadsOnFloor).toBe(false)
    const r = run217(hostBin)
    expect(r.status).not.toBe(0)
    const missing = loaderMissing(r.stderr)
    expect(missing.length).toBeGreaterThan(0)
    for (const v of missing) expect(f.violations?.map(x => x.version)).toContain(v)
  })

  it('the same program built with the glibc 2.17 toolchain: within the floor and it runs on 2.17', () => {
    const f = only(audit([floorBin]))
    expect(f.violations).toEqual([])
    expect(f.loadsOnFloor).toBe(true)
    expect(Object.keys(f.versionCounts ?? {})).toEqual(expect.arrayContaining(['GLIBC_2.2.5']))
    const r = run217(floorBin)
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^(8|-1) 0 2\.718\n$/)
  })

  it('an aarch64 program built for 2.17 loads on the real aarch64 glibc 2.17 (qemu-user)', () => {
    const bin = compile(FLOOR_C.replace('GETRANDOM_NR', '278'), {
      with: 'aarch64',
      name: 'floor-a64',
      flags: ['-lm']
    })
    const f = only(audit([bin]))
    expect(f.machine).toBe('aarch64')
    expect(f.loadsOnFloor).toBe(true)
    const r = runAarch64On217(bin)
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/ 2\.718\n$/)
  })

  // The loader lists every missing version of a needed library at once, so the sets must be equal.
  const lateVersions = (f: FileReport) => [...new Set(f.violations?.map(v => v.version))].sort()

  it.each(['node24-x64', 'node18-x64', 'bun-x64'])(
    "official %s: the predicted missing versions are exactly the loader's",
    name => {
      const f = only(audit([thirdParty(name)]))
      expect(f.loadsOnFloor).toBe(false)
      const r = run217(thirdParty(name), ['--version'])
      expect(r.status).toBe(1)
      expect([...new Set(loaderMissing(r.stderr))].sort()).toEqual(lateVersions(f))
    }
  )

  it('official node24-arm64 on the aarch64 glibc 2.17 (qemu-user): same sets', () => {
    const f = only(audit([thirdParty('node24-arm64')]))
    expect(f.machine).toBe('aarch64')
    expect(f.loadsOnFloor).toBe(false)
    const r = runAarch64On217(thirdParty('node24-arm64'), ['--version'])
    expect(r.status).toBe(1)
    expect([...new Set(loaderMissing(r.stderr))].sort()).toEqual(lateVersions(f))
  })

  it('attributes a late version kept alive only by a copy-relocated variable (__signgam)', () => {
    const bin = compile(
      '#include <math.h>\n#include <stdio.h>\nint main(int c,char**v){printf("%f %d\\n",lgamma(c+0.5),signgam);return 0;}',
      {
        with: 'host',
        name: 'copyreloc',
        flags: ['-no-pie', '-lm']
      }
    )
    expect(lateOf(only(audit([bin])))).toContain('__signgam@GLIBC_2.23')
  })

  it('a stripped-section-header copy gets the same verdict', () => {
    const copy = withoutSectionHeaders(hostBin, join(workDir, 'late-noshdr'))
    expect(lateOf(only(audit([copy]))).sort()).toEqual(lateOf(only(audit([hostBin]))).sort())
  })
})

describe('WEAK version needs (VER_FLG_WEAK) against the real loader', () => {
  // A library that defines late_fn@GLIBC_2.25 at link time, and a runtime copy without that version.
  const dir = join(workDir, 'weak')
  mkdirSync(dir, { recursive: true })
  const t = toolchain('x86_64')
  writeFileSync(join(dir, 'lib.c'), 'int late_fn(void){return 7;}\nint other_fn(void){return 1;}\n')
  writeFileSync(join(dir, 'late.map'), 'GLIBC_2.25 { global: late_fn; other_fn; local: *; };\n')
  writeFileSync(join(dir, 'old.map'), 'GLIBC_2.17 { global: other_fn; local: *; };\n')
  mkdirSync(join(dir, 'link'), { recursive: true })
  mkdirSync(join(dir, 'runtime'), { recursive: true })
  mustRun(t.gcc, [
    '-shared',
    '-fPIC',
    join(dir, 'lib.c'),
    '-o',
    join(dir, 'link', 'libstub.so'),
    `-Wl,--version-script=${join(dir, 'late.map')}`,
    '-Wl,-soname,libstub.so'
  ])
  mustRun(t.gcc, [
    '-shared',
    '-fPIC',
    join(dir, 'lib.c'),
    '-o',
    join(dir, 'runtime', 'libstub.so'),
    `-Wl,--version-script=${join(dir, 'old.map')}`,
    '-Wl,-soname,libstub.so'
  ])
  const prog =
    '#include <stdio.h>\nextern int late_fn(void);\nint main(int c, char **v){ if (c > 5) return late_fn(); puts("started"); return 0; }\n'
  const build = (name: string, flags: string[]): string =>
    compile(prog, { with: 'x86_64', name, flags: [`-L${join(dir, 'link')}`, '-lstub', ...flags] })
  const runOld = (bin: string) =>
    run(t.loader, ['--library-path', `${join(dir, 'runtime')}:${t.libraryPath}`, bin])

  it('a strong need for a missing version: the audit and the loader both refuse', () => {
    const bin = build('strong', ['-Wl,-z,lazy'])
    const f = only(audit([bin]))
    expect(f.requirements).toContainEqual({ library: 'libstub.so', version: 'GLIBC_2.25', weak: false })
    expect(f.loadsOnFloor).toBe(false)
    expect(loaderMissing(runOld(bin).stderr)).toEqual(['GLIBC_2.25'])
  })

  it('a weak need with lazy binding: still a violation, but the program starts', () => {
    const bin = build('weak-lazy', ['-Wl,-z,lazy'])
    markVersionNeedWeak(bin, 'GLIBC_2.25')
    const f = only(audit([bin]))
    expect(f.requirements).toContainEqual({ library: 'libstub.so', version: 'GLIBC_2.25', weak: true })
    expect(lateOf(f)).toEqual(['late_fn@GLIBC_2.25'])
    expect(f.loadsOnFloor).toBe(true)
    const r = runOld(bin)
    expect(r.stdout).toBe('started\n')
    expect(r.status).toBe(0)
  })

  it('a weak need with bind-now: the audit predicts the refusal the loader gives', () => {
    const bin = build('weak-now', ['-Wl,-z,now'])
    markVersionNeedWeak(bin, 'GLIBC_2.25')
    const f = only(audit([bin]))
    expect(f.bindNow).toBe(true)
    expect(f.loadsOnFloor).toBe(false)
    const r = runOld(bin)
    expect(r.status).not.toBe(0)
    expect(r.stderr).toMatch(/late_fn/)
  })
})

describe('policy', () => {
  it('parses floors and refuses junk', () => {
    expect(parseFloor(' 2.17 ')).toBe('2.17')
    for (const bad of ['', '2', 'latest', '3.1', '2.17; rm -rf /', '2.x'])
      expect(() => parseFloor(bad)).toThrow(AuditError)
    expect(() => audit([process.execPath], 'banana')).toThrow(/floor "banana" is not a glibc version/)
  })

  it('ceilings per floor come from data: manylinux2014 for 2.17, manylinux_2_28 for 2.28', () => {
    const k = defaultKnowledge()
    expect(k.policy('2.17', 'x86_64').ceilings).toEqual({
      GLIBC: '2.17',
      GLIBCXX: '3.4.19',
      CXXABI: '1.3.7',
      GCC: '4.8.0'
    })
    expect(k.policy('2.28', 'x86_64').ceilings).toEqual({
      GLIBC: '2.28',
      GLIBCXX: '3.4.24',
      CXXABI: '1.3.11',
      GCC: '7.0.0'
    })
    // A floor with no entry keeps GLIBC exact and borrows the runtime ceilings from the floor below.
    expect(k.policy('2.29', 'x86_64').ceilings).toMatchObject({ GLIBC: '2.29', GLIBCXX: '3.4.24' })
    expect(k.policy('2.17', 'arm64').arch).toBe('aarch64')
    expect(k.policy('2.17', 'aarch64').extraAllowed.has('GLIBC_2.18')).toBe(true)
    expect(k.policy('2.17', 'riscv64').unreachable).toMatch(/2\.27/)
    expect(k.policy('2.17', 'x86_64', parseOverrides('GLIBCXX=3.4.21')).ceilings.GLIBCXX).toBe('3.4.21')
    expect(() => parseOverrides('GLIBCXX')).toThrow(AuditError)
  })

  it('overrides move a namespace ceiling: node 24 needs no more than GLIBCXX 3.4.21 / CXXABI 1.3.11', () => {
    const base = only(audit([thirdParty('node24-x64')]))
    const lifted = only(
      auditPaths([thirdParty('node24-x64')], {
        floor: '2.17',
        overrides: { GLIBCXX: '3.4.21', CXXABI: '1.3.11' },
        compatHeader: null
      })
    )
    expect(base.violations?.some(v => v.version.startsWith('GLIBCXX_'))).toBe(true)
    expect(
      lifted.violations?.some(v => v.version.startsWith('GLIBCXX_') || v.version.startsWith('CXXABI_'))
    ).toBe(false)
  })

  it('aarch64 symbols denied at 2.17 (real 2.18 symbols) are late only where GLIBC_2.18 is allowed by name', () => {
    const k = defaultKnowledge()
    const need = {
      library: 'libc.so.6',
      version: 'GLIBC_2.18',
      vna_hash: 0,
      vna_flags: 0,
      vna_other: 2,
      weak: false
    }
    const users = [{ index: 1, name: '__cxa_thread_atexit_impl', versionIndex: 2, weakBinding: false }]
    const mcount = [{ index: 1, name: '_mcount', versionIndex: 2, weakBinding: false }]
    expect(lateUsers(need, users, k.policy('2.17', 'aarch64'))).toEqual({ users, versionExists: true })
    expect(lateUsers(need, mcount, k.policy('2.17', 'aarch64'))).toBeNull()
    // From 2.18 on the version is within the numeric ceiling: nothing about it is late any more.
    expect(lateUsers(need, users, k.policy('2.22', 'aarch64'))).toBeNull()
    expect(lateUsers(need, users, k.policy('2.17', 'x86_64'))).toEqual({ users, versionExists: false })
  })

  it('an aarch64 file needing a real 2.18 symbol under an allowed GLIBC_2.18 starts unless it binds it eagerly', () => {
    // A library with __cxa_thread_atexit_impl@GLIBC_2.18 weakly bound, as a static libstdc++ references it.
    const src =
      'extern int __cxa_thread_atexit_impl(void (*)(void*), void*, void*) __attribute__((weak));\nint f(void){return __cxa_thread_atexit_impl ? 1 : 0;}\n'
    const map = join(workDir, 'a64-218.map')
    writeFileSync(map, 'GLIBC_2.18 { global: __cxa_thread_atexit_impl; };\n')
    const stub = compile('void __cxa_thread_atexit_impl(void){}\n', {
      with: 'aarch64',
      name: 'libc218.so',
      flags: ['-shared', '-fPIC', `-Wl,--version-script=${map}`, '-Wl,-soname,libc.so.6']
    })
    const lib = compile(src, { with: 'aarch64', name: 'liba64weak.so', flags: ['-shared', '-fPIC', stub] })
    const f = only(audit([lib]))
    expect(lateOf(f)).toEqual(['__cxa_thread_atexit_impl@GLIBC_2.18'])
    expect(f.violations![0].weakBinding).toBe(true)
    // On CentOS 7 aarch64 (GLIBC_2.18 exists there, the symbol does not) a weak reference resolves to NULL.
    expect(f.loadsOnFloor).toBe(true)
    expect(f.reason).toMatch(/calls to them fail on glibc 2\.17/)
  })

  it('the distro matrix leaves out distros without an edition for the architecture', () => {
    const bin = compile('int main(){return 0;}', { with: 'aarch64', name: 'distro-a64' })
    const r = audit([bin])
    const amzn1 = r.summary.distros.find(d => d.id === 'amzn1')!
    expect(amzn1).toMatchObject({ loads: false, missing: [], unsupportedArches: ['aarch64'] })
    expect(r.files[0].distros).toContain('rhel7')
    expect(r.files[0].distros).not.toContain('amzn1')
  })

  it('symver remedies name the older version to pin per architecture', () => {
    const pin = (name: string) =>
      Object.fromEntries(only(audit([thirdParty(name)])).violations!.map(v => [v.symbol, v.remedy.pinTo]))
    expect(pin('node24-x64')).toMatchObject({ expf: 'expf@GLIBC_2.2.5', lgamma: 'lgamma@GLIBC_2.2.5' })
    expect(pin('node24-arm64')).toMatchObject({ expf: 'expf@GLIBC_2.17' })
  })

  it('the distro matrix follows each distro glibc', () => {
    const r = audit([compile(LATE_C, { with: 'host', name: 'late2', flags: ['-lm'] })])
    const loads = Object.fromEntries(r.summary.distros.map(d => [d.id, d.loads]))
    // Needs GLIBC_2.34 (host __libc_start_main): RHEL 9 and AL2023 have 2.34, RHEL 8 and Ubuntu 20.04 do not.
    expect(loads).toMatchObject({
      rhel7: false,
      rhel8: false,
      ubuntu2004: false,
      rhel9: true,
      amzn2023: true,
      debian12: true
    })
    expect(r.summary.distros.find(d => d.id === 'rhel8')?.missing).toContain('GLIBC_2.34')
    expect(r.files[0].distros).toEqual(r.summary.distros.filter(d => d.loads).map(d => d.id))
  })
})

describe('wrapped set (fallback report)', () => {
  it('collects every __wrap_ declaration, ignoring comments', () => {
    const h =
      'extern "C" {\nssize_t __wrap_getrandom(void*, size_t, unsigned);\nint  __wrap_fcntl64 (int, int, ...);\n// int __wrap_notme(void);\n/* __wrap_nor_me( */\n}\n'
    expect([...wrappedSymbols(h)].sort()).toEqual(['fcntl64', 'getrandom'])
  })

  it('the shipped compat header marks the wrapped late symbols of node 24', () => {
    const header = join(repoRoot, 'compat', 'glibc_2_17_compat.h')
    const f = only(audit([thirdParty('node24-x64')], '2.17', header))
    const byName = Object.fromEntries((f.violations ?? []).map(v => [v.symbol, v.wrapped]))
    expect(byName).toMatchObject({ getrandom: true, fcntl64: true })
    expect(byName['_ZdlPvm']).toBe(false)
    const none = only(audit([thirdParty('node24-x64')]))
    expect(none.violations).toHaveLength(f.violations!.length)
    expect(none.violations!.every(v => !v.wrapped)).toBe(true)
  })
})

describe('inputs', () => {
  const tree = join(workDir, 'tree')
  mkdirSync(join(tree, 'bin'), { recursive: true })
  mkdirSync(join(tree, 'node_modules', 'x'), { recursive: true })
  mkdirSync(join(tree, '.git'), { recursive: true })

  it('walks directories for ELF files by magic, skipping .git, node_modules and symlinks', () => {
    const a = compile('int main(){return 0;}', { with: 'x86_64', name: 'tree-a' })
    copyFileSync(a, join(tree, 'bin', 'a'))
    copyFileSync(a, join(tree, 'lib.so'))
    copyFileSync(a, join(tree, 'node_modules', 'x', 'skipped'))
    copyFileSync(a, join(tree, '.git', 'skipped'))
    writeFileSync(join(tree, 'README'), 'not elf')
    symlinkSync(join(tree, 'bin', 'a'), join(tree, 'link'))
    const r = audit([tree])
    expect(r.files.map(f => f.path).sort()).toEqual(['tree/bin/a', 'tree/lib.so'])
    expect(r.summary.audited).toBe(2)
  })

  it('expands globs', () => {
    expect(audit([join(tree, '**', 'a')]).files.map(f => f.path)).toEqual(['tree/bin/a'])
    expect(audit(['tree/*.so']).files.map(f => f.path)).toEqual(['tree/lib.so'])
    expect(() => audit(['tree/*.nothing'])).toThrow(/matches no file/)
  })

  it('a musl binary is skipped with its libc named, not judged against a glibc floor', () => {
    const bin = compile('int main(){return 0;}', { with: 'host', name: 'musl-audit' })
    const b = readFileSync(bin)
    const at = b.indexOf('/lib64/ld-linux-x86-64.so.2')
    b.fill(0, at, at + 27)
    b.write('/lib/ld-musl-x86_64.so.1', at, 'latin1')
    writeFileSync(bin, b)
    expect(only(audit([bin]))).toMatchObject({ status: 'skipped', libc: 'musl', machine: 'x86_64' })
  })

  it('takes an existing path literally even when it looks like a glob', () => {
    const a = compile('int main(){return 0;}', { with: 'x86_64', name: 'literal-src' })
    copyFileSync(a, join(tree, 'app[1]'))
    copyFileSync(a, join(tree, 'app1'))
    expect(audit(['tree/app[1]']).files.map(f => f.path)).toEqual(['tree/app[1]'])
    expect(audit(['tree/app[0-9]']).files.map(f => f.path)).toEqual(['tree/app1'])
  })

  it('files and directories it cannot read become error rows, never a silent pass', () => {
    // Run as an unprivileged user (root reads everything), on a copy of the tool: the checkout may sit
    // below a directory that user cannot enter.
    const dir = join(tmpdir(), `glibc-floor-perm-${process.pid}`)
    const scan = join(dir, 'scan')
    const tool = join(dir, 'tool')
    mkdirSync(join(scan, 'locked'), { recursive: true })
    cpSync(join(repoRoot, 'data'), join(tool, 'data'), { recursive: true })
    // The whole dist/: cli.js loads the engine from a chunk beside it.
    cpSync(join(repoRoot, 'dist'), join(tool, 'dist'), { recursive: true })
    copyFileSync(join(repoRoot, 'package.json'), join(tool, 'package.json'))
    const good = compile('int main(){return 0;}', { with: 'x86_64', name: 'perm-good' })
    copyFileSync(good, join(scan, 'good'))
    copyFileSync(good, join(scan, 'secret'))
    chmodSync(dir, 0o755)
    chmodSync(join(scan, 'good'), 0o755)
    chmodSync(join(scan, 'secret'), 0o000)
    chmodSync(join(scan, 'locked'), 0o000)
    try {
      const asNobody = ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath]
      // Only root may change uid: on GitHub's runner (a non-root user) through its passwordless sudo.
      const setpriv = process.getuid?.() === 0 ? ['setpriv'] : ['sudo', '-n', 'setpriv']
      const cli = [join(tool, 'dist', 'cli.js'), 'audit', '--format', 'json', scan]
      const r = run(setpriv[0], [...setpriv.slice(1), ...asNobody, ...cli])
      expect(r.status).toBe(1)
      const rows = Object.fromEntries(
        JSON.parse(r.stdout).files.map((f: FileReport) => [
          f.path.split('/').pop(),
          `${f.status}: ${f.reason}`
        ])
      )
      expect(rows).toEqual({
        good: 'audited: loads on glibc 2.17',
        secret: 'error: cannot read: EACCES',
        locked: 'error: cannot list directory: EACCES'
      })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('a FIFO given as a path is an error row, not a hang', () => {
    const fifo = join(workDir, 'a-fifo')
    mustRun('mkfifo', [fifo])
    expect(only(audit([fifo]))).toMatchObject({
      status: 'error',
      reason: expect.stringMatching(/not a regular file/)
    })
  })

  it('a missing path is an error, an explicit non-ELF file a skip, a truncated ELF an error row', () => {
    expect(() => audit(['/no/such/binary'])).toThrow(AuditError)
    const notElf = only(audit([join(tree, 'README')]))
    expect(notElf).toMatchObject({ status: 'skipped', reason: 'not an ELF file' })
    const cut = join(workDir, 'cut.so')
    writeFileSync(cut, readFileSync(thirdParty('node24-x64')).subarray(0, 5000))
    const bad = only(audit([cut]))
    expect(bad.status).toBe('error')
    expect(bad.reason).toMatch(/truncated|needs \d+ bytes|offset/)
    expect(audit([cut]).summary.errors).toBe(1)
  })
})
