// Baselines: a previous JSON report (same schema as the CLI's --format json) whose late (symbol, version)
// pairs are tolerated, so only late symbols that are new since then fail the step.
import { readFile } from 'node:fs/promises'
import type { AuditReport, Violation } from '../audit/index.js'
import { ActionError } from './errors.js'

export interface Baseline {
  /** What the baseline is, for the summary: "release v1.1.0 of acme/tool", "report build/old.json". */
  label: string
  /** `symbol@version` of every late reference in the baseline. */
  keys: Set<string>
}

export function violationKey(v: Pick<Violation, 'symbol' | 'version'>): string {
  return `${v.symbol ?? ''}@${v.version}`
}

export function baselineFromReport(report: AuditReport, label: string): Baseline {
  const keys = new Set<string>()
  for (const f of report.files) for (const v of f.violations ?? []) keys.add(violationKey(v))
  return { label, keys }
}

/** Loads a JSON report written by this action or the CLI; anything else is a clear error. */
export async function loadBaselineFile(path: string, shownAs: string): Promise<Baseline> {
  let parsed: unknown
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'))
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    throw new ActionError(
      'BAD_BASELINE',
      `baseline ${shownAs}: ${err.code === 'ENOENT' ? 'no such file' : err.code ? `cannot read (${err.code})` : `not JSON (${err.message})`}`
    )
  }
  const r = parsed as Partial<AuditReport>
  const ok =
    typeof r === 'object' &&
    r !== null &&
    r.tool?.name === 'glibc-floor' &&
    Array.isArray(r.files) &&
    r.files.every(
      f => typeof f === 'object' && f !== null && (f.violations === undefined || Array.isArray(f.violations))
    )
  if (!ok) throw new ActionError('BAD_BASELINE', `baseline ${shownAs} is not a glibc-floor JSON report`)
  return baselineFromReport(r as AuditReport, `report ${shownAs}`)
}
