import type { AuditReport } from '../audit/types.js'
import {
  ceilingsText,
  coverageText,
  lateSymbols,
  RemedyNotes,
  totalCounts,
  violationRows
} from './late-symbols.js'

/** GitHub caps a step summary at 1 MiB; stay well inside it so other steps still have room. */
export const SUMMARY_LIMIT = 1024 * 1024

export interface MarkdownOptions {
  maxBytes?: number
  /** Extra lines after the verdict (e.g. what the action downloaded). */
  context?: string[]
  /** Replaces the report's own verdict line when a policy (fail-on, a baseline) decides differently. */
  verdict?: string
}

const esc = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

function mdTable(head: string[], rows: string[][]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map(r => `| ${r.map(esc).join(' | ')} |`)
  ]
}

/** Keeps adding rows while they fit; the last line says how many did not. */
class Budget {
  private used = 0
  constructor(private readonly max: number) {}
  fits(text: string): boolean {
    const n = Buffer.byteLength(text) + 1
    if (this.used + n > this.max) return false
    this.used += n
    return true
  }
  /** Header lines are reserved unconditionally: they are small and the summary is useless without them. */
  take(text: string): void {
    this.used += Buffer.byteLength(text) + 1
  }
}

function capped(b: Budget, head: string[], rows: string[][], noun: string): string[] {
  const lines = mdTable(head, [])
  lines.forEach(l => b.take(l))
  let shown = 0
  for (const r of rows) {
    const line = `| ${r.map(esc).join(' | ')} |`
    if (!b.fits(line + '\n\n_999999 more ' + noun + ' not shown (see the JSON report)._')) break
    lines.push(line)
    shown++
  }
  if (shown < rows.length)
    lines.push('', `_${rows.length - shown} more ${noun} not shown (see the JSON report)._`)
  return lines
}

export function verdictLine(report: AuditReport): string {
  const s = report.summary
  const floor = `glibc ${report.floor.glibc}`
  if (s.audited === 0)
    return `⚪ **No ELF file audited** against ${floor} (${s.skipped} skipped, ${s.errors} unreadable).`
  if (s.violations === 0 && s.errors === 0)
    return `✅ **PASS**: ${s.audited} file(s) load on ${floor} — highest GLIBC required: ${s.maxVersions.GLIBC ?? 'none'}.`
  if (s.violations === 0)
    return `⚠️ **INCOMPLETE**: ${s.audited} file(s) pass, ${s.errors} could not be read.`
  return `❌ **FAIL**: ${s.violations} late symbol reference(s) above ${floor}, ${s.unwrapped} not wrapped, highest GLIBC required ${s.maxVersions.GLIBC ?? '?'}.`
}

export function renderMarkdown(report: AuditReport, opts: MarkdownOptions = {}): string {
  const b = new Budget((opts.maxBytes ?? SUMMARY_LIMIT) - 512)
  const out: string[] = []
  const add = (...lines: string[]): void => {
    lines.forEach(l => b.take(l))
    out.push(...lines)
  }
  add(
    '## glibc floor audit',
    '',
    opts.verdict ?? verdictLine(report),
    '',
    `Floor: ${ceilingsText(report)}`,
    ...(opts.context ?? []),
    ''
  )

  const late = lateSymbols(report)
  if (late.length > 0) {
    const notes = new RemedyNotes()
    add('### Late symbols', '')
    out.push(
      ...capped(
        b,
        ['Symbol', 'Version', 'Library', 'Wrapped', 'Remedy', 'Files'],
        violationRows(late).map(r => [
          r.symbols.length === 1 ? `\`${r.label}\`` : r.label,
          r.version,
          r.library,
          coverageText(r),
          notes.ref(r.remedy),
          r.files.length === 1 ? r.files[0] : `${r.files.length} files`
        ]),
        'late symbols'
      ),
      ''
    )
    for (const n of notes.list()) if (b.fits(n)) out.push(`${n}  `)
    out.push('')
  }
  if (report.summary.audited > 0) {
    const lateVersions = new Set(late.map(l => l.version))
    add('### Symbols per version', '')
    out.push(
      ...capped(
        b,
        ['Version', 'Symbols', ''],
        totalCounts(report).map(([v, n]) => [v, String(n), lateVersions.has(v) ? '❌ above floor' : '']),
        'versions'
      ),
      ''
    )
    add('### Distro matrix', '')
    out.push(
      ...capped(
        b,
        ['Distro', 'glibc', 'Loads', 'Missing'],
        report.summary.distros.map(d => [
          d.name,
          d.glibc,
          d.loads ? '✅' : '❌',
          [...d.missing, ...d.unsupportedArches.map(a => `no ${a} edition`)].join(', ')
        ]),
        'distros'
      ),
      ''
    )
  }
  if (report.files.length > 1) {
    add('### Files', '')
    out.push(
      ...capped(
        b,
        ['File', 'Arch', 'Max GLIBC', 'Late symbols', 'Verdict'],
        report.files.map(f => [
          f.path,
          f.machine ?? '',
          f.maxVersions?.GLIBC ?? '',
          String(f.violations?.length ?? 0),
          f.status === 'audited'
            ? (f.loadsOnFloor ? '✅' : '❌') + ' ' + f.reason
            : `${f.status}: ${f.reason}`
        ]),
        'files'
      ),
      ''
    )
  }
  return out.join('\n') + '\n'
}
