import { ElfError, readElf, type ElfInfo, type ImportedSymbol, type VersionNeed } from '../elf/index.js'
import { blocksLoad, lateUsers, type Policy } from './check.js'
import type { Knowledge } from './knowledge.js'
import { PINS_ARCHES } from './wrapped.js'
import { byCodeUnit, compareNumbers, parseVersionName, versionOrder } from './version.js'
import type { FileReport, Requirement, Violation } from './types.js'

export interface FileContext {
  knowledge: Knowledge
  policyFor(arch: string): Policy
  wrapped: ReadonlySet<string>
  pinned: ReadonlyMap<string, string>
  display(path: string): string
}

function libcOf(elf: ElfInfo): 'glibc' | 'musl' | 'none' {
  if (elf.interpreter?.includes('ld-musl')) return 'musl'
  if (elf.needed.some(n => n.startsWith('libc.musl') || n.startsWith('ld-musl'))) return 'musl'
  if (elf.isStatic || (elf.interpreter === null && elf.needed.length === 0)) return 'none'
  return 'glibc'
}

/** Highest numbered version per namespace, e.g. { GLIBC: '2.28', GLIBCXX: '3.4.21' }. */
export function maxVersions(versions: Iterable<string>): Record<string, string> {
  const best = new Map<string, number[]>()
  for (const raw of versions) {
    const v = parseVersionName(raw)
    if (!v.numbers) continue
    const cur = best.get(v.namespace)
    if (!cur || compareNumbers(v.numbers, cur) > 0) best.set(v.namespace, v.numbers)
  }
  return Object.fromEntries([...best].sort(([a], [b]) => byCodeUnit(a, b)).map(([k, n]) => [k, n.join('.')]))
}

function versionCounts(elf: ElfInfo): Record<string, number> {
  const byIndex = new Map<number, string>()
  for (const r of elf.requirements) byIndex.set(r.vna_other, r.version)
  // The BASE definition (index 1) names the file itself, not a version symbols are bound to.
  for (const d of elf.definitions) if (!d.base) byIndex.set(d.vd_ndx, d.version)
  const counts: Record<string, number> = {}
  for (const s of elf.imports) {
    const v = byIndex.get(s.versionIndex)
    if (v !== undefined) counts[v] = (counts[v] ?? 0) + 1
  }
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => versionOrder(a, b)))
}

const usersCache = new WeakMap<ElfInfo, Map<number, ImportedSymbol[]>>()

/** Imported symbols grouped by the versym index of the requirement they are bound to. */
function usersOf(elf: ElfInfo, req: VersionNeed): ImportedSymbol[] {
  let m = usersCache.get(elf)
  if (!m) {
    m = new Map()
    for (const s of elf.imports) {
      const list = m.get(s.versionIndex)
      if (list) list.push(s)
      else m.set(s.versionIndex, [s])
    }
    usersCache.set(elf, m)
  }
  return m.get(req.vna_other) ?? []
}

/** Does the file load where `policy` holds? Used for the floor and for every distro of the matrix. */
export function loadsUnder(elf: ElfInfo, policy: Policy): { loads: boolean; missing: string[] } {
  const missing: string[] = []
  for (const req of elf.requirements) {
    const late = lateUsers(req, usersOf(elf, req), policy)
    if (late === null) continue
    if (blocksLoad(req, elf, late.users, late.versionExists) && !missing.includes(req.version))
      missing.push(req.version)
  }
  return { loads: missing.length === 0, missing: missing.sort(versionOrder) }
}

/** A file's report plus, per distro id, the versions that keep it from loading there. */
export interface FileAudit {
  report: FileReport
  distroMissing: Record<string, string[]>
  /** Distro ids with no edition for this file's architecture. */
  unsupported?: string[]
  arch?: string
}

export function auditElf(elf: ElfInfo, ctx: FileContext): FileAudit {
  const policy = ctx.policyFor(elf.machine)
  const libc = libcOf(elf)
  const requirements: Requirement[] = elf.requirements.map(r => ({
    library: r.library,
    version: r.version,
    weak: r.weak
  }))
  const base: FileReport = {
    path: ctx.display(elf.path),
    status: 'audited',
    reason: '',
    machine: elf.machine,
    class: elf.class,
    endian: elf.endian,
    libc,
    interpreter: elf.interpreter,
    soname: elf.soname,
    bindNow: elf.bindNow,
    needed: elf.needed,
    requirements,
    maxVersions: maxVersions(elf.requirements.map(r => r.version)),
    versionCounts: versionCounts(elf),
    violations: [],
    loadsOnFloor: true,
    minKernel: elf.abiTag?.kernel ?? null,
    distros: []
  }
  if (libc === 'musl')
    return skip(base, `musl binary (${elf.interpreter ?? 'musl libc'}): no glibc floor applies`)
  if (elf.type === 'rel' || elf.type === 'core')
    return skip(base, `${elf.type === 'rel' ? 'relocatable object' : 'core dump'}: nothing is loaded`)

  const violations: Violation[] = []
  for (const req of elf.requirements) {
    const late = lateUsers(req, usersOf(elf, req), policy)
    if (late === null) continue
    const rows = late.users.length > 0 ? late.users : [null]
    for (const s of rows) {
      const symbol = s ? s.name : null
      violations.push({
        symbol,
        version: req.version,
        library: req.library,
        weakBinding: s ? s.weakBinding : false,
        // A pinned symbol's __wrap_ calls the old version through .symver, which the compat source (like
        // glibc_2_17_pins.h) only has for x86_64 and aarch64; elsewhere it forwards to the new version.
        wrapped:
          symbol !== null &&
          ctx.wrapped.has(symbol) &&
          (!ctx.pinned.has(symbol) || PINS_ARCHES.has(policy.arch)),
        pinned: symbol !== null && PINS_ARCHES.has(policy.arch) && ctx.pinned.get(symbol) === req.version,
        remedy: ctx.knowledge.remedy(symbol, req.version, elf.machine)
      })
    }
  }
  violations.sort((a, b) => versionOrder(b.version, a.version) || byCodeUnit(a.symbol ?? '', b.symbol ?? ''))
  const load = loadsUnder(elf, policy)
  const distroMissing: Record<string, string[]> = {}
  const unsupported: string[] = []
  for (const d of ctx.knowledge.distros) {
    if (d.arches.length > 0 && !d.arches.includes(policy.arch)) unsupported.push(d.id)
    distroMissing[d.id] = loadsUnder(elf, ctx.knowledge.distroPolicy(d, elf.machine)).missing
  }
  const distros = ctx.knowledge.distros
    .filter(d => distroMissing[d.id].length === 0 && !unsupported.includes(d.id))
    .map(d => d.id)
  const floorNote = policy.unreachable
  let reason: string
  if (libc === 'none')
    reason = elf.isStatic
      ? 'statically linked: no version requirements for the loader to check'
      : 'needs no shared library: no version requirements for the loader to check'
  else if (violations.length === 0) reason = `loads on glibc ${policy.glibc}`
  else if (load.loads)
    reason = `${violations.length} late symbol(s) it can start without (weak version needs, weak or lazily bound symbols): calls to them fail on glibc ${policy.glibc}`
  else reason = `needs ${load.missing.join(', ')}: glibc ${policy.glibc} refuses to load it`
  if (floorNote) reason += ` (${floorNote})`
  return {
    report: { ...base, reason, violations, loadsOnFloor: load.loads, distros },
    distroMissing,
    unsupported,
    arch: policy.arch
  }
}

function skip(base: FileReport, reason: string): FileAudit {
  return {
    report: { ...base, status: 'skipped', reason, loadsOnFloor: undefined, distros: undefined },
    distroMissing: {}
  }
}

/** Audits one path; ELF problems become an `error` row, non-ELF input a `skipped` row. */
export function auditPath(path: string, ctx: FileContext): FileAudit {
  const row = (status: 'skipped' | 'error', reason: string): FileAudit => ({
    report: { path: ctx.display(path), status, reason },
    distroMissing: {}
  })
  try {
    return auditElf(readElf(path), ctx)
  } catch (e) {
    if (!(e instanceof ElfError)) throw e
    return e.code === 'not-elf' ? row('skipped', 'not an ELF file') : row('error', e.message)
  }
}
