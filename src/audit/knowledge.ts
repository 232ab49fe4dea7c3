import type { Policy } from './check.js'
import type { Ceilings, Remedy } from './types.js'

/** A distro of the matrix: its glibc and the libstdc++/libgcc_s versions its base system ships. */
export interface Distro {
  id: string
  name: string
  glibc: string
  ceilings: Ceilings
  /** Architectures the distro ships (data/floors.json names); empty means unknown: not checked. */
  arches: string[]
}

/** Everything the audit knows that is a fact about the world rather than logic: read from data/. */
export interface Knowledge {
  /** Floors defined in data, e.g. ['2.17', '2.28'] (any glibc version may still be asked for). */
  floors: string[]
  policy(glibc: string, arch: string, overrides?: Ceilings): Policy
  distroPolicy(d: Distro, arch: string): Policy
  distros: Distro[]
  remedy(symbol: string | null, version: string, arch: string): Remedy
  /**
   * The libraries a system at this floor provides (auditwheel's lib_whitelist for the floor's policy, plus
   * the loaders): needed but not bundled, they are no problem. Null when the knowledge has no such list.
   */
  baseLibraries(glibc: string): { policy: string; libraries: ReadonlySet<string> } | null
}
