// The text report (CLI, step log): verdict in distro terms first, causes with their fix, the recipe, then files.
// It fits the terminal: on a TTY long names are cut with "…"; elsewhere (logs, pipes) they wrap, so nothing is lost.
import type { AuditReport, FileReport } from '../audit/types.js'
import { ceilingsText, totalCounts, plural } from './counts.js'
import { buildFindings, fixWhere, type Findings } from './findings.js'
import { wrapComment, wrapFlags } from './wrap.js'

export interface TextOptions {
  /** Add the fallback report: every late symbol, grouped by fix, and the complete link recipe. */
  fallbackReport?: boolean
  /** Columns to fit (process.stdout.columns on a TTY); default 100. */
  width?: number
  /** Cut long lines with "…" (a TTY) instead of wrapping them. */
  ellipsis?: boolean
  findings?: Findings
}

const len = (s: string): number => [...s].length

/** Fits one line: cut with an ellipsis, or wrapped at spaces onto lines indented like the first one plus two. */
function fit(line: string, width: number, ellipsis: boolean): string[] {
  if (len(line) <= width) return [line]
  if (ellipsis) return [[...line].slice(0, width - 1).join('') + '…']
  const indent = ' '.repeat(Math.min(line.length - line.trimStart().length + 2, Math.floor(width / 2)))
  const out: string[] = []
  let cur = ''
  for (const word of line.split(/(?<= )/)) {
    if (cur && len(cur + word.trimEnd()) > width) {
      out.push(cur.trimEnd())
      cur = indent
    }
    cur += word
    // A single word longer than the line (a long C++ name) is split where it must be.
    while (len(cur) > width) {
      out.push([...cur].slice(0, width).join(''))
      cur = indent + [...cur].slice(width).join('')
    }
  }
  if (cur.trim()) out.push(cur.trimEnd())
  return out
}

// Lines know what they are: prose always wraps, flags wrap with a backslash, table rows may be cut on a TTY.
type Line = string | { row: string } | { flags: string } | { comment: string }
const asRows = (lines: string[]): Line[] => lines.map(row => ({ row }))

function columns(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map(r => len(r[i] ?? ''))))
  return rows.map(r =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i] - len(c))))
      .join('  ')
      .trimEnd()
  )
}

function verdictLines(f: Findings): Line[] {
  const v = f.verdict
  const mark =
    v.status === 'pass'
      ? '✓ PASS'
      : v.status === 'fail'
        ? '✗ FAIL'
        : v.status === 'warn'
          ? '! WARN'
          : '- NONE'
  if (v.status === 'fail')
    return [
      `${mark}: fails on ${v.fails.join(', ')}`,
      `  loads on ${v.loads.join(', ') || 'no listed distribution'}`,
      `  needs ${Object.values(v.highest).join(', ')}`
    ]
  return [`${mark}: ${v.headline}`]
}

function causeLines(f: Findings, audited: number): Line[] {
  if (f.causes.length === 0) return []
  const table = f.causes.map(c => [
    `  ${c.version}`,
    `${c.fix.covered ? '✓' : '✗'} ${c.fix.label}${c.blocking ? '' : ' (weak)'}${fixWhere(f, c)}`,
    ...(audited > 1 ? [plural(c.files.length, 'file')] : []),
    c.label
  ])
  const out: Line[] = ['Causes (version, fix, what):', ...asRows(columns(table))]
  if (f.causes.some(c => c.fix.covered))
    out.push(
      '  ✓ = this kit covers it; as built, the binary still needs the version until rebuilt with the fix.'
    )
  return [...out, '']
}

function recipeLines(f: Findings, complete: boolean): Line[] {
  if (f.recipe.steps.length === 0) return []
  const out: Line[] = ['How to fix:']
  for (const s of f.recipe.steps) out.push({ comment: s.title }, ...s.lines.map(l => ({ flags: `  ${l}` })))
  if (complete && f.recipe.workflow)
    out.push(
      { comment: 'or build on the floor image (GitHub Actions):' },
      ...f.recipe.workflow.split('\n').map(l => ({ flags: `  ${l}` }))
    )
  return [...out, '']
}

function fileLines(f: Findings): Line[] {
  if (f.files.length === 0) return []
  const table = f.files.map(x => [
    `  ${x.kind === 'audited' ? (x.loads ? '✓' : '✗') : '-'} ${x.path}`,
    x.arch ?? '',
    x.maxGlibc ? `GLIBC ${x.maxGlibc}` : '',
    x.note
  ])
  return [`Files (${f.files.length}):`, ...asRows(columns(table)), '']
}

function fallbackLines(f: Findings): Line[] {
  if (f.fallback.total === 0) return ['Fallback report: no late symbols.', '']
  const out: Line[] = [
    `Fallback report: ${f.fallback.covered} of ${f.fallback.total} late symbols are covered by this kit.`
  ]
  for (const g of f.fallback.groups) {
    out.push(`  ${g.covered ? '✓' : '✗'} ${g.label} (${g.symbols.length}):`)
    for (const s of g.symbols) out.push({ row: `      ${s.version}  ${s.demangled}` })
  }
  return [...out, '']
}

function distroLines(report: AuditReport): Line[] {
  if (report.summary.audited === 0) return []
  const table = report.summary.distros.map(d => [
    `  ${d.loads ? '✓' : '✗'} ${d.name}`,
    `glibc ${d.glibc}`,
    [
      d.missing.length > 0 ? `needs ${d.missing.join(', ')}` : '',
      d.unsupportedArches.length > 0 ? `no ${d.unsupportedArches.join('/')} edition` : ''
    ]
      .filter(Boolean)
      .join('; ')
  ])
  return ['Distributions:', ...asRows(columns(table)), '']
}

function layout(lines: Line[], opts: TextOptions): string {
  const width = Math.max(40, opts.width ?? 100)
  const out: string[] = []
  for (const l of lines) {
    if (typeof l === 'string') out.push(...fit(l, width, false))
    else if ('flags' in l) out.push(...wrapFlags(l.flags, width))
    else if ('comment' in l) out.push(...wrapComment(l.comment, width, '  '))
    else out.push(...fit(l.row, width, opts.ellipsis ?? false))
  }
  return out.join('\n') + '\n'
}

/** One file's part of the step log: what it needs, each late symbol (demangled) and its fix. */
export function renderFileText(file: FileReport, report: AuditReport, opts: TextOptions = {}): string {
  const f = buildFindings({ ...report, files: [file] })
  const x = f.files[0]
  const lines: Line[] = [
    `${x.path} (${[x.arch, file.class ? `ELF${file.class}` : '', file.libc].filter(Boolean).join(', ')})`,
    `  ${x.note}`
  ]
  const counts = Object.entries(file.versionCounts ?? {})
  if (counts.length > 0)
    lines.push(`  symbols per version: ${counts.map(([v, n]) => `${v} ${n}`).join(', ')}`)
  for (const c of f.causes) {
    lines.push(`  ${c.version} — ${c.fix.covered ? '✓' : '✗'} ${c.fix.label}:`)
    for (const s of c.symbols) lines.push({ row: `      ${s.symbol === null ? '(no symbol)' : s.demangled}` })
  }
  return layout(lines, opts)
}

export function renderText(report: AuditReport, opts: TextOptions = {}): string {
  const f = opts.findings ?? buildFindings(report)
  const s = report.summary
  const lines: Line[] = [
    `glibc-floor ${report.tool.version} · floor glibc ${f.floor} (${ceilingsText(f.ceilings)})`,
    '',
    ...verdictLines(f),
    ''
  ]
  for (const n of f.notes) lines.push(`${n.level === 'error' ? '✗' : '!'} ${n.title}: ${n.message}`)
  if (f.notes.length > 0) lines.push('')
  lines.push(...causeLines(f, s.audited), ...recipeLines(f, opts.fallbackReport ?? false), ...fileLines(f))
  if (opts.fallbackReport) {
    lines.push(...fallbackLines(f))
    if (s.audited > 0)
      lines.push(
        'Symbols per version:',
        ...columns(totalCounts(report).map(([v, n]) => [`  ${v}`, String(n)])),
        '',
        ...distroLines(report)
      )
  }
  const passed: string[] = []
  if (s.passedOver.nonElf > 0) passed.push(plural(s.passedOver.nonElf, 'non-ELF file'))
  if (s.passedOver.symlinks > 0)
    passed.push(
      `${plural(s.passedOver.symlinks, 'symbolic link')} (not followed: targets are audited where the walk finds them)`
    )
  if (passed.length > 0) lines.push(`Passed over: ${passed.join(', ')}.`)
  lines.push(summaryLine(f, report))
  return layout(lines, opts)
}

/** The last line, for people scanning a log tail and for scripts. */
function summaryLine(f: Findings, report: AuditReport): string {
  const s = report.summary
  const unreadable = s.errors > 0 ? ` ${plural(s.errors, 'file')} could not be read.` : ''
  switch (f.verdict.status) {
    case 'pass':
      return `PASS: ${plural(s.audited, 'file')} ${s.audited === 1 ? 'loads' : 'load'} on glibc ${f.floor}.`
    case 'none':
      return `NOTHING AUDITED: ${f.verdict.headline}`
    case 'incomplete':
      return `INCOMPLETE: ${plural(s.audited, 'file')} pass.${unreadable}`
    default:
      return `${f.verdict.status === 'fail' ? 'FAIL' : 'WARN'}: ${plural(s.violations, 'late symbol reference')} in ${plural(f.causes.length, 'cause')}, ${f.fallback.total - f.fallback.covered} not covered by this kit.${unreadable}`
  }
}
