import { ElfError, readElf, type ElfInfo, type ImportedSymbol, type VersionNeed } from '../elf/index.js'
import { blocksLoad, lateUsers, type Policy } from './check.js'
import { isPrivateVersion } from './floor-symbols.js'
import type { Knowledge } from './knowledge.js'
import { PINS_ARCHES } from './wrapped.js'
import { byCodeUnit, compareNumbers, parseVersionName, versionOrder } from './version.js'
import type { FileReport, PrivateAbiUse, Requirement, SkipKind, Violation } from './types.js'

export interface FileContext {
  knowledge: Knowledge
  policyFor(arch: string): Policy
  wrapped: ReadonlySet<string>
  pinned: ReadonlyMap<string, string>
  display(path: string): string
}

/** Needed libraries that resolve to files of the audited tree: their requirements are checked against them. */
export type BundledLibraries = ReadonlyMap<string, ElfInfo>

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

type Late = ReturnType<typeof lateUsers>
const lateCache = new WeakMap<ElfInfo, Map<Policy, Map<VersionNeed, Late>>>()

/**
 * lateUsers for one file, remembered per policy: the floor's verdict, its violations and the distro matrix
 * ask the same questions, and with a symbol table each answer looks up thousands of names.
 */
function lateOf(elf: ElfInfo, req: VersionNeed, policy: Policy): Late {
  let byPolicy = lateCache.get(elf)
  if (!byPolicy) lateCache.set(elf, (byPolicy = new Map()))
  let byReq = byPolicy.get(policy)
  if (!byReq) byPolicy.set(policy, (byReq = new Map()))
  let late = byReq.get(req)
  if (late === undefined) byReq.set(req, (late = lateUsers(req, usersOf(elf, req), policy, elf.needed)))
  return late
}

/** Does the file load where `policy` holds? Used for the floor and for every distro of the matrix. */
export function loadsUnder(
  elf: ElfInfo,
  policy: Policy,
  bundled: BundledLibraries = NONE
): { loads: boolean; missing: string[] } {
  const missing: string[] = []
  for (const req of elf.requirements) {
    // GLIBC_PRIVATE exists in every glibc (privateAbi); bundled libraries are judged by their own verdef.
    if (isPrivateVersion(req.version) || bundled.has(req.library)) continue
    const late = lateOf(elf, req, policy)
    if (late === null) continue
    if (blocksLoad(req, elf, late.users, late.versionExists) && !missing.includes(req.version))
      missing.push(req.version)
  }
  return { loads: missing.length === 0, missing: missing.sort(versionOrder) }
}

const NONE: BundledLibraries = new Map()

/** Versions a bundled library's verdef lacks although the file needs them from it. */
function bundledMisses(elf: ElfInfo, bundled: BundledLibraries): VersionNeed[] {
  return elf.requirements.filter(req => {
    const lib = bundled.get(req.library)
    return lib !== undefined && !lib.definitions.some(d => !d.base && d.version === req.version)
  })
}

/** A file's report plus, per distro id, the versions that keep it from loading there. */
export interface FileAudit {
  report: FileReport
  /** The versions that keep the file itself from loading on the floor (its own verdict). */
  floorMissing?: string[]
  distroMissing: Record<string, string[]>
  /** Distro ids with no edition for this file's architecture. */
  unsupported?: string[]
  arch?: string
}

export function auditElf(elf: ElfInfo, ctx: FileContext, bundled: BundledLibraries = NONE): FileAudit {
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
  if (elf.separateDebug)
    return skip(
      base,
      'separate debug information (objcopy --only-keep-debug): its dynamic tables are NOBITS, no loader loads it',
      'separate-debug'
    )
  if (libc === 'musl')
    return skip(base, `musl binary (${elf.interpreter ?? 'musl libc'}): no glibc floor applies`, 'musl')
  if (elf.type === 'rel' || elf.type === 'core')
    return skip(
      base,
      `${elf.type === 'rel' ? 'relocatable object' : 'core dump'}: nothing is loaded`,
      elf.type === 'rel' ? 'relocatable' : 'core'
    )

  const violations: Violation[] = []
  const privateAbi: PrivateAbiUse[] = []
  let symbolExact = false
  for (const req of elf.requirements) {
    const users = usersOf(elf, req)
    const table = policy.symbols?.covers(req.library, req.version, policy.ceilings) ? policy.symbols : null
    if (table) symbolExact = true
    if (isPrivateVersion(req.version)) {
      for (const s of users.length > 0 ? users : [null])
        privateAbi.push({
          symbol: s ? s.name : null,
          library: req.library,
          version: req.version,
          onFloor: table && s ? table.defines(req.library, req.version, s.name, elf.needed) : null
        })
      continue
    }
    if (bundled.has(req.library)) continue
    const late = lateOf(elf, req, policy)
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
        remedy: ctx.knowledge.remedy(symbol, req.version, elf.machine),
        missing: late.versionExists ? 'symbol' : 'version'
      })
    }
  }
  const misses = bundledMisses(elf, bundled)
  for (const req of misses) {
    const users = usersOf(elf, req)
    for (const s of users.length > 0 ? users : [null])
      violations.push({
        symbol: s ? s.name : null,
        version: req.version,
        library: req.library,
        weakBinding: s ? s.weakBinding : false,
        wrapped: false,
        pinned: false,
        remedy: {
          kind: 'rebuild',
          note: `the bundled ${req.library} does not define ${req.version}: bundle the build of it this file was linked against`,
          scope: 'namespace'
        },
        missing: 'version',
        bundled: ctx.display((bundled.get(req.library) as ElfInfo).path)
      })
  }
  violations.sort((a, b) => versionOrder(b.version, a.version) || byCodeUnit(a.symbol ?? '', b.symbol ?? ''))
  const own = loadsUnder(elf, policy, bundled)
  // A version the bundled copy lacks stops the loader as surely as one the floor lacks (VER_FLG_WEAK aside).
  const bundleMissing = misses.filter(r => !r.weak).map(r => `${r.version} (bundled ${r.library})`)
  const load = {
    loads: own.loads && bundleMissing.length === 0,
    missing: [...own.missing, ...bundleMissing]
  }
  const distroMissing: Record<string, string[]> = {}
  const unsupported: string[] = []
  // Distros that share a glibc share a policy object: one answer per policy.
  const missingUnder = new Map<Policy, string[]>()
  for (const d of ctx.knowledge.distros) {
    if (d.arches.length > 0 && !d.arches.includes(policy.arch)) unsupported.push(d.id)
    const p = ctx.knowledge.distroPolicy(d, elf.machine)
    let missing = missingUnder.get(p)
    if (!missing) missingUnder.set(p, (missing = loadsUnder(elf, p, bundled).missing))
    distroMissing[d.id] = missing
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
  if (privateAbi.length > 0) {
    const names = new Set(privateAbi.map(p => p.symbol).filter(Boolean)).size
    reason += `; uses glibc's private ABI (GLIBC_PRIVATE, ${names} symbol(s)): ties it to one glibc build`
  }
  if (floorNote) reason += ` (${floorNote})`
  return {
    report: {
      ...base,
      reason,
      violations,
      privateAbi,
      symbolExact,
      loadsOnFloor: load.loads,
      distros
    },
    floorMissing: load.missing,
    distroMissing,
    unsupported,
    arch: policy.arch
  }
}

function skip(base: FileReport, reason: string, skipKind: SkipKind): FileAudit {
  return {
    report: { ...base, status: 'skipped', reason, skipKind, loadsOnFloor: undefined, distros: undefined },
    distroMissing: {}
  }
}

/** Reads one path: the ELF, or the row that says why there is none (non-ELF: skipped; ELF problems: error). */
export function readPath(path: string, ctx: FileContext): ElfInfo | FileAudit {
  try {
    return readElf(path)
  } catch (e) {
    if (!(e instanceof ElfError)) throw e
    const report: FileReport =
      e.code === 'not-elf'
        ? { path: ctx.display(path), status: 'skipped', reason: 'not an ELF file', skipKind: 'not-elf' }
        : { path: ctx.display(path), status: 'error', reason: e.message }
    return { report, distroMissing: {} }
  }
}

/** Audits one path on its own (no tree around it). */
export function auditPath(path: string, ctx: FileContext): FileAudit {
  const r = readPath(path, ctx)
  return 'report' in r ? r : auditElf(r, ctx)
}
