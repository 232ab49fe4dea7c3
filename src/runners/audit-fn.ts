// The runners audit what they build or smoke-test through an injected function (the action passes auditPaths
// from src/audit), so this edge layer does not reach into the engine and tests can supply a fixed report.
import type { AuditReport } from '../audit/types.js'

export interface AuditOptions {
  floor: string
  compatHeader?: string
}

export type AuditFn = (paths: string[], options: AuditOptions) => Promise<AuditReport> | AuditReport
