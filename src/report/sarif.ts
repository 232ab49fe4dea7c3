// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif). The renderer reads a small list of
// findings, not the report model: sarifFindings() is the one adapter from AuditReport, so another findings
// model can feed renderSarif() by building the same list.
//
// Choices GitHub's ingestion makes for us:
// - one result per (file, version): alerts stay few and each names its symbols and their fixes;
// - no `region`: the artifacts are binaries, and upload-sarif skips its own line-hash fingerprinting for
//   results without a start line (it would otherwise read a 100 MB binary as text); our partialFingerprints
//   hash (rule, file, version) only, so an alert survives a rebuild that changes the symbol list;
// - artifact URIs relative to the workspace (%SRCROOT%), so paths match between runs and machines.
import { crypto } from '../builtins.js'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { AuditReport } from '../audit/types.js'
import { byCodeUnit, parseVersionName, versionOrder } from '../audit/version.js'

export const SARIF_VERSION = '2.1.0'
/** The OASIS schema GitHub documents for code scanning uploads. */
export const SARIF_SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'
const HOME = 'https://github.com/glibc-floor/glibc-floor-action'
/** Key of our partialFingerprints entry; bump the suffix if what it hashes ever changes. */
export const FINGERPRINT_KEY = 'glibcFloorFinding/v1'
/** Symbols named in one result's message; the full list is in the result's properties. */
export const MESSAGE_SYMBOLS = 30

export type FindingKind = 'late-version' | 'private-abi' | 'missing-library' | 'unreadable-file'

/** The fix for one symbol, as the knowledge data gives it. */
export interface SymbolFix {
  name: string
  /** wrap-dlsym | symver | syscall | rebuild | link-static | none */
  kind: string
  note: string
  /** For symver: the older version to bind instead, e.g. "fcntl@GLIBC_2.2.5". */
  pinTo?: string
  /** What already covers it: a __wrap_ in the compat header, or the pins header. */
  covered?: 'wrapped' | 'pinned'
}

/** One finding: what renderSarif() turns into one result. */
export interface SarifFinding {
  kind: FindingKind
  /** The file as the report shows it: relative to the working directory, or absolute. */
  file: string
  /** late-version, private-abi: the version name (GLIBC_2.28); missing-library: the soname; else ''. */
  subject: string
  /** error: the floor's loader refuses the file (or it could not be read); warning: it loads, with a caveat. */
  level: 'error' | 'warning'
  /** What happens, e.g. "glibc 2.17 refuses to load it", or the read error. */
  detail: string
  symbols: SymbolFix[]
}

export interface SarifInput {
  tool: { name: string; version: string }
  /** The glibc floor, e.g. "2.17". */
  floor: string
  findings: SarifFinding[]
}

/** Where paths are resolved from and what URIs are relative to. */
export interface SarifPlace {
  /** The repository checkout (GITHUB_WORKSPACE), base of every relative artifact URI. */
  workspace: string
  /** The directory relative report paths are relative to. */
  cwd: string
}

interface Rule {
  id: string
  name: string
  short: string
  full: string
  /** The fix, in Markdown; the plain-text help is derived from it. */
  help: string
  level: 'error' | 'warning'
}

const perSymbol = 'Each result lists its symbols with the fix the knowledge data gives for each.'

const lateRule = (ns: string, lib: string, id: string, name: string, fix: string): Rule => ({
  id,
  name,
  short: `Needs a ${ns} version newer than the floor`,
  full:
    `The file requires a ${ns}_ version (in .gnu.version_r) that ${lib} on the floor distributions does not ` +
    `define; their dynamic loader refuses to start it ("version \`${ns}_…' not found").`,
  help: `${fix}\n\n${perSymbol}`,
  level: 'error'
})

const RULES: Record<string, Rule> = {
  GLIBC: lateRule(
    'GLIBC',
    'glibc',
    'late-glibc-version',
    'LateGlibcVersion',
    'Remove the late reference, per symbol:\n\n' +
      '- **wrap-dlsym**: link the compat layer (`glibc-floor wrap-flags` prints the flags); `__wrap_<symbol>` ' +
      'finds the real function at run time and falls back to an emulation where it is missing.\n' +
      '- **symver**: bind the older version of the same symbol with `.symver` (the compat pins header does).\n' +
      '- **syscall**: call `syscall(SYS_<name>, …)` directly and handle `ENOSYS`.\n' +
      '- **rebuild**: compile and link against a glibc sysroot of the floor (the kit’s ' +
      '`docker/Dockerfile.glibc-2.17`, manylinux2014), so the reference is never emitted.'
  ),
  GLIBCXX: lateRule(
    'GLIBCXX',
    'libstdc++',
    'late-glibcxx-version',
    'LateLibstdcxxVersion',
    'Link libstdc++ statically (`-static-libstdc++ -static-libgcc`), or build with devtoolset/gcc-toolset on a ' +
      'glibc 2.17 host (manylinux2014), whose `libstdc++_nonshared.a` links the newer parts in statically.'
  ),
  CXXABI: lateRule(
    'CXXABI',
    'libstdc++',
    'late-cxxabi-version',
    'LateCxxAbiVersion',
    'Link libstdc++ statically (`-static-libstdc++`), or build with devtoolset/gcc-toolset on a glibc 2.17 host.'
  ),
  GCC: lateRule(
    'GCC',
    'libgcc_s',
    'late-gcc-version',
    'LateLibgccVersion',
    'Link libgcc statically (`-static-libgcc`), or build with an older GCC / devtoolset on a glibc 2.17 host.'
  ),
  other: lateRule(
    'runtime',
    'the runtime library',
    'late-other-version',
    'LateRuntimeVersion',
    'Rebuild against the floor’s runtime libraries, or ship the providing library with the binary.'
  ),
  'private-abi': {
    id: 'private-glibc-abi',
    name: 'PrivateGlibcAbi',
    short: 'Uses glibc’s private ABI (GLIBC_PRIVATE)',
    full:
      'GLIBC_PRIVATE symbols are internal to one glibc build and change between releases: a binary that ' +
      'needs them loads only with the exact glibc it was linked against.',
    help:
      'Never link against GLIBC_PRIVATE: rebuild without the object that references it (usually a static ' +
      'archive built against glibc internals), against a glibc sysroot of the floor.\n\n' +
      perSymbol,
    // The loader does not refuse a GLIBC_PRIVATE requirement by version; the binary is tied to one glibc build.
    level: 'warning'
  },
  'missing-library': {
    id: 'missing-library',
    name: 'MissingLibrary',
    short: 'Needs a shared library the floor distributions do not ship',
    full:
      'A DT_NEEDED library is not part of the base system of the floor distributions, so the loader stops ' +
      'with "cannot open shared object file".',
    help:
      'Link the library statically, ship it beside the binary (with an `$ORIGIN` rpath), or build against the ' +
      'floor’s sysroot, where the older soname is used.',
    level: 'error'
  },
  'unreadable-file': {
    id: 'unreadable-file',
    name: 'UnreadableElfFile',
    short: 'ELF file could not be audited',
    full:
      'The file looks like an ELF binary but could not be read (truncated, corrupt or not permitted), so ' +
      'nothing is known about what it needs.',
    help:
      'Check that the build wrote the file completely and that the audit can read it; audit it locally ' +
      'with `glibc-floor audit FILE` for the exact error.',
    level: 'error'
  }
}
const RULE_ORDER = [
  'GLIBC',
  'GLIBCXX',
  'CXXABI',
  'GCC',
  'other',
  'private-abi',
  'missing-library',
  'unreadable-file'
]
const LATE_NAMESPACES = ['GLIBCXX', 'CXXABI', 'GLIBC', 'GCC']

/** The rule key of a finding: late versions by namespace (sub-namespaces such as CXXABI_ARM count as theirs). */
function ruleKey(f: SarifFinding): string {
  if (f.kind !== 'late-version') return f.kind
  const ns = parseVersionName(f.subject).namespace
  return LATE_NAMESPACES.find(n => ns === n || ns.startsWith(`${n}_`)) ?? 'other'
}

/** The adapter from the audit report model: one finding per (file, version) and per unreadable file. */
export function sarifFindings(report: AuditReport): SarifInput {
  const findings: SarifFinding[] = []
  for (const f of report.files) {
    if (f.status === 'error') {
      findings.push({
        kind: 'unreadable-file',
        file: f.path,
        subject: '',
        level: 'error',
        detail: f.reason,
        symbols: []
      })
      continue
    }
    for (const soname of f.missingLibraries ?? [])
      findings.push({
        kind: 'missing-library',
        file: f.path,
        subject: soname,
        level: 'warning',
        detail: "it is neither on the floor's base system nor in the audited tree",
        symbols: []
      })
    const privateUses = f.privateAbi ?? []
    if (privateUses.length > 0)
      findings.push({
        kind: 'private-abi',
        file: f.path,
        subject: 'GLIBC_PRIVATE',
        level: 'warning',
        detail: `it still loads on glibc ${report.floor.glibc}, but only with the glibc build it was linked against`,
        symbols: privateUses.flatMap(u =>
          u.symbol === null
            ? []
            : [{ name: u.symbol, kind: 'rebuild', note: 'glibc internal: use the public interface instead' }]
        )
      })
    const byVersion = new Map<string, SymbolFix[]>()
    for (const v of f.violations ?? []) {
      const list = byVersion.get(v.version) ?? []
      byVersion.set(v.version, list)
      if (v.symbol === null) continue
      list.push({
        name: v.symbol,
        kind: v.remedy.kind,
        note: v.remedy.note,
        ...(v.remedy.pinTo ? { pinTo: v.remedy.pinTo } : {}),
        ...(v.wrapped ? { covered: 'wrapped' as const } : v.pinned ? { covered: 'pinned' as const } : {})
      })
    }
    for (const [version, symbols] of byVersion) {
      findings.push({
        kind: version === 'GLIBC_PRIVATE' ? 'private-abi' : 'late-version',
        file: f.path,
        subject: version,
        level: f.loadsOnFloor ? 'warning' : 'error',
        detail: f.loadsOnFloor
          ? `it still loads on glibc ${report.floor.glibc} (the requirement is weak)`
          : `it does not load on glibc ${report.floor.glibc}`,
        symbols
      })
    }
  }
  return { tool: report.tool, floor: report.floor.glibc, findings }
}

/** A path as a URI reference: relative to the workspace when inside it, else an absolute file: URI. */
export function artifactUri(file: string, place: SarifPlace): { uri: string; uriBaseId?: string } {
  const abs = resolve(place.cwd, file)
  const rel = relative(resolve(place.workspace), abs)
  if (rel && !rel.startsWith('..') && !isAbsolute(rel))
    return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' }
  return { uri: pathToFileURL(abs).href }
}

function fingerprint(ruleId: string, uri: string, subject: string): string {
  return crypto().createHash('sha256').update(`${ruleId}\0${uri}\0${subject}`).digest('hex')
}

/** Symbols sharing a fix share a line: libstdc++ findings are dozens of mangled names with one remedy. */
function fixLines(symbols: SymbolFix[]): string[] {
  const groups = new Map<string, { fix: string; names: string[] }>()
  for (const s of symbols) {
    const cover =
      s.covered === 'wrapped'
        ? ', wrapped by the compat header'
        : s.covered === 'pinned'
          ? ', pinned by the pins header'
          : ''
    const fix = `${s.kind}${s.pinTo ? ` → ${s.pinTo}` : ''}${cover}: ${s.note}`
    const g = groups.get(fix) ?? { fix, names: [] }
    g.names.push(s.name)
    groups.set(fix, g)
  }
  const lines: string[] = []
  let accounted = 0
  for (const g of groups.values()) {
    const room = MESSAGE_SYMBOLS - Math.min(accounted, MESSAGE_SYMBOLS)
    if (room === 0) break
    const names = g.names.slice(0, room)
    const more = g.names.length - names.length
    accounted += g.names.length
    lines.push(`- ${names.join(', ')}${more > 0 ? ` and ${more} more` : ''} [${g.fix}]`)
  }
  const other = symbols.length - accounted
  if (other > 0) lines.push(`- ${other} more symbol(s) with other fixes (all are in the result's properties)`)
  return lines
}

function message(f: SarifFinding, floor: string): string {
  switch (f.kind) {
    case 'unreadable-file':
      return `${f.file} could not be audited: ${f.detail}`
    case 'missing-library':
      return `${f.file} needs ${f.subject}, which the glibc ${floor} distributions do not ship: ${f.detail}`
    default: {
      const head = `${f.file} needs ${f.subject} (floor glibc ${floor}): ${f.detail}.`
      if (f.symbols.length === 0) return `${head} No undefined symbol uses this version.`
      return [`${head} ${f.symbols.length} symbol(s):`, ...fixLines(f.symbols)].join('\n')
    }
  }
}

function ruleObject(r: Rule): object {
  return {
    id: r.id,
    name: r.name,
    shortDescription: { text: r.short },
    fullDescription: { text: r.full },
    help: { text: r.help.replace(/\*\*|`/g, ''), markdown: r.help },
    helpUri: `${HOME}#code-scanning-sarif`,
    defaultConfiguration: { level: r.level },
    properties: {
      tags: ['portability', 'glibc', 'linux'],
      precision: 'very-high',
      'problem.severity': r.level
    }
  }
}

/** The SARIF log, as text. Results are ordered (file, rule, newest version first) so diffs stay readable. */
export function renderSarif(input: SarifInput, place: SarifPlace): string {
  const rules = RULE_ORDER.map(k => RULES[k])
  const rank = (f: SarifFinding): number => RULE_ORDER.indexOf(ruleKey(f))
  const findings = [...input.findings].sort(
    (a, b) => byCodeUnit(a.file, b.file) || rank(a) - rank(b) || versionOrder(b.subject, a.subject)
  )
  const results = findings.map(f => {
    const rule = RULES[ruleKey(f)]
    const location = artifactUri(f.file, place)
    return {
      ruleId: rule.id,
      ruleIndex: rules.indexOf(rule),
      level: f.level,
      message: { text: message(f, input.floor) },
      locations: [{ physicalLocation: { artifactLocation: location } }],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(rule.id, location.uri, f.subject) },
      properties: {
        ...(f.subject ? { version: f.subject } : {}),
        symbols: f.symbols.map(s => s.name)
      }
    }
  })
  const log = {
    $schema: SARIF_SCHEMA,
    version: SARIF_VERSION,
    runs: [
      {
        tool: {
          driver: {
            name: input.tool.name,
            version: input.tool.version,
            semanticVersion: input.tool.version,
            informationUri: HOME,
            rules: rules.map(ruleObject)
          }
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(resolve(place.workspace) + sep).href } },
        results,
        properties: { floor: input.floor }
      }
    ]
  }
  return JSON.stringify(log, null, 2) + '\n'
}

/** The report model rendered as SARIF: the adapter, then the renderer. */
export function renderSarifReport(report: AuditReport, place: SarifPlace): string {
  return renderSarif(sarifFindings(report), place)
}
