import type { AuditReport } from '../audit/types.js'
import { versionOrder } from '../audit/version.js'

/** Undefined dynamic symbols per version over every audited file, oldest version first. */
export function totalCounts(report: AuditReport): [string, number][] {
  const total = new Map<string, number>()
  for (const f of report.files)
    for (const [v, n] of Object.entries(f.versionCounts ?? {})) total.set(v, (total.get(v) ?? 0) + n)
  return [...total].sort(([a], [b]) => versionOrder(a, b))
}

/** "GLIBC ≤ 2.17, GLIBCXX ≤ 3.4.19, ..." */
export function ceilingsText(ceilings: Record<string, string>): string {
  return Object.entries(ceilings)
    .map(([ns, v]) => `${ns} ≤ ${v}`)
    .join(', ')
}

/** "1 file", "3 files": every report format counts things the same way. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`
