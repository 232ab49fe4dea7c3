// The job summary: the report layer's markdown (verdict in distro terms, causes with their fix, how to fix,
// details), with what was audited and why the step passes or fails; and a summary when the step fails early.
import { stat } from 'node:fs/promises'
import * as core from '@actions/core'
import type { AuditReport } from '../audit/index.js'
import { escapeText, renderMarkdown, SUMMARY_LIMIT } from '../report/index.js'

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
  verdict?: string,
  fallbackReport = true
): string {
  return renderMarkdown(report, { maxBytes, context, verdict, fallbackReport })
}

export function skippedMarkdown(reason: string): string {
  return `## glibc floor audit\n\n⚪ **SKIPPED**: ${escapeText(reason)}\n`
}

/** The step failed before an audit report existed (bad input, nothing to audit): the summary says what happened. */
export function failedMarkdown(message: string): string {
  return `## glibc floor audit\n\n❌ **Not audited**: ${escapeText(message)}\n\nNothing was checked against the floor; fix the input above and re-run the job.\n`
}
