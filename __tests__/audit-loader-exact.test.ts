// Loader-exact verdicts: the prediction is checked against the real glibc 2.17 loader on every library and
// utility of the 2.17 sysroots, on a symbol the floor lacks under a version it has, on bundled libraries found
// through $ORIGIN, and on separate debug files.
import { describe, expect, it } from '@jest/globals'
import { copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { basename, isAbsolute, join } from 'node:path'
import { auditPaths, defaultKnowledge } from '../src/audit/index.js'
import type { AuditReport, FileReport } from '../src/audit/index.js'
import { main } from '../src/cli/main.js'
import { compile, loaderMissing, mustRun, run, workDir } from './helpers/build.js'
import { toolchain, type ToolchainArch } from './helpers/fixtures.js'

const audit = (paths: string[], floor = '2.17'): AuditReport =>
  auditPaths(paths, { floor, compatHeader: null, cwd: workDir })
const only = (r: AuditReport): FileReport => {
  expect(r.files).toHaveLength(1)
  return r.files[0]
}

/** `ldd -r` on the real loader: maps every needed object, checks versions, binds every symbol now. */
const TRACE = { LD_TRACE_LOADED_OBJECTS: '1', LD_WARN: 'yes', LD_BIND_NOW: 'yes' }
const abs = (f: FileReport): string => (isAbsolute(f.path) ? f.path : join(workDir, f.path))
// Unversioned symbols nothing defines are no floor's business: libthread_db's ps_* come from the debugger
// that loads it (proc_service), so only versioned misses ("undefined symbol: X, version V") count.
const loaderComplaints = (out: string): string[] =>
  out
    .split('\n')
    .flatMap(l => l.split(/;\s*/))
    .filter(l => /not found|undefined symbol: [^\s,]+, version|cannot|error/i.test(l))

describe('every library and utility of the glibc 2.17 sysroots loads on 2.17, as predicted', () => {
  const sysrootReport = (arch: ToolchainArch) => {
    const t = toolchain(arch)
    const r = audit([t.sysroot])
    const audited = r.files.filter(f => f.status === 'audited')
    return { t, r, audited }
  }

  it.each(['x86_64', 'aarch64'] as const)('%s: all predicted to load, GLIBC_PRIVATE only a warning', arch => {
    const { r, audited } = sysrootReport(arch)
    // libc, libm, libpthread ..., the gconv modules, getconf, ldconfig ...: about 300 files per sysroot.
    expect(audited.length).toBeGreaterThan(250)
    expect(r.summary.errors).toBe(0)
    expect(audited.filter(f => !f.loadsOnFloor).map(f => `${f.path}: ${f.reason}`)).toEqual([])
    expect(r.summary.violations).toBe(0)
    // glibc's own libraries bind each other's internals: the private ABI is reported, and it is there.
    const pthread = audited.find(f => basename(f.path) === 'libpthread-2.17.so')!
    expect(pthread.symbolExact).toBe(true)
    expect(pthread.privateAbi!.length).toBeGreaterThan(0)
    expect(pthread.privateAbi!.every(p => p.version === 'GLIBC_PRIVATE' && p.onFloor === true)).toBe(true)
    expect(pthread.reason).toMatch(/private ABI/)
    expect(r.summary.privateAbi).toBeGreaterThan(10)
  })

  it('x86_64: the real loader maps, version-checks and binds every one of them', () => {
    const { t, audited } = sysrootReport('x86_64')
    const failures: string[] = []
    for (const f of audited) {
      const res = run(t.loader, ['--library-path', t.libraryPath, abs(f)], {
        ...process.env,
        ...TRACE
      })
      const bad = loaderComplaints(res.stdout + res.stderr)
      if (bad.length > 0) failures.push(`${f.path}: ${bad.join('; ')}`)
    }
    expect(failures).toEqual([])
  })

  it('aarch64 (qemu-user): the utilities start the loader, and one program needing every library loads', () => {
    const { t, audited } = sysrootReport('aarch64')
    const env = Object.entries(TRACE).flatMap(([k, v]) => ['-E', `${k}=${v}`])
    const libs = audited.filter(f => f.soname !== null || /\.so/.test(f.path))
    // ldconfig and sln are static: no loader is involved, and started for real they would run.
    const statics = audited.filter(f => f.libc === 'none' && !libs.includes(f))
    expect(statics.map(f => basename(f.path)).sort()).toEqual(['ldconfig', 'sln'])
    const programs = audited.filter(f => !libs.includes(f) && f.libc !== 'none')
    expect(programs.length).toBeGreaterThan(10)
    const failures: string[] = []
    for (const f of programs) {
      const res = run('qemu-aarch64', ['-L', t.sysroot, ...env, abs(f)])
      const bad = loaderComplaints(res.stdout + res.stderr)
      if (bad.length > 0 || res.status !== 0) failures.push(`${f.path}: ${res.status} ${bad.join('; ')}`)
    }
    // A library cannot be started on its own under qemu: a probe that needs all of them at once can.
    const probe = compile('int main(void){return 0;}', {
      with: 'aarch64',
      name: 'a64-all-libs',
      flags: ['-Wl,--no-as-needed', '-Wl,--allow-shlib-undefined', ...libs.map(f => abs(f))]
    })
    // The gconv modules find their helpers (libJIS.so ...) through RPATH $ORIGIN when iconv dlopens them;
    // named by path in a probe's DT_NEEDED under qemu they do not, so the probe is told where they are.
    const gconv = `LD_LIBRARY_PATH=${join(t.sysroot, 'usr', 'lib', 'gconv')}`
    const res = run('qemu-aarch64', ['-L', t.sysroot, ...env, '-E', gconv, probe])
    expect(loaderComplaints(res.stdout + res.stderr)).toEqual([])
    expect(res.status).toBe(0)
    // Every library was really mapped: the trace lists each one.
    expect(res.stdout.split('\n').filter(l => l.includes('=>') || l.includes('(0x')).length).toBeGreaterThan(
      libs.length / 2
    )
    expect(failures).toEqual([])
  })
})

describe('symbol-exact floors', () => {
  const t = toolchain('x86_64')
  // getppid exists under GLIBC_2.2.5 on 2.17; the renamed getppiX does not, under the same existing version.
  const SRC =
    '#include <stdio.h>\n#include <unistd.h>\nint main(int c, char **v){ if (c > 5) printf("%d\\n", (int)getppid()); puts("started"); return 0; }\n'
  const renamed = (name: string, flags: string[]): string => {
    const bin = compile(SRC, { with: 'x86_64', name, flags })
    const b = readFileSync(bin)
    const at = b.indexOf('\0getppid\0')
    expect(at).toBeGreaterThan(0)
    b.write('getppiX', at + 1, 'latin1')
    writeFileSync(bin, b)
    return bin
  }
  const on217 = (bin: string) => run(t.loader, ['--library-path', t.libraryPath, bin])

  it('a symbol missing under a version the floor has: predicted and observed to fail when bound at start-up', () => {
    const bin = renamed('renamed-now', ['-Wl,-z,now'])
    const f = only(audit([bin]))
    expect(f.symbolExact).toBe(true)
    expect(f.violations).toEqual([
      expect.objectContaining({ symbol: 'getppiX', version: 'GLIBC_2.2.5', missing: 'symbol' })
    ])
    expect(f.loadsOnFloor).toBe(false)
    const r = on217(bin)
    expect(r.status).not.toBe(0)
    // glibc 2.17's words for a symbol bound at start-up that its version lacks.
    expect(r.stderr).toMatch(/symbol getppiX, version GLIBC_2\.2\.5 not defined in file libc\.so\.6/)
    expect(r.stdout).toBe('')
  })

  it('the same symbol bound lazily: the program starts, as predicted, and only the call would fail', () => {
    const bin = renamed('renamed-lazy', ['-Wl,-z,lazy'])
    const f = only(audit([bin]))
    expect(f.violations!.map(v => `${v.symbol}@${v.version}`)).toEqual(['getppiX@GLIBC_2.2.5'])
    expect(f.loadsOnFloor).toBe(true)
    const r = on217(bin)
    expect(r.stdout).toBe('started\n')
    expect(r.status).toBe(0)
  })

  it('the floor tables come from the real runtimes, and aarch64 GLIBC_2.18 falls out of them', () => {
    const k = defaultKnowledge()
    const x = k.policy('2.17', 'x86_64').symbols!
    expect(x.defines('libc.so.6', 'GLIBC_2.2.5', 'getppid', [])).toBe(true)
    expect(x.defines('libc.so.6', 'GLIBC_2.2.5', 'getppiX', [])).toBe(false)
    expect(x.hasVersion('libc.so.6', 'GLIBC_2.17')).toBe(true)
    expect(x.hasVersion('libc.so.6', 'GLIBC_2.18')).toBe(false)
    // A symbol that moved: clock_gettime is librt's on 2.17; found through the file's needed libraries.
    expect(x.defines('libc.so.6', 'GLIBC_2.2.5', 'clock_gettime', ['librt.so.1'])).toBe(true)
    expect(x.defines('libstdc++.so.6', 'GLIBCXX_3.4.19', '_ZNSt6chrono3_V212steady_clock3nowEv', [])).toBe(
      true
    )
    expect(x.hasVersion('libstdc++.so.6', 'GLIBCXX_3.4.20')).toBe(false)
    const a = k.policy('2.17', 'aarch64').symbols!
    expect(a.defines('libc.so.6', 'GLIBC_2.18', '_mcount', [])).toBe(true)
    expect(a.defines('libc.so.6', 'GLIBC_2.18', '__cxa_thread_atexit_impl', [])).toBe(false)
    // Floors without a table keep the version check; an override of a namespace leaves it to numbers.
    expect(k.policy('2.28', 'x86_64').symbols).toBeNull()
    expect(x.covers('libstdc++.so.6', 'GLIBCXX_3.4.21', { GLIBCXX: '3.4.21' })).toBe(false)
    expect(x.covers('libstdc++.so.6', 'CXXABI_1.3.7', { GLIBCXX: '3.4.21', CXXABI: '1.3.7' })).toBe(true)
  })

  it('GLIBC_ABI_DT_RELR stays a real requirement; GLIBC_PRIVATE never blocks, with or without a table', () => {
    const relr = compile('int main(){return 0;}', {
      with: 'host',
      name: 'relr',
      flags: ['-Wl,-z,pack-relative-relocs']
    })
    const f = only(audit([relr]))
    expect(f.requirements!.map(r => r.version)).toContain('GLIBC_ABI_DT_RELR')
    expect(f.violations!.map(v => v.version)).toContain('GLIBC_ABI_DT_RELR')
    expect(f.loadsOnFloor).toBe(false)
    expect(
      loaderMissing(run(toolchain('x86_64').loader, ['--library-path', t.libraryPath, relr]).stderr)
    ).toContain('GLIBC_ABI_DT_RELR')
    const pthread = join(t.sysroot, 'lib', 'libpthread.so.0')
    const at228 = only(audit([pthread], '2.28'))
    expect(at228.loadsOnFloor).toBe(true)
    expect(at228.violations).toEqual([])
    expect(at228.privateAbi!.every(p => p.onFloor === null)).toBe(true)
  })
})

describe('separate debug files', () => {
  it('objcopy --only-keep-debug copies of real binaries are passed over: exit 0 or 2, never 1', async () => {
    const dir = join(workDir, 'with-debug')
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(join(dir, '.debug'), { recursive: true })
    const bins = [
      compile('int main(){return 0;}', { with: 'x86_64', name: 'dbg-217', flags: ['-g'] }),
      compile('#include <stdio.h>\nint main(){puts("x");return 0;}', {
        with: 'host',
        name: 'dbg-host',
        flags: ['-g']
      }),
      '/usr/bin/ls'
    ]
    for (const b of bins) {
      copyFileSync(b, join(dir, basename(b)))
      mustRun('objcopy', ['--only-keep-debug', b, join(dir, '.debug', `${basename(b)}.debug`)])
    }
    const r = audit([dir])
    const debug = r.files.filter(f => f.path.endsWith('.debug'))
    expect(debug).toHaveLength(3)
    for (const f of debug)
      expect(f).toMatchObject({
        status: 'skipped',
        skipKind: 'separate-debug',
        reason: expect.stringMatching(/debug/)
      })
    expect(r.summary).toMatchObject({ errors: 0, separateDebug: 3, audited: 3 })
    let out = ''
    const code = await main(['audit', '--no-compat-header', dir], {
      stdout: t => (out += t),
      stderr: t => (out += t),
      cwd: workDir
    })
    expect([0, 2]).toContain(code)
    expect(out).not.toMatch(/DT_STRTAB/)
  })
})

describe('bundled libraries', () => {
  const LIB =
    '#include <sys/random.h>\nint lib_fn(void){ unsigned char b[4]; return (int)getrandom(b, 4, 0) >= 0; }\n'
  const LIB217 = 'int lib_fn(void){ return 1; }\n'
  const APP =
    '#include <stdio.h>\nextern int lib_fn(void);\nint main(void){ printf("%d\\n", lib_fn()); return 0; }\n'

  /** tree/bin/app (RUNPATH $ORIGIN/../lib) and tree/lib/libbund.so.1 → libbund.so.1.0 */
  function tree(name: string, libWith: 'host' | 'x86_64', appWith: 'host' | 'x86_64'): string {
    const root = join(workDir, name)
    rmSync(root, { recursive: true, force: true })
    mkdirSync(join(root, 'bin'), { recursive: true })
    mkdirSync(join(root, 'lib'), { recursive: true })
    const lib = compile(libWith === 'host' ? LIB : LIB217, {
      with: libWith,
      name: `${name}-libbund.so.1.0`,
      flags: ['-shared', '-fPIC', '-Wl,-soname,libbund.so.1']
    })
    copyFileSync(lib, join(root, 'lib', 'libbund.so.1.0'))
    symlinkSync('libbund.so.1.0', join(root, 'lib', 'libbund.so.1'))
    const app = compile(APP, {
      with: appWith,
      name: `${name}-app`,
      // The 2.17 linker would refuse the host library's getrandom@GLIBC_2.25: the loader is the judge here.
      flags: [join(root, 'lib', 'libbund.so.1'), '-Wl,-rpath,$ORIGIN/../lib', '-Wl,--allow-shlib-undefined']
    })
    copyFileSync(app, join(root, 'bin', 'app'))
    mustRun('chmod', ['+x', join(root, 'bin', 'app')])
    return root
  }
  const t = toolchain('x86_64')
  const on217 = (bin: string) => run(t.loader, ['--library-path', t.libraryPath, bin])
  const row = (r: AuditReport, end: string) => r.files.find(f => f.path.endsWith(end))!

  it('a 2.17-built binary bundling a host-built library: the bundle fails, as on the real loader', () => {
    const root = tree('bundle-host-lib', 'host', 'x86_64')
    const r = audit([root])
    const app = row(r, 'bin/app')
    expect(app.loadsOnFloor).toBe(true)
    expect(app.dependencies).toEqual([
      {
        needed: 'libbund.so.1',
        resolution: 'bundled',
        path: 'bundle-host-lib/lib/libbund.so.1.0',
        via: 'rpath'
      },
      { needed: 'libc.so.6', resolution: 'base' }
    ])
    expect(app.bundle).toMatchObject({
      loadsOnFloor: false,
      libraries: ['bundle-host-lib/lib/libbund.so.1.0'],
      blockers: [
        { path: 'bundle-host-lib/lib/libbund.so.1.0', missing: expect.arrayContaining(['GLIBC_2.25']) }
      ]
    })
    expect(r.summary.loadsOnFloor).toBe(false)
    expect(r.summary.bundleFailures).toBe(1)
    const res = on217(join(root, 'bin', 'app'))
    expect(res.status).not.toBe(0)
    expect(loaderMissing(res.stderr)).toContain('GLIBC_2.25')
  })

  it('a host-built binary (DT_RUNPATH) bundling a 2.17-built library: only its own versions count', () => {
    const root = tree('bundle-host-app', 'x86_64', 'host')
    const r = audit([root])
    const app = row(r, 'bin/app')
    expect(app.dependencies![0]).toMatchObject({ resolution: 'bundled', via: 'runpath' })
    expect(app.bundle!.blockers.map(b => b.path)).toEqual(['bundle-host-app/bin/app'])
    expect(row(r, 'libbund.so.1.0').loadsOnFloor).toBe(true)
  })

  it('all built for 2.17: the bundle loads, predicted and observed', () => {
    const root = tree('bundle-217', 'x86_64', 'x86_64')
    const app = row(audit([root]), 'bin/app')
    expect(app.bundle).toEqual({
      loadsOnFloor: true,
      libraries: ['bundle-217/lib/libbund.so.1.0'],
      blockers: []
    })
    const res = on217(join(root, 'bin', 'app'))
    expect(res.stdout).toBe('1\n')
    expect(res.status).toBe(0)
  })

  it('a needed library that is neither bundled nor on the base system is reported missing', () => {
    const root = tree('bundle-missing', 'x86_64', 'x86_64')
    rmSync(join(root, 'lib'), { recursive: true })
    const r = audit([join(root, 'bin', 'app')])
    const app = only(r)
    expect(app.missingLibraries).toEqual(['libbund.so.1'])
    expect(app.dependencies![0]).toEqual({ needed: 'libbund.so.1', resolution: 'missing' })
    expect(app.reason).toMatch(
      /needs libbund\.so\.1: not on the floor's base system \(manylinux_2_17\) and not in this tree/
    )
    expect(r.summary.missingLibraries).toEqual(['libbund.so.1'])
    expect(on217(join(root, 'bin', 'app')).stderr).toMatch(/libbund\.so\.1: cannot open shared object file/)
  })

  it("a version the bundled copy lacks: checked against that copy's verdef, as the loader does", () => {
    const root = join(workDir, 'bundle-version')
    rmSync(root, { recursive: true, force: true })
    for (const d of ['bin', 'lib', 'link']) mkdirSync(join(root, d), { recursive: true })
    const maps = {
      link: 'BUND_2.0 { global: lib_fn; local: *; };',
      lib: 'BUND_1.0 { global: lib_fn; local: *; };'
    }
    for (const [dir, map] of Object.entries(maps)) {
      writeFileSync(join(root, `${dir}.map`), `${map}\n`)
      const lib = compile(LIB217, {
        with: 'x86_64',
        name: `bundle-version-${dir}.so`,
        flags: [
          '-shared',
          '-fPIC',
          '-Wl,-soname,libbund.so.1',
          `-Wl,--version-script=${join(root, `${dir}.map`)}`
        ]
      })
      copyFileSync(lib, join(root, dir, 'libbund.so.1'))
    }
    const app = compile(APP, {
      with: 'x86_64',
      name: 'bundle-version-app',
      flags: [join(root, 'link', 'libbund.so.1'), '-Wl,-rpath,$ORIGIN/../lib']
    })
    copyFileSync(app, join(root, 'bin', 'app'))
    rmSync(join(root, 'link'), { recursive: true })
    const f = row(audit([join(root, 'bin'), join(root, 'lib')]), 'bin/app')
    expect(f.violations).toEqual([
      expect.objectContaining({
        symbol: 'lib_fn',
        version: 'BUND_2.0',
        library: 'libbund.so.1',
        missing: 'version',
        bundled: 'bundle-version/lib/libbund.so.1'
      })
    ])
    expect(f.loadsOnFloor).toBe(false)
    expect(loaderMissing(on217(join(root, 'bin', 'app')).stderr)).toEqual(['BUND_2.0'])
  })
})
