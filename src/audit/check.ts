import type { ElfInfo, ImportedSymbol, VersionNeed } from '../elf/index.js'
import { isPrivateVersion, type FloorSymbols } from './floor-symbols.js'
import { compareNumbers, parseDotted, parseVersionName } from './version.js'
import type { Ceilings } from './types.js'

/** What one floor allows on one architecture (data/floors.json, after aliases and overrides). */
export interface Policy {
  glibc: string
  arch: string
  ceilings: Ceilings
  /** Exact version names allowed beside the numeric ceilings (CXXABI_TM_1, aarch64's GLIBC_2.18 ...). */
  extraAllowed: ReadonlySet<string>
  /** Symbols that stay late although their version is allowed (real 2.18 symbols on aarch64). */
  deniedSymbols: Readonly<Record<string, readonly string[]>>
  /** Set when the architecture's glibc starts above the floor (riscv64: 2.27). */
  unreachable: string | null
  /**
   * What the floor's real libraries define (data/floor-symbols), when the floor has such a table for this
   * architecture: requirements on those libraries are then checked name@version by name@version.
   */
  symbols: FloorSymbols | null
}

/** `extra`: above the numeric ceiling but allowed by name (extraAllowed), where deniedSymbols apply. */
export type Verdict = 'ok' | 'extra' | 'above' | 'ungoverned'

/**
 * Is one required version within the policy? Plain NS_x.y.z names of a governed namespace compare
 * numerically; any other name of those namespaces (GLIBC_PRIVATE, GLIBC_ABI_DT_RELR, CXXABI_FLOAT128,
 * GLIBCXX_LDBL_3.4.7...) must be listed in extraAllowed. Other namespaces (OPENSSL_3.0.0...) are not the
 * floor's business.
 */
export function checkVersion(version: string, p: Policy): Verdict {
  const v = parseVersionName(version)
  const ceiling = p.ceilings[v.namespace]
  const numericOk =
    ceiling !== undefined && v.numbers !== null && compareNumbers(v.numbers, parseDotted(ceiling) ?? []) <= 0
  if (numericOk) return 'ok'
  if (p.extraAllowed.has(version)) return 'extra'
  if (ceiling !== undefined && v.numbers) return 'above'
  const governed = Object.keys(p.ceilings).some(ns => version.startsWith(`${ns}_`))
  return governed ? 'above' : 'ungoverned'
}

/**
 * The imported symbols that make a requirement late under a policy, and whether the floor has the version.
 * With a symbol table for the floor (and the requirement's library and namespace in it): the version must be
 * in the library's verdef, and each user must be defined under it somewhere in `scope` (the file's needed
 * floor libraries). Without one: all users when the version is above the ceiling; when the version is
 * allowed only by name (aarch64's GLIBC_2.18 at 2.17), the denied ones. GLIBC_PRIVATE exists in every glibc:
 * without a table it is never late (privateAbi reports it), with one its missing symbols are.
 */
export function lateUsers(
  req: VersionNeed,
  users: ImportedSymbol[],
  p: Policy,
  scope: readonly string[] = []
): { users: ImportedSymbol[]; versionExists: boolean } | null {
  const table = p.symbols
  if (table?.covers(req.library, req.version, p.ceilings)) {
    if (!table.hasVersion(req.library, req.version)) return { users, versionExists: false }
    const late = users.filter(s => !table.defines(req.library, req.version, s.name, scope))
    return late.length > 0 ? { users: late, versionExists: true } : null
  }
  if (isPrivateVersion(req.version)) return null
  const verdict = checkVersion(req.version, p)
  if (verdict === 'above') return { users, versionExists: false }
  const denied = p.deniedSymbols[req.version]
  if (verdict === 'extra' && denied) {
    const late = users.filter(s => denied.includes(s.name))
    return late.length > 0 ? { users: late, versionExists: true } : null
  }
  return null
}

/**
 * Whether the loader refuses the file because of this requirement. A missing WEAK (VER_FLG_WEAK) version is
 * only a warning at start-up, but a symbol bound to it still fails once it is bound: at start-up under
 * bind-now or for address-taken symbols (non-PLT relocations), otherwise at its first call.
 * When the version exists on the floor and only some of its symbols do not (aarch64's GLIBC_2.18 on CentOS 7),
 * the version check passes; what fails is the lookup of a strongly bound symbol at start-up.
 */
export function blocksLoad(
  req: VersionNeed,
  elf: ElfInfo,
  late: ImportedSymbol[],
  versionExists = false
): boolean {
  if (versionExists) {
    const strong = late.filter(s => !s.weakBinding)
    if (strong.length === 0) return false
    if (elf.bindNow) return true
    const eager = elf.eagerImports()
    return strong.some(s => eager.has(s.index))
  }
  if (!req.weak) return true
  if (late.length === 0) return false
  if (elf.bindNow) return true
  const eager = elf.eagerImports()
  return late.some(s => eager.has(s.index))
}
