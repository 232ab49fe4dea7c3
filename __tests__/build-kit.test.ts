// The build images' structure, parsed with dockerfile-ast (the parser behind dockerfile-utils): per-arch toolset
// defaults that exist (data/toolsets.json), layer order that keeps the GCC layer cached, the tripwire in every
// toolchain stage; and the post-build gate run for real on binaries built here.
import { describe, expect, test } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DockerfileParser, type Dockerfile, type From } from 'dockerfile-ast'
import { parse as parseYaml } from 'yaml'
import { repoRoot, toolchain } from './helpers/fixtures.js'

interface ToolsetFacts {
  x86_64: boolean
  aarch64: boolean
  source: string
}
interface FloorToolsets {
  dockerfile: string
  argument: string
  default: string
  toolsets: Record<string, ToolsetFacts>
}
const data = JSON.parse(readFileSync(join(repoRoot, 'data', 'toolsets.json'), 'utf8')) as {
  floors: Record<string, FloorToolsets>
  gccSource: { prefix: string; version: string }
}
const arches = ['x86_64', 'aarch64'] as const
const floors = Object.keys(data.floors)

function parse(floor: string): Dockerfile {
  return DockerfileParser.parse(readFileSync(join(repoRoot, data.floors[floor].dockerfile), 'utf8'))
}

interface Stage {
  from: From
  name: string
  parent: string
  lines: string[]
}

function stagesOf(file: Dockerfile): Stage[] {
  const froms = file.getFROMs()
  const all = file.getInstructions()
  return froms.map((from, i) => {
    const start = all.indexOf(from)
    const end = i + 1 < froms.length ? all.indexOf(froms[i + 1]) : all.length
    return {
      from,
      name: from.getBuildStage() ?? '',
      parent: from.getImageName() ?? '',
      lines: all.slice(start + 1, end).map(x => x.getTextContent().replace(/\\\n\s*/g, ' '))
    }
  })
}

/** The stages a stage is built on, nearest first; a base-${TARGETARCH} parent names every base-<arch> stage. */
function ancestry(stages: Stage[], name: string): string[] {
  const out: string[] = []
  let todo = [name]
  while (todo.length) {
    const next: string[] = []
    for (const current of todo) {
      const parent = stages.find(s => s.name === current)?.parent ?? ''
      // An image reference (${BASE_AMD64}, scratch, node:...) ends the chain; only stage names continue it.
      if (parent.startsWith('${')) continue
      const pattern = new RegExp(`^${parent.replace(/\$\{\w+\}/g, '[a-z0-9-]+')}$`)
      for (const s of stages) if (pattern.test(s.name) && !out.includes(s.name)) next.push(s.name)
    }
    out.push(...next)
    todo = next
  }
  return out
}

describe('toolsets (data/toolsets.json)', () => {
  test.each(floors)(
    'floor %s: the default exists on every architecture, and the Dockerfile uses it',
    floor => {
      const facts = data.floors[floor]
      const chosen = facts.toolsets[facts.default]
      expect(chosen).toBeDefined()
      for (const arch of arches) expect([arch, chosen[arch]]).toEqual([arch, true])
      const args = parse(floor)
        .getInstructions()
        .filter(i => i.getKeyword() === 'ARG')
        .map(i => i.getArgumentsContent())
      expect(args).toContain(`${facts.argument}=${facts.default}`)
      for (const fact of Object.values(facts.toolsets)) expect(fact.source.length).toBeGreaterThan(20)
    }
  )

  test('the pypa/manylinux#1266 fact: devtoolset-11 is missing on aarch64', () => {
    expect(data.floors['2.17'].toolsets['11']).toMatchObject({ x86_64: true, aarch64: false })
    expect(data.floors['2.17'].toolsets['11'].source).toContain('pypa/manylinux#1266')
  })

  /** `ARG=N` settings in a text that name a toolset missing on x86_64 or aarch64 (every build defaults to both). */
  function missingToolsets(text: string): string[] {
    const bad: string[] = []
    for (const floor of floors) {
      const facts = data.floors[floor]
      for (const m of text.matchAll(new RegExp(`\\b${facts.argument}=(\\d+)`, 'g'))) {
        const fact = facts.toolsets[m[1]]
        if (!(fact?.x86_64 && fact?.aarch64)) bad.push(m[0])
      }
    }
    return bad
  }

  test('no workflow, template or doc passes a toolset that is missing on an architecture it builds', () => {
    const files = [
      '.github/workflows/glibc-build.yml',
      '.github/workflows/ci.yml',
      ...readdirSync(join(repoRoot, 'workflows-templates')).map(f => `workflows-templates/${f}`),
      'docs/kit.md',
      'README.md'
    ]
    for (const file of files)
      expect([file, missingToolsets(readFileSync(join(repoRoot, file), 'utf8'))]).toEqual([file, []])
  })

  test('that check catches the old default and passes the new one', () => {
    expect(missingToolsets('build-args: |\n  DEVTOOLSET=11\n  GCC_TOOLSET=14\n')).toEqual(['DEVTOOLSET=11'])
    expect(missingToolsets('DEVTOOLSET=10 GCC_TOOLSET=14')).toEqual([])
    expect(missingToolsets('DEVTOOLSET=9')).toEqual(['DEVTOOLSET=9']) // not in the data: not known to exist
  })
})

describe.each(floors)('Dockerfile.glibc-%s layer order', floor => {
  const file = parse(floor)
  const stages = stagesOf(file)
  const names = stages.map(s => s.name)
  const toolchainStages = names.filter(n => n.startsWith('toolchain'))
  const kitCopies = (s: Stage) =>
    s.lines
      .filter(l => l.startsWith('COPY --from=glibc-floor-kit '))
      .flatMap(l => l.split(/\s+/).slice(2, -1))

  test('toolchain stages are built only on the base, before the kit, and copy only the scripts that define them', () => {
    expect(toolchainStages.length).toBeGreaterThanOrEqual(1)
    const allowed = [
      'docker/scripts/check-glibc.sh',
      'docker/scripts/build-gcc.sh',
      'docker/scripts/static-runtime.sh'
    ]
    for (const name of toolchainStages) {
      const chain = [name, ...ancestry(stages, name)]
      expect(chain).not.toContain('kit')
      expect(chain).not.toContain('build')
      for (const stage of chain.map(n => stages.find(s => s.name === n)).filter(s => s !== undefined)) {
        for (const copied of kitCopies(stage))
          expect([stage.name, allowed.includes(copied)]).toEqual([stage.name, true])
        // Nothing from the project either: its COPY . /src belongs to the build stage.
        expect(stage.lines.filter(l => /^COPY (?!--from)/.test(l))).toEqual([])
      }
    }
    const kit = stages.find(s => s.name === 'kit')
    expect(kit?.parent).toBe('toolchain')
    expect(kitCopies(kit!)).toEqual(['docker/scripts/', 'patches/', 'compat/'])
    expect(names.indexOf('kit')).toBeGreaterThan(Math.max(...toolchainStages.map(n => names.indexOf(n))))
    expect(stages.find(s => s.name === 'build')?.parent).toBe('kit')
  })

  test('the tripwire runs in every toolchain stage', () => {
    const trip = 'RUN bash /opt/glibc-floor/toolchain/check-glibc.sh "${GLIBC_FLOOR}"'
    for (const name of toolchainStages.filter(n => n !== 'toolchain' || floor !== '2.17')) {
      const stage = stages.find(s => s.name === name)!
      expect([name, stage.lines.some(l => l.startsWith(trip))]).toEqual([name, true])
    }
  })

  test('the build runs the gate, the engine audits in a gate stage on the build platform, export takes its output', () => {
    const build = stages.find(s => s.name === 'build')!
    expect(build.lines.join('\n')).toMatch(
      /run-build\.sh \\?\s*&& GLIBC_FLOOR_GATE_ENGINE=later bash \S+\/gate\.sh "\$\{OUT\}"/
    )
    const gate = stages.find(s => s.name === 'gate')!
    expect(gate.from.getFlags().map(f => `${f.getName()}=${f.getValue()}`)).toEqual([
      'platform=${BUILDPLATFORM}'
    ])
    expect(kitCopies(gate)).toEqual(expect.arrayContaining(['dist/', 'data/', 'compat/', 'docker/scripts/']))
    expect(gate.lines).toContain('COPY --from=build /out/ /out/')
    expect(gate.lines.some(l => /gate\.sh \/out$/.test(l))).toBe(true)
    const last = stages[stages.length - 1]
    expect([last.name, last.parent, last.lines]).toEqual(['export', 'scratch', ['COPY --from=gate /out/ /']])
  })
})

describe('gcc-source toolchain (Dockerfile.glibc-2.17)', () => {
  const stages = stagesOf(parse('2.17'))
  const source = stages.find(s => s.name === 'toolchain-gcc-source')!

  test('built on the devtoolset stage, whose default exists on both arches; the static-runtime wrappers come first on PATH', () => {
    expect(source.parent).toBe('toolchain-devtoolset')
    const env = source.lines.find(l => l.startsWith('ENV PATH='))!
    expect(env).toMatch(/^ENV PATH=\/opt\/gcc\/static-runtime\/bin:\/opt\/gcc\/bin:\$\{PATH\}/)
    expect(env).toContain(`GLIBC_FLOOR_TOOLCHAIN_PREFIX=${data.gccSource.prefix}`)
    expect(source.lines).toContain(`ARG GCC_VERSION=${data.gccSource.version}`)
    expect(readFileSync(join(repoRoot, 'docker', 'scripts', 'build-gcc.sh'), 'utf8')).toMatch(
      /--with-pic\n[\s\S]*install_static_runtime_default "\$prefix"/
    )
  })
})

describe('static-runtime.sh: the self-test that build-gcc.sh runs on the new GCC', () => {
  const script = join(repoRoot, 'docker', 'scripts', 'static-runtime.sh')
  function prefixWith(gxx: string): string {
    const prefix = mkdtempSync(join(tmpdir(), 'glibc-floor-prefix-'))
    mkdirSync(join(prefix, 'bin'))
    mkdirSync(join(prefix, 'lib64'))
    writeFileSync(join(prefix, 'bin', 'g++'), gxx, { mode: 0o755 })
    writeFileSync(join(prefix, 'bin', 'gcc'), gxx.replace('g++', 'gcc'), { mode: 0o755 })
    return prefix
  }
  const run = (fn: string, prefix: string) =>
    spawnSync('bash', ['-c', `. "${script}" && ${fn} "${prefix}"`], { encoding: 'utf8' })

  test('a GCC whose runtime links shared fails it; the wrappers make it pass, for a shared object too', () => {
    // The wrappers add the flags, but PREFIX/bin/g++ called directly still links the shared runtime.
    const shared = run('install_static_runtime_default', prefixWith('#!/bin/sh\nexec g++ "$@"\n'))
    expect(shared.status).toBe(1)
    expect(shared.stderr).toContain('direct still needs the shared GCC runtime')
    expect(shared.stderr).toContain('NEEDED')
    expect(shared.stderr).toContain('still needs the shared GCC runtime')

    // The host's libstdc++.a is PIC (Debian configures GCC so), like the image's GCC --with-pic.
    const prefix = prefixWith('#!/bin/sh\nexec g++ "$@" -static-libstdc++ -static-libgcc\n')
    const installed = run('install_static_runtime_default', prefix)
    expect(installed.stderr).toBe('')
    expect(installed.status).toBe(0)
    expect(installed.stdout).toContain(
      'links libstdc++ and libgcc statically (executables and shared objects)'
    )
    expect(readdirSync(join(prefix, 'static-runtime', 'bin')).sort()).toEqual(['c++', 'cc', 'g++', 'gcc'])
    expect(readFileSync(join(prefix, 'static-runtime', 'bin', 'c++'), 'utf8')).toContain(
      `exec "${prefix}/bin/g++" "$@" -static-libstdc++ -static-libgcc`
    )
  })
})

describe('gate.sh', () => {
  const gate = join(repoRoot, 'docker', 'scripts', 'gate.sh')
  const cppSource =
    '#include <string>\n#include <iostream>\nint main() { std::string s("gate"); std::cout << s.size() << "\\n"; return 0; }\n'

  function runGate(dir: string, env: Record<string, string>) {
    return spawnSync('bash', [gate, dir], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, GLIBC_FLOOR: '2.17', ...env }
    })
  }

  test('fails a binary linked by the host g++ against a newer shared libstdc++ inside the toolchain prefix', () => {
    // A stand-in for /opt/gcc: a prefix whose lib64 holds a libstdc++ newer than CentOS 7's (the host's).
    const prefix = mkdtempSync(join(tmpdir(), 'glibc-floor-gcc-prefix-'))
    mkdirSync(join(prefix, 'lib64'))
    const hostLib = execFileSync('g++', ['-print-file-name=libstdc++.so.6'], { encoding: 'utf8' }).trim()
    copyFileSync(hostLib, join(prefix, 'lib64', 'libstdc++.so.6'))
    const out = mkdtempSync(join(tmpdir(), 'glibc-floor-gate-out-'))
    mkdirSync(join(out, 'bin'))
    writeFileSync(join(out, 'app.cc'), cppSource)
    execFileSync('g++', [
      '-O1',
      '-o',
      join(out, 'bin', 'app'),
      join(out, 'app.cc'),
      `-L${prefix}/lib64`,
      `-Wl,-rpath,${prefix}/lib64`
    ])

    const result = runGate(out, { GLIBC_FLOOR_TOOLCHAIN_PREFIX: prefix })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`bin/app has RPATH/RUNPATH ${prefix}/lib64 inside the toolchain prefix`)
    expect(result.stderr).toContain(
      `bin/app needs libstdc++.so.6, which resolves to ${prefix}/lib64/libstdc++.so.6`
    )
    // The engine's verdict on its own: GLIBCXX newer than the floor's.
    expect(result.stdout).toMatch(/GLIBCXX_3\.4\.(2\d|3\d)/)
    expect(result.stderr).toContain('the audit found files under')
    expect(result.stderr).toMatch(/FAILED \(3 finding\(s\)\)/)

    // Without the prefix the engine still fails it: the floor does not depend on knowing the prefix.
    const engineOnly = runGate(out, {})
    expect(engineOnly.status).toBe(1)
    expect(engineOnly.stderr).toMatch(/FAILED \(1 finding\(s\)\)/)
  })

  test('passes a C++ binary built with the glibc 2.17 toolchain', () => {
    const tc = toolchain('x86_64')
    const out = mkdtempSync(join(tmpdir(), 'glibc-floor-gate-ok-'))
    mkdirSync(join(out, 'bin'))
    writeFileSync(join(out, 'app.cc'), cppSource)
    execFileSync(tc.gxx, ['-O1', '-o', join(out, 'bin', 'app'), join(out, 'app.cc')])
    writeFileSync(join(out, 'bin', 'README'), 'not an ELF file\n')
    const result = runGate(out, { GLIBC_FLOOR_TOOLCHAIN_PREFIX: data.gccSource.prefix })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('glibc-floor gate: 1 ELF file(s) under')
  })

  test('refuses a directory with no ELF file, and says when the engine cannot run', () => {
    const empty = mkdtempSync(join(tmpdir(), 'glibc-floor-gate-empty-'))
    writeFileSync(join(empty, 'notes.txt'), 'x\n')
    expect(runGate(empty, {}).stderr).toContain('no ELF file under')
    const tc = toolchain('x86_64')
    const out = mkdtempSync(join(tmpdir(), 'glibc-floor-gate-nonode-'))
    writeFileSync(join(out, 'a.c'), 'int main(void){return 0;}\n')
    execFileSync(tc.gcc, ['-o', join(out, 'a'), join(out, 'a.c')])
    const noNode = runGate(out, { GLIBC_FLOOR_NODE: '/nonexistent/node' })
    expect(noNode.status).toBe(1)
    expect(noNode.stderr).toContain('cannot run the audit: need /nonexistent/node')
    const later = runGate(out, { GLIBC_FLOOR_NODE: '/nonexistent/node', GLIBC_FLOOR_GATE_ENGINE: 'later' })
    expect(later.status).toBe(0)
    expect(later.stdout).toContain('the floor audit of')
  })
})

describe('glibc-build.yml', () => {
  const wf = parseYaml(readFileSync(join(repoRoot, '.github', 'workflows', 'glibc-build.yml'), 'utf8'))
  const steps: {
    id?: string
    name?: string
    uses?: string
    run?: string
    env?: Record<string, string>
    with?: Record<string, string>
  }[] = wf.jobs.build.steps
  const named = (prefix: string) => steps.find(s => s.name?.startsWith(prefix))

  test('the toolchain is cached on its own (mode=max), the build with mode=min, before the build step', () => {
    const warm = named('Toolchain cache')!
    expect(warm.run).toContain('--target toolchain')
    expect(warm.run).toContain('--output type=cacheonly')
    expect(warm.run).toContain('--cache-to "type=gha,mode=max,scope=$SCOPE"')
    expect(warm.env?.SCOPE).toBe('glibc-floor-toolchain-${{ matrix.glibc_floor }}-${{ matrix.arch }}')
    const build = steps.find(s => s.id === 'build')!
    expect(steps.indexOf(warm)).toBeLessThan(steps.indexOf(build))
    expect(build.with?.['cache-to']).toBe(
      'type=gha,mode=min,scope=glibc-floor-build-${{ matrix.glibc_floor }}-${{ matrix.arch }}'
    )
    expect(build.with?.['cache-from']).toContain(warm.env?.SCOPE)
    expect(JSON.stringify(steps)).not.toMatch(/mode=max,scope=glibc-floor-build/)
  })

  test('the gate runs after the build on what it exported, with the engine of the kit', () => {
    const gate = named('Gate')!
    expect(gate.run).toBe('bash "$RUNNER_TEMP/glibc-floor-kit/docker/scripts/gate.sh" glibc-floor-out')
    expect(gate.env?.GLIBC_FLOOR_TOOLCHAIN_PREFIX).toBe('/opt')
    expect(steps.indexOf(gate)).toBeGreaterThan(steps.findIndex(s => s.id === 'build'))
    const upload = steps.findIndex(s => s.uses?.startsWith('actions/upload-artifact'))
    expect(steps.indexOf(gate)).toBeLessThan(upload)
  })

  test('the node-version path builds with GCC from source on a toolset of both arches, with the pins in CFLAGS', () => {
    const plan = steps.find(s => s.id === 'plan')!.run ?? ''
    expect(plan).toContain("EXTRA_ARGS=$'TOOLCHAIN=gcc-source\\n'")
    expect(plan).toContain(
      'CFLAGS="$(sh deps/glibc_floor/flags.sh cflags)" && CXXFLAGS="$CFLAGS" && export CFLAGS CXXFLAGS'
    )
    expect(plan).not.toMatch(/DEVTOOLSET=(?!10\b)\d+/)
    // The aarch64 legs build for linux/arm64 and get QEMU only when the runner is not arm64.
    expect(JSON.stringify(steps)).toContain("matrix.arch == 'aarch64' && 'linux/arm64' || 'linux/amd64'")
    expect(wf.on.workflow_call.inputs['runner-aarch64'].description).toMatch(/private/)
  })
})
