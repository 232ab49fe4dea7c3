// The findings model and the formats that render it, on real binaries: official Node builds for six
// architectures and Bun, audited once and reused by every test here.
import { describe, expect, it } from '@jest/globals'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { auditPaths, defaultCompatHeader, type AuditReport, type FileReport } from '../src/audit/index.js'
import { annotations, budget, MAX_PER_LEVEL, type Annotation } from '../src/report/annotations.js'
import { demangle, demangleWasm, fromTable } from '../src/report/demangle.js'
import { buildFindings, causeLabel, shortDistro } from '../src/report/findings.js'
import { code, escapeText, renderMarkdown } from '../src/report/markdown.js'
import { renderText } from '../src/report/text.js'
import { renderJson } from '../src/report/index.js'
import { renderSarifReport } from '../src/report/sarif.js'
import { repoRoot, thirdParty, toolchain } from './helpers/fixtures.js'

const audit = (paths: string[]): AuditReport =>
  auditPaths(paths, { floor: '2.17', compatHeader: defaultCompatHeader() })

const allNames = [
  'node24-x64',
  'node24-arm64',
  'node18-x64',
  'node20-s390x',
  'node20-armv7l',
  'node20-ppc64le',
  'bun-x64'
]
const release = audit(allNames.map(thirdParty))
const node24 = audit([thirdParty('node24-x64')])

const count = (list: Annotation[], level: Annotation['level']): number =>
  list.filter(a => a.level === level).length

describe('findings model', () => {
  it('groups causes by (version, fix) with demangled names, GLIBC first and newest first', () => {
    const f = buildFindings(node24)
    expect(f.causes.map(c => `${c.version} ${c.fix.kind} ${c.label}`).slice(0, 4)).toEqual([
      'GLIBC_2.28 compat-wrap fcntl64',
      'GLIBC_2.27 compat-wrap expf, memfd_create, pkey_alloc and 5 more',
      'GLIBC_2.25 compat-wrap getentropy, getrandom',
      'GLIBC_2.23 compat-wrap lgamma'
    ])
    const cxx = f.causes.find(c => c.version === 'GLIBCXX_3.4.21')!
    expect(cxx.fix.kind).toBe('static-runtime')
    expect(cxx.symbols).toHaveLength(40)
    expect(cxx.label).toMatch(/^std::\S+ and 39 more \(\d+ classes(, \d+ functions)?\)$/)
    // Every late reference of the report is in exactly one cause.
    expect(f.causes.reduce((n, c) => n + c.symbols.length, 0)).toBe(node24.summary.violations)
    expect(f.verdict.status).toBe('fail')
    expect(f.verdict.fails.slice(0, 2)).toEqual(['RHEL/CentOS 7', 'Amazon Linux 1, 2'])
    expect(f.verdict.loads).toContain('RHEL 8+')
    expect(f.verdict.highest).toEqual({
      GLIBC: 'GLIBC_2.28',
      GLIBCXX: 'GLIBCXX_3.4.21',
      CXXABI: 'CXXABI_1.3.11'
    })
  })

  it('libm pins and their wraps count as covered only where the .symver targets exist (x86_64, aarch64)', () => {
    const f = buildFindings(release)
    const expf = f.causes.filter(c => c.version === 'GLIBC_2.27' && c.symbols.some(s => s.symbol === 'expf'))
    expect(expf).toHaveLength(2)
    const covered = expf.filter(c => c.fix.covered)
    expect(covered).toHaveLength(1)
    expect(covered[0].fix.kind).toBe('compat-wrap')
    expect(covered[0].arches.length).toBeGreaterThan(0)
    expect(covered[0].arches.every(a => a === 'x86_64' || a === 'aarch64')).toBe(true)
    const elsewhere = expf.filter(c => !c.fix.covered)
    expect(elsewhere.flatMap(c => c.arches)).toEqual(expect.arrayContaining(['ppc64le']))
    expect(elsewhere.flatMap(c => c.arches)).not.toContain('x86_64')
    // The raw report agrees: no ppc64le/s390x/armv7l violation of a pinned libm symbol claims a pin or a wrap,
    // while the other wraps (dlsym or syscall fallbacks) still count there.
    const raw = release.files.filter(x => x.machine !== 'x86_64' && x.machine !== 'aarch64')
    expect(raw.length).toBe(3)
    const rawViolations = raw.flatMap(x => x.violations ?? [])
    const libm = rawViolations.filter(v =>
      ['expf', 'powf', 'lgamma', 'logf', 'exp', 'log', 'pow'].includes(v.symbol ?? '')
    )
    expect(libm.length).toBeGreaterThan(0)
    expect(libm.filter(v => v.pinned || v.wrapped)).toEqual([])
    expect(rawViolations.filter(v => v.wrapped).length).toBeGreaterThan(0)
  })

  it('a .symver row never merges an aarch64 pin target into an x86_64 file (no compat layer)', () => {
    const bare = auditPaths([thirdParty('node24-x64'), thirdParty('node24-arm64')], {
      floor: '2.17',
      compatHeader: null
    })
    const symver = buildFindings(bare).causes.filter(x => x.fix.kind === 'symver')
    expect(symver.map(c => `${c.version} ${c.arches.join()}`).sort()).toEqual([
      'GLIBC_2.23 aarch64',
      'GLIBC_2.23 x86_64',
      'GLIBC_2.27 aarch64',
      'GLIBC_2.27 x86_64'
    ])
    for (const c of symver)
      for (const s of c.symbols)
        expect(s.pinTo).toBe(`${s.symbol}@${c.arches[0] === 'x86_64' ? 'GLIBC_2.2.5' : 'GLIBC_2.17'}`)
    const lines = buildFindings(bare).recipe.steps.find(s => s.kind === 'symver')!.lines
    const x64 = lines.indexOf('#if defined(__x86_64__)')
    const a64 = lines.indexOf('#elif defined(__aarch64__)')
    expect(x64).toBe(0)
    expect(lines.indexOf('__asm__(".symver expf,expf@GLIBC_2.2.5");')).toBeGreaterThan(x64)
    expect(lines.indexOf('__asm__(".symver expf,expf@GLIBC_2.2.5");')).toBeLessThan(a64)
    expect(lines.indexOf('__asm__(".symver expf,expf@GLIBC_2.17");')).toBeGreaterThan(a64)
    expect(lines.at(-1)).toBe('#endif')
  })

  it('files are listed in ascending order', () => {
    const f = buildFindings(release)
    const paths = f.causes.flatMap(c => c.files)
    for (const c of f.causes) expect(c.files).toEqual([...c.files].sort())
    expect(paths.length).toBeGreaterThan(0)
  })

  it('short distro names and labels read as people write them', () => {
    expect(shortDistro('Amazon Linux AMI 2018.03 (Amazon Linux 1)')).toBe('Amazon Linux 1')
    expect(shortDistro('Ubuntu 18.04 LTS (bionic)')).toBe('Ubuntu 18.04')
    expect(shortDistro('RHEL 8 / AlmaLinux 8 / Rocky 8')).toBe('RHEL 8')
    expect(shortDistro('SUSE Linux Enterprise Server 12 (SP0-SP5)')).toBe('SLES 12')
    const sym = (symbol: string) => ({ symbol, demangled: demangle(symbol), files: ['a'], note: '' })
    expect(causeLabel([sym('a'), sym('b'), sym('c'), sym('d'), sym('e')])).toEqual({
      names: ['a', 'b', 'c'],
      rest: ' and 2 more'
    })
  })
})

describe('demangling (cpp_demangle as WASM)', () => {
  it('demangles the real libstdc++ names of the Node binaries; C names pass through', () => {
    const mangled = node24.files[0].violations!.map(v => v.symbol!).filter(s => s.startsWith('_Z'))
    expect(mangled.length).toBeGreaterThan(30)
    for (const m of mangled) expect(demangle(m)).not.toMatch(/^_Z/)
    expect(demangle('_ZNKSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEE3strEv')).toBe(
      'std::__cxx11::basic_stringbuf<char, std::char_traits<char>, std::allocator<char> >::str() const'
    )
    expect(demangle('_ZdaPvSt11align_val_t')).toBe('operator delete[](void*, std::align_val_t)')
    expect(demangle('fcntl64')).toBe('fcntl64')
    expect(demangle('_Znot-a-name')).toBe('_Znot-a-name')
  })

  it('the table of late libstdc++ names is what cpp_demangle says, row by row, and answers the Node names', () => {
    const rows = readFileSync(join(repoRoot, 'data', 'demangled', 'libstdc++.tsv'), 'utf8')
      .split('\n')
      .filter(r => r !== '' && !r.startsWith('#'))
      .map(r => r.split('\t'))
    expect(rows.length).toBeGreaterThan(2000)
    // Sorted by code unit (the lookup is a binary search) and two fields per row.
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1][0] < rows[i][0]).toBe(true)
    for (const [m, d, ...rest] of rows) {
      expect(rest).toEqual([])
      expect(fromTable(m)).toBe(d)
      expect(demangleWasm(m)).toBe(d)
    }
    const mangled = node24.files[0].violations!.map(v => v.symbol!).filter(s => s.startsWith('_Z'))
    expect(mangled.length).toBeGreaterThan(30)
    for (const m of mangled) expect(fromTable(m)).toBe(demangleWasm(m))
    // Not in the table (GCC 13's GLIBCXX_3.4.31 name, newer than the table's libstdc++): cpp_demangle answers.
    expect(fromTable('_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE15_M_replace_coldEPcmPKcmm')).toBe(
      undefined
    )
    expect(demangle('_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE15_M_replace_coldEPcmPKcmm')).toBe(
      'std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >::_M_replace_cold(char*, unsigned long, char const*, unsigned long, unsigned long)'
    )
  })

  it('JSON keeps `symbol` mangled and adds `demangled`', () => {
    const j = JSON.parse(renderJson(node24, { fallbackReport: true }))
    const v = j.files[0].violations.find((x: { symbol: string }) => x.symbol === '_ZdaPvSt11align_val_t')
    expect(v.demangled).toBe('operator delete[](void*, std::align_val_t)')
    expect(
      j.files[0].violations.find((x: { symbol: string }) => x.symbol === 'fcntl64').demangled
    ).toBeUndefined()
    expect(j.findings.schema).toBe(1)
    expect(j.fallback.total).toBe(node24.summary.violations)
    expect(j.fallback.recipe.steps.map((s: { kind: string }) => s.kind)).toEqual([
      'compat-wrap',
      'static-runtime'
    ])
  })
})

describe('annotations within GitHub limits', () => {
  it('a release of 7 failing files: at most 10 errors, the verdict among them, grouped by version', () => {
    const list = annotations(release)
    expect(release.summary.audited).toBe(7)
    expect(count(list, 'error')).toBeLessThanOrEqual(MAX_PER_LEVEL)
    expect(count(list, 'warning')).toBeLessThanOrEqual(MAX_PER_LEVEL)
    const verdict = list.find(a => a.verdict)
    expect(verdict?.level).toBe('error')
    expect(verdict?.title).toMatch(/^glibc 2\.17 floor: fails on RHEL\/CentOS 7/)
    // node18 needs GLIBCXX_3.4.26 (GCC 9): RHEL 8 and Debian 10 fail for the release as a whole.
    expect(verdict?.message).toMatch(
      /^Fails on RHEL\/CentOS 7, 8, .*Debian 9, 10, .* · loads on Ubuntu 20\.04\+.*How to fix \(job summary\): compat wrap, static libstdc\+\+, rebuild on floor image\.$/
    )
    // No raw mangled name anywhere a person reads; every cause annotation says its fix.
    for (const a of list) expect(`${a.title} ${a.message}`).not.toMatch(/\b_Z[A-Za-z0-9_]{4,}/)
    const causes = list.filter(a => !a.verdict && a.level === 'error' && !/more errors/.test(a.title))
    expect(causes.length).toBeGreaterThan(3)
    for (const a of causes) expect(a.message).toMatch(/^Fix: /)
    for (const a of causes) expect(a.title.length).toBeLessThanOrEqual(100)
  })

  it('a dry run demotes everything to warnings, still within 10 with the verdict', () => {
    const list = annotations(release, { demoteErrors: true })
    expect(count(list, 'error')).toBe(0)
    expect(count(list, 'warning')).toBeLessThanOrEqual(MAX_PER_LEVEL)
    expect(list.some(a => a.verdict && a.level === 'warning')).toBe(true)
  })

  it('budget: 10 stay as they are, 11 fold into 9 + "2 more" and the verdict survives', () => {
    const mk = (n: number): Annotation[] =>
      Array.from({ length: n }, (_, i) => ({ level: 'error' as const, title: `e${i}`, message: '' }))
    expect(budget(mk(10))).toHaveLength(10)
    const v: Annotation = { level: 'error', title: 'verdict', message: '', verdict: true }
    const folded = budget([...mk(10), v])
    expect(folded).toHaveLength(10)
    expect(folded[0]).toBe(v)
    expect(folded[9].title).toBe('2 more errors')
  })

  it('a passing file gets one notice naming the distributions', () => {
    const f: FileReport = { ...node24.files[0], violations: [], loadsOnFloor: true }
    const pass: AuditReport = {
      ...node24,
      files: [f],
      summary: {
        ...node24.summary,
        violations: 0,
        unwrapped: 0,
        loadsOnFloor: true,
        distros: node24.summary.distros.map(d => ({ ...d, loads: true, missing: [] }))
      }
    }
    const list = annotations(pass)
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({ level: 'notice', title: 'glibc 2.17 floor holds' })
    expect(list[0].message).toMatch(/RHEL\/CentOS 7\+/)
  })
})

describe('text report fits the terminal', () => {
  it.each([80, 200])('at %i columns on a TTY every line fits and cut names end in …', width => {
    const text = renderText(release, { width, ellipsis: true, fallbackReport: true })
    const lines = text.split('\n')
    expect(lines.length).toBeGreaterThan(30)
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(width)
    if (width === 80) expect(lines.some(l => l.endsWith('…'))).toBe(true)
    expect(text).not.toMatch(/\b_Z[A-Za-z0-9_]{4,}/)
    // The verdict comes first and is never cut.
    expect(lines.findIndex(l => /^✗ FAIL: fails on RHEL\/CentOS 7/.test(l))).toBeLessThan(5)
    expect(text).not.toMatch(/fails on[^\n]*…/)
  })

  it('off a TTY nothing is cut: long names wrap, flags wrap with a backslash', () => {
    const text = renderText(release, { width: 80, fallbackReport: true })
    expect(text).not.toContain('…')
    for (const l of text.split('\n')) expect([...l].length).toBeLessThanOrEqual(80)
    // The complete fallback list: every late symbol, demangled, none elided.
    const f = buildFindings(release)
    for (const g of f.fallback.groups)
      for (const s of g.symbols) expect(text.replace(/\n\s+/g, ' ')).toContain(s.demangled.split(' ')[0])
    expect(text).toMatch(/-Wl,--wrap=fcntl64 .*\\\n/)
    expect(text).not.toMatch(/e\.g\./)
  })
})

describe('directory walks', () => {
  it('files come in ascending order; passed-over links and non-ELF files are counted and explained', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glibc-floor-walk-'))
    for (const n of ['b-tool', 'a-tool', 'c-tool']) copyFileSync('/bin/true', join(dir, n))
    mkdirSync(join(dir, 'sub'))
    copyFileSync('/bin/true', join(dir, 'sub', 'a-inner'))
    symlinkSync('a-tool', join(dir, 'z-link'))
    writeFileSync(join(dir, 'notes.txt'), 'text\n')
    const r = auditPaths([dir], { floor: '2.17', cwd: dir })
    expect(r.files.map(f => f.path)).toEqual(['a-tool', 'b-tool', 'c-tool', 'sub/a-inner'])
    const text = renderText(r, { width: 200 })
    expect(text).toContain(
      'Passed over: 1 non-ELF file, 1 symbolic link (not followed: targets are audited where the walk finds them).'
    )
    expect(renderMarkdown(r)).toContain(
      'passed over 1 non-ELF file and 1 symbolic link (links are not followed'
    )
  })
})

describe('markdown escaping', () => {
  it('code spans survive backticks and pipes; prose cannot link, emphasise or autolink', () => {
    expect(code('a`b')).toBe('``a`b``')
    expect(code('operator||')).toBe('`operator\\|\\|`')
    expect(escapeText('pin expf@GLIBC_2.2.5 *now* [x](y)')).toBe(
      'pin expf\\@GLIBC\\_2.2.5 \\*now\\* \\[x\\](y)'
    )
  })

  it('fallback-report off: no coverage marks at all', () => {
    const on = renderMarkdown(node24, { fallbackReport: true })
    const off = renderMarkdown(node24, { fallbackReport: false })
    expect(on).toContain('✓ compat')
    expect(off).not.toMatch(/✓|✗/)
    expect(off).not.toContain('Fallback report')
  })
})

describe('findings beside late versions: private ABI, missing libraries (every format)', () => {
  // The 2.17 libpthread calls glibc internals (GLIBC_PRIVATE); the host's git needs libpcre2, which no glibc
  // 2.17 base system ships and this "tree" does not bundle.
  const pthread = join(toolchain('x86_64').sysroot, 'lib', 'libpthread.so.0')
  const report = audit([pthread, '/usr/bin/git'])
  const f = buildFindings(report)

  it('are notes with their files, warnings that do not fail the file by themselves', () => {
    const priv = f.notes.filter(n => n.kind === 'private-abi')
    expect(priv).toHaveLength(1)
    expect(priv[0].level).toBe('warning')
    expect(priv[0].files).toEqual([report.files[0].path])
    expect(report.files[0].path.endsWith('sysroot/lib/libpthread.so.0')).toBe(true)
    expect(priv[0].message).toMatch(/ties the binary to one glibc build/)
    const missing = f.notes.filter(n => n.kind === 'missing-library')
    expect(missing.map(n => n.title)).toEqual([
      'libpcre2-8.so.0 is not on glibc 2.17 systems and not in this tree'
    ])
    expect(missing[0].files).toEqual(['/usr/bin/git'])
    expect(report.files[0].loadsOnFloor).toBe(true)
  })

  it('reach text, markdown, annotations and SARIF alike', () => {
    for (const out of [renderText(report, { findings: f }), renderMarkdown(report, { findings: f })]) {
      expect(out).toContain('libpcre2-8.so.0')
      expect(out).toMatch(/GLIBC_PRIVATE/)
    }
    const warnings = annotations(report).filter(a => a.level === 'warning')
    expect(warnings.some(a => /libpcre2-8\.so\.0/.test(a.title))).toBe(true)
    const sarif = JSON.parse(renderSarifReport(report, { workspace: '/', cwd: '/' }))
    const results = sarif.runs[0].results as { ruleId: string; level: string; message: { text: string } }[]
    const missing = results.filter(r => r.ruleId === 'missing-library')
    expect(missing).toHaveLength(1)
    expect(missing[0].message.text).toContain('libpcre2-8.so.0')
    const priv = results.filter(r => r.ruleId === 'private-glibc-abi')
    expect(priv).toHaveLength(1)
    expect(priv[0].level).toBe('warning')
  })
})
