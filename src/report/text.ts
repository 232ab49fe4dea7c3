import type { AuditReport, FileReport } from '../audit/types.js'
import {
  ceilingsText,
  coverageText,
  lateSymbols,
  RemedyNotes,
  totalCounts,
  violationRows
} from './late-symbols.js'

export interface TextOptions {
  /** Add the fallback report: every late symbol, whether the compat layer wraps it, and the flags to use. */
  fallbackReport?: boolean
  /** Limit on violation rows per file (the JSON report has all of them). */
  maxRows?: number
}

function table(rows: string[][], indent = '  '): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map(r => [...(r[i] ?? '')].length)))
  return rows.map(
    r =>
      indent +
      r
        .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd()
  )
}

function fileHeader(f: FileReport): string {
  if (f.status !== 'audited') return `${f.path}: ${f.status} — ${f.reason}`
  const facts = [f.machine, `ELF${f.class} ${f.endian}-endian`, f.libc]
  if (f.minKernel) facts.push(`min kernel ${f.minKernel}`)
  return `${f.path} (${facts.join(', ')})`
}

/** One file's part of the text report: header, verdict, count table, violations with remedies. */
export function renderFileText(f: FileReport, report: AuditReport, maxRows = 200): string {
  return fileSection(f, report, maxRows).join('\n') + '\n'
}

function fileSection(f: FileReport, report: AuditReport, maxRows: number): string[] {
  const out = [fileHeader(f)]
  if (f.status !== 'audited') return out
  out.push(`  ${f.loadsOnFloor ? '✓' : '✗'} ${f.reason}`, '')
  const late = new Set((f.violations ?? []).map(v => v.version))
  const counts = Object.entries(f.versionCounts ?? {})
  if (counts.length > 0) {
    out.push(
      ...table([
        ['Version', 'Symbols', ''],
        ...counts.map(([v, n]) => [v, String(n), late.has(v) ? '✗ above floor' : ''])
      ])
    )
    out.push('')
  }
  const vs = f.violations ?? []
  if (vs.length > 0) {
    out.push(`  Violations (${vs.length}) against glibc ${report.floor.glibc}:`)
    const all = violationRows(vs)
    const notes = new RemedyNotes()
    const rows = all
      .slice(0, maxRows)
      .map(r => [r.label, r.version, r.library, coverageText(r), notes.ref(r.remedy)])
    out.push(...table([['Symbol', 'Version', 'Library', 'Wrapped', 'Remedy'], ...rows], '    '))
    if (all.length > maxRows)
      out.push(`    … ${all.length - maxRows} more rows not shown (see --format json)`)
    const weak = vs.filter(v => v.weakBinding).map(v => v.symbol)
    if (weak.length > 0)
      out.push(`    Weak references (the loader still requires their version): ${weak.join(', ')}`)
    out.push('', '  Remedies:', ...notes.list().map(n => `    ${n}`), '')
  }
  return out
}

function distroSection(report: AuditReport): string[] {
  if (report.summary.audited === 0) return []
  const rows = report.summary.distros.map(d => [
    d.name,
    `glibc ${d.glibc}`,
    d.loads ? '✓ loads' : '✗ fails',
    [
      d.missing.length > 0 ? `needs ${d.missing.join(', ')}` : '',
      d.unsupportedArches.length > 0 ? `no ${d.unsupportedArches.join('/')} edition` : ''
    ]
      .filter(Boolean)
      .join('; ')
  ])
  return ['Distro matrix (every audited file):', ...table(rows), '']
}

function fallbackSection(report: AuditReport): string[] {
  const late = lateSymbols(report).filter(l => l.symbol !== null)
  if (late.length === 0) return ['Fallback report: no late symbols.', '']
  const wrapped = late.filter(l => l.wrapped)
  const out = [
    `Fallback report: ${wrapped.length} of ${late.length} late symbols are wrapped by the compat header.`
  ]
  const rows = violationRows(late).map(r => [r.label, r.version, coverageText(r), r.remedy.kind])
  out.push(...table([['Symbol', 'Version', 'Wrapped', 'Remedy'], ...rows]))
  if (wrapped.length > 0)
    out.push('', `  Link with: ${[...new Set(wrapped.map(l => `-Wl,--wrap=${l.symbol}`))].join(' ')}`)
  out.push('')
  return out
}

export function renderText(report: AuditReport, opts: TextOptions = {}): string {
  const s = report.summary
  const out = [
    `glibc-floor ${report.tool.version}: floor glibc ${report.floor.glibc} (${ceilingsText(report)})`,
    ''
  ]
  for (const f of report.files) out.push(...fileSection(f, report, opts.maxRows ?? 200))
  if (report.files.length > 1 && s.audited > 0) {
    out.push('Symbols per version, all audited files:')
    out.push(...table([['Version', 'Symbols'], ...totalCounts(report).map(([v, n]) => [v, String(n)])]), '')
  }
  out.push(...distroSection(report))
  if (opts.fallbackReport) out.push(...fallbackSection(report))
  const verdict =
    s.audited === 0
      ? `No ELF file audited (${s.skipped} skipped, ${s.errors} errors).`
      : s.loadsOnFloor && s.violations === 0
        ? `PASS: ${s.audited} file(s) load on glibc ${report.floor.glibc}.`
        : `FAIL: ${s.violations} late symbol reference(s), ${s.unwrapped} not wrapped, in ${s.audited} audited file(s).`
  const passed = s.passedOver.nonElf + s.passedOver.symlinks
  out.push(
    verdict +
      (s.errors > 0 ? ` ${s.errors} file(s) could not be read.` : '') +
      (passed > 0
        ? ` (Passed over: ${s.passedOver.nonElf} non-ELF file(s), ${s.passedOver.symlinks} symbolic link(s).)`
        : '')
  )
  return out.join('\n') + '\n'
}
