export { renderFileText, renderText, type TextOptions } from './text.js'
export { renderMarkdown, verdictLine, SUMMARY_LIMIT, type MarkdownOptions } from './markdown.js'
export { annotations, MAX_PER_LEVEL, type Annotation } from './annotations.js'
export { lateSymbols, type LateSymbol } from './late-symbols.js'

import type { AuditReport } from '../audit/types.js'

export function renderJson(report: AuditReport): string {
  return JSON.stringify(report, null, 2) + '\n'
}
