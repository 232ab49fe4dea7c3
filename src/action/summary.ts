// The job summary: the engine's markdown (verdict, late symbols with wrapped ✓/✗ and remedies, counts per
// version, distro matrix, files), preceded by what was audited and why the step passes or fails.
import { stat } from 'node:fs/promises'
import * as core from '@actions/core'
import type { AuditReport } from '../audit/index.js'
import { renderMarkdown, SUMMARY_LIMIT } from '../report/index.js'

/** Appends to the step summary, keeping the whole file under GitHub's 1 MiB limit. */
export async function writeSummary(markdownFor: (maxBytes: number) => string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) {
    core.debug('GITHUB_STEP_SUMMARY is not set; no job summary written')
    return
  }
  const used = await stat(file).then(
    s => s.size,
    () => 0
  )
  const room = SUMMARY_LIMIT - used
  // Earlier steps of the job may have filled the summary: a short note fits where a report would not.
  const note = '\n_glibc floor: the job summary is full; see the JSON report and the log._\n'
  if (room < 2048) {
    if (room > Buffer.byteLength(note)) await core.summary.addRaw(note, true).write()
    return
  }
  await core.summary.addRaw(markdownFor(room), true).write()
}

export function auditMarkdown(
  report: AuditReport,
  context: string[],
  maxBytes: number,
  verdict?: string
): string {
  return renderMarkdown(report, { maxBytes, context, verdict })
}

export function skippedMarkdown(reason: string): string {
  return `## glibc floor audit\n\n⚪ **SKIPPED**: ${reason}\n`
}
