// Markdown for the job summary (the action appends it with core.summary.addRaw(...).write()).
import { basename } from 'node:path'
import type { BuildResult } from './build.js'
import type { SmokeResult } from './smoke.js'

const METHOD: Record<string, string> = {
  loader: 'glibc 2.17 sysroot, explicit loader',
  'pt-interp': 'glibc 2.17 sysroot, copy with PT_INTERP set to the 2.17 loader',
  qemu: 'glibc 2.17 sysroot under qemu-user',
  static: 'static executable, run directly',
  container: 'CentOS 7 container'
}

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ')
const mark = (yes: boolean): string => (yes ? 'yes' : '—')

function fenced(text: string, lines = 15): string {
  const shown = text.trimEnd().split('\n').slice(-lines).join('\n')
  return shown ? `\n\`\`\`text\n${shown.replaceAll('```', "'''")}\n\`\`\`\n` : ''
}

export function smokeSummaryMarkdown(result: SmokeResult): string {
  const { outcome } = result
  const out: string[] = []
  out.push(
    `### glibc-floor smoke: ${result.passed ? 'passed' : 'failed'} — \`${cell(basename(result.binary))}\``
  )
  out.push('')
  out.push(`- Runtime: ${METHOD[outcome.method] ?? outcome.method} (${result.arch})`)
  if (outcome.retriedAfter)
    out.push(`- The explicit loader crashed (${outcome.retriedAfter}); the PT_INTERP copy was used`)
  out.push(`- Command: \`${cell(outcome.command.join(' '))}\``)
  out.push(`- Exit: ${outcome.exitCode === null ? `signal ${outcome.signal}` : outcome.exitCode}`)
  for (const failure of result.failures) out.push(`- **${cell(failure)}**`)
  const c = result.comparison
  if (c && c.rows.length > 0) {
    out.push('')
    out.push(
      c.agrees
        ? 'The loader reported exactly what the audit predicted.'
        : 'The loader and the audit disagree on the rows marked below.'
    )
    out.push('')
    out.push('| Library | Version | Audit predicted | Loader reported | Symbols |')
    out.push('| --- | --- | --- | --- | --- |')
    for (const r of c.rows) {
      const flag = r.predicted === r.observed ? '' : ' ⚠'
      out.push(
        `| ${cell(r.library)} | ${cell(r.version)}${flag} | ${mark(r.predicted)} | ${mark(r.observed)} | ${cell(r.symbols.slice(0, 5).join(', '))}${r.symbols.length > 5 ? ', …' : ''} |`
      )
    }
  } else if (c) {
    out.push('')
    out.push(
      c.file
        ? 'The audit predicted no missing versions, and the loader reported none.'
        : 'The audit report has no entry for this program.'
    )
  }
  if (c && c.elsewhere.length > 0) {
    out.push('')
    out.push("Also missing, for the program's own libraries:")
    for (const m of c.elsewhere)
      out.push(`- ${cell(m.version)} in ${cell(m.library)} (required by ${cell(m.requiredBy ?? '?')})`)
  }
  if (!result.passed) out.push(fenced(outcome.stderr || outcome.stdout))
  return out.join('\n') + '\n'
}

export function buildSummaryMarkdown(result: BuildResult): string {
  const out = [
    '### glibc-floor build',
    '',
    '| Platform | Binary | glibc | Compiler |',
    '| --- | --- | --- | --- |'
  ]
  for (const e of result.exports) {
    for (const b of e.binaries) {
      out.push(
        `| ${e.platform} | ${cell(basename(b))} | ${cell(e.buildInfo.glibc ?? '?')} | ${cell(e.buildInfo.compiler ?? '?')} |`
      )
    }
  }
  out.push('', `\`${cell([result.command.file, ...result.command.args].join(' '))}\``)
  return out.join('\n') + '\n'
}
