// Sets what the loader reported on glibc 2.17 beside what the audit predicted for the same program, one row per
// (library, version). A row the audit predicted but the loader did not report, or the reverse, is worth a look:
// the first usually means the loader stopped at another object first, the second a gap in the audit.
import { basename, resolve } from 'node:path'
import type { AuditReport, FileReport } from '../audit/types.js'
import type { LoaderFailures } from './loader-errors.js'

export interface ComparisonRow {
  /** Library soname, e.g. libc.so.6 */
  library: string
  version: string
  predicted: boolean
  observed: boolean
  /** Symbols the audit attributes to this version (from its violations). */
  symbols: string[]
}

export interface Comparison {
  /** The audited file the comparison used, or null when the report has none for this binary. */
  file: string | null
  predictedLoads: boolean | null
  rows: ComparisonRow[]
  /** Missing versions required by other objects (the program's own shared libraries). */
  elsewhere: LoaderFailures['missingVersions']
  agrees: boolean
}

function findFile(report: AuditReport, binary: string): FileReport | null {
  const wanted = resolve(binary)
  const audited = report.files.filter(f => f.status === 'audited')
  return (
    audited.find(f => resolve(f.path) === wanted) ??
    audited.find(f => basename(f.path) === basename(binary)) ??
    (audited.length === 1 ? audited[0] : null)
  )
}

export function compareWithAudit(failures: LoaderFailures, report: AuditReport, binary: string): Comparison {
  const file = findFile(report, binary)
  const rows = new Map<string, ComparisonRow>()
  const row = (library: string, version: string): ComparisonRow => {
    const key = `${library}\u0000${version}`
    let r = rows.get(key)
    if (!r) rows.set(key, (r = { library, version, predicted: false, observed: false, symbols: [] }))
    return r
  }
  for (const v of file?.violations ?? []) {
    const r = row(basename(v.library), v.version)
    r.predicted = true
    if (v.symbol && !r.symbols.includes(v.symbol)) r.symbols.push(v.symbol)
  }
  const programName = basename(binary)
  const elsewhere: LoaderFailures['missingVersions'] = []
  for (const m of failures.missingVersions) {
    // The PT_INTERP fallback runs a copy, so compare by file name rather than path.
    if (m.requiredBy === null || basename(m.requiredBy) === programName)
      row(basename(m.library), m.version).observed = true
    else elsewhere.push(m)
  }
  const sorted = [...rows.values()].sort(
    (a, b) =>
      a.library.localeCompare(b.library) || a.version.localeCompare(b.version, undefined, { numeric: true })
  )
  return {
    file: file?.path ?? null,
    predictedLoads: file?.loadsOnFloor ?? null,
    rows: sorted,
    elsewhere,
    agrees: file !== null && sorted.every(r => r.predicted === r.observed)
  }
}
