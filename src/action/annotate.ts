// Annotations through @actions/core. GitHub shows at most 10 errors and 10 warnings per step, so the
// engine's grouped annotations (per file and version) are used, restricted to what actually fails the step.
import { existsSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import * as core from '@actions/core'
import type { AuditReport } from '../audit/index.js'
import { annotations, type Annotation } from '../report/index.js'
import { countedOnly, type Decision } from './verdict.js'

export function stepAnnotations(report: AuditReport, decision: Decision, dryRun: boolean): Annotation[] {
  // A green step (dry run) should not show red marks.
  const out = annotations(countedOnly(report, decision.counts), { demoteErrors: dryRun })
  if (decision.tolerated > 0) {
    // Tolerated is not the same as loading: say so loudly when an audited file still fails on the floor.
    const stillFails = report.files.some(f => f.status === 'audited' && f.loadsOnFloor === false)
    out.push({
      level: stillFails ? 'warning' : 'notice',
      title: `${decision.tolerated} late symbol reference(s) tolerated`,
      message: `Not failing the step: ${decision.toleratedText}. They are listed in the job summary.`
    })
  }
  return out
}

/** Emits annotations; a `file` is only attached when it names a file in the workspace (release assets do not). */
export function emitAnnotations(list: Annotation[], workspace: string): void {
  for (const a of list) {
    const file = a.file && !isAbsolute(a.file) && existsSync(resolve(workspace, a.file)) ? a.file : undefined
    const props: core.AnnotationProperties = { title: a.title, ...(file ? { file } : {}) }
    if (a.level === 'error') core.error(a.message, props)
    else if (a.level === 'warning') core.warning(a.message, props)
    else core.notice(a.message, props)
  }
}
