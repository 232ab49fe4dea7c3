export { renderFileText, renderText, type TextOptions } from './text.js'
export { escapeText, renderMarkdown, verdictLine, SUMMARY_LIMIT, type MarkdownOptions } from './markdown.js'
export { annotations, budget, MAX_PER_LEVEL, type Annotation } from './annotations.js'
export { buildFindings, NOTE_COLLECTORS, PINS_HEADER_ARCHES, type Findings } from './findings.js'
export type * from './findings.js'
export { demangle } from './demangle.js'

import type { AuditReport } from '../audit/types.js'
import { demangle } from './demangle.js'
import { buildFindings, type Findings } from './findings.js'

export interface JsonOptions {
  /** Add `fallback`: every late symbol grouped by fix, with the complete link recipe. */
  fallbackReport?: boolean
  findings?: Findings
}

/**
 * The JSON report: the audit report as is (violations keep `symbol` mangled and gain `demangled`), plus the
 * findings model every other format renders (`findings`), and `fallback` when asked for.
 */
export function renderJson(report: AuditReport, opts: JsonOptions = {}): string {
  const findings = opts.findings ?? buildFindings(report)
  const files = report.files.map(f =>
    f.violations
      ? {
          ...f,
          violations: f.violations.map(v => ({
            ...v,
            ...(v.symbol?.startsWith('_Z') ? { demangled: demangle(v.symbol) } : {})
          }))
        }
      : f
  )
  const out = {
    ...report,
    files,
    findings,
    ...(opts.fallbackReport ? { fallback: { ...findings.fallback, recipe: findings.recipe } } : {})
  }
  return JSON.stringify(out, null, 2) + '\n'
}
