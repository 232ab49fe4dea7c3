// The step's verdict (src/action/verdict.ts) on real audit reports of real ELF files: exact counts of failing,
// fresh and tolerated references under each fail-on, with and without a baseline, unreadable files failing
// every gate, and the sentence the summary shows. A wrong sign or a dropped condition here passes a release
// that does not load on the floor, or fails one that does.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { auditPaths, type AuditReport } from '../src/audit/index.js'
import { defaultCompatHeader } from '../src/audit/wrapped.js'
import { baselineFromReport, type Baseline } from '../src/action/baseline.js'
import { countedOnly, decide } from '../src/action/verdict.js'
import { buildElves, sh, type BuiltElves } from './helpers/release-assets.js'

let elves: BuiltElves
/** Host gcc: __libc_start_main, pthread_create and pthread_join, all @GLIBC_2.34 (unwrapped). */
let threads: string
/** ELF magic and class, then cut inside its header tables: unreadable. */
let cut: string
/** The same bytes again under another name: a second unreadable file. */
let cut2: string

beforeAll(() => {
  const tmp = mkdtempSync(join(tmpdir(), 'action-verdict-'))
  elves = buildElves(join(tmp, 'elves'))
  writeFileSync(
    join(tmp, 'threads.c'),
    '#include <pthread.h>\nstatic void *f(void *a){return a;}\n' +
      'int main(void){pthread_t t; if (pthread_create(&t, 0, f, 0)) return 1; return pthread_join(t, 0);}\n'
  )
  threads = join(tmp, 'threads')
  sh('gcc', ['-O1', '-o', threads, join(tmp, 'threads.c')])
  cut = join(tmp, 'cut')
  writeFileSync(cut, readFileSync(elves.late).subarray(0, 1000))
  cut2 = join(tmp, 'cut2')
  writeFileSync(cut2, readFileSync(cut))
})

const audit = (...paths: string[]): AuditReport =>
  auditPaths(paths, { floor: '2.17', compatHeader: defaultCompatHeader() })
const keys = (r: AuditReport): string[] =>
  r.files.flatMap(f =>
    (f.violations ?? []).map(v => `${v.symbol}@${v.version}${v.wrapped ? ' (wrapped)' : ''}`)
  )
const baselineOf = (...paths: string[]): Baseline => baselineFromReport(audit(...paths), 'release v1.0.0')

const WRAP_TEXT =
  'covered by __wrap_ functions — as built, the binaries still need those versions and do not load on the floor ' +
  'until linked with the compat layer (`glibc-floor wrap-flags`)'

describe('the files themselves', () => {
  it('are what the cases below assume', () => {
    expect(keys(audit(elves.clean))).toEqual([])
    expect(keys(audit(elves.late))).toEqual(['__libc_start_main@GLIBC_2.34'])
    expect(keys(audit(elves.wrappedOnly))).toEqual(['getrandom@GLIBC_2.25 (wrapped)'])
    expect(keys(audit(threads)).sort()).toEqual([
      '__libc_start_main@GLIBC_2.34',
      'pthread_create@GLIBC_2.34',
      'pthread_join@GLIBC_2.34'
    ])
    const r = audit(cut)
    expect(r.summary.errors).toBe(1)
    expect(r.files.map(f => f.status)).toEqual(['error'])
  })
})

describe('without a baseline', () => {
  it('a clean file passes under every fail-on, with nothing to explain', () => {
    for (const failOn of ['violation', 'unwrapped', 'never'] as const) {
      const d = decide(audit(elves.clean), failOn)
      expect(d).toMatchObject({ verdict: 'pass', failStep: false, failing: 0, fresh: 0, tolerated: 0 })
      expect(d.toleratedText).toBe('')
      expect(d.unreadable).toBe(0)
      expect(d.explanation).toBeUndefined()
    }
  })

  it('fail-on: violation fails the step on every late reference, the report says why by itself', () => {
    const d = decide(audit(elves.late, threads), 'violation')
    expect(d).toMatchObject({
      verdict: 'fail',
      failStep: true,
      failing: 4,
      fresh: 4,
      tolerated: 0,
      unreadable: 0
    })
    expect(d.toleratedText).toBe('')
    expect(d.explanation).toBeUndefined()
  })

  it('fail-on: violation counts a wrapped reference too', () => {
    const d = decide(audit(elves.wrappedOnly), 'violation')
    expect(d).toMatchObject({ verdict: 'fail', failStep: true, failing: 1, fresh: 1, tolerated: 0 })
    expect(d.explanation).toBeUndefined()
  })

  it('fail-on: never is a dry run: the verdict is fail, the step is not, and the sentence says so', () => {
    const d = decide(audit(elves.late, threads), 'never')
    expect(d).toMatchObject({ verdict: 'fail', failStep: false, failing: 4, fresh: 4, tolerated: 0 })
    expect(d.explanation).toBe(
      '⚠️ **Dry run** (fail-on: never): the step would fail — 4 late symbol references.'
    )
  })

  it('fail-on: unwrapped tolerates exactly the wrapped reference and fails on the other', () => {
    const r = audit(elves.wrappedOnly, elves.late)
    const d = decide(r, 'unwrapped')
    expect(d).toMatchObject({ verdict: 'fail', failStep: true, failing: 1, fresh: 2, tolerated: 1 })
    expect(d.toleratedText).toBe(`1 reference ${WRAP_TEXT}`)
    expect(d.explanation).toBe(
      '❌ **Step fails**: 1 late symbol reference not covered by a __wrap_ in the compat header.'
    )
    const all = r.files.flatMap(f => f.violations ?? [])
    expect(all.map(v => [v.symbol, d.counts(v)])).toEqual([
      ['getrandom', false],
      ['__libc_start_main', true]
    ])
  })

  it('fail-on: unwrapped passes a file whose only late reference is wrapped, and explains why', () => {
    const d = decide(audit(elves.wrappedOnly), 'unwrapped')
    expect(d).toMatchObject({ verdict: 'pass', failStep: false, failing: 0, fresh: 1, tolerated: 1 })
    expect(d.explanation).toBe(`✅ **Step passes** (fail-on: unwrapped): 1 reference ${WRAP_TEXT}.`)
  })
})

describe('unreadable files fail every gate but never', () => {
  it.each([
    ['violation', true, undefined],
    ['unwrapped', true, '❌ **Step fails**: 1 file could not be read.'],
    ['never', false, '⚠️ **Dry run** (fail-on: never): the step would fail — 1 file could not be read.']
  ] as const)('fail-on: %s', (failOn, failStep, explanation) => {
    const d = decide(audit(cut), failOn)
    expect(d).toMatchObject({ verdict: 'fail', failStep, failing: 0, fresh: 0, tolerated: 0, unreadable: 1 })
    expect(d.explanation).toBe(explanation)
  })

  it('with a baseline that holds nothing new', () => {
    const d = decide(audit(cut, elves.clean), 'violation', baselineOf(elves.late))
    expect(d).toMatchObject({ verdict: 'fail', failStep: true, failing: 0, unreadable: 1 })
    expect(d.explanation).toBe('❌ **Step fails**: 1 file could not be read.')
  })

  it('next to a late reference, both reasons are given', () => {
    const d = decide(audit(cut, cut2, elves.late), 'never')
    expect(d).toMatchObject({ verdict: 'fail', failStep: false, failing: 1, unreadable: 2 })
    expect(d.explanation).toBe(
      '⚠️ **Dry run** (fail-on: never): the step would fail — 1 late symbol reference; 2 files could not be read.'
    )
  })
})

describe('with a baseline', () => {
  it('a new symbol under a version the baseline already needs is new: (symbol, version), not version alone', () => {
    const baseline = baselineOf(elves.late)
    const r = audit(threads)
    const d = decide(r, 'violation', baseline)
    expect(d).toMatchObject({ verdict: 'fail', failStep: true, failing: 2, fresh: 2, tolerated: 1 })
    expect(d.toleratedText).toBe('1 reference already in the baseline (release v1.0.0)')
    expect(d.explanation).toBe(
      '❌ **Step fails**: 2 late symbol references new since the baseline (release v1.0.0).'
    )
    const counted = r.files.flatMap(f => f.violations ?? []).filter(d.counts)
    expect(counted.map(v => v.symbol).sort()).toEqual(['pthread_create', 'pthread_join'])
  })

  it('everything already in the baseline passes, and the sentence says so', () => {
    const d = decide(audit(elves.late), 'violation', baselineOf(threads))
    expect(d).toMatchObject({ verdict: 'pass', failStep: false, failing: 0, fresh: 0, tolerated: 1 })
    expect(d.explanation).toBe(
      '✅ **Step passes** (fail-on: violation, with baseline): 1 reference already in the baseline (release v1.0.0).'
    )
  })

  it('an empty baseline tolerates nothing', () => {
    const d = decide(audit(elves.late), 'violation', baselineOf(elves.clean))
    expect(d).toMatchObject({ verdict: 'fail', failStep: true, failing: 1, fresh: 1, tolerated: 0 })
    expect(d.toleratedText).toBe('')
    expect(d.explanation).toBe(
      '❌ **Step fails**: 1 late symbol reference new since the baseline (release v1.0.0).'
    )
  })

  it('baseline and fail-on: unwrapped together: each tolerated reference is counted once, under its reason', () => {
    // Baseline: __libc_start_main. New: pthread_create, pthread_join (unwrapped), getrandom (wrapped).
    const d = decide(audit(threads, elves.wrappedOnly), 'unwrapped', baselineOf(elves.late))
    expect(d).toMatchObject({ verdict: 'fail', failStep: true, failing: 2, fresh: 3, tolerated: 2 })
    expect(d.toleratedText).toBe(
      `1 reference already in the baseline (release v1.0.0); 1 reference ${WRAP_TEXT}`
    )
    expect(d.explanation).toBe(
      '❌ **Step fails**: 2 late symbol references new since the baseline (release v1.0.0) not covered by a ' +
        '__wrap_ in the compat header.'
    )
  })

  it('a wrapped reference already in the baseline is tolerated as a baseline one, and the step passes', () => {
    const d = decide(
      audit(elves.late, elves.wrappedOnly),
      'unwrapped',
      baselineOf(elves.late, elves.wrappedOnly)
    )
    expect(d).toMatchObject({ verdict: 'pass', failStep: false, failing: 0, fresh: 0, tolerated: 2 })
    expect(d.explanation).toBe(
      '✅ **Step passes** (fail-on: unwrapped, with baseline): 2 references already in the baseline (release v1.0.0).'
    )
  })
})

describe('countedOnly', () => {
  it('keeps exactly the violations that count and leaves files without a violation list as they were', () => {
    const r = audit(elves.wrappedOnly, threads, cut, elves.clean)
    const d = decide(r, 'unwrapped', baselineOf(elves.late))
    const c = countedOnly(r, d.counts)
    expect(c.summary).toBe(r.summary)
    expect(c.files).toHaveLength(4)
    expect(c.files.map(f => (f.violations ?? []).map(v => v.symbol).sort())).toEqual([
      [],
      ['pthread_create', 'pthread_join'],
      [],
      []
    ])
    const error = r.files.find(f => f.status === 'error')
    expect(error?.violations).toBeUndefined()
    expect(c.files).toContain(error)
    // The input report is not modified.
    expect(keys(r)).toHaveLength(4)
  })
})
