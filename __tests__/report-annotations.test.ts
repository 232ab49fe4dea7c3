// Annotations (src/report/annotations.ts) at GitHub's per-level limit, exactly: official Node builds for x64 and
// ppc64le have 10 late-version causes, one more than the 9 error slots beside the verdict, so they are grouped
// by version; one cause fewer and they are not. Variants of the real findings (a cause dropped, made
// non-blocking, given 20 or 21 symbols, a longer path) put each rule at its edge: a slot lost or gained, a
// symbol count off by one, or a verdict at the wrong level would each change what a person sees on the run.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { auditPaths, defaultCompatHeader, type AuditReport } from '../src/audit/index.js'
import { annotations, type Annotation, type AnnotationOptions } from '../src/report/annotations.js'
import { buildFindings, type Cause, type Findings } from '../src/report/findings.js'
import { thirdParty } from './helpers/fixtures.js'
import { buildElves } from './helpers/release-assets.js'

const audit = (paths: string[]): AuditReport =>
  auditPaths(paths, { floor: '2.17', compatHeader: defaultCompatHeader() })

const X64 = '.cache/fixtures/node24-x64/package/bin/node'
const PPC = '.cache/fixtures/node20-ppc64le/package/bin/node'
const STILL = 'As built, the binary still needs this version until it is rebuilt with the fix.'

let report: AuditReport
let findings: Findings
let clean: string
let cut: string

beforeAll(() => {
  report = audit([thirdParty('node24-x64'), thirdParty('node20-ppc64le')])
  findings = buildFindings(report)
  const tmp = mkdtempSync(join(tmpdir(), 'report-annotations-'))
  const elves = buildElves(join(tmp, 'elves'))
  clean = elves.clean
  cut = join(tmp, 'cut')
  writeFileSync(cut, readFileSync(elves.late).subarray(0, 1000))
})

const run = (f: Findings, o: Omit<AnnotationOptions, 'findings'> = {}): Annotation[] =>
  annotations(report, { ...o, findings: f })
const titles = (list: Annotation[], level: Annotation['level']): string[] =>
  list.filter(a => a.level === level).map(a => a.title)
const cause = (version: string, fix?: string): Cause =>
  findings.causes.find(c => c.version === version && (!fix || c.fix.kind === fix))!
const without = (...versions: string[]): Cause[] => findings.causes.filter(c => !versions.includes(c.version))
const soft = (c: Cause): Cause => ({ ...c, blocking: false })

// The ten causes of the two builds, in findings order, as one annotation each.
const ONE_PER_CAUSE = [
  'GLIBC_2.28: fcntl64 in 2 files',
  `GLIBC_2.27: expf, powf in ${PPC}`,
  `GLIBC_2.27: expf, memfd_create, pkey_alloc and 5 more in ${X64}`,
  'GLIBC_2.25: getentropy, getrandom in 2 files',
  `GLIBC_2.23: lgamma in ${X64}`,
  'GLIBCXX_3.4.21: std::__cxx11::basic_string and 71 more (13 classes) in 2 files',
  'GLIBCXX_3.4.20: std::__throw_out_of_range_fmt in 2 files',
  `CXXABI_1.3.11: operator delete[], operator new[] in ${X64}`,
  'CXXABI_1.3.9: operator delete, operator delete[] in 2 files',
  `CXXABI_1.3.8: std::bad_array_new_length: 3 members in ${X64}`
]
const GROUPED_2_27 = 'GLIBC_2.27: expf, powf, memfd_create and 5 more in 2 files'
const VERDICT = 'glibc 2.17 floor: fails on RHEL/CentOS 7, Amazon Linux 1, 2, SLES 12, 15 GA-SP2, …'
const grouped = [ONE_PER_CAUSE[0], GROUPED_2_27, ...ONE_PER_CAUSE.slice(3)]

describe('the real findings', () => {
  it('are the ten blocking causes this file is built on', () => {
    expect(findings.causes.map(c => `${c.version} ${c.fix.kind} ${c.blocking}`)).toEqual([
      'GLIBC_2.28 compat-wrap true',
      'GLIBC_2.27 rebuild true',
      'GLIBC_2.27 compat-wrap true',
      'GLIBC_2.25 compat-wrap true',
      'GLIBC_2.23 compat-wrap true',
      'GLIBCXX_3.4.21 static-runtime true',
      'GLIBCXX_3.4.20 static-runtime true',
      'CXXABI_1.3.11 static-runtime true',
      'CXXABI_1.3.9 static-runtime true',
      'CXXABI_1.3.8 static-runtime true'
    ])
    expect(findings.notes).toEqual([])
    expect(findings.verdict.fails).toHaveLength(5)
  })
})

describe('cause annotations', () => {
  it('10 causes for 9 slots: grouped by version across fixes, exactly 10 errors and nothing folded', () => {
    const list = run(findings)
    expect(list).toHaveLength(10)
    expect(list[0]).toMatchObject({ level: 'error', title: VERDICT, verdict: true })
    expect(titles(list, 'error')).toEqual([VERDICT, ...grouped])
    const g = list.find(a => a.title === GROUPED_2_27)!
    expect(g.message).toBe(
      `Fix: rebuild on floor image, compat wrap (in this kit). ${STILL} Symbols: expf, powf, memfd_create, ` +
        'pkey_alloc, pkey_free, pkey_get, pkey_mprotect, pkey_set.'
    )
    expect(g.file).toBeUndefined()
  })

  it('9 causes fit 9 slots: one annotation per (version, fix), a single file named as the annotation file', () => {
    const list = run({ ...findings, causes: without('CXXABI_1.3.8') })
    expect(titles(list, 'error')).toEqual([VERDICT, ...ONE_PER_CAUSE.slice(0, 9)])
    const byTitle = new Map(list.map(a => [a.title, a]))
    expect(byTitle.get(ONE_PER_CAUSE[1])).toMatchObject({
      file: PPC,
      message: 'Fix: rebuild on floor image. Symbols: expf, powf.'
    })
    expect(byTitle.get(ONE_PER_CAUSE[2])?.file).toBe(X64)
    expect(byTitle.get(ONE_PER_CAUSE[0])).toEqual({
      level: 'error',
      title: ONE_PER_CAUSE[0],
      message: `Fix: compat wrap (in this kit). ${STILL} Symbols: fcntl64.`
    })
  })

  it('72 symbols: the first 20 are named, the rest counted', () => {
    const list = run(findings)
    const a = list.find(x => x.title.startsWith('GLIBCXX_3.4.21'))!
    expect(a.message.startsWith('Fix: static libstdc++. Symbols: ')).toBe(true)
    expect(a.message.endsWith(', … 52 more in the job summary.')).toBe(true)
    const named = cause('GLIBCXX_3.4.21').symbols.map(s => s.demangled)
    expect(a.message).toContain(named.slice(0, 20).join(', ') + ', … 52')
    expect(a.message).not.toContain(named[20])
  })

  it.each([
    [20, ''],
    [21, ', … 1 more in the job summary']
  ])('%i symbols: the tail is %j', (n, tail) => {
    const c = cause('GLIBCXX_3.4.20')
    const symbols = cause('GLIBCXX_3.4.21').symbols.slice(0, n)
    const list = run({ ...findings, causes: [{ ...c, symbols }] })
    expect(list).toHaveLength(2)
    const names = symbols.slice(0, 20).map(s => s.demangled)
    expect(list[1].message).toBe(`Fix: static libstdc++. Symbols: ${names.join(', ')}${tail}.`)
  })

  it('a cause alone keeps its own label (which may name its architectures), not one rebuilt from its symbols', () => {
    const c = { ...cause('GLIBC_2.23'), label: 'lgamma (x86_64)' }
    expect(run({ ...findings, causes: [c] })[1].title).toBe(`GLIBC_2.23: lgamma (x86_64) in ${X64}`)
  })

  it('a version needed without a symbol is not listed as an empty name', () => {
    const c = cause('GLIBC_2.28')
    const bare = { ...c.symbols[0], symbol: null, demangled: '' }
    const list = run({ ...findings, causes: [{ ...c, symbols: [...c.symbols, bare] }] })
    expect(list[1].message).toBe(`Fix: compat wrap (in this kit). ${STILL} Symbols: fcntl64.`)
  })

  it('a title is clipped to exactly 100 characters, ending in …', () => {
    const c = cause('GLIBC_2.23')
    const prefix = 'GLIBC_2.23: lgamma in '
    const at = (n: number) => {
      const file = `bin/${'x'.repeat(n - prefix.length - 4)}`
      return run({ ...findings, causes: [{ ...c, files: [file] }] })[1]
    }
    const fits = at(100)
    expect(fits.title).toHaveLength(100)
    expect(fits.title.endsWith('x')).toBe(true)
    expect(fits.file).toHaveLength(100 - prefix.length)
    const clipped = at(101)
    expect(clipped.title).toHaveLength(100)
    expect(clipped.title).toBe(`${prefix}bin/${'x'.repeat(101 - prefix.length - 4)}`.slice(0, 99) + '…')
  })
})

describe('the error budget is shared', () => {
  it("a reserved error slot (the failing step's own line) leaves 8: grouped, then folded", () => {
    const list = run(findings, { reservedErrors: 1 })
    expect(titles(list, 'error')).toEqual([VERDICT, ...grouped.slice(0, 7), '2 more errors'])
  })

  it('a reserved slot with 9 causes: grouped into 8 versions, and then nothing is folded', () => {
    const list = run({ ...findings, causes: without('CXXABI_1.3.8') }, { reservedErrors: 1 })
    expect(titles(list, 'error')).toEqual([
      VERDICT,
      ONE_PER_CAUSE[0],
      GROUPED_2_27,
      ...ONE_PER_CAUSE.slice(3, 9)
    ])
  })

  it('reserved error slots do not take warning slots (a dry run shows everything as warnings)', () => {
    const list = run(
      { ...findings, causes: without('CXXABI_1.3.8') },
      { reservedErrors: 1, demoteErrors: true }
    )
    expect(titles(list, 'warning')).toEqual([VERDICT, ...ONE_PER_CAUSE.slice(0, 9)])
  })

  it('a reserved slot with 8 causes: they fit exactly, one per (version, fix)', () => {
    const list = run({ ...findings, causes: without('CXXABI_1.3.8', 'CXXABI_1.3.9') }, { reservedErrors: 1 })
    expect(titles(list, 'error')).toEqual([VERDICT, ...ONE_PER_CAUSE.slice(0, 8)])
  })

  it("the caller's extra annotations take slots of their level only", () => {
    const extra: Annotation[] = [{ level: 'error', title: 'caller error', message: 'x' }]
    const causes = without('CXXABI_1.3.8')
    // 9 causes, 8 slots left: grouped into 8 versions; with the verdict and the extra, 10 errors.
    expect(titles(run({ ...findings, causes }, { extra }), 'error')).toEqual([
      VERDICT,
      ONE_PER_CAUSE[0],
      GROUPED_2_27,
      ...ONE_PER_CAUSE.slice(3, 9),
      'caller error'
    ])
    const note: Annotation[] = [{ level: 'notice', title: 'caller notice', message: 'x' }]
    const list = run({ ...findings, causes }, { extra: note })
    expect(titles(list, 'error')).toEqual([VERDICT, ...ONE_PER_CAUSE.slice(0, 9)])
    expect(titles(list, 'notice')).toEqual(['caller notice'])
  })

  it('notes take slots of their level, and a note for one file names it', () => {
    const notes: Findings['notes'] = [
      { kind: 'unreadable', level: 'error', title: 'Unreadable: a', message: 'm', files: ['a'] },
      {
        kind: 'missing-library',
        level: 'warning',
        title: 'libfoo.so.1 missing',
        message: 'm',
        files: ['a', 'b']
      }
    ]
    const causes = without('CXXABI_1.3.8')
    const list = run({ ...findings, causes, notes })
    expect(list.filter(a => a.level === 'error')).toHaveLength(10)
    expect(titles(list, 'error')).toEqual([
      VERDICT,
      'Unreadable: a',
      ONE_PER_CAUSE[0],
      GROUPED_2_27,
      ...ONE_PER_CAUSE.slice(3, 9)
    ])
    expect(list.find(a => a.title === 'Unreadable: a')).toEqual({
      level: 'error',
      title: 'Unreadable: a',
      message: 'm',
      file: 'a'
    })
    expect(list.find(a => a.level === 'warning')).toEqual({
      level: 'warning',
      title: 'libfoo.so.1 missing',
      message: 'm'
    })
  })

  it('a note title is clipped at 100 characters too', () => {
    const long = 'N'.repeat(150)
    const notes: Findings['notes'] = [{ kind: 'k', level: 'warning', title: long, message: 'm', files: [] }]
    const list = run({ ...findings, notes })
    expect(titles(list, 'warning')).toEqual([`${'N'.repeat(99)}…`])
  })
})

describe('non-blocking causes are warnings, with their own budget', () => {
  it('kept apart from the errors', () => {
    const causes = findings.causes.map(c => (c.version === 'GLIBC_2.27' ? soft(c) : c))
    const list = run({ ...findings, causes })
    expect(titles(list, 'error')).toEqual([VERDICT, ONE_PER_CAUSE[0], ...ONE_PER_CAUSE.slice(3)])
    expect(titles(list, 'warning')).toEqual(ONE_PER_CAUSE.slice(1, 3))
  })

  it('in a dry run both share the warning budget: blocking ones first, the rest grouped into what is left', () => {
    const causes = findings.causes.map(c => (c.version === 'GLIBC_2.27' ? soft(c) : c))
    const list = run({ ...findings, causes }, { demoteErrors: true })
    expect(titles(list, 'error')).toEqual([])
    // 8 blocking causes in 10 - verdict - 1 kept for the others = 8 slots; the 2 others in the 1 left: grouped.
    expect(titles(list, 'warning')).toEqual([
      VERDICT,
      ONE_PER_CAUSE[0],
      ...ONE_PER_CAUSE.slice(3),
      GROUPED_2_27
    ])
  })

  it('in a dry run 9 blocking causes do not fit 8 slots when another cause is waiting', () => {
    const causes = findings.causes.map(c => (c.version === 'CXXABI_1.3.8' ? soft(c) : c))
    const list = run({ ...findings, causes }, { demoteErrors: true })
    expect(titles(list, 'warning')).toEqual([VERDICT, ...grouped])
  })

  it('in a dry run with nothing waiting, 9 blocking causes fit 9 slots', () => {
    const list = run({ ...findings, causes: without('CXXABI_1.3.8') }, { demoteErrors: true })
    expect(titles(list, 'warning')).toEqual([VERDICT, ...ONE_PER_CAUSE.slice(0, 9)])
    expect(titles(list, 'error')).toEqual([])
  })

  it('a dry run demotes error notes to warnings and leaves other levels alone', () => {
    const notes: Findings['notes'] = [
      { kind: 'unreadable', level: 'error', title: 'e', message: 'm', files: [] },
      { kind: 'k', level: 'notice', title: 'n', message: 'm', files: [] }
    ]
    const list = run({ ...findings, causes: [], notes }, { demoteErrors: true })
    expect(list.map(a => `${a.level} ${a.title}`)).toEqual(['warning ' + VERDICT, 'warning e', 'notice n'])
  })
})

describe('the verdict annotation', () => {
  const verdictOf = (r: AuditReport, demoteErrors = false): Annotation => {
    const list = annotations(r, { demoteErrors })
    const v = list.filter(a => a.verdict)
    expect(v).toHaveLength(1)
    return v[0]
  }

  it('pass: a notice, no fix, and it stays a notice in a dry run', () => {
    const r = audit([clean])
    const v = verdictOf(r)
    expect(v.level).toBe('notice')
    expect(v.title).toBe('glibc 2.17 floor holds')
    expect(v.message).toBe(buildFindings(r).verdict.headline)
    expect(verdictOf(r, true).level).toBe('notice')
  })

  it('incomplete (an unreadable file beside a clean one): an error, demoted in a dry run', () => {
    const r = audit([clean, cut])
    const v = verdictOf(r)
    expect(v).toMatchObject({ level: 'error', title: 'glibc 2.17 floor: incomplete' })
    expect(verdictOf(r, true).level).toBe('warning')
  })

  it('nothing audited: a warning', () => {
    const r = audit([defaultCompatHeader()!])
    expect(r.summary.audited).toBe(0)
    expect(verdictOf(r)).toMatchObject({ level: 'warning', title: 'glibc 2.17 floor: nothing audited' })
  })

  it('warn (late references that do not stop the binary loading): a warning', () => {
    const f = { ...findings, verdict: { ...findings.verdict, status: 'warn' as const } }
    expect(run(f).find(a => a.verdict)).toMatchObject({ level: 'warning', title: 'glibc 2.17 floor: warn' })
  })

  it('fail: names three distributions, and an ellipsis only when there are more', () => {
    const three = ['RHEL/CentOS 7', 'Amazon Linux 1, 2', 'Debian 9']
    const f = (fails: string[]) => ({ ...findings, causes: [], verdict: { ...findings.verdict, fails } })
    expect(run(f(three))[0].title).toBe(
      'glibc 2.17 floor: fails on RHEL/CentOS 7, Amazon Linux 1, 2, Debian 9'
    )
    expect(run(f([...three, 'Ubuntu 18.04']))[0].title).toBe(
      'glibc 2.17 floor: fails on RHEL/CentOS 7, Amazon Linux 1, 2, Debian 9, …'
    )
    expect(run(f(three))[0].message).toBe(
      `${findings.verdict.headline} How to fix (job summary): compat wrap, static libstdc++, rebuild on floor image.`
    )
    expect(run({ ...f(three), recipe: { ...findings.recipe, steps: [] } })[0].message).toBe(
      findings.verdict.headline
    )
  })
})
