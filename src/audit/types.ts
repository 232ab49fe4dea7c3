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
  /**
   * What the floor lacks: `version` when the library's verdef has no such version (the loader stops with
   * "version `X' not found"), `symbol` when the version exists but the name is not defined under it
   * ("undefined symbol: X, version Y", at start-up only when bound eagerly). Decided by the floor's symbol
   * table where it has one, by version numbers otherwise.
   */
  missing: 'version' | 'symbol'
  /**
   * Set when `library` is a bundled file of the tree (its path as shown): the requirement was checked
   * against that copy's verdef, not against the floor.
   */
  bundled?: string
}

/**
 * A symbol bound to GLIBC_PRIVATE: glibc's internal ABI, present in every glibc but different in each
 * build. A warning, not a floor violation: it ties the binary to one glibc build.
 */
export interface PrivateAbiUse {
  /** The imported symbol; null when the requirement has no user in the dynamic symbol table. */
  symbol: string | null
  library: string
  version: string
  /** Whether the floor's own library defines it (from the floor's symbol table); null when there is none. */
  onFloor: boolean | null
}

/** Why a file was passed over (status `skipped`). */
export type SkipKind = 'not-elf' | 'separate-debug' | 'relocatable' | 'core' | 'musl'

/**
 * How one DT_NEEDED entry resolves, as the loader would in a release tree:
 * - `bundled`: a file of the audited tree, found through the file's DT_RUNPATH/DT_RPATH (`$ORIGIN`) or, for a
 *   library the base system lacks, in the file's own directory (a search the loader itself does only with
 *   LD_LIBRARY_PATH or a wrapper script: `via: 'directory'`);
 * - `base`: part of the floor's base system (auditwheel's lib_whitelist for the floor's policy, the loader);
 * - `missing`: neither: the file needs a library a system at the floor does not have and the tree lacks.
 */
export interface Dependency {
  needed: string
  resolution: 'bundled' | 'base' | 'missing'
  /** For `bundled`: the library's path as reports show paths. */
  path?: string
  /**
   * For `bundled`: how it was found: `runpath`, `rpath`, `directory` (own directory, see above) or `path`
   * (DT_NEEDED is itself a path such as `$ORIGIN/../lib/libpython3.12.so.1.0`).
   */
  via?: 'runpath' | 'rpath' | 'directory' | 'path'
}

/** The verdict of a file together with every bundled library it loads, directly or through other ones. */
export interface BundleVerdict {
  /** The file and all of its bundled libraries load on the floor, and its bundled needs are met. */
  loadsOnFloor: boolean
  /** Paths of the bundled libraries it loads (transitively), in load order. */
  libraries: string[]
  /** The files (itself or a bundled library) that keep it from loading, with what each lacks. */
  blockers: { path: string; missing: string[] }[]
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
  /** For skipped files: what kind of file was passed over. */
  skipKind?: SkipKind
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
  /** Late requirements. GLIBC_PRIVATE never appears here (see privateAbi). */
  violations?: Violation[]
  /** Uses of glibc's private ABI (GLIBC_PRIVATE): warnings, not violations. */
  privateAbi?: PrivateAbiUse[]
  /** True when the floor's symbol table decided the glibc/libstdc++/libgcc requirements (symbol-exact). */
  symbolExact?: boolean
  /** DT_NEEDED entries resolved in the audited tree, the floor's base system, or missing. */
  dependencies?: Dependency[]
  /** Needed libraries that are neither bundled nor on the floor's base system ("not on CentOS 7 and not in this tree"). */
  missingLibraries?: string[]
  /** The file's own verdict: its requirements on the floor's libraries. See bundle for the whole picture. */
  loadsOnFloor?: boolean
  /** From NT_GNU_ABI_TAG, e.g. "3.2.0"; null when absent. */
  minKernel?: string | null
  /** Distros (data/distros.json ids) whose glibc/libstdc++ satisfy every requirement. */
  distros?: string[]
  /** Present when the file loads bundled libraries of the tree: the verdict including them. */
  bundle?: BundleVerdict
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
    // The four below are always set by auditPaths; optional so reports built by hand (tests) stay valid.
    /** Skipped rows that are separate debug-info files (objcopy --only-keep-debug). */
    separateDebug?: number
    /** Audited files that use GLIBC_PRIVATE symbols (privateAbi). */
    privateAbi?: number
    /** Distinct needed libraries missing from both the tree and the floor's base system. */
    missingLibraries?: string[]
    /** Audited files whose bundle verdict fails although their own verdict passes. */
    bundleFailures?: number
  }
}
