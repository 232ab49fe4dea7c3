// The job summary, for a person reading it in GitHub's 964 px markdown column: the verdict in distro terms,
// a few cause rows with their fix, the copy-paste recipe, and everything else in closed <details> blocks.
// Every symbol, version and note is escaped (code spans, backslashes): GitHub autolinks `expf@GLIBC_2.2.5` as
// an e-mail address and reads `_Z...` underscores as emphasis.
import type { AuditReport } from '../audit/types.js'
import { versionOrder } from '../audit/version.js'
import { buildFindings, fixWhere, type Cause, type Findings } from './findings.js'
import { totalCounts, plural } from './counts.js'
import { recipeText } from './wrap.js'

/** GitHub caps a step summary at 1 MiB; stay well inside it so other steps still have room. */
export const SUMMARY_LIMIT = 1024 * 1024

export interface MarkdownOptions {
  maxBytes?: number
  /** Extra lines after the verdict (e.g. what the action downloaded). */
  context?: string[]
  /** A policy sentence (fail-on, a baseline) shown under the verdict when the step decides differently. */
  verdict?: string
  /** Show coverage (✓ covered by the kit) and the complete fallback list; off: no coverage marks at all. */
  fallbackReport?: boolean
  /** Reuse a model already built from the same report. */
  findings?: Findings
}

/** A code span that survives any content: a fence longer than any backtick run inside, `|` escaped for tables. */
export function code(s: string): string {
  const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map(m => m[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${s.replace(/\|/g, '\\|').replace(/\n/g, ' ')}${pad}${fence}`
}

/** Prose from data or files: no emphasis, links, autolinks (`a@b.c`), HTML or table breaks. */
export function escapeText(s: string): string {
  return s.replace(/\n/g, ' ').replace(/[\\`*_[\]<>|~#@:]/g, c => `\\${c}`)
}

function table(head: string[], rows: string[][]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map(r => `| ${r.join(' | ')} |`)
  ]
}

/** A release directory can hold thousands of files; the JSON report lists them all. */
const MAX_FILE_ROWS = 300

/** Short cells must not wrap: the long Symbols column is the one that should. */
const nbsp = (s: string): string => s.replace(/ /g, '\u00a0')
const basename = (p: string): string => p.slice(p.lastIndexOf('/') + 1) || p

export function verdictLine(report: AuditReport, f: Findings = buildFindings(report)): string {
  const v = f.verdict
  const needs = Object.values(v.highest).map(code).join(', ')
  const distros = (list: string[]): string => list.map(escapeText).join(', ')
  switch (v.status) {
    case 'fail':
      return `❌ **FAIL** — fails on ${distros(v.fails) || `glibc ${f.floor}`} · loads on ${distros(v.loads) || 'no listed distribution'} — needs ${needs}`
    case 'warn':
      return `⚠️ **LOADS, WITH LATE CALLS** — starts on glibc ${f.floor}, but calls needing ${needs} fail there · loads fully on ${distros(v.loads)}`
    case 'pass':
      return `✅ **PASS** — loads on ${distros(v.loads)} (glibc ${f.floor} and newer)`
    case 'incomplete':
      return `⚠️ **INCOMPLETE** — ${escapeText(v.headline)}`
    case 'none':
      return `⚪ ${escapeText(v.headline)}`
  }
}

function filesCell(c: Cause, audited: number): string {
  if (audited <= 1) return ''
  return c.files.length === 1 ? code(basename(c.files[0])) : nbsp(`${c.files.length} of ${audited}`)
}

function causesTable(f: Findings, audited: number, coverage: boolean): string[] {
  const head = ['Version', 'Symbols', 'Fix', ...(audited > 1 ? ['Files'] : [])]
  const rows = f.causes.map(c => [
    code(c.version),
    c.names.map(code).join(', ') + escapeText(c.label.slice(c.names.join(', ').length)),
    nbsp(`${coverage && c.fix.covered ? '✓ ' : ''}${escapeText(c.fix.label)}${c.blocking ? '' : ' (weak)'}`) +
      fixWhere(f, c),
    ...(audited > 1 ? [filesCell(c, audited)] : [])
  ])
  return table(head, rows)
}

function recipeBlock(f: Findings): string[] {
  if (f.recipe.steps.length === 0) return []
  // 100 columns fit GitHub's column without a scroll bar; wrapped flags keep a backslash so they still paste.
  const out = ['### How to fix', '', '```make', ...recipeText(f.recipe.steps, 100), '```', '']
  if (f.recipe.workflow)
    out.push(
      'Or build on the floor image with the kit’s reusable workflow:',
      '',
      '```yaml',
      f.recipe.workflow,
      '```',
      ''
    )
  return out
}

function details(summary: string, body: string[]): string[] {
  return ['<details>', `<summary>${summary}</summary>`, '', ...body, '', '</details>', '']
}

const notShown = (what: string): string =>
  `_${what} not shown: the job summary is full; the JSON report has everything._`

/** Every late symbol, per file and version: the complete list behind the cause rows. */
function perFileSymbols(f: Findings, maxBytes: number): string[] {
  const out: string[] = []
  let used = 0
  let left = 0
  const perFile = new Map<string, Map<string, string[]>>()
  for (const c of f.causes)
    for (const s of c.symbols)
      for (const file of s.files) {
        const byVersion = perFile.get(file) ?? new Map<string, string[]>()
        perFile.set(file, byVersion)
        const list = byVersion.get(c.version) ?? []
        list.push(s.symbol === null ? '(no symbol)' : code(s.demangled))
        byVersion.set(c.version, list)
      }
  for (const [file, byVersion] of [...perFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const block = [`**${escapeText(file)}**`, '']
    for (const [version, syms] of [...byVersion].sort(([a], [b]) => versionOrder(b, a)))
      block.push(`- ${code(version)}: ${syms.join(', ')}`)
    block.push('')
    const size = Buffer.byteLength(block.join('\n'))
    if (used + size > maxBytes) {
      left++
      continue
    }
    used += size
    out.push(...block)
  }
  if (left > 0) out.push(notShown(plural(left, 'more file')))
  return out
}

function fallbackList(f: Findings): string[] {
  const out = [
    `${f.fallback.covered} of ${f.fallback.total} late symbols are covered by this kit (compat wrap or pins header).`,
    ''
  ]
  for (const g of f.fallback.groups) {
    out.push(`**${g.covered ? '✓ ' : ''}${escapeText(g.label)}** (${g.symbols.length})`, '')
    out.push(g.symbols.map(s => `${code(s.demangled)} ${code(s.version)}`).join(', '), '')
  }
  return out
}

export function renderMarkdown(report: AuditReport, opts: MarkdownOptions = {}): string {
  const f = opts.findings ?? buildFindings(report)
  const coverage = opts.fallbackReport ?? true
  const s = report.summary
  const audited = s.audited
  const floor = Object.entries(f.ceilings)
    .map(([ns, v]) => code(`${ns}_${v}`))
    .join(', ')
  const out: string[] = ['## glibc floor audit', '', verdictLine(report, f), '']
  if (opts.verdict) out.push(opts.verdict, '')
  const facts = [
    `Floor glibc ${f.floor} (${floor})`,
    `${plural(audited, 'file')} audited`,
    ...(s.skipped ? [`${s.skipped} skipped`] : []),
    ...(s.errors ? [`${s.errors} unreadable`] : [])
  ]
  const passed = s.passedOver.nonElf + s.passedOver.symlinks
  if (passed > 0)
    facts.push(
      `passed over ${plural(s.passedOver.nonElf, 'non-ELF file')} and ${plural(s.passedOver.symlinks, 'symbolic link')} (links are not followed: targets are audited where the walk finds them)`
    )
  out.push(facts.join(' · '), ...(opts.context ?? []), '')
  for (const n of f.notes)
    out.push(
      `- ${n.level === 'error' ? '❌' : n.level === 'warning' ? '⚠️' : 'ℹ️'} ${escapeText(n.title)}: ${escapeText(n.message)}`
    )
  if (f.notes.length > 0) out.push('')

  if (f.causes.length > 0) {
    out.push('### Causes', '', ...causesTable(f, audited, coverage), '')
    out.push(
      (coverage && f.causes.some(c => c.fix.covered) ? '✓ = this kit has the fix. ' : '') +
        'The binary as built still needs every version listed until it is rebuilt with the fix.',
      ''
    )
    out.push(...recipeBlock(f))
  }

  // Everything below is reference material: closed, and cut to what fits in the step summary's 1 MiB.
  const max = (opts.maxBytes ?? SUMMARY_LIMIT) - 256
  const room = Math.max(0, max - Buffer.byteLength(out.join('\n')))
  const tail: string[] = []
  if (f.causes.length > 0) {
    const n = f.causes.reduce((a, c) => a + c.symbols.length, 0)
    tail.push(...details(`Every late symbol, per file (${n})`, perFileSymbols(f, Math.max(2048, room / 2))))
    if (coverage) tail.push(...details(`Fallback report: every late symbol by fix`, fallbackList(f)))
  }
  if (audited > 0) {
    const late = new Set(f.causes.map(c => c.version))
    tail.push(
      ...details(
        'Symbols per version',
        table(
          ['Version', 'Symbols', ''],
          totalCounts(report).map(([v, n]) => [code(v), String(n), late.has(v) ? '❌ above the floor' : ''])
        )
      ),
      ...details(
        'Distro matrix',
        table(
          ['Distribution', 'glibc', 'Loads', 'Missing'],
          s.distros.map(d => [
            escapeText(d.name),
            d.glibc,
            d.loads ? '✅' : '❌',
            [...d.missing.map(code), ...d.unsupportedArches.map(a => `no ${a} edition`)].join(', ')
          ])
        )
      )
    )
  }
  if (f.files.length > 0)
    tail.push(
      ...details(
        `Files (${f.files.length})`,
        table(
          ['File', 'Arch', 'Max GLIBC', 'Late', 'Verdict'],
          f.files
            .slice(0, MAX_FILE_ROWS)
            .map(x => [
              code(x.path),
              x.arch ?? '',
              x.maxGlibc ?? '',
              String(x.late),
              `${x.kind === 'audited' ? (x.loads ? '✅ ' : '❌ ') : ''}${escapeText(x.note)}`
            ])
        ).concat(
          f.files.length > MAX_FILE_ROWS
            ? ['', `${f.files.length - MAX_FILE_ROWS} more files: the JSON report lists them.`]
            : []
        )
      )
    )
  return fitted(out, tail, max)
}

/**
 * Keeps the summary within its byte budget: closed sections go first (from the last), then cause rows; what
 * was left out is said in one line, so nothing disappears silently.
 */
function fitted(head: string[], tail: string[], max: number): string {
  const size = (lines: string[]): number => Buffer.byteLength(lines.join('\n')) + 1
  const sections: string[][] = []
  for (const line of tail) {
    if (line === '<details>') sections.push([])
    sections[sections.length - 1].push(line)
  }
  let dropped = 0
  while (sections.length > 0 && size(head) + size(sections.flat()) + 200 > max) {
    sections.pop()
    dropped++
  }
  const body = [...head, ...sections.flat()]
  if (dropped > 0) body.push(notShown(plural(dropped, 'more section')), '')
  if (size(body) <= max) return body.join('\n') + '\n'
  // Not even the causes fit (a nearly full summary): keep the verdict and as many rows as there is room for.
  const out: string[] = []
  for (const line of head) {
    if (size(out) + Buffer.byteLength(line) + 300 > max) break
    out.push(line)
  }
  const left = head.length - out.length
  return [...out, '', notShown(plural(left, 'more line')), ''].join('\n') + '\n'
}
