// Build mode: the exact docker buildx / depot command lines (run against recording stubs, since there is no
// Docker engine here), the export layout read back, the audit of what was exported, and every error path.
import { describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AuditReport } from '../src/audit/types.js'
import {
  buildCommand,
  buildSummaryMarkdown,
  kitDockerfile,
  parseBuildArgs,
  parseBuildxInspect,
  runBuild,
  RunnerError,
  type Logger
} from '../src/runners/index.js'
import { repoRoot } from './helpers/fixtures.js'
import { BUILDER } from './helpers/docker-stub.js'
import { stubDir } from './helpers/recording-stub.js'

function recordingLogger(): Logger & { lines: string[]; groups: string[] } {
  const lines: string[] = []
  const groups: string[] = []
  return {
    lines,
    groups,
    info: m => lines.push(m),
    warning: m => lines.push(`warning: ${m}`),
    debug: () => undefined,
    async group(name, fn) {
      groups.push(name)
      return fn()
    }
  }
}

function fakeReport(paths: string[]): AuditReport {
  return {
    tool: { name: 'glibc-floor', version: 'test' },
    floor: { glibc: '2.17', ceilings: { GLIBC: '2.17' } },
    files: paths.map(path => ({
      path,
      status: 'audited',
      reason: 'loads on glibc 2.17',
      loadsOnFloor: true,
      violations: []
    })),
    summary: {
      audited: paths.length,
      skipped: 0,
      errors: 0,
      violations: 0,
      unwrapped: 0,
      loadsOnFloor: true,
      maxVersions: {},
      distros: [],
      passedOver: { nonElf: 0, symlinks: 0 }
    }
  }
}

const kitDir = repoRoot

describe('buildCommand', () => {
  test('docker buildx build with every option, in a fixed order', () => {
    expect(
      buildCommand({
        dockerfile: 'docker/Dockerfile.glibc-2.17',
        context: 'app',
        platforms: ['linux/amd64', 'linux/arm64'],
        buildArgs: { BUILD_COMMAND: 'make && cp app "$OUT/bin/"', TOOLCHAIN: 'gcc-source' },
        outputDir: '/tmp/out',
        kitDir: '/kit',
        cacheFrom: ['type=gha,scope=glibc-floor-2.17-x86_64'],
        cacheTo: ['type=gha,mode=max,scope=glibc-floor-2.17-x86_64']
      })
    ).toEqual({
      file: 'docker',
      args: [
        'buildx', 'build', '--progress', 'plain',
        '--platform', 'linux/amd64,linux/arm64',
        '--file', 'docker/Dockerfile.glibc-2.17',
        '--build-arg', 'BUILD_COMMAND=make && cp app "$OUT/bin/"',
        '--build-arg', 'TOOLCHAIN=gcc-source',
        '--build-context', 'glibc-floor-kit=/kit',
        '--cache-from', 'type=gha,scope=glibc-floor-2.17-x86_64',
        '--cache-to', 'type=gha,mode=max,scope=glibc-floor-2.17-x86_64',
        '--output', 'type=local,dest=/tmp/out',
        'app'
      ]
    }) // prettier-ignore
  })

  test('depot build --project, without the buildx cache flags (Depot caches itself)', () => {
    expect(
      buildCommand({
        dockerfile: 'Dockerfile',
        platforms: ['linux/arm64'],
        buildArgs: { A: 'b=c' },
        outputDir: 'out',
        depotProject: 'abc123',
        target: 'export',
        cacheFrom: ['type=gha']
      })
    ).toEqual({
      file: 'depot',
      args: ['build', '--project', 'abc123', '--progress', 'plain', '--platform', 'linux/arm64', '--file', 'Dockerfile',
        '--target', 'export', '--build-arg', 'A=b=c', '--output', 'type=local,dest=out', '.']
    }) // prettier-ignore
  })

  test('the default Dockerfile is the kit image of the floor', () => {
    expect(buildCommand({ outputDir: 'o', kitDir, floor: '2.28' }).args).toContain(
      join(kitDir, 'docker', 'Dockerfile.glibc-2.28')
    )
    expect(kitDockerfile(kitDir, '2.17')).toBe(join(kitDir, 'docker', 'Dockerfile.glibc-2.17'))
    expect(() => kitDockerfile(kitDir, '2.5')).toThrow(
      /no build image for floor 2\.5.*\n.*Dockerfile\.glibc-2\.17, Dockerfile\.glibc-2\.28/
    )
    expect(() => buildCommand({ outputDir: 'o' })).toThrow(RunnerError)
  })

  test('a build argument name docker would reject is refused', () => {
    expect(() => buildCommand({ dockerfile: 'D', outputDir: 'o', buildArgs: { 'BAD NAME': 'x' } })).toThrow(
      /invalid build argument/
    )
  })
})

describe('parseBuildArgs', () => {
  test('one KEY=VALUE per line; comments and blank lines skipped; the value keeps later =', () => {
    expect(
      parseBuildArgs(
        'BUILD_COMMAND=make V=1 && cp a "$OUT/bin/"\n\n# comment\n  TOOLCHAIN=gcc-source  \nEMPTY=\n'
      )
    ).toEqual({
      BUILD_COMMAND: 'make V=1 && cp a "$OUT/bin/"',
      TOOLCHAIN: 'gcc-source',
      EMPTY: ''
    })
  })

  test('a line that is not KEY=VALUE names its line number', () => {
    expect(() => parseBuildArgs('A=1\nmake all\n')).toThrow(/build-args line 2 is not KEY=VALUE: "make all"/)
    expect(() => parseBuildArgs('1A=x')).toThrow(/line 1/)
  })
})

describe('runBuild against a recording docker', () => {
  test('checks buildx, runs the exact command in a log group, reads both platforms and audits them', async () => {
    const stubs = stubDir()
    stubs.add('docker', BUILDER)
    const out = join(mkdtempSync(join(tmpdir(), 'glibc-floor-build-')), 'out')
    const logger = recordingLogger()
    const audited: string[][] = []
    const result = await runBuild(
      {
        dockerfile: 'docker/Dockerfile.glibc-2.17',
        context: 'project',
        buildArgs: { BUILD_COMMAND: 'make' },
        outputDir: out,
        kitDir: '/kit'
      },
      {
        env: { PATH: stubs.path },
        logger,
        audit: (paths, options) => {
          expect(options.floor).toBe('2.17')
          audited.push(paths)
          return fakeReport(paths)
        }
      }
    )
    expect(stubs.calls('docker').map(c => c.args)).toEqual([
      ['buildx', 'version'],
      ['buildx', 'inspect', '--bootstrap'],
      ['buildx', 'build', '--progress', 'plain', '--platform', 'linux/amd64,linux/arm64', '--file', 'docker/Dockerfile.glibc-2.17',
        '--build-arg', 'BUILD_COMMAND=make', '--build-context', 'glibc-floor-kit=/kit', '--output', `type=local,dest=${out}`, 'project']
    ]) // prettier-ignore
    expect(logger.groups).toEqual([
      'docker buildx build docker/Dockerfile.glibc-2.17 (linux/amd64, linux/arm64)'
    ])
    expect(logger.lines).toContain('#1 [internal] load build definition')
    expect(logger.lines).toContain('#12 exporting to client directory')
    const amd64 = join(out, 'linux_amd64', 'bin', 'hello')
    const arm64 = join(out, 'linux_arm64', 'bin', 'hello')
    expect(result.binaries).toEqual([amd64, arm64])
    expect(result.exports.map(e => [e.platform, e.buildInfo.glibc, e.buildInfo.platform])).toEqual([
      ['linux/amd64', '2.17', 'linux/amd64'],
      ['linux/arm64', '2.17', 'linux/arm64']
    ])
    expect(audited).toEqual([[amd64, arm64]])
    expect(result.reportPath).toBe(join(out, 'glibc-floor.json'))
    expect(JSON.parse(readFileSync(join(out, 'glibc-floor.json'), 'utf8')).files).toHaveLength(2)
    const summary = buildSummaryMarkdown(result)
    expect(summary).toContain('| linux/arm64 | hello | 2.17 | gcc (GCC) 11.2.1 |')
  })

  test('one platform: the export is written straight into the output directory', async () => {
    const stubs = stubDir()
    stubs.add('docker', BUILDER)
    const out = mkdtempSync(join(tmpdir(), 'glibc-floor-build-'))
    const result = await runBuild(
      { dockerfile: 'D', platforms: ['linux/arm64'], outputDir: out },
      { env: { PATH: stubs.path }, logger: recordingLogger() }
    )
    expect(result.binaries).toEqual([join(out, 'bin', 'hello')])
    expect(result.report).toBeUndefined()
    expect(existsSync(join(out, 'glibc-floor.json'))).toBe(false)
  })

  test('depot: runs depot build --project and never asks docker', async () => {
    const stubs = stubDir()
    stubs.add('depot', BUILDER)
    stubs.add('docker', 'echo "docker must not run" >&2; exit 99')
    const out = mkdtempSync(join(tmpdir(), 'glibc-floor-build-'))
    const result = await runBuild(
      { dockerfile: 'D', platforms: ['linux/amd64'], outputDir: out, depotProject: 'p1' },
      { env: { PATH: stubs.path }, logger: recordingLogger() }
    )
    expect(stubs.calls('docker')).toEqual([])
    expect(stubs.calls('depot').map(c => c.args.slice(0, 3))).toEqual([['build', '--project', 'p1']])
    expect(result.command.file).toBe('depot')
  })
})

describe('runBuild error paths', () => {
  const options = {
    dockerfile: 'D',
    platforms: ['linux/amd64'],
    outputDir: join(tmpdir(), 'glibc-floor-never')
  }

  test('no docker on PATH', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'glibc-floor-empty-'))
    await expect(runBuild(options, { env: { PATH: empty }, logger: recordingLogger() })).rejects.toThrow(
      /docker is not on PATH: the build mode runs `docker buildx build`\n.*docker-buildx-plugin/
    )
  })

  test('docker without buildx: a clear message, and no build attempted', async () => {
    const stubs = stubDir()
    stubs.add('docker', BUILDER)
    const error = await runBuild(options, {
      env: { PATH: stubs.path, STUB_NO_BUILDX: '1' },
      logger: recordingLogger()
    }).catch(e => e)
    expect(error).toBeInstanceOf(RunnerError)
    expect(error.message).toContain(
      "docker is installed but Buildx is not: `docker buildx version` failed (docker: 'buildx' is not a docker command.)"
    )
    expect(error.message).toContain('docker/setup-buildx-action')
    expect(stubs.calls('docker').map(c => c.args)).toEqual([['buildx', 'version']])
  })

  test('multi-platform on the docker driver: said before any build, with the fix', async () => {
    const stubs = stubDir()
    stubs.add('docker', BUILDER)
    const error = await runBuild(
      { ...options, platforms: ['linux/amd64', 'linux/arm64'] },
      { env: { PATH: stubs.path, STUB_DRIVER: 'docker', STUB_BUILDER: 'default' }, logger: recordingLogger() }
    ).catch(e => e)
    expect(error).toBeInstanceOf(RunnerError)
    expect(error.message).toContain(
      'a multi-platform build (linux/amd64, linux/arm64) needs a Buildx builder that is not the `docker` driver; default uses it'
    )
    expect(error.message).toContain('docker/setup-buildx-action@v3')
    expect(stubs.calls('docker').map(c => c.args[1])).toEqual(['version', 'inspect'])
    // One platform on the docker driver is fine.
    const out = mkdtempSync(join(tmpdir(), 'glibc-floor-build-'))
    const single = await runBuild(
      { ...options, outputDir: out },
      { env: { PATH: stubs.path, STUB_DRIVER: 'docker' }, logger: recordingLogger() }
    )
    expect(single.binaries).toHaveLength(1)
  })

  test('a foreign platform without QEMU binfmt handlers: said before any build, with the fix', async () => {
    const stubs = stubDir()
    stubs.add('docker', BUILDER)
    const error = await runBuild(
      { ...options, platforms: ['linux/amd64', 'linux/arm64'] },
      {
        env: { PATH: stubs.path, STUB_PLATFORMS: 'linux/amd64*, linux/amd64/v2, linux/386' },
        logger: recordingLogger()
      }
    ).catch(e => e)
    expect(error).toBeInstanceOf(RunnerError)
    expect(error.message).toContain(
      'builder-1 cannot build linux/arm64: it runs linux/amd64, linux/amd64/v2, linux/386'
    )
    expect(error.message).toContain('docker/setup-qemu-action@v3` (with platforms: arm64)')
    expect(error.message).toContain('ubuntu-24.04-arm')
    expect(stubs.calls('docker').map(c => c.args[1])).toEqual(['version', 'inspect'])
  })

  test('a builder that lists no platforms: a warning, and the build runs', async () => {
    const stubs = stubDir()
    stubs.add('docker', BUILDER)
    const logger = recordingLogger()
    const out = mkdtempSync(join(tmpdir(), 'glibc-floor-build-'))
    await runBuild({ ...options, outputDir: out }, { env: { PATH: stubs.path, STUB_PLATFORMS: '' }, logger })
    expect(logger.lines).toContain(
      'warning: builder-1 (driver docker-container) does not list its platforms; cannot check linux/amd64 before the build'
    )
    expect(stubs.calls('docker').map(c => c.args[1])).toEqual(['version', 'inspect', 'build'])
  })

  test('an unusable builder', async () => {
    const stubs = stubDir()
    stubs.add('docker', BUILDER)
    await expect(
      runBuild(options, { env: { PATH: stubs.path, STUB_INSPECT_FAIL: '1' }, logger: recordingLogger() })
    ).rejects.toThrow(
      /docker buildx inspect --bootstrap` failed \(ERROR: no builder named gone\)\n.*setup-buildx-action/
    )
  })

  test('parseBuildxInspect reads the builder, its driver and platforms', () => {
    expect(
      parseBuildxInspect(
        'Name: b\nDriver: docker\n\nNodes:\nName: b\nPlatforms: linux/arm64*, linux/arm64/v8, linux/amd64\n'
      )
    ).toEqual({ name: 'b', driver: 'docker', platforms: ['linux/arm64', 'linux/arm64/v8', 'linux/amd64'] })
    expect(parseBuildxInspect('')).toEqual({ name: '', driver: '', platforms: [] })
  })

  test('depot project given but no depot CLI', async () => {
    const stubs = stubDir()
    stubs.add('docker', BUILDER)
    await expect(
      runBuild({ ...options, depotProject: 'p' }, { env: { PATH: stubs.path }, logger: recordingLogger() })
    ).rejects.toThrow(/depot is not on PATH.*\n.*depot\/setup-action/)
  })

  test('a failing build: the exit code and the tail of its log', async () => {
    const stubs = stubDir()
    stubs.add('docker', BUILDER)
    const error = await runBuild(options, {
      env: { PATH: stubs.path, STUB_FAIL: '1' },
      logger: recordingLogger()
    }).catch(e => e)
    expect(error).toBeInstanceOf(RunnerError)
    expect(error.message).toMatch(/^docker buildx build D \(linux\/amd64\) failed with exit code 1\n/)
    expect(error.message).toContain('did not complete successfully: exit code: 1')
  })

  test('a build that exports no binaries', async () => {
    const stubs = stubDir()
    stubs.add('docker', BUILDER)
    const out = mkdtempSync(join(tmpdir(), 'glibc-floor-build-'))
    await expect(
      runBuild(
        { ...options, outputDir: out },
        { env: { PATH: stubs.path, STUB_EMPTY: '1' }, logger: recordingLogger() }
      )
    ).rejects.toThrow(/exported no binaries.*\n.*bin\/<binaries>/)
  })
})
