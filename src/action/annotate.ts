// Annotations through @actions/core. GitHub shows at most 10 errors and 10 warnings per step: the report layer
// groups causes and applies that budget (the verdict always survives), over what actually fails the step.
import { existsSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import * as core from '@actions/core'
import type { AuditReport } from '../audit/index.js'
import { annotations, type Annotation } from '../report/index.js'
import { countedOnly, type Decision } from './verdict.js'

export function stepAnnotations(report: AuditReport, decision: Decision, dryRun: boolean): Annotation[] {
  const extra: Annotation[] = []
  if (decision.tolerated > 0) {
    // Tolerated is not the same as loading: say so loudly when an audited file still fails on the floor.
    const stillFails = report.files.some(f => f.status === 'audited' && f.loadsOnFloor === false)
    extra.push({
      level: stillFails ? 'warning' : 'notice',
      title: `${decision.tolerated} late symbol reference(s) tolerated`,
      message: `Not failing the step: ${decision.toleratedText}. They are listed in the job summary.`
    })
  }
  // A green step (dry run, everything tolerated) should not show red marks.
  return annotations(countedOnly(report, decision.counts), {
    demoteErrors: dryRun || !decision.failStep,
    extra,
    // The step's own failure line (core.setFailed) is the tenth error.
    reservedErrors: decision.failStep ? 1 : 0
  })
}

/** Emits annotations; a `file` is only attached when it names a file in the workspace (release assets do not). */
export function emitAnnotations(list: Annotation[], workspace: string): void {
  for (const a of list) {
    // `verdict` is the report layer's marker for the budget, not an annotation property.
    const file = a.file && !isAbsolute(a.file) && existsSync(resolve(workspace, a.file)) ? a.file : undefined
    const props: core.AnnotationProperties = { title: a.title, ...(file ? { file } : {}) }
    if (a.level === 'error') core.error(a.message, props)
    else if (a.level === 'warning') core.warning(a.message, props)
    else core.notice(a.message, props)
  }
}
