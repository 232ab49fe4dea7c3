// Annotations from the findings model. GitHub shows at most 10 annotations of each level per step and drops
// the rest silently, so the budget is applied here: the verdict always survives, causes are grouped by version
// across files when they would not fit, and a last slot says how many more there are.
import type { AuditReport } from '../audit/types.js'
import { buildFindings, causeLabel, FIX_LABELS, type Cause, type Findings } from './findings.js'
import { plural } from './counts.js'

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  title: string
  message: string
  file?: string
  /** The overall verdict: never folded away. */
  verdict?: boolean
}

/** GitHub shows at most 10 annotations of each type per step. */
export const MAX_PER_LEVEL = 10

const MAX_SYMBOLS = 20
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

function where(files: string[]): string {
  return files.length === 1 ? files[0] : `${files.length} files`
}

function causeAnnotation(level: Annotation['level'], causes: Cause[]): Annotation {
  const version = causes[0].version
  // Only the count, or the one file, is shown: no order to keep.
  const files = [...new Set(causes.flatMap(c => c.files))]
  // Grouped by version: one label over the union of the symbols (expf in x86_64 and ppc64le files is one name).
  const unique = new Map(causes.flatMap(c => c.symbols).map(s => [s.symbol, s]))
  const merged = causeLabel([...unique.values()])
  const label = causes.length === 1 ? causes[0].label : merged.names.join(', ') + merged.rest
  const fixes = [...new Set(causes.map(c => c.fix.label + (c.fix.covered ? ' (in this kit)' : '')))].join(
    ', '
  )
  const symbols = [...unique.values()].filter(s => s.symbol !== null).map(s => s.demangled)
  const shown = symbols.slice(0, MAX_SYMBOLS).join(', ')
  const more =
    symbols.length > MAX_SYMBOLS ? `, … ${symbols.length - MAX_SYMBOLS} more in the job summary` : ''
  const stillNeeds = causes.some(c => c.fix.covered)
    ? ' As built, the binary still needs this version until it is rebuilt with the fix.'
    : ''
  return {
    level,
    title: clip(`${version}: ${label} in ${where(files)}`, 100),
    message: `Fix: ${fixes}.${stillNeeds} Symbols: ${shown}${more}.`,
    ...(files.length === 1 ? { file: files[0] } : {})
  }
}

/** Causes of one level, grouped by version (across fixes) when one row per (version, fix) would not fit. */
function causeAnnotations(level: Annotation['level'], causes: Cause[], room: number): Annotation[] {
  if (causes.length <= room) return causes.map(c => causeAnnotation(level, [c]))
  const byVersion = new Map<string, Cause[]>()
  for (const c of causes) byVersion.set(c.version, [...(byVersion.get(c.version) ?? []), c])
  return [...byVersion.values()].map(group => causeAnnotation(level, group))
}

function verdictAnnotation(f: Findings, demote: boolean): Annotation {
  const v = f.verdict
  const level: Annotation['level'] =
    v.status === 'pass' ? 'notice' : v.status === 'fail' || v.status === 'incomplete' ? 'error' : 'warning'
  const title =
    v.status === 'pass'
      ? `glibc ${f.floor} floor holds`
      : v.status === 'fail'
        ? `glibc ${f.floor} floor: fails on ${v.fails.slice(0, 3).join(', ')}${v.fails.length > 3 ? ', …' : ''}`
        : v.status === 'none'
          ? `glibc ${f.floor} floor: nothing audited`
          : `glibc ${f.floor} floor: ${v.status}`
  const fix =
    f.recipe.steps.length > 0
      ? ` How to fix (job summary): ${f.recipe.steps.map(s => FIX_LABELS[s.kind]).join(', ')}.`
      : ''
  return {
    level: demote && level === 'error' ? 'warning' : level,
    title,
    message: v.headline + fix,
    verdict: true
  }
}

/** Applies GitHub's per-level limit: the verdict stays, the overflow folds into one "N more" annotation. */
export function budget(
  list: Annotation[],
  reserved: Partial<Record<Annotation['level'], number>> = {}
): Annotation[] {
  const out: Annotation[] = []
  for (const level of ['error', 'warning', 'notice'] as const) {
    const mine = list.filter(a => a.level === level)
    const max = MAX_PER_LEVEL - (reserved[level] ?? 0)
    if (mine.length <= max) {
      out.push(...mine)
      continue
    }
    const verdicts = mine.filter(a => a.verdict)
    const rest = mine.filter(a => !a.verdict)
    const keep = rest.slice(0, max - verdicts.length - 1)
    const folded = rest.length - keep.length
    out.push(...verdicts, ...keep, {
      level,
      title: `${folded} more ${level}s`,
      message: `${plural(folded, 'more finding')} of this level: the job summary and the JSON report list them all.`
    })
  }
  return out
}

export interface AnnotationOptions {
  /** A dry run shows what would fail as warnings. */
  demoteErrors?: boolean
  findings?: Findings
  /** Annotations of the caller (e.g. the action's "tolerated" note) that share the budget. */
  extra?: Annotation[]
  /**
   * Error slots the caller fills itself: a failing step's core.setFailed line is an error annotation too, and
   * GitHub drops what comes after the tenth.
   */
  reservedErrors?: number
}

export function annotations(report: AuditReport, opts: AnnotationOptions = {}): Annotation[] {
  const f = opts.findings ?? buildFindings(report)
  const demote = opts.demoteErrors ?? false
  const verdict = verdictAnnotation(f, demote)
  const extra = opts.extra ?? []
  const notes: Annotation[] = f.notes.map(n => ({
    level: demote && n.level === 'error' ? 'warning' : n.level,
    title: clip(n.title, 100),
    message: n.message,
    ...(n.files.length === 1 ? { file: n.files[0] } : {})
  }))
  const reserved = { error: opts.reservedErrors ?? 0 }
  const used = (level: Annotation['level']): number =>
    [verdict, ...notes, ...extra].filter(a => a.level === level).length +
    (level === 'error' ? reserved.error : 0)
  const errLevel = demote ? 'warning' : 'error'
  const blocking = f.causes.filter(c => c.blocking)
  const soft = f.causes.filter(c => !c.blocking)
  const causeList = [
    ...causeAnnotations(
      errLevel,
      blocking,
      MAX_PER_LEVEL - used(errLevel) - (demote ? (soft.length > 0 ? 1 : 0) : 0)
    ),
    ...causeAnnotations('warning', soft, MAX_PER_LEVEL - used('warning') - (demote ? blocking.length : 0))
  ]
  return budget([verdict, ...notes, ...causeList, ...extra], reserved)
}
