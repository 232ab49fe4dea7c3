import pkg from '../../package.json' with { type: 'json' }
import { readElf } from '../elf/index.js'
import type { ElfInfo } from '../elf/index.js'
import {
  auditElf,
  loadsUnder,
  maxVersions,
  readPath,
  type FileAudit,
  type FileContext
} from './audit-file.js'
import { bundleVerdict, resolveNeeded, Tree, type Resolved } from './bundle.js'
import type { Policy } from './check.js'
import { defaultKnowledge } from './data.js'
import { discoverFiles, displayPath, type Discovered } from './discover.js'
import { AuditError } from './errors.js'
import type { Knowledge } from './knowledge.js'
import { compareDotted, versionOrder } from './version.js'
import { readCompatCoverage } from './wrapped.js'
import type { AuditReport, Ceilings, DistroVerdict } from './types.js'

export { AuditError } from './errors.js'
export { discoverFiles, displayPath, isElfFile } from './discover.js'
export {
  DEFAULT_COMPAT_HEADER,
  defaultCompatHeader,
  pinnedSymbols,
  readCompatCoverage,
  readWrappedSymbols,
  wrappedSymbols
} from './wrapped.js'
export { defaultKnowledge, repoFile } from './data.js'
export type * from './types.js'

/** The package version, so reports say which knowledge and logic produced them. */
export const TOOL_VERSION: string = pkg.version

export interface AuditOptions {
  /** glibc floor, e.g. "2.17". */
  floor: string
  /** Per-namespace ceilings that replace the floor's, e.g. { GLIBCXX: '3.4.21' } when libstdc++ ships along. */
  overrides?: Ceilings
  /** Compat header whose __wrap_ declarations mark late symbols as covered; null for none. */
  compatHeader?: string | null
  /** Base for relative paths and for how paths are shown. */
  cwd?: string
  knowledge?: Knowledge
}

/** "2.17" → "2.17"; anything that is not a released glibc 2.x version is a clear error. */
export function parseFloor(floor: string, knowledge: Knowledge = defaultKnowledge()): string {
  const f = floor.trim()
  if (/^2\.\d{1,2}\.\d+$/.test(f))
    throw new AuditError(
      'bad-floor',
      `floor "${floor}" has a patch level: glibc versions symbols by 2.N only; use ${f.split('.').slice(0, 2).join('.')}`
    )
  if (!/^2\.\d{1,2}$/.test(f))
    throw new AuditError('bad-floor', `floor "${floor}" is not a glibc version such as 2.17 or 2.28`)
  // The distro table holds the newest glibc this version of the tool knows; a floor above it is a typo.
  const newest = knowledge.distros.map(d => d.glibc).sort(compareDotted)[knowledge.distros.length - 1]
  if (newest && compareDotted(f, newest) > 0)
    throw new AuditError(
      'bad-floor',
      `floor "${floor}": no such glibc release (the newest known is ${newest})`
    )
  return f
}

/** The namespaces a ceiling can be set for; written in any case (glibcxx=3.4.21 works). */
const OVERRIDABLE = ['GLIBC', 'GLIBCXX', 'CXXABI', 'GCC']

export function parseOverrides(spec: string): Ceilings {
  const out: Ceilings = {}
  for (const part of spec.split(/[,\s]+/).filter(Boolean)) {
    const m = /^([A-Za-z][A-Za-z0-9_]*)=(\d+(?:\.\d+)*)$/.exec(part)
    if (!m)
      throw new AuditError('bad-override', `override "${part}" is not NAMESPACE=VERSION, e.g. GLIBCXX=3.4.21`)
    const ns = m[1].toUpperCase()
    if (!OVERRIDABLE.includes(ns))
      throw new AuditError(
        'bad-override',
        `override "${part}": ${m[1]} is not a version namespace the audit checks (${OVERRIDABLE.join(', ')})`
      )
    out[ns] = m[2]
  }
  return out
}

function summarize(audits: FileAudit[], knowledge: Knowledge, found: Discovered): AuditReport['summary'] {
  const files = audits.map(a => a.report)
  const audited = files.filter(f => f.status === 'audited')
  const violations = audited.flatMap(f => f.violations ?? [])
  const distros: DistroVerdict[] = knowledge.distros.map(d => {
    const missing = new Set<string>()
    const unsupportedArches = new Set<string>()
    for (const a of audits) {
      for (const m of a.distroMissing[d.id] ?? []) missing.add(m)
      if (a.unsupported?.includes(d.id) && a.arch) unsupportedArches.add(a.arch)
    }
    return {
      id: d.id,
      name: d.name,
      glibc: d.glibc,
      loads: missing.size === 0 && unsupportedArches.size === 0,
      missing: [...missing].sort(versionOrder),
      unsupportedArches: [...unsupportedArches].sort()
    }
  })
  return {
    audited: audited.length,
    skipped: files.filter(f => f.status === 'skipped').length,
    separateDebug: files.filter(f => f.skipKind === 'separate-debug').length,
    privateAbi: audited.filter(f => (f.privateAbi ?? []).length > 0).length,
    missingLibraries: [...new Set(audited.flatMap(f => f.missingLibraries ?? []))].sort(),
    bundleFailures: audited.filter(f => f.loadsOnFloor && f.bundle && !f.bundle.loadsOnFloor).length,
    errors: files.filter(f => f.status === 'error').length,
    violations: violations.length,
    unwrapped: violations.filter(v => !v.wrapped).length,
    loadsOnFloor: audited.every(f => f.loadsOnFloor),
    maxVersions: maxVersions(
      audited.flatMap(f => Object.entries(f.maxVersions ?? {}).map(([ns, v]) => `${ns}_${v}`))
    ),
    distros,
    passedOver: { nonElf: found.nonElf, symlinks: found.symlinks }
  }
}

/** Audits files, directories and globs against a glibc floor. The engine of the CLI and the action. */
export function auditPaths(paths: string[], options: AuditOptions): AuditReport {
  const cwd = options.cwd ?? process.cwd()
  const knowledge = options.knowledge ?? defaultKnowledge()
  const floor = parseFloor(options.floor, knowledge)
  const coverage = options.compatHeader
    ? readCompatCoverage(options.compatHeader)
    : { wrapped: new Set<string>(), pinned: new Map<string, string>() }
  const policies = new Map<string, Policy>()
  const shown = new Map<string, string>()
  const ctx: FileContext = {
    knowledge,
    wrapped: coverage.wrapped,
    pinned: coverage.pinned,
    // Every row, dependency and note names its file: path.relative once per path.
    display: p => {
      let d = shown.get(p)
      if (d === undefined) shown.set(p, (d = displayPath(p, cwd)))
      return d
    },
    policyFor(arch) {
      const known = policies.get(arch)
      if (known) return known
      const p = knowledge.policy(floor, arch, options.overrides)
      policies.set(arch, p)
      return p
    }
  }
  const found = discoverFiles(paths, cwd)
  const read = found.files.map(p => readPath(p, ctx))
  const elfs = read.filter((r): r is ElfInfo => !('report' in r))
  const tree = new Tree(elfs, found.links)
  const deps = new Map<ElfInfo, Resolved[]>()
  const depsOf = (e: ElfInfo): Resolved[] => {
    let d = deps.get(e)
    if (!d) {
      d = resolveNeeded(e, tree, knowledge.baseLibraries(floor)?.libraries ?? null)
      deps.set(e, d)
    }
    return d
  }
  const byElf = new Map<ElfInfo, FileAudit>()
  const audits = read.map(r => {
    if ('report' in r) return r
    const resolved = depsOf(r)
    const bundled = new Map(resolved.flatMap(d => (d.target ? [[d.needed, d.target] as const] : [])))
    const a = auditElf(r, ctx, bundled)
    if (a.report.status === 'audited') {
      a.report.dependencies = resolved.map(({ target, ...d }) =>
        target ? { ...d, path: ctx.display(target.path) } : d
      )
      a.report.missingLibraries = resolved.filter(d => d.resolution === 'missing').map(d => d.needed)
      if (a.report.missingLibraries.length > 0) {
        const base = knowledge.baseLibraries(floor)
        a.report.reason += `; needs ${a.report.missingLibraries.join(', ')}: not on the floor's base system${base ? ` (${base.policy})` : ''} and not in this tree`
      }
    }
    byElf.set(r, a)
    return a
  })
  for (const [elf, a] of byElf) {
    if (a.report.status !== 'audited') continue
    const verdict = bundleVerdict(
      elf,
      e => (byElf.get(e)?.report.status === 'audited' ? depsOf(e) : []),
      e => byElf.get(e)?.floorMissing ?? [],
      ctx.display
    )
    if (verdict) a.report.bundle = verdict
  }
  for (const u of found.unreadable)
    audits.push({
      report: { path: ctx.display(u.path), status: 'error', reason: u.reason },
      distroMissing: {}
    })
  const files = audits.map(a => a.report)
  const primary = ctx.policyFor(files.find(f => f.machine)?.machine ?? 'x86_64')
  return {
    tool: { name: 'glibc-floor', version: TOOL_VERSION },
    floor: { glibc: floor, ceilings: primary.ceilings },
    files,
    summary: summarize(audits, knowledge, found)
  }
}

export { readElf, loadsUnder }
