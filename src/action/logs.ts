// The step log: one collapsible group per audited file, then the distro matrix and verdict of the full report.
import * as core from '@actions/core'
import type { AuditReport } from '../audit/index.js'
import { renderFileText, renderText } from '../report/index.js'

export function logReport(report: AuditReport, fallbackReport: boolean): void {
  for (const f of report.files) {
    const mark = f.status !== 'audited' ? '–' : f.loadsOnFloor ? '✓' : '✗'
    core.startGroup(`${mark} ${f.path}`)
    core.info(renderFileText(f, report))
    core.endGroup()
  }
  core.startGroup('Full report')
  core.info(renderText(report, { fallbackReport }))
  core.endGroup()
}
