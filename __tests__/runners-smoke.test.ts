// Smoke mode on a real glibc 2.17: the docker-free sysroot runtime runs programs for real (x86_64 natively,
// aarch64 under qemu-user); official Node.js 18+ binaries are refused by the 2.17 loader, whose own message is
// parsed and set beside the audit's prediction. The container runtime is checked on its exact docker command
// lines against a recording stub (no Docker engine here).
import { beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { auditPaths } from '../src/audit/index.js'
import type { AuditReport, Violation } from '../src/audit/types.js'
import {
  CENTOS7_IMAGE,
  compareWithAudit,
  containerCommand,
  parseLoaderErrors,
  readElfInterp,
  runSmoke,
  runUnderSysroot,
  silentLogger,
  smokeSummaryMarkdown,
  splitArgs,
  SYSROOT_PINS,
  sysrootLayout,
  type SmokeArch
} from '../src/runners/index.js'
import { repoRoot, thirdParty, toolchain } from './helpers/fixtures.js'
import { stubDir } from './helpers/recording-stub.js'

const fixtureSysroot = (arch: SmokeArch) =>
  sysrootLayout(join(repoRoot, '.cache', 'fixtures', `toolchain-${arch}`), SYSROOT_PINS[arch], arch)
const helloSource = join(repoRoot, '__tests__', 'fixtures', 'build-project', 'hello.c')
const work = mkdtempSync(join(tmpdir(), 'glibc-floor-smoke-test-'))
const x64 = toolchain('x86_64')
const a64 = toolchain('aarch64')
const bins = {
  /** Built by the glibc 2.17 toolchain (GCC 4.8.5): what a 2.17 build produces. */
  hello217: join(work, 'hello217'),
  /** Built by the host's GCC (PIE, copy relocations for stdout) against the 2.17 sysroot. */
  helloPie: join(work, 'hello-pie'),
  helloStatic: join(work, 'hello-static'),
  helloArm: join(work, 'hello-aarch64')
}

beforeAll(() => {
  execFileSync(x64.gcc, ['-O2', '-o', bins.hello217, helloSource])
  execFileSync('gcc', [
    '-O2',
    `--sysroot=${x64.sysroot}`,
    `-B${x64.sysroot}/usr/lib/`,
    '-o',
    bins.helloPie,
    helloSource
  ])
  execFileSync(x64.gcc, ['-O2', '-static', '-o', bins.helloStatic, helloSource])
  execFileSync(a64.gcc, ['-O2', '-o', bins.helloArm, helloSource])
})

describe('sysroot runtime, for real', () => {
  test('a program built for 2.17 passes, with exit code and output checked', async () => {
    const result = await runSmoke(
      { binary: bins.hello217, args: ['a', 'b'], expectOutput: 'hello from glibc-floor (2 args)' },
      { sysroot: fixtureSysroot('x86_64'), logger: silentLogger }
    )
    expect(result.failures).toEqual([])
    expect(result.passed).toBe(true)
    expect(result.outcome.method).toBe('loader')
    expect(result.outcome.command.slice(0, 3)).toEqual([
      fixtureSysroot('x86_64').loader,
      '--library-path',
      fixtureSysroot('x86_64').libraryPath
    ])
    expect(result.outcome.exitCode).toBe(0)
  })

  test("the program under test does not see the runner's credentials", async () => {
    const bin = join(dirname(bins.hello217), 'show-env')
    writeFileSync(
      `${bin}.c`,
      '#include <stdio.h>\n#include <stdlib.h>\nint main(void){const char *t=getenv("INPUT_TOKEN"),*r=getenv("ACTIONS_RUNTIME_TOKEN"),*k=getenv("KEEP_ME");printf("[%s][%s][%s]\\n",t?t:"-",r?r:"-",k?k:"-");return 0;}\n'
    )
    execFileSync(toolchain('x86_64').gcc, [`${bin}.c`, '-o', bin])
    const outcome = await runUnderSysroot(
      { binary: bin, args: [], sysroot: fixtureSysroot('x86_64') },
      {
        logger: silentLogger,
        env: { ...process.env, INPUT_TOKEN: 'ghs_secret', ACTIONS_RUNTIME_TOKEN: 'rt', KEEP_ME: 'kept' }
      }
    )
    expect(outcome.stdout).toBe('[-][-][kept]\n')
  })

  test('a wrong exit code or missing output fails with the reason', async () => {
    const result = await runSmoke(
      { binary: bins.hello217, args: ['x'], expectOutput: '/hello .* \\(9 args\\)/' },
      { sysroot: fixtureSysroot('x86_64'), logger: silentLogger }
    )
    expect(result.passed).toBe(false)
    expect(result.failures).toEqual([
      'exit code 3, expected 0',
      'the output does not contain "/hello .* \\\\(9 args\\\\)/"'
    ])
    const ok = await runSmoke(
      { binary: bins.hello217, args: ['x'], expectExit: 3, expectOutput: '/hello .* \\(1 args\\)/' },
      { sysroot: fixtureSysroot('x86_64'), logger: silentLogger }
    )
    expect(ok.passed).toBe(true)
  })

  test('the explicit 2.17 loader crashes on a host-built PIE with stdio; the PT_INTERP copy runs it', async () => {
    const sysroot = fixtureSysroot('x86_64')
    // The problem being worked around, shown first: explicit loader only.
    const direct = await runUnderSysroot(
      { binary: bins.helloPie, args: [], sysroot, method: 'loader' },
      { logger: silentLogger }
    )
    expect(direct.signal).toBe('SIGSEGV')

    const result = await runSmoke(
      { binary: bins.helloPie, args: ['p'], expectOutput: 'hello from glibc-floor (1 args)' },
      { sysroot, logger: silentLogger }
    )
    expect(result.failures).toEqual([])
    expect(result.outcome.method).toBe('pt-interp')
    expect(result.outcome.retriedAfter).toBe('SIGSEGV')
    // The copy's PT_INTERP named a short symlink to the 2.17 loader; the original is untouched.
    expect(readElfInterp(bins.helloPie).interp?.path).toBe('/lib64/ld-linux-x86-64.so.2')
    expect(smokeSummaryMarkdown(result)).toContain(
      'The explicit loader crashed (SIGSEGV); the PT_INTERP copy was used'
    )
  })

  test('a static executable runs directly', async () => {
    const result = await runSmoke(
      { binary: bins.helloStatic },
      { sysroot: fixtureSysroot('x86_64'), logger: silentLogger }
    )
    expect(result.passed).toBe(true)
    expect(result.outcome.method).toBe('static')
  })

  test("official Node.js 18 is refused with the loader's own words, exactly as the audit predicted", async () => {
    const node18 = thirdParty('node18-x64')
    const result = await runSmoke(
      { binary: node18, args: ['--version'] },
      { sysroot: fixtureSysroot('x86_64'), logger: silentLogger, audit: auditPaths }
    )
    expect(result.passed).toBe(false)
    expect(result.outcome.stderr).toContain("version `GLIBC_2.28' not found (required by")
    const missing = result.loader.missingVersions
      .map(m => `${m.library.split('/').pop()} ${m.version}`)
      .sort()
    expect(missing).toEqual([
      'libc.so.6 GLIBC_2.25',
      'libc.so.6 GLIBC_2.28',
      'libm.so.6 GLIBC_2.27',
      'libstdc++.so.6 CXXABI_1.3.9',
      'libstdc++.so.6 GLIBCXX_3.4.20',
      'libstdc++.so.6 GLIBCXX_3.4.21'
    ])
    expect(result.loader.missingVersions.every(m => m.requiredBy === node18)).toBe(true)
    expect(result.failures[0]).toMatch(
      /^the glibc 2\.17 loader refused it: missing .*GLIBC_2\.28 \(libc\.so\.6\)/
    )
    expect(result.comparison?.agrees).toBe(true)
    expect(result.comparison?.rows.length).toBeGreaterThan(0)
    expect(result.comparison?.rows.every(r => r.predicted && r.observed)).toBe(true)
    const md = smokeSummaryMarkdown(result)
    expect(md).toContain('### glibc-floor smoke: failed — `node`')
    expect(md).toContain('The loader reported exactly what the audit predicted.')
    expect(md).toMatch(/\| libc\.so\.6 \| GLIBC_2\.28 \| yes \| yes \| .*\|/)
  })

  test('official Node.js 24 is refused too', async () => {
    const result = await runSmoke(
      { binary: thirdParty('node24-x64'), args: ['--version'] },
      { sysroot: fixtureSysroot('x86_64'), logger: silentLogger }
    )
    expect(result.passed).toBe(false)
    expect(result.loader.missingVersions.map(m => m.version)).toEqual(
      expect.arrayContaining(['GLIBC_2.28', 'GLIBC_2.27', 'GLIBCXX_3.4.21', 'CXXABI_1.3.11'])
    )
  })

  test('aarch64 under qemu-user: a 2.17 build passes, Node.js 24 is refused', async () => {
    const sysroot = fixtureSysroot('aarch64')
    const ok = await runSmoke(
      { binary: bins.helloArm, args: ['q'], expectOutput: 'hello from glibc-floor (1 args)' },
      { sysroot, logger: silentLogger, hostArch: 'x64' }
    )
    expect(ok.failures).toEqual([])
    expect(ok.arch).toBe('aarch64')
    expect(ok.outcome.method).toBe('qemu')
    expect(ok.outcome.command.slice(1, 3)).toEqual(['-L', sysroot.sysroot])

    const node = await runSmoke(
      { binary: thirdParty('node24-arm64'), args: ['--version'] },
      { sysroot, logger: silentLogger }
    )
    expect(node.passed).toBe(false)
    // Under qemu -L the loader names the library by its path inside the sysroot.
    expect(node.loader.missingVersions).toContainEqual({
      library: '/lib/libstdc++.so.6',
      version: 'CXXABI_1.3.11',
      requiredBy: thirdParty('node24-arm64')
    })
  })

  test('a timeout ends the program and fails the check', async () => {
    const script = join(work, 'sleeper.c')
    writeFileSync(script, '#include <unistd.h>\nint main(void){ sleep(30); return 0; }\n')
    const binary = join(work, 'sleeper')
    execFileSync(x64.gcc, ['-o', binary, script])
    const result = await runSmoke(
      { binary, timeoutMs: 300 },
      { sysroot: fixtureSysroot('x86_64'), logger: silentLogger }
    )
    expect(result.failures).toEqual(['timed out after 0.3 s'])
  })

  test('errors: no qemu for a foreign program, mismatched sysroot, a non-ELF file, a missing file', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'glibc-floor-empty-'))
    await expect(
      runSmoke(
        { binary: bins.helloArm },
        { sysroot: fixtureSysroot('aarch64'), env: { PATH: empty }, hostArch: 'x64', logger: silentLogger }
      )
    ).rejects.toThrow(/needs qemu-user, and qemu-aarch64 is not on PATH\n.*apt-get install qemu-user/)
    await expect(
      runSmoke(
        { binary: bins.hello217, arch: 'x86_64' },
        { sysroot: fixtureSysroot('aarch64'), logger: silentLogger }
      )
    ).rejects.toThrow(/is an x86_64 program; the sysroot is aarch64/)
    await expect(runSmoke({ binary: helloSource }, { logger: silentLogger })).rejects.toThrow(/no ELF magic/)
    await expect(runSmoke({ binary: join(work, 'nope') }, { logger: silentLogger })).rejects.toThrow(
      /does not exist/
    )
  })
})

describe('loader error parsing', () => {
  test('missing versions with and without the program prefix, libraries and symbols', () => {
    const stderr = [
      "./bin: /path/libc.so.6: version `GLIBC_2.28' not found (required by ./bin)",
      "/lib64/libstdc++.so.6: version `GLIBCXX_3.4.21' not found (required by /opt/app/lib/libfoo.so)",
      "./bin: /lib64/libm.so.6: version `GLIBC_2.27' not found",
      "./bin: /path/libc.so.6: version `GLIBC_2.28' not found (required by ./bin)",
      './bin: error while loading shared libraries: libssl.so.3: cannot open shared object file: No such file or directory',
      './bin: relocation error: ./bin: symbol memfd_create, version GLIBC_2.27 not defined in file libc.so.6 with link time reference',
      './bin: symbol lookup error: ./bin: undefined symbol: pkey_alloc, version GLIBC_2.27',
      'an unrelated line'
    ].join('\n')
    const parsed = parseLoaderErrors(stderr)
    expect(parsed.missingVersions).toEqual([
      { library: '/path/libc.so.6', version: 'GLIBC_2.28', requiredBy: './bin' },
      { library: '/lib64/libstdc++.so.6', version: 'GLIBCXX_3.4.21', requiredBy: '/opt/app/lib/libfoo.so' },
      { library: '/lib64/libm.so.6', version: 'GLIBC_2.27', requiredBy: null }
    ])
    expect(parsed.missingLibraries).toEqual(['libssl.so.3'])
    expect(parsed.undefinedSymbols).toEqual([
      { symbol: 'memfd_create', version: 'GLIBC_2.27', library: 'libc.so.6' },
      { symbol: 'pkey_alloc', version: 'GLIBC_2.27', library: null }
    ])
    expect(parsed.lines).toHaveLength(7)
    expect(parseLoaderErrors('all good\n').lines).toEqual([])
  })

  test('comparison with an audit that missed a version, and one that predicted more', () => {
    const failures = parseLoaderErrors(
      [
        "/w/app: /s/lib/libc.so.6: version `GLIBC_2.28' not found (required by /w/app)",
        "/w/app: /s/lib/libc.so.6: version `GLIBC_2.25' not found (required by /w/app)",
        "/w/app: /s/lib/libstdc++.so.6: version `GLIBCXX_3.4.21' not found (required by /w/lib/libdep.so)"
      ].join('\n')
    )
    const report: AuditReport = {
      tool: { name: 'glibc-floor', version: 't' },
      floor: { glibc: '2.17', ceilings: {} },
      files: [
        {
          path: '/w/app',
          status: 'audited',
          reason: '',
          loadsOnFloor: false,
          // Only what the comparison reads; the rest of Violation is the audit's business.
          violations: [
            { symbol: 'fcntl64', version: 'GLIBC_2.28', library: 'libc.so.6' } as Violation,
            { symbol: 'expf', version: 'GLIBC_2.27', library: 'libm.so.6' } as Violation
          ]
        }
      ],
      summary: {
        audited: 1,
        skipped: 0,
        errors: 0,
        violations: 2,
        unwrapped: 2,
        loadsOnFloor: false,
        maxVersions: {},
        distros: [],
        passedOver: { nonElf: 0, symlinks: 0 }
      }
    }
    const c = compareWithAudit(failures, report, '/w/app')
    expect(c.agrees).toBe(false)
    expect(c.rows).toEqual([
      { library: 'libc.so.6', version: 'GLIBC_2.25', predicted: false, observed: true, symbols: [] },
      { library: 'libc.so.6', version: 'GLIBC_2.28', predicted: true, observed: true, symbols: ['fcntl64'] },
      { library: 'libm.so.6', version: 'GLIBC_2.27', predicted: true, observed: false, symbols: ['expf'] }
    ])
    expect(c.elsewhere).toEqual([
      { library: '/s/lib/libstdc++.so.6', version: 'GLIBCXX_3.4.21', requiredBy: '/w/lib/libdep.so' }
    ])
  })
})

describe('splitArgs', () => {
  test('words, quotes and escapes, without expansion', () => {
    expect(splitArgs(`-p "'ok ' + process.version"  --flag=a\\ b 'x y' "q\\"u" $HOME`)).toEqual([
      '-p',
      "'ok ' + process.version",
      '--flag=a b',
      'x y',
      'q"u',
      '$HOME'
    ])
    expect(splitArgs('')).toEqual([])
    expect(splitArgs("''")).toEqual([''])
    expect(() => splitArgs('"open')).toThrow(/unterminated "/)
  })
})

describe('container runtime against a recording docker', () => {
  const centosSays = `echo "/work/app: /lib64/libc.so.6: version \\\`GLIBC_2.28' not found (required by /work/app)" >&2; exit 1`

  test('the exact docker run command per architecture', () => {
    expect(containerCommand({ binary: '/w/out/bin/app', args: ['--version', 'a b'], arch: 'x86_64' })).toEqual([
      'run', '--rm', '--platform', 'linux/amd64', '-v', '/w/out/bin:/work:ro', '-w', '/work', CENTOS7_IMAGE, '/work/app', '--version', 'a b'
    ]) // prettier-ignore
    expect(containerCommand({ binary: '/w/app', args: [], arch: 'aarch64', image: 'centos:7', env: { A: '1' } })).toEqual([
      'run', '--rm', '--platform', 'linux/arm64', '-v', '/w:/work:ro', '-w', '/work', '-e', 'A=1', 'centos:7', '/work/app'
    ]) // prettier-ignore
    expect(CENTOS7_IMAGE).toMatch(/^centos:7@sha256:[0-9a-f]{64}$/)
  })

  test('runs it, and parses the CentOS 7 loader message', async () => {
    const stubs = stubDir()
    stubs.add('docker', centosSays)
    const result = await runSmoke(
      { binary: bins.hello217, runtime: 'container', report: undefined },
      { env: { PATH: stubs.path }, hostArch: 'x64', logger: silentLogger }
    )
    expect(stubs.calls('docker').map(c => c.args)).toEqual([
      containerCommand({ binary: bins.hello217, args: [], arch: 'x86_64' })
    ])
    expect(result.outcome.method).toBe('container')
    expect(result.failures).toEqual([
      'the glibc 2.17 loader refused it: missing GLIBC_2.28 (libc.so.6)',
      'exit code 1, expected 0'
    ])
  })

  test('arm64 on an x86_64 runner needs the qemu binfmt handler', async () => {
    const stubs = stubDir()
    stubs.add('docker', 'echo "hello from glibc-floor (0 args)"')
    const binfmt = mkdtempSync(join(tmpdir(), 'glibc-floor-binfmt-'))
    const deps = { env: { PATH: stubs.path }, hostArch: 'x64', binfmtDir: binfmt, logger: silentLogger }
    await expect(runSmoke({ binary: bins.helloArm, runtime: 'container' }, deps)).rejects.toThrow(
      /needs a qemu binfmt handler, and .*qemu-aarch64 is not registered\n.*docker\/setup-qemu-action/
    )
    expect(stubs.calls('docker')).toEqual([])
    writeFileSync(join(binfmt, 'qemu-aarch64'), 'enabled\n')
    const result = await runSmoke({ binary: bins.helloArm, runtime: 'container' }, deps)
    expect(result.passed).toBe(true)
    expect(stubs.calls('docker')[0].args.slice(0, 4)).toEqual(['run', '--rm', '--platform', 'linux/arm64'])
  })

  test('no docker, or docker unable to start the container', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'glibc-floor-empty-'))
    await expect(
      runSmoke(
        { binary: bins.hello217, runtime: 'container' },
        { env: { PATH: empty }, hostArch: 'x64', logger: silentLogger }
      )
    ).rejects.toThrow(/docker is not on PATH: runtime: container.*\n.*runtime: sysroot/)
    const stubs = stubDir()
    stubs.add(
      'docker',
      'echo "docker: Cannot connect to the Docker daemon at unix:///var/run/docker.sock." >&2; exit 125'
    )
    await expect(
      runSmoke(
        { binary: bins.hello217, runtime: 'container' },
        { env: { PATH: stubs.path }, hostArch: 'x64', logger: silentLogger }
      )
    ).rejects.toThrow(/could not start the x86_64 CentOS 7 container\n.*Cannot connect to the Docker daemon/)
  })
})
