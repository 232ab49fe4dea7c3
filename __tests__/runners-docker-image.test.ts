// The build images (docker/Dockerfile.glibc-*) and the scripts they run. Without a Docker engine the
// Dockerfiles are linted and checked for the structure the runners and workflows rely on; the scripts run for
// real: the tripwire against ldd outputs, run-build.sh building with the glibc 2.17 toolchain and writing the
// export layout that the build runner reads back.
import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { validate } from 'dockerfile-utils'
import {
  EXPORT_BIN_DIR,
  EXPORT_BUILD_INFO,
  KIT_CONTEXT,
  parseBuildInfo,
  readExports
} from '../src/runners/index.js'
import { repoRoot, toolchain } from './helpers/fixtures.js'
import { stubDir } from './helpers/recording-stub.js'

const dockerDir = join(repoRoot, 'docker')
const scripts = join(dockerDir, 'scripts')
const floors = ['2.17', '2.28']
const read = (floor: string): string => readFileSync(join(dockerDir, `Dockerfile.glibc-${floor}`), 'utf8')

interface Stage {
  from: string
  name: string
  body: string[]
}

function stages(text: string): Stage[] {
  const result: Stage[] = []
  for (const line of text.replace(/\\\n/g, ' ').split('\n')) {
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line)
    if (from) result.push({ from: from[1], name: from[2] ?? '', body: [] })
    else if (result.length && line.trim() && !line.startsWith('#'))
      result[result.length - 1].body.push(line.trim())
  }
  return result
}

function globalArgs(text: string): Record<string, string> {
  const head = text.slice(0, text.search(/^FROM /m))
  return Object.fromEntries([...head.matchAll(/^ARG (\w+)(?:=(.*))?$/gm)].map(m => [m[1], m[2] ?? '']))
}

describe.each(floors)('Dockerfile.glibc-%s', floor => {
  const text = read(floor)
  const all = stages(text)
  const byName = (name: string): Stage => {
    const s = all.find(x => x.name === name)
    if (!s) throw new Error(`no stage ${name}`)
    return s
  }

  test('lints clean (dockerfile-utils, as the Docker language server does)', () => {
    expect(validate(text).map(d => `${d.range.start.line + 1}: ${d.message}`)).toEqual([])
    expect(text.split('\n')[0]).toBe('# syntax=docker/dockerfile:1.7')
  })

  test('a pinned, dated manylinux base per architecture, chosen by TARGETARCH', () => {
    const args = globalArgs(text)
    expect(args.MANYLINUX_TAG).toMatch(/^\d{4}\.\d{2}\.\d{2}-\d+$/)
    const policy = floor === '2.17' ? 'manylinux2014' : 'manylinux_2_28'
    expect(args.BASE_AMD64).toBe(`quay.io/pypa/${policy}_x86_64:\${MANYLINUX_TAG}`)
    expect(args.BASE_ARM64).toBe(`quay.io/pypa/${policy}_aarch64:\${MANYLINUX_TAG}`)
    expect(byName('base-amd64').from).toBe('${BASE_AMD64}')
    expect(byName('base-arm64').from).toBe('${BASE_ARM64}')
    expect(byName('base').from).toBe('base-${TARGETARCH}')
    // The digests are documented as not recorded rather than invented.
    expect(text).toContain('imagetools inspect')
  })

  test('the kit arrives as the named context the runners pass, with a stage that explains itself', () => {
    expect(byName(KIT_CONTEXT).body.join('\n')).toMatch(/--build-context glibc-floor-kit=.*exit 1/)
    const copies = [...text.matchAll(/^COPY --from=glibc-floor-kit (\S+) /gm)].map(m => m[1])
    // The tripwire script first (toolchain stages), the kit after the toolchain, then the gate's engine.
    expect(copies[0]).toBe('docker/scripts/check-glibc.sh')
    expect(copies).toEqual(
      expect.arrayContaining(['docker/scripts/', 'patches/', 'compat/', 'dist/', 'data/'])
    )
    for (const dir of copies) expect(existsSync(join(repoRoot, dir))).toBe(true)
  })

  test('the tripwire runs in the base and again on the final toolchain, with the floor of the file name', () => {
    expect(byName('base').body).toContain(`ARG GLIBC_FLOOR=${floor}`)
    const trip = 'RUN bash /opt/glibc-floor/toolchain/check-glibc.sh "${GLIBC_FLOOR}"'
    expect(byName('base').body).toContain(trip)
    const last = floor === '2.17' ? byName('toolchain-devtoolset') : byName('toolchain')
    expect(last.body.some(l => l.startsWith(trip))).toBe(true)
  })

  test('build runs BUILD_COMMAND with OUT=/out, and export is the last stage: scratch with /out', () => {
    const build = byName('build')
    expect(build.body).toEqual(
      expect.arrayContaining([
        'ARG BUILD_COMMAND',
        'ARG BUILD_WORKDIR=.',
        'ENV OUT=/out',
        'RUN bash /opt/glibc-floor/docker/scripts/run-build.sh      && GLIBC_FLOOR_GATE_ENGINE=later bash /opt/glibc-floor/docker/scripts/gate.sh "${OUT}"'
      ])
    )
    const last = all[all.length - 1]
    expect([last.from, last.name, last.body]).toEqual(['scratch', 'export', ['COPY --from=gate /out/ /']])
  })

  if (floor === '2.17') {
    test('toolchains: devtoolset by default, GCC from source selectable and built in its own stage', () => {
      expect(globalArgs(text).TOOLCHAIN).toBe('devtoolset')
      expect(byName('toolchain').from).toBe('toolchain-${TOOLCHAIN}')
      expect(byName('toolchain-devtoolset').body).toContain('ARG DEVTOOLSET=10')
      const source = byName('toolchain-gcc-source')
      const version = source.body.find(l => l.startsWith('ARG GCC_VERSION='))?.split('=')[1] ?? ''
      const [major, minor] = version.split('.').map(Number)
      expect(major > 12 || (major === 12 && minor >= 2)).toBe(true) // Node.js >= 24 needs GCC >= 12.2
      expect(source.body.find(l => l.startsWith('ARG GCC_SHA256='))).toMatch(/=[0-9a-f]{64}$/)
      expect(source.body.join('\n')).toContain('LDFLAGS="-static-libstdc++ -static-libgcc"')
    })
  }
})

test('the linter used above does find mistakes', () => {
  const broken = 'FROM alpine AS a\nCOPY --fromm=x a b\nRUNN echo\nFROM a AS a\n'
  expect(validate(broken).map(d => d.message)).toEqual(
    expect.arrayContaining(['Unknown flag: fromm', 'Unknown instruction: RUNN', 'duplicate name a'])
  )
})

describe('scripts', () => {
  test('shellcheck finds nothing', () => {
    const files = readdirSync(scripts).map(f => join(scripts, f))
    expect(files.length).toBeGreaterThanOrEqual(4)
    const result = spawnSync('shellcheck', ['--norc', ...files], { encoding: 'utf8' })
    expect(result.stdout).toBe('')
    expect(result.status).toBe(0)
  })

  /** A PATH where `ldd --version` prints the given text; null: a PATH with no ldd at all. */
  function fakeLdd(output: string | null): string {
    const stubs = stubDir()
    if (output === null) return stubs.dir
    stubs.add('ldd', `cat <<'EOF'\n${output}\nEOF`)
    return stubs.path
  }

  const tripwire = (path: string, expected = '2.17') =>
    spawnSync('/bin/bash', [join(scripts, 'check-glibc.sh'), expected], {
      encoding: 'utf8',
      env: { PATH: path }
    })

  test('check-glibc.sh passes only on exactly the floor', () => {
    const ok = tripwire(fakeLdd('ldd (GNU libc) 2.17\nCopyright (C) 2012 Free Software Foundation, Inc.'))
    expect(ok.status).toBe(0)
    expect(ok.stdout).toContain('ldd reports glibc 2.17, as the floor requires')

    const newer = tripwire(fakeLdd('ldd (GNU libc) 2.28'))
    expect(newer.status).toBe(1)
    expect(newer.stderr).toContain(
      "this image's glibc is 2.28 (ldd --version: 'ldd (GNU libc) 2.28'), but the floor is 2.17"
    )

    expect(tripwire(fakeLdd('ldd (Ubuntu GLIBC 2.35-0ubuntu3.8) 2.35')).status).toBe(1)
    expect(tripwire(fakeLdd('ldd (GNU libc) 2.28'), '2.28').status).toBe(0)
    const musl = tripwire(fakeLdd('musl libc (x86_64)\nVersion 1.2.4'))
    expect(musl.status).toBe(1)
    expect(musl.stderr).toContain(
      "cannot read a glibc version from 'ldd --version' (it printed 'musl libc (x86_64)')"
    )
    expect(tripwire(fakeLdd('ldd (GNU libc) 2.170')).status).toBe(1)
    const none = tripwire(fakeLdd(null))
    expect(none.status).toBe(1)
    expect(none.stderr).toMatch(/cannot read a glibc version .*ldd: command not found/)
  })

  function runBuild(env: Record<string, string>) {
    const out = join(mkdtempSync(join(tmpdir(), 'glibc-floor-run-build-')), 'out')
    const ldd = fakeLdd('ldd (GNU libc) 2.17')
    const result = spawnSync('bash', [join(scripts, 'run-build.sh')], {
      encoding: 'utf8',
      cwd: join(repoRoot, '__tests__', 'fixtures'),
      env: { PATH: ldd, OUT: out, GLIBC_FLOOR: '2.17', SOURCE_DATE_EPOCH: '1700000000', ...env }
    })
    return { out, result }
  }

  test('run-build.sh builds, exports $OUT/bin and a BUILD-INFO the runner reads back', () => {
    const tc = toolchain('x86_64')
    const command = `"$CC" -O2 -o "$OUT/bin/hello" hello.c && \\\n echo 'built\\one'`
    const { out, result } = runBuild({
      BUILD_COMMAND: command,
      BUILD_WORKDIR: 'build-project',
      CC: tc.gcc,
      TARGETPLATFORM: 'linux/amd64',
      BASE_IMAGE: 'quay.io/pypa/manylinux2014_x86_64:2025.02.12-1'
    })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('built\\one')
    expect(existsSync(join(out, EXPORT_BIN_DIR, 'hello'))).toBe(true)
    const info = parseBuildInfo(readFileSync(join(out, EXPORT_BUILD_INFO), 'utf8'))
    expect(info).toEqual({
      glibc_floor: '2.17',
      glibc: '2.17',
      compiler: expect.stringMatching(/^x86_64-unknown-linux-gnu-gcc .*4\.8\.5/),
      arch: expect.any(String),
      platform: 'linux/amd64',
      base_image: 'quay.io/pypa/manylinux2014_x86_64:2025.02.12-1',
      build_command: command,
      binaries: 'hello',
      built_at: '2023-11-14T22:13:20Z'
    })
    const [exported] = readExports(out, ['linux/amd64'])
    expect(exported.binaries).toEqual([join(out, 'bin', 'hello')])
    expect(exported.buildInfo.build_command).toBe(command)
  })

  test('run-build.sh fails on an empty BUILD_COMMAND, a failing one, and one that exports nothing', () => {
    const empty = runBuild({ BUILD_COMMAND: '' })
    expect(empty.result.status).toBe(2)
    expect(empty.result.stderr).toContain('BUILD_COMMAND is empty')
    const failing = runBuild({ BUILD_COMMAND: 'echo compiling; exit 7' })
    expect(failing.result.status).toBe(7)
    const nothing = runBuild({ BUILD_COMMAND: 'mkdir -p "$OUT/bin/subdir"' })
    expect(nothing.result.status).toBe(1)
    expect(nothing.result.stderr).toContain('put no file in $OUT/bin')
    expect(existsSync(join(nothing.out, EXPORT_BUILD_INFO))).toBe(false)
  })

  test('build-gcc.sh refuses a tarball that does not match its sha256', () => {
    const stubs = stubDir()
    // curl -fsSL --retry 3 -o <file> <url>: write something that is not GCC.
    stubs.add(
      'curl',
      'while [[ $# -gt 0 ]]; do [[ $1 == -o ]] && { printf "tampered" >"$2"; shift; }; shift; done'
    )
    const work = mkdtempSync(join(tmpdir(), 'glibc-floor-gcc-'))
    mkdirSync(join(work, 'tmp'))
    const result = spawnSync(
      'bash',
      [
        join(scripts, 'build-gcc.sh'),
        '15.1.0',
        'e2b09ec21660f01fecffb715e0120265216943f038d0e48a9868713e54f06cea',
        join(work, 'gcc')
      ],
      {
        encoding: 'utf8',
        env: { PATH: stubs.path, TMPDIR: join(work, 'tmp') }
      }
    )
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('gcc-15.1.0.tar.xz does not match sha256 e2b09ec2')
    expect(stubs.calls('curl')[0].args).toEqual([
      '-fsSL',
      '--retry',
      '3',
      '-o',
      'gcc-15.1.0.tar.xz',
      'https://ftp.gnu.org/gnu/gcc/gcc-15.1.0/gcc-15.1.0.tar.xz'
    ])
  })
})
