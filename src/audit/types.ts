// The audit report model. The JSON report (CLI --format json, action report-path) is exactly this shape.

/** A version namespace the loader checks: GLIBC_2.17, GLIBCXX_3.4.19, CXXABI_1.3.7, GCC_4.8.0, ... */
export type Namespace = 'GLIBC' | 'GLIBCXX' | 'CXXABI' | 'GCC' | string

/** Highest allowed version per namespace, e.g. { GLIBC: '2.17', GLIBCXX: '3.4.19', CXXABI: '1.3.7', GCC: '4.8.0' } */
export type Ceilings = Record<string, string>

export interface Floor {
  /** The glibc floor the user asked for, e.g. "2.17". */
  glibc: string
  /** Resolved ceilings for the audited architecture(s) after overrides. */
  ceilings: Ceilings
}

export interface Requirement {
  /** DT_NEEDED library the verneed entry belongs to (vn_file), e.g. "libc.so.6". */
  library: string
  /** Full version name, e.g. "GLIBC_2.28". */
  version: string
  /** VER_FLG_WEAK on the vernaux: the loader only warns when it is missing. */
  weak: boolean
}

export interface Violation {
  /** Undefined dynamic symbol that carries the late version; null when no symbol uses the requirement. */
  symbol: string | null
  version: string
  library: string
  /** The symbol has STB_WEAK binding (the loader still requires its version). */
  weakBinding: boolean
  /** A __wrap_<symbol> exists in the compat header (fallback report). */
  wrapped: boolean
  /** The compat pins header binds this symbol to an older version (symver-pins.txt beside the header). */
  pinned: boolean
  /** Remedy from data/symbols.json, or a generic one for the namespace. */
  remedy: Remedy
}

export interface Remedy {
  /** wrap-dlsym | symver | syscall | rebuild | link-static | none */
  kind: string
  /** Version the symbol appeared in (from data), when known. */
  introduced?: string
  note: string
  /** For `symver`: the older version of the same symbol to bind instead, on this file's architecture. */
  pinTo?: string
  /** `symbol`: data/symbols.json knows this symbol; `namespace`: the default for its version namespace. */
  scope: 'symbol' | 'namespace'
}

export type FileStatus = 'audited' | 'skipped' | 'error'

export interface FileReport {
  path: string
  status: FileStatus
  /** Why a file was skipped or failed; for audited files a one-line verdict. */
  reason: string
  machine?: string
  class?: 32 | 64
  endian?: 'little' | 'big'
  /** glibc | musl | none (static or no interpreter) */
  libc?: 'glibc' | 'musl' | 'none'
  interpreter?: string | null
  soname?: string | null
  bindNow?: boolean
  needed?: string[]
  requirements?: Requirement[]
  /** Highest required version per namespace. */
  maxVersions?: Record<string, string>
  /** Undefined dynamic symbols per version, as objdump -T shows them, e.g. { "GLIBC_2.2.5": 337 } */
  versionCounts?: Record<string, number>
  violations?: Violation[]
  loadsOnFloor?: boolean
  /** From NT_GNU_ABI_TAG, e.g. "3.2.0"; null when absent. */
  minKernel?: string | null
  /** Distros (data/distros.json ids) whose glibc/libstdc++ satisfy every requirement. */
  distros?: string[]
}

export interface DistroVerdict {
  id: string
  name: string
  glibc: string
  loads: boolean
  /** Versions the distro lacks, e.g. ["GLIBC_2.28", "GLIBCXX_3.4.26"]. */
  missing: string[]
  /** Architectures of audited files the distro has no edition for (Amazon Linux 1 has no aarch64). */
  unsupportedArches: string[]
}

export interface AuditReport {
  tool: { name: 'glibc-floor'; version: string }
  floor: Floor
  files: FileReport[]
  /** Aggregates over audited files. */
  summary: {
    audited: number
    skipped: number
    errors: number
    violations: number
    unwrapped: number
    loadsOnFloor: boolean
    maxVersions: Record<string, string>
    /** Distro matrix over all audited files. */
    distros: DistroVerdict[]
    /** What directory walks and globs passed over without a row: non-ELF files and symbolic links. */
    passedOver: { nonElf: number; symlinks: number }
  }
}
