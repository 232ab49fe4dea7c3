// The CLI as users run it: the bundled dist/cli.js in a child process, real files, real exit codes.
import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
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
    expect(r.stdout).toMatch(/PASS: 1 file\(s\) load on glibc 2\.17/)
  })

  it('exit 2 with the count table, the violations and the distro matrix', () => {
    const r = glibcFloor('audit', '--floor', '2.17', lateBin)
    expect(r.status).toBe(2)
    expect(r.stdout).toMatch(/Version\s+Symbols/)
    expect(r.stdout).toMatch(/getrandom\s+GLIBC_2\.25\s+libc\.so\.6\s+✓ yes\s+wrap-dlsym/)
    expect(r.stdout).toMatch(/RHEL\/CentOS 7\s+glibc 2\.17\s+✗ fails/)
    expect(r.stdout).toMatch(/Debian 12 \(bookworm\)\s+glibc 2\.36\s+✓ loads/)
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
    expect(r.stdout).toMatch(/Fallback report: 1 of 2 late symbols are wrapped/)
    expect(r.stdout).toContain('Link with: -Wl,--wrap=getrandom')
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
    [['audit', '--format', 'xml', okBin], /--format must be text, json or markdown/],
    [['explode'], /unknown command "explode"/],
    [['audit', '--compat-header', '/no/header.h', okBin], /cannot read compat header \/no\/header\.h/]
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
    expect(skipped.stdout).toMatch(/skipped — not an ELF file/)
    expect(skipped.stderr).toMatch(/no ELF file was audited/)
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
