// Loads the knowledge files in data/ and answers the audit's questions from them. They are read at run time
// from the tool's own data/ (beside src/ and dist/), not bundled: symbols.json is only parsed when a late
// symbol needs its remedy, which keeps a clean audit's start-up short.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Policy } from './check.js'
import { AuditError } from './errors.js'
import { FloorSymbols, type FloorSymbolsFile } from './floor-symbols.js'
import type { Distro, Knowledge } from './knowledge.js'
import { compareDotted, parseVersionName } from './version.js'
import type { Ceilings, Remedy } from './types.js'

interface ArchFloor {
  ceilings: Ceilings
  extraAllowed?: string[]
  deniedSymbols?: Record<string, string[]>
}
interface FloorEntry {
  ceilings: Ceilings
  arch: Record<string, ArchFloor>
}
interface ArchEntry {
  aliases?: string[]
  minFloor?: string
}
interface SymbolEntry {
  introduced?: string | null
  olderVersions?: Record<string, string[]>
  remedy: string
  note: string
}
interface DistroEntry {
  id: string
  name: string
  glibc: string
  GLIBCXX: string
  CXXABI: string
  GCC: string
  arches?: string[]
}
export interface KnowledgeData {
  floors: Record<string, FloorEntry>
  arches: Record<string, ArchEntry>
  /** Late symbols and namespace defaults; a function so the large file is read only when needed. */
  remedies: () => {
    symbols: Record<string, SymbolEntry>
    namespaceDefaults: Record<string, { kind: string; note: string }>
  }
  distros: DistroEntry[]
  /** The floor's symbol table for an architecture, or null when the floor has none (version check only). */
  floorSymbols?: (glibc: string, arch: string) => (() => FloorSymbolsFile) | null
  /** auditwheel lib_whitelist per floor (data/base-libraries.json). */
  baseLibraries?: BaseLibrariesFile
}

export interface BaseLibrariesFile {
  source: string
  policies: Record<string, { policy: string; libraries: string[] }>
  loaders: { libraries: string[] }
}

/** Where the last shipped file was found: data/ and compat/ sit side by side, so it is the first place to look. */
let home: string | undefined

/** Locates a file shipped with the tool (compat/, data/) from src/ or from the bundled dist/. */
export function repoFile(rel: string): string | null {
  if (home !== undefined && existsSync(join(home, rel))) return join(home, rel)
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, rel)
    if (existsSync(candidate)) {
      home = dir
      return candidate
    }
    const pkg = join(dir, 'package.json')
    if (existsSync(pkg) && /"name":\s*"glibc-floor-action"/.test(readFileSync(pkg, 'utf8'))) return null
    dir = dirname(dir)
  }
  return null
}

export function buildKnowledge(data: KnowledgeData): Knowledge {
  const defined = Object.keys(data.floors).sort(compareDotted)
  if (defined.length === 0) throw new AuditError('bad-data', 'data/floors.json defines no floor')
  const alias = new Map<string, string>()
  for (const [name, a] of Object.entries(data.arches)) {
    alias.set(name, name)
    for (const x of a.aliases ?? []) alias.set(x, name)
  }
  const archOf = (machine: string): string => alias.get(machine) ?? machine
  // One table per (floor, arch), shared by the floor's policy and every distro policy at that glibc.
  const tables = new Map<string, FloorSymbols | null>()

  const policy = (glibc: string, machine: string, overrides: Ceilings = {}): Policy => {
    const arch = archOf(machine)
    // An undefined floor takes libstdc++/libgcc ceilings and extras from the nearest defined floor below it.
    const below = defined.filter(f => compareDotted(f, glibc) <= 0)
    const entry = data.floors[below[below.length - 1] ?? defined[0]]
    const archFloor: ArchFloor = entry.arch[arch] ?? entry.arch.x86_64 ?? { ceilings: entry.ceilings }
    const own = entry.arch[arch] !== undefined
    const minFloor = data.arches[arch]?.minFloor
    const tableKey = `${glibc}\0${arch}`
    if (!tables.has(tableKey)) {
      const load = data.floorSymbols?.(glibc, arch) ?? null
      tables.set(tableKey, load ? new FloorSymbols(load) : null)
    }
    return {
      glibc,
      arch,
      ceilings: { ...archFloor.ceilings, GLIBC: glibc, ...overrides },
      extraAllowed: new Set(own ? (archFloor.extraAllowed ?? []) : []),
      deniedSymbols: own ? (archFloor.deniedSymbols ?? {}) : {},
      unreachable:
        minFloor && compareDotted(glibc, minFloor) < 0
          ? `${arch} glibc starts at ${minFloor}: the lowest floor reachable there`
          : null,
      symbols: tables.get(tableKey) ?? null
    }
  }

  const distros: Distro[] = data.distros.map(d => ({
    id: d.id,
    name: d.name,
    glibc: d.glibc,
    ceilings: { GLIBCXX: d.GLIBCXX, CXXABI: d.CXXABI, GCC: d.GCC },
    arches: d.arches ?? []
  }))

  const distroPolicies = new Map<string, Policy>()
  const policyKeys = new Map(distros.map(d => [d.id, `${d.glibc}\0${JSON.stringify(d.ceilings ?? {})}`]))
  let remedies: ReturnType<KnowledgeData['remedies']> | null = null
  const namespaceDefault = (version: string): { kind: string; note: string } => {
    const defaults = (remedies ??= data.remedies()).namespaceDefaults
    if (defaults[version]) return defaults[version]
    const ns = parseVersionName(version).namespace
    const key = Object.keys(defaults)
      .filter(k => ns === k || ns.startsWith(`${k}_`))
      .sort((a, b) => b.length - a.length)[0]
    return defaults[key ?? '*'] ?? { kind: 'rebuild', note: 'rebuild on a host with the floor glibc' }
  }

  const base = data.baseLibraries
  const baseKeys = Object.keys(base?.policies ?? {}).sort(compareDotted)
  const baseSets = new Map<string, { policy: string; libraries: ReadonlySet<string> }>()
  const baseLibraries = (glibc: string): { policy: string; libraries: ReadonlySet<string> } | null => {
    if (!base) return null
    const key = baseKeys.filter(k => compareDotted(k, glibc) <= 0).pop() ?? baseKeys[0]
    let set = baseSets.get(key)
    if (!set) {
      const p = base.policies[key]
      set = { policy: p.policy, libraries: new Set([...p.libraries, ...base.loaders.libraries]) }
      baseSets.set(key, set)
    }
    return set
  }

  return {
    floors: defined,
    distros,
    policy,
    baseLibraries,
    // Every file asks for every distro's policy: build each (distro, arch) pair once.
    // Distros with the same glibc and ceilings (rhel8 and debian10 ...) share one, so a file's answers for
    // one serve the other.
    distroPolicy: (d, machine) => {
      const key = `${policyKeys.get(d.id)}\0${machine}`
      let p = distroPolicies.get(key)
      if (!p) distroPolicies.set(key, (p = policy(d.glibc, machine, d.ceilings)))
      return p
    },
    remedy(symbol, version, machine): Remedy {
      const s = symbol === null ? undefined : (remedies ??= data.remedies()).symbols[symbol]
      if (!s) {
        const d = namespaceDefault(version)
        return { kind: d.kind, note: d.note, scope: 'namespace' }
      }
      const older = s.olderVersions?.[archOf(machine)]
      return {
        kind: s.remedy,
        ...(s.introduced ? { introduced: s.introduced } : {}),
        note: s.note,
        ...(s.remedy === 'symver' && older?.length ? { pinTo: `${symbol}@${older[older.length - 1]}` } : {}),
        scope: 'symbol'
      }
    }
  }
}

/** A knowledge file of the tool's data/ directory, parsed. */
export function readDataFile<T>(name: string): T {
  const path = repoFile(join('data', name))
  if (!path)
    throw new AuditError(
      'bad-data',
      `data/${name} not found beside the tool (it ships in the repository and the package)`
    )
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T
  } catch (e) {
    throw new AuditError('bad-data', `cannot read ${path}: ${(e as Error).message}`)
  }
}

let cached: Knowledge | null = null
let tableFiles: Set<string> | null = null

function readdirSafe(dir: string | null): string[] {
  try {
    return dir ? readdirSync(dir) : []
  } catch {
    return []
  }
}

export function defaultKnowledge(): Knowledge {
  if (!cached) {
    const floors = readDataFile<Pick<KnowledgeData, 'floors' | 'arches'>>('floors.json')
    cached = buildKnowledge({
      floors: floors.floors,
      arches: floors.arches,
      distros: readDataFile<Pick<KnowledgeData, 'distros'>>('distros.json').distros,
      remedies: () => readDataFile<ReturnType<KnowledgeData['remedies']>>('symbols.json'),
      floorSymbols: (glibc, arch) => {
        const name = `glibc-${glibc}-${arch}.json`
        // One directory listing answers every (floor, arch) the floor and the distro matrix ask about.
        tableFiles ??= new Set(readdirSafe(repoFile(join('data', 'floor-symbols'))))
        return tableFiles.has(name) ? () => readDataFile<FloorSymbolsFile>(join('floor-symbols', name)) : null
      },
      baseLibraries: readDataFile<BaseLibrariesFile>('base-libraries.json')
    })
  }
  return cached
}
