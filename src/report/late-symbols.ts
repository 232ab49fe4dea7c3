import type { AuditReport, Remedy, Violation } from '../audit/types.js'
import { byCodeUnit, versionOrder } from '../audit/version.js'

/** What every row about late symbols says: where the version comes from, its coverage and its remedy. */
interface LateFacts {
  version: string
  library: string
  wrapped: boolean
  pinned: boolean
  remedy: Remedy
  files: string[]
}

/** One late (symbol, version) pair across all files: the unit the fallback report and annotations speak of. */
export interface LateSymbol extends LateFacts {
  symbol: string | null
}

/** The Wrapped column: ✓ for a __wrap_, and a pointer to the pins header where that is what covers it. */
export function coverageText(v: { wrapped: boolean; pinned: boolean }): string {
  return v.wrapped ? '✓ yes' : v.pinned ? '✗ NO (pinned by the pins header)' : '✗ NO'
}

export function lateSymbols(report: AuditReport): LateSymbol[] {
  const byKey = new Map<string, LateSymbol>()
  for (const f of report.files) {
    for (const v of f.violations ?? []) {
      const key = `${v.symbol ?? ''}@${v.version}`
      const cur = byKey.get(key)
      if (cur) {
        if (!cur.files.includes(f.path)) cur.files.push(f.path)
      } else
        byKey.set(key, {
          symbol: v.symbol,
          version: v.version,
          library: v.library,
          wrapped: v.wrapped,
          pinned: v.pinned,
          remedy: v.remedy,
          files: [f.path]
        })
    }
  }
  return [...byKey.values()]
}

/**
 * A row of a violations table. Symbols the data knows get a row each; the rest (typically dozens of mangled
 * libstdc++ names sharing one remedy) fold into one row per version, so the table stays readable.
 */
export interface ViolationRow extends LateFacts {
  label: string
  symbols: string[]
}

export function violationRows(items: (Violation | LateSymbol)[]): ViolationRow[] {
  const rows: ViolationRow[] = []
  const folded = new Map<string, ViolationRow>()
  for (const v of items) {
    const files = 'files' in v ? v.files : []
    if (v.remedy.scope === 'symbol' || v.symbol === null || v.wrapped || v.pinned) {
      rows.push({
        label: v.symbol ?? '(no symbol)',
        symbols: v.symbol ? [v.symbol] : [],
        version: v.version,
        library: v.library,
        wrapped: v.wrapped,
        pinned: v.pinned,
        remedy: v.remedy,
        files
      })
      continue
    }
    const key = `${v.version}\0${v.library}`
    const row = folded.get(key)
    if (row) {
      row.symbols.push(v.symbol)
      for (const f of files) if (!row.files.includes(f)) row.files.push(f)
    } else {
      const r: ViolationRow = {
        label: '',
        symbols: [v.symbol],
        version: v.version,
        library: v.library,
        wrapped: false,
        pinned: false,
        remedy: v.remedy,
        files: [...files]
      }
      folded.set(key, r)
      rows.push(r)
    }
  }
  for (const r of folded.values())
    r.label = r.symbols.length === 1 ? r.symbols[0] : `${r.symbols.length} symbols, e.g. ${r.symbols[0]}`
  return rows.sort((a, b) => versionOrder(b.version, a.version) || byCodeUnit(a.label, b.label))
}

/** Remedy notes are long: tables show the kind and a numbered note listed once below them. */
export class RemedyNotes {
  private readonly notes: string[] = []
  ref(r: Remedy): string {
    let i = this.notes.indexOf(r.note)
    if (i < 0) i = this.notes.push(r.note) - 1
    return `${r.kind}${r.pinTo ? ` → ${r.pinTo}` : ''} [${i + 1}]`
  }
  list(): string[] {
    return this.notes.map((n, i) => `[${i + 1}] ${n}`)
  }
}

export function ceilingsText(report: AuditReport): string {
  return Object.entries(report.floor.ceilings)
    .map(([ns, v]) => `${ns} ≤ ${v}`)
    .join(', ')
}

/** Aggregate count-per-version table over audited files. */
export function totalCounts(report: AuditReport): [string, number][] {
  const total = new Map<string, number>()
  for (const f of report.files)
    for (const [v, n] of Object.entries(f.versionCounts ?? {})) total.set(v, (total.get(v) ?? 0) + n)
  return [...total].sort(([a], [b]) => versionOrder(a, b))
}
