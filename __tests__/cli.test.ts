// The CLI as users run it: the bundled dist/cli.js in a child process, real files, real exit codes.
import { describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { compile, run, workDir } from './helpers/build.js'
import { repoRoot, thirdParty } from './helpers/fixtures.js'

const cli = join(repoRoot, 'dist', 'cli.js')
const glibcFloor = (...args: string[]) => run(process.execPath, [cli, ...args])

const lateBin = compile(
  '#include <sys/random.h>\n#include <stdio.h>\nint main(){unsigned char b[4]; printf("%ld\\n", (long)getrandom(b, 4, 0)); return 0;}',
  { with: 'host', name: 'cli-late' }
)
const okBin = compile('#include <stdio.h>\nint main(){puts("ok");return 0;}', {
  with: 'x86_64',
  name: 'cli-ok'
})

describe('glibc-floor audit (dist/cli.js)', () => {
  it('exit 0 and PASS within the floor', () => {
    const r = glibcFloor('audit', okBin)
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/\nPASS: 1 file loads on glibc 2\.17\.\n$/)
    expect(r.stdout).toMatch(/✓ PASS: Loads on glibc 2\.17: RHEL\/CentOS 7\+, Amazon Linux 1\+/)
  })

  it('exit 2 with the verdict in distro terms, the causes with their fix and the recipe', () => {
    const r = glibcFloor('audit', '--floor', '2.17', lateBin)
    expect(r.status).toBe(2)
    expect(r.stdout).toMatch(
      /\n✗ FAIL: fails on RHEL\/CentOS 7, 8, Amazon Linux 1, 2, SLES 12, [\s\S]*?\n {2}loads on [^\n]*RHEL 9\+/
    )
    expect(r.stdout).toMatch(
      /\n {2}GLIBC_2\.34\s+✗ rebuild on floor image\s+__libc_start_main\n {2}GLIBC_2\.25\s+✓ compat wrap\s+getrandom\n/
    )
    expect(r.stdout).toContain('  LDFLAGS  += -Wl,--wrap=getrandom -Wl,--push-state,--no-as-needed')
  })

  it('accepts --floor=2.28 and reports node 24 as within it', () => {
    const r = glibcFloor('audit', '--floor=2.28', thirdParty('node24-x64'))
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('floor glibc 2.28 (GLIBC ≤ 2.28, GLIBCXX ≤ 3.4.24')
  })

  it('--format json carries the documented schema', () => {
    const r = glibcFloor('audit', '--format', 'json', lateBin, okBin)
    expect(r.status).toBe(2)
    const j = JSON.parse(r.stdout)
    expect(j.floor).toEqual({
      glibc: '2.17',
      ceilings: { GLIBC: '2.17', GLIBCXX: '3.4.19', CXXABI: '1.3.7', GCC: '4.8.0' }
    })
    expect(j.files).toHaveLength(2)
    const late = j.files.find((f: { path: string }) => f.path.endsWith('cli-late'))
    for (const k of [
      'path',
      'status',
      'reason',
      'machine',
      'class',
      'endian',
      'libc',
      'needed',
      'requirements',
      'maxVersions',
      'versionCounts',
      'violations',
      'loadsOnFloor',
      'minKernel'
    ])
      expect(late).toHaveProperty(k)
    expect(late).toMatchObject({
      status: 'audited',
      machine: 'x86_64',
      class: 64,
      endian: 'little',
      libc: 'glibc',
      loadsOnFloor: false
    })
    expect(late.requirements).toContainEqual({ library: 'libc.so.6', version: 'GLIBC_2.25', weak: false })
    expect(late.violations).toContainEqual(
      expect.objectContaining({
        symbol: 'getrandom',
        version: 'GLIBC_2.25',
        library: 'libc.so.6',
        weakBinding: false,
        wrapped: true
      })
    )
    expect(late.maxVersions.GLIBC).toMatch(/^2\.3\d$/)
    expect(late.versionCounts['GLIBC_2.25']).toBe(1)
    expect(late.minKernel).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('--fallback-report lists wrapped symbols and the link flags; --no-compat-header wraps nothing', () => {
    const r = glibcFloor('audit', '--fallback-report', lateBin)
    expect(r.stdout).toMatch(/Fallback report: 1 of 2 late symbols are covered by this kit\./)
    expect(r.stdout).toMatch(
      / {2}✓ compat wrap \(1\):\n {6}GLIBC_2\.25 {2}getrandom\n {2}✗ rebuild on floor image \(1\):\n {6}GLIBC_2\.34 {2}__libc_start_main\n/
    )
    expect(r.stdout).toMatch(/RHEL\/CentOS 7\s+glibc 2\.17\s+needs GLIBC_2\.25, GLIBC_2\.34/)
    const none = glibcFloor('audit', '--no-compat-header', '--format=json', lateBin)
    const violations: { wrapped: boolean }[] = JSON.parse(none.stdout).files[0].violations
    expect(violations).toHaveLength(2)
    expect(violations.every(v => !v.wrapped)).toBe(true)
  })

  it('--format markdown and --output write the summary to a file', () => {
    const out = join(workDir, 'summary.md')
    const r = glibcFloor('audit', '--format', 'markdown', '-o', out, lateBin)
    expect(r.stdout).toBe('')
    expect(readFileSync(out, 'utf8')).toMatch(/^## glibc floor audit\n\n❌ \*\*FAIL\*\*/)
  })

  it('with no path audits the running node binary', () => {
    const r = glibcFloor('audit', '--format', 'json')
    const j = JSON.parse(r.stdout)
    expect(j.files[0].path).toBe(process.execPath)
    expect(j.files[0].status).toBe('audited')
    expect(r.status).toBe(j.summary.violations > 0 ? 2 : 0)
  })
})

describe('glibc-floor errors are messages, not stack traces', () => {
  const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at /)
  it.each([
    [['audit', '--floor', 'abc', okBin], /floor "abc" is not a glibc version/],
    [['audit', '--floor'], /--floor needs a value/],
    [['audit', '/no/such/file'], /no such file or directory: \/no\/such\/file/],
    [['audit', '--frobnicate'], /unknown option --frobnicate/],
    [['audit', '--format', 'xml', okBin], /--format must be text, json, markdown or sarif/],
    [['explode'], /unknown command "explode"/],
    [['audit', '--compat-header', '/no/header.h', okBin], /cannot read compat header \/no\/header\.h/],
    [
      ['audit', '--floor', '2.99', okBin],
      /^glibc-floor: floor "2\.99": no such glibc release \(the newest known is 2\.\d+\)\n$/
    ],
    [['audit', '--floor', '2.17.1', okBin], /floor "2\.17\.1" has a patch level: .*use 2\.17\n$/],
    [
      ['audit', '--override', 'FOO=1', okBin],
      /override "FOO=1": FOO is not a version namespace the audit checks/
    ],
    [
      ['audit', '-o', '/', okBin],
      /^glibc-floor: -o \/ is a directory; give a file name, e\.g\. \/glibc-floor\.json\n/
    ],
    [
      ['audit', '-o', '/no/such/dir/r.json', okBin],
      /^glibc-floor: cannot write \/no\/such\/dir\/r\.json: no such file or directory\n$/
    ]
  ])('%j', (args, message) => {
    const r = glibcFloor(...args)
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(message)
    noStack(r.stderr)
  })

  it('a truncated ELF is an error row and exit 1; a non-ELF file is skipped', () => {
    const cut = join(workDir, 'cli-cut')
    writeFileSync(cut, readFileSync(lateBin).subarray(0, 900))
    const r = glibcFloor('audit', '--format', 'json', cut, okBin)
    expect(r.status).toBe(1)
    const j = JSON.parse(r.stdout)
    expect(j.files[0]).toMatchObject({ status: 'error' })
    expect(j.files[0].reason).toMatch(/offset 0x/)
    const skipped = glibcFloor('audit', join(repoRoot, 'package.json'))
    expect(skipped.status).toBe(1)
    expect(skipped.stdout).toMatch(/- package\.json\s+not an ELF file/)
    expect(skipped.stderr).toBe('glibc-floor: No glibc ELF file audited against glibc 2.17.\n')
  })
})

describe('glibc-floor wording', () => {
  it('override namespaces are case-insensitive', () => {
    const r = glibcFloor(
      'audit',
      '--format=json',
      '--override',
      'glibcxx=3.4.21,Cxxabi=1.3.11',
      thirdParty('node24-x64')
    )
    const j = JSON.parse(r.stdout)
    expect(j.floor.ceilings).toMatchObject({ GLIBCXX: '3.4.21', CXXABI: '1.3.11' })
    expect(j.findings.causes.filter((c: { namespace: string }) => c.namespace !== 'GLIBC')).toEqual([])
  })

  it('musl and static binaries are named as such, never "No ELF file audited"', () => {
    const musl = join(workDir, 'cli-musl')
    writeFileSync(join(workDir, 'empty.c'), 'int main(){return 0;}')
    expect(run('musl-gcc', [join(workDir, 'empty.c'), '-o', musl]).status).toBe(0)
    const stat = join(workDir, 'cli-static')
    expect(run('gcc', ['-static', join(workDir, 'empty.c'), '-o', stat]).status).toBe(0)
    const r = glibcFloor('audit', musl)
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(/- \S*cli-musl\s+x86_64\s+musl: not a glibc binary\n/)
    expect(r.stdout).not.toMatch(/No ELF file audited|none/)
    expect(r.stderr).toBe(
      'glibc-floor: Nothing for the glibc 2.17 floor to check: 1 musl binary (musl: not a glibc binary).\n'
    )
    const st = glibcFloor('audit', stat)
    expect(st.status).toBe(0)
    // Lines wrap at 100 columns off a TTY; joined back, they read:
    const joined = st.stdout.replace(/\n {2,}/g, ' ')
    expect(joined).toMatch(/- \S*cli-static\s+x86_64\s+static: no shared glibc to require\n/)
    expect(joined).toMatch(/✓ PASS: Loads on glibc 2\.17: .* · static: no glibc version needs\./)
    expect(st.stdout).not.toMatch(/none/)
  })
})

describe('dist/ demangles on its own', () => {
  it('without node_modules or binutils, from a copy of dist/ (the wasm is bundled beside cli.js)', () => {
    const pkg = join(workDir, 'copied-tool')
    mkdirSync(join(pkg, 'dist'), { recursive: true })
    for (const f of readdirSync(join(repoRoot, 'dist')))
      cpSync(join(repoRoot, 'dist', f), join(pkg, 'dist', f))
    for (const d of ['data', 'compat']) cpSync(join(repoRoot, d), join(pkg, d), { recursive: true })
    cpSync(join(repoRoot, 'package.json'), join(pkg, 'package.json'))
    expect(existsSync(join(pkg, 'node_modules'))).toBe(false)
    // Without the table of late libstdc++ names, every name goes through the bundled WebAssembly.
    rmSync(join(pkg, 'data', 'demangled'), { recursive: true })
    // PATH without binutils: c++filt must not be what demangles.
    const r = run(
      process.execPath,
      [join(pkg, 'dist', 'cli.js'), 'audit', '--format', 'json', thirdParty('node24-x64')],
      {
        ...process.env,
        PATH: '/nonexistent'
      }
    )
    expect(r.status).toBe(2)
    const v = JSON.parse(r.stdout).files[0].violations
    const mangled = v.filter((x: { symbol: string }) => x.symbol.startsWith('_Z'))
    expect(mangled.length).toBeGreaterThan(30)
    for (const x of mangled) expect(x.demangled).not.toMatch(/^_Z/)
    expect(
      mangled.filter((x: { demangled: string }) => x.demangled.startsWith('std::')).length
    ).toBeGreaterThan(20)
    // The shipped tool looks those names up in data/demangled: the same words as the WebAssembly.
    const shipped = run(process.execPath, [cli, 'audit', '--format', 'json', thirdParty('node24-x64')])
    expect(shipped.status).toBe(2)
    expect(JSON.parse(shipped.stdout).files[0].violations).toEqual(v)
  })
})

describe('glibc-floor wrap-flags', () => {
  it('prints one --wrap flag per line of compat/wrap-symbols.txt', () => {
    const symbols = readFileSync(join(repoRoot, 'compat', 'wrap-symbols.txt'), 'utf8')
      .split('\n')
      .map(l => l.replace(/#.*/, '').trim())
      .filter(Boolean)
    const r = glibcFloor('wrap-flags', '--lines')
    expect(r.status).toBe(0)
    expect(r.stdout.trim().split('\n')).toEqual(symbols.map(s => `-Wl,--wrap=${s}`))
  })
})
