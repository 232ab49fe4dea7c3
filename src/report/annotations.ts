import type { AuditReport } from '../audit/types.js'
import { versionOrder } from '../audit/version.js'

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  title: string
  message: string
  file?: string
}

/** GitHub shows at most 10 annotations of each type per step. */
export const MAX_PER_LEVEL = 10

/**
 * One error per (file, late version), with the symbols in the message; when there are more groups than
 * GitHub shows, the last slot says how many were folded, so nothing disappears silently.
 */
export function annotations(report: AuditReport, opts: { demoteErrors?: boolean } = {}): Annotation[] {
  const warnings: Annotation[] = []
  // A dry run shows what would fail as warnings; they are folded with the other warnings to stay within 10.
  const errors: Annotation[] = opts.demoteErrors ? warnings : []
  for (const f of report.files) {
    if (f.status === 'error')
      warnings.push({ level: 'warning', title: `Unreadable ELF: ${f.path}`, message: f.reason, file: f.path })
    const byVersion = new Map<string, string[]>()
    for (const v of f.violations ?? []) {
      const list = byVersion.get(v.version) ?? []
      list.push(`${v.symbol ?? '(no symbol)'}${v.wrapped ? ' (✓ wrapped)' : ' (✗ not wrapped)'}`)
      byVersion.set(v.version, list)
    }
    for (const [version, syms] of [...byVersion].sort(([a], [b]) => versionOrder(b, a))) {
      const shown = syms.slice(0, 20).join(', ') + (syms.length > 20 ? `, … ${syms.length - 20} more` : '')
      const item: Annotation = {
        level: f.loadsOnFloor || opts.demoteErrors ? 'warning' : 'error',
        title: `${f.path} needs ${version} (floor glibc ${report.floor.glibc})`,
        message: `${syms.length} symbol(s): ${shown}`,
        file: f.path
      }
      ;(item.level === 'error' ? errors : warnings).push(item)
    }
  }
  const fold = (list: Annotation[], level: Annotation['level']): Annotation[] => {
    if (list.length <= MAX_PER_LEVEL) return list
    const rest = list.length - (MAX_PER_LEVEL - 1)
    return [
      ...list.slice(0, MAX_PER_LEVEL - 1),
      {
        level,
        title: `${rest} more late-version groups`,
        message: `${rest} more (file, version) groups are listed in the job summary and the JSON report.`
      }
    ]
  }
  const out =
    errors === warnings ? fold(warnings, 'warning') : [...fold(errors, 'error'), ...fold(warnings, 'warning')]
  const s = report.summary
  if (s.audited > 0 && s.violations === 0)
    out.push({
      level: 'notice',
      title: `glibc ${report.floor.glibc} floor holds`,
      message: `${s.audited} file(s) audited; highest GLIBC required ${s.maxVersions.GLIBC ?? 'none'}; loads on ${s.distros
        .filter(d => d.loads)
        .map(d => d.name)
        .join(', ')}.`
    })
  return out
}
