// Turns an audit report into the step's verdict under `fail-on` and an optional baseline.
import type { AuditReport, Violation } from '../audit/index.js'
import { violationKey, type Baseline } from './baseline.js'
import type { FailOn } from './inputs.js'
import { plural } from '../report/counts.js'

export interface Decision {
  verdict: 'pass' | 'fail'
  /** The step fails (verdict fail and fail-on is not `never`). */
  failStep: boolean
  /** Late references that count against the step (after baseline and fail-on). */
  failing: number
  /** Late references not in the baseline (all of them without a baseline). */
  fresh: number
  /** Late references the verdict ignores: already in the baseline, or wrapped under fail-on: unwrapped. */
  tolerated: number
  /** Why they are tolerated, e.g. "2 already in the baseline (release v1.0.0); 1 wrapped by the compat header". */
  toleratedText: string
  unreadable: number
  /** Does this violation count against the step? */
  counts: (v: Violation) => boolean
  /** One markdown sentence when the step's verdict needs explaining beyond the report's own verdict line. */
  explanation?: string
}

export function decide(report: AuditReport, failOn: FailOn, baseline?: Baseline): Decision {
  const isNew = (v: Violation): boolean => !baseline || !baseline.keys.has(violationKey(v))
  const counts = (v: Violation): boolean => isNew(v) && (failOn !== 'unwrapped' || !v.wrapped)
  const all = report.files.flatMap(f => (f.status === 'audited' ? (f.violations ?? []) : []))
  const failing = all.filter(counts).length
  const fresh = all.filter(isNew).length
  const unreadable = report.summary.errors
  // A file that looks like ELF but cannot be parsed might need anything: it cannot pass a gate.
  const verdict = failing > 0 || unreadable > 0 ? 'fail' : 'pass'

  const parts: string[] = []
  if (failing > 0) {
    let what = plural(failing, 'late symbol reference')
    if (baseline) what += ` new since the baseline (${baseline.label})`
    if (failOn === 'unwrapped') what += ' not covered by a __wrap_ in the compat header'
    parts.push(what)
  }
  if (unreadable > 0) parts.push(`${plural(unreadable, 'file')} could not be read`)

  let explanation: string | undefined
  const tolerated = all.length - failing
  const inBaseline = all.length - fresh
  const wrappedOk = fresh - failing
  const why: string[] = []
  if (inBaseline > 0)
    why.push(`${plural(inBaseline, 'reference')} already in the baseline (${baseline!.label})`)
  if (wrappedOk > 0)
    why.push(
      `${plural(wrappedOk, 'reference')} covered by __wrap_ functions — as built, the binaries still need those ` +
        'versions and do not load on the floor until linked with the compat layer (`glibc-floor wrap-flags`)'
    )
  const toleratedText = why.join('; ')
  if (failOn === 'never' && verdict === 'fail') {
    explanation = `⚠️ **Dry run** (fail-on: never): the step would fail — ${parts.join('; ')}.`
  } else if (verdict === 'fail' && (baseline || failOn === 'unwrapped')) {
    explanation = `❌ **Step fails**: ${parts.join('; ')}.`
  } else if (verdict === 'pass' && tolerated > 0) {
    explanation = `✅ **Step passes** (fail-on: ${failOn}${baseline ? ', with baseline' : ''}): ${toleratedText}.`
  }
  return {
    verdict,
    failStep: verdict === 'fail' && failOn !== 'never',
    failing,
    fresh,
    tolerated,
    toleratedText,
    unreadable,
    counts,
    explanation
  }
}

/** The report with only the violations that count, for error annotations. Summary is left as it was. */
export function countedOnly(report: AuditReport, counts: (v: Violation) => boolean): AuditReport {
  return {
    ...report,
    files: report.files.map(f => (f.violations ? { ...f, violations: f.violations.filter(counts) } : f))
  }
}
