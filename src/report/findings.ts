// The findings model: what an audit means for a person, computed once from the AuditReport and rendered by every
// format (text, markdown summary, annotations, JSON `findings`, SARIF), so the formats cannot disagree.
//
// Shape (plain data, JSON-serialisable; `schema` changes when a field changes meaning):
//   Findings {
//     schema: 1, floor: '2.17', ceilings: { GLIBC: '2.17', GLIBCXX: '3.4.19', ... }
//     verdict: { status: pass|fail|warn|incomplete|none, fails: string[], loads: string[] (short distro names,
//                families folded: "Amazon Linux 1, 2", "RHEL 8+"), highest: { GLIBC: 'GLIBC_2.28', ... } (late
//                namespaces only), headline (one plain sentence) }
//     causes: Cause[]       one per (version, fix), blocking first, GLIBC before the C++ runtime, newest first:
//                           { kind: 'late-version', version, namespace, libraries, fix: { kind, label, covered },
//                             label, names, symbols: [{ symbol, demangled, files, note, pinTo? }], files, arches,
//                             blocking (some file fails to load because of it) }
//     recipe: Recipe         what this kit needs for these causes: steps [{ kind, title, lines }], workflow | null
//     fallback: Fallback     every late symbol grouped by fix kind: { total, covered, groups }
//     files: FileFinding[]   one per input file: { path, kind: audited|musl|static|no-libc|skipped|error, arch,
//                           loads, maxGlibc, late, note }
//     notes: Note[]          other finding kinds: { kind (stable id, SARIF rule), level, title, message, files }
//   }
// New finding kinds plug in as a NoteCollector (AuditReport → Note[]) added to NOTE_COLLECTORS. Every renderer
// shows notes generically: text and markdown as a list under the verdict, annotations by level within GitHub's
// budget, JSON as is. Notes do not change the verdict, which follows the audit summary.
import type { AuditReport, DistroVerdict, FileReport, Remedy, Violation } from '../audit/types.js'
import { byCodeUnit, parseVersionName, versionOrder } from '../audit/version.js'
import { PINS_ARCHES } from '../audit/wrapped.js'
import { demangle } from './demangle.js'
import { plural } from './counts.js'

/** The kit's .symver pins header only has directives for these architectures (compat/glibc_2_17_pins.h). */
export const PINS_HEADER_ARCHES = PINS_ARCHES

export type FixKind =
  'compat-wrap' | 'pins-header' | 'symver' | 'static-runtime' | 'rebuild' | 'bundle' | 'none'

export interface Fix {
  kind: FixKind
  /** Short, for a table column: "compat wrap", "pins header", "static libstdc++ / devtoolset", ... */
  label: string
  /** The kit covers it (a __wrap_ in the compat layer, or a pin that acts on this architecture). */
  covered: boolean
}

export interface CauseSymbol {
  /** As in .dynsym (mangled for C++); null when no symbol uses the version (a bare verneed entry). */
  symbol: string | null
  /** For people: the demangled C++ name, else the symbol itself. */
  demangled: string
  files: string[]
  /** The remedy note from data/symbols.json, or the namespace default. */
  note: string
  /** For symver fixes: the older version to bind instead, on this cause's architecture. */
  pinTo?: string
}

export interface Cause {
  kind: 'late-version'
  /** Full version name, e.g. "GLIBC_2.28". */
  version: string
  namespace: string
  /** DT_NEEDED libraries the version belongs to, e.g. ["libc.so.6", "libm.so.6"]. */
  libraries: string[]
  fix: Fix
  /** One line naming the symbols: "fcntl64", "std::__cxx11::basic_string and 24 more (3 classes)". */
  label: string
  /** The names the label starts with (markdown puts them in code spans); the label is names + the rest. */
  names: string[]
  symbols: CauseSymbol[]
  files: string[]
  arches: string[]
  /** Some file of this cause does not load on the floor because of it (else: weak or lazily bound only). */
  blocking: boolean
}

export type VerdictStatus = 'pass' | 'fail' | 'warn' | 'incomplete' | 'none'

export interface Verdict {
  status: VerdictStatus
  /** Short distro names where the audited files do not all load / where they all load. */
  fails: string[]
  loads: string[]
  /** The highest late requirement per namespace, e.g. { GLIBC: 'GLIBC_2.28', GLIBCXX: 'GLIBCXX_3.4.26' }. */
  highest: Record<string, string>
  /** One plain sentence: "Fails on RHEL/CentOS 7, ... · loads on RHEL 8+, ..." (no markup). */
  headline: string
}

export interface RecipeStep {
  kind: 'compat-wrap' | 'pins-header' | 'static-runtime' | 'symver' | 'rebuild' | 'bundle'
  title: string
  /** Lines to paste: flags as make-style assignments, or comments saying what to do. */
  lines: string[]
}

export interface Recipe {
  steps: RecipeStep[]
  /** A glibc-build reusable-workflow job that builds on the floor image; null when nothing needs a fix. */
  workflow: string | null
}

export interface FallbackGroup {
  fix: FixKind
  label: string
  covered: boolean
  symbols: { symbol: string; demangled: string; version: string; files: string[] }[]
}

export interface Fallback {
  total: number
  covered: number
  groups: FallbackGroup[]
}

export type FileKind = 'audited' | 'musl' | 'static' | 'no-libc' | 'skipped' | 'error'

export interface FileFinding {
  path: string
  kind: FileKind
  arch: string | null
  /** Loads on the floor (audited glibc files only). */
  loads: boolean | null
  maxGlibc: string | null
  late: number
  /** What a person should read about this file, e.g. "needs GLIBC_2.28", "musl: not a glibc binary". */
  note: string
}

export interface Note {
  /** Stable id of the finding kind, e.g. "private-abi", "missing-library" (SARIF rule id). */
  kind: string
  level: 'error' | 'warning' | 'notice'
  title: string
  message: string
  files: string[]
}

export type NoteCollector = (report: AuditReport) => Note[]

export interface Findings {
  schema: 1
  floor: string
  ceilings: Record<string, string>
  verdict: Verdict
  causes: Cause[]
  recipe: Recipe
  fallback: Fallback
  files: FileFinding[]
  notes: Note[]
}

export const FIX_LABELS: Record<FixKind, string> = {
  'compat-wrap': 'compat wrap',
  'pins-header': 'pins header',
  symver: '.symver pin',
  'static-runtime': 'static libstdc++',
  rebuild: 'rebuild on floor image',
  bundle: 'bundle the library',
  none: 'none'
}

/** What fixes one late reference in this kit, on the architecture of its file. */
export function fixFor(v: Violation, arch: string | null): Fix {
  const fix = (kind: FixKind, covered = false): Fix => ({ kind, label: FIX_LABELS[kind], covered })
  if (v.wrapped) return fix('compat-wrap', true)
  if (v.pinned && arch !== null && PINS_HEADER_ARCHES.has(arch)) return fix('pins-header', true)
  switch (v.remedy.kind) {
    case 'link-static':
      return fix('static-runtime')
    case 'symver':
      return fix(v.remedy.pinTo ? 'symver' : 'rebuild')
    case 'none':
      return fix(v.remedy.scope === 'namespace' ? 'bundle' : 'none')
    default:
      return fix('rebuild')
  }
}

function symbolNote(r: Remedy): Pick<CauseSymbol, 'note' | 'pinTo'> {
  return { note: r.note, ...(r.kind === 'symver' && r.pinTo ? { pinTo: r.pinTo } : {}) }
}

// ---- names -------------------------------------------------------------------------------------------------

const SPECIAL = /^(?:typeinfo name for |typeinfo for |vtable for |VTT for |construction vtable for )(.+)$/

/** "std::__cxx11::basic_string<char, ...>::append(char const*)" → class "std::__cxx11::basic_string". */
function classOf(demangled: string): string | null {
  // Type information and vtables belong to their class; cpp_demangle writes some as {vtable(X)}, {vtt(X)}.
  const special = SPECIAL.exec(demangled)?.[1] ?? /^\{[a-z -]+\((.+)\)\}$/.exec(demangled)?.[1]
  if (special) return stripTemplateArgs(special)
  let depth = 0
  let cut = -1
  let end = demangled.length
  for (let i = 0; i < demangled.length; i++) {
    const c = demangled[i]
    if (c === '<' || c === '(') {
      if (depth === 0 && c === '(') {
        end = i
        break
      }
      depth++
    } else if (c === '>' || c === ')') depth--
    else if (depth === 0 && c === ':' && demangled[i + 1] === ':') cut = i
  }
  if (cut < 0 || cut > end) return null
  // Template arguments make classes unreadable and split one class into many: keep the template's name.
  return stripTemplateArgs(demangled.slice(0, cut))
}

function stripTemplateArgs(s: string): string {
  let out = ''
  let depth = 0
  for (const c of s) {
    if (c === '<') depth++
    else if (c === '>') depth--
    else if (depth === 0) out += c
  }
  return out
}

/** Without the parameter list, for labels: "fcntl64", "std::__cxx11::basic_string::append". */
export function shortName(demangled: string): string {
  const cls = classOf(demangled)
  const open = demangled.indexOf('(')
  const head = open > 0 ? demangled.slice(0, open) : demangled
  return cls ? stripTemplateArgs(head) : head
}

/** The cause's one-line name: a few C names, or the C++ class with the most members and how many more. */
export function causeLabel(symbols: CauseSymbol[]): { names: string[]; rest: string } {
  const named = symbols.filter(s => s.symbol !== null)
  if (named.length === 0) return { names: [], rest: '(no symbol uses it: a version need of the file)' }
  const classes = new Map<string, number>()
  const plain: string[] = []
  for (const s of named) {
    const cls = s.symbol!.startsWith('_Z') ? classOf(s.demangled) : null
    if (cls) classes.set(cls, (classes.get(cls) ?? 0) + 1)
    else plain.push(shortName(s.demangled))
  }
  if (classes.size === 0)
    return { names: plain.slice(0, 3), rest: plain.length > 3 ? ` and ${plain.length - 3} more` : '' }
  if (named.length === 1) return { names: [shortName(named[0].demangled)], rest: '' }
  const [top] = [...classes].sort((a, b) => b[1] - a[1] || byCodeUnit(a[0], b[0]))[0]
  if (classes.size === 1 && plain.length === 0)
    return { names: [top], rest: `: ${plural(named.length, 'member')}` }
  const parts = [
    plural(classes.size, 'class', 'classes'),
    ...(plain.length ? [plural(plain.length, 'function')] : [])
  ]
  return { names: [top], rest: ` and ${named.length - 1} more (${parts.join(', ')})` }
}

// ---- distros -----------------------------------------------------------------------------------------------

/** "Ubuntu 18.04 LTS (bionic)" → "Ubuntu 18.04"; "Amazon Linux AMI 2018.03 (Amazon Linux 1)" → "Amazon Linux 1". */
export function shortDistro(name: string): string {
  const paren = /\(([^)]*)\)/.exec(name)?.[1]
  if (paren && /^[A-Z].* \d/.test(paren)) return paren
  return name
    .replace(/\s*\([^)]*\)/g, '')
    .split(' / ')[0]
    .replace(' LTS', '')
    .replace('SUSE Linux Enterprise Server', 'SLES')
    .trim()
}

/** Family and version: "Amazon Linux 2" → ["Amazon Linux", "2"]; "RHEL/CentOS 7" → ["RHEL", "7"]. */
function familyOf(short: string): [string, string] {
  const m = /^(.*?)\s+(\d.*)$/.exec(short)
  if (!m) return [short, '']
  return [m[1].split('/')[0], m[2]]
}

/** "RHEL/CentOS 7, 8", "Amazon Linux 1, 2", "SLES 12": one entry per family, its releases in matrix order. */
function failList(distros: DistroVerdict[]): string[] {
  const byFamily = new Map<string, string>()
  for (const d of distros) {
    const short = shortDistro(d.name)
    const [fam, ver] = familyOf(short)
    const cur = byFamily.get(fam)
    byFamily.set(fam, cur && ver ? `${cur}, ${ver}` : (cur ?? short))
  }
  return [...byFamily.values()]
}

/** Per family, the oldest release that loads, with "+" when every newer one of the family loads too. */
function loadList(all: DistroVerdict[]): string[] {
  const out: string[] = []
  const seen = new Set<string>()
  for (const d of all) {
    if (!d.loads) continue
    const short = shortDistro(d.name)
    const [fam] = familyOf(short)
    if (seen.has(fam)) continue
    seen.add(fam)
    const newer = all.slice(all.indexOf(d) + 1).filter(x => familyOf(shortDistro(x.name))[0] === fam)
    out.push(newer.length > 0 && newer.every(x => x.loads) ? `${short}+` : short)
  }
  return out
}

// ---- the model ---------------------------------------------------------------------------------------------

function fileKind(f: FileReport): FileKind {
  if (f.status === 'error') return 'error'
  if (f.libc === 'musl') return 'musl'
  if (f.status === 'skipped') return 'skipped'
  if (f.libc === 'none') return f.reason.startsWith('statically') ? 'static' : 'no-libc'
  return 'audited'
}

/** "needs GLIBC_2.28, GLIBCXX_3.4.21" from the file's late requirements (highest per namespace). */
function fileNeeds(f: FileReport): string {
  const best = new Map<string, string>()
  for (const v of f.violations ?? []) {
    const ns = parseVersionName(v.version).namespace
    const cur = best.get(ns)
    if (!cur || versionOrder(v.version, cur) > 0) best.set(ns, v.version)
  }
  const list = [...best].sort(([a], [b]) => namespaceRank(a) - namespaceRank(b)).map(([, v]) => v)
  const loads = f.loadsOnFloor ? 'loads, but calls needing ' : 'needs '
  return list.length === 0 ? f.reason : `${loads}${list.join(', ')}${f.loadsOnFloor ? ' fail' : ''}`
}

function fileFinding(f: FileReport): FileFinding {
  const kind = fileKind(f)
  const note =
    kind === 'musl'
      ? 'musl: not a glibc binary'
      : kind === 'static'
        ? 'static: no shared glibc to require'
        : kind === 'no-libc'
          ? 'needs no shared library'
          : kind === 'error'
            ? `unreadable: ${f.reason}`
            : kind === 'skipped'
              ? f.reason
              : fileNeeds(f)
  return {
    path: f.path,
    kind,
    arch: f.machine ?? null,
    loads: kind === 'audited' ? (f.loadsOnFloor ?? null) : null,
    maxGlibc: f.maxVersions?.GLIBC ?? null,
    late: f.violations?.length ?? 0,
    note
  }
}

function buildCauses(report: AuditReport): Cause[] {
  const byKey = new Map<string, Cause & { symbolIndex: Map<string, CauseSymbol> }>()
  for (const f of report.files) {
    if (f.status !== 'audited') continue
    const arch = f.machine ?? null
    for (const v of f.violations ?? []) {
      const fix = fixFor(v, arch)
      // Rows merge across files only when the fix is the same: a .symver target differs per architecture.
      const key = `${v.version}\0${fix.kind}\0${fix.kind === 'symver' ? arch : ''}`
      let c = byKey.get(key)
      if (!c) {
        c = {
          kind: 'late-version',
          version: v.version,
          namespace: parseVersionName(v.version).namespace,
          libraries: [],
          fix,
          label: '',
          names: [],
          symbols: [],
          files: [],
          arches: [],
          blocking: false,
          symbolIndex: new Map()
        }
        byKey.set(key, c)
      }
      const sk = v.symbol ?? ''
      let s = c.symbolIndex.get(sk)
      if (!s) {
        s = {
          symbol: v.symbol,
          demangled: v.symbol === null ? '' : demangle(v.symbol),
          files: [],
          ...symbolNote(v.remedy)
        }
        c.symbolIndex.set(sk, s)
        c.symbols.push(s)
      }
      if (!s.files.includes(f.path)) s.files.push(f.path)
      if (!c.files.includes(f.path)) c.files.push(f.path)
      if (arch && !c.arches.includes(arch)) c.arches.push(arch)
      if (!c.libraries.includes(v.library)) c.libraries.push(v.library)
      if (f.loadsOnFloor === false) c.blocking = true
    }
  }
  const causes: Cause[] = [...byKey.values()].map(({ symbolIndex: _unused, ...c }) => {
    c.symbols.sort((a, b) => byCodeUnit(a.demangled, b.demangled))
    c.files.sort(byCodeUnit)
    c.arches.sort(byCodeUnit)
    c.libraries.sort(byCodeUnit)
    const { names, rest } = causeLabel(c.symbols)
    return { ...c, names, label: names.join(', ') + rest }
  })
  // Blocking first, glibc before the C++ runtime, newest version first (the one that sets the floor).
  return causes.sort(
    (a, b) =>
      Number(b.blocking) - Number(a.blocking) ||
      namespaceRank(a.namespace) - namespaceRank(b.namespace) ||
      byCodeUnit(a.namespace, b.namespace) ||
      versionOrder(b.version, a.version) ||
      Number(a.fix.covered) - Number(b.fix.covered) ||
      byCodeUnit(a.label, b.label)
  )
}

const NAMESPACE_ORDER = ['GLIBC', 'GLIBCXX', 'CXXABI', 'GCC']
const namespaceRank = (ns: string): number => {
  const i = NAMESPACE_ORDER.indexOf(ns)
  return i < 0 ? NAMESPACE_ORDER.length : i
}

function highestLate(causes: Cause[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const c of causes)
    if (!out[c.namespace] || versionOrder(c.version, out[c.namespace]) > 0) out[c.namespace] = c.version
  return Object.fromEntries(
    Object.entries(out).sort(([a], [b]) => namespaceRank(a) - namespaceRank(b) || byCodeUnit(a, b))
  )
}

function buildVerdict(report: AuditReport, causes: Cause[], files: FileFinding[]): Verdict {
  const s = report.summary
  const highest = highestLate(causes)
  // In distro terms a release fails where a version is missing; a distro without an edition for one of the
  // architectures (no s390x Amazon Linux) is not a failure of the binaries that do have an edition there.
  const byVersions = s.distros.map(d => ({ ...d, loads: d.missing.length === 0 }))
  const fails = failList(byVersions.filter(d => !d.loads))
  const loads = loadList(byVersions)
  const floor = `glibc ${report.floor.glibc}`
  const needs = Object.values(highest).join(', ')
  let status: VerdictStatus
  let headline: string
  if (s.audited === 0) {
    status = 'none'
    const musl = files.filter(f => f.kind === 'musl').length
    const statics = files.filter(f => f.kind === 'static').length
    const why = [
      musl ? `${plural(musl, 'musl binary', 'musl binaries')} (musl: not a glibc binary)` : '',
      statics
        ? `${plural(statics, 'static binary', 'static binaries')} (static: no glibc version needs)`
        : '',
      s.errors ? `${plural(s.errors, 'unreadable file')}` : ''
    ].filter(Boolean)
    headline =
      files.length > 0 && musl + statics === files.length
        ? `Nothing for the ${floor} floor to check: ${why.join(', ')}.`
        : `No glibc ELF file audited against ${floor}${why.length ? `: ${why.join(', ')}` : ''}.`
  } else if (s.violations === 0 && s.errors === 0) {
    status = 'pass'
    const statics = files.filter(f => f.kind === 'static').length
    const highest = s.maxVersions.GLIBC
      ? ` · highest GLIBC required ${s.maxVersions.GLIBC}`
      : statics > 0
        ? ` · static: no glibc version needs`
        : ''
    headline = `Loads on ${floor}: ${loads.join(', ')}${highest}.`
  } else if (s.violations === 0) {
    status = 'incomplete'
    headline = `${plural(s.audited, 'file')} ${s.audited === 1 ? 'loads' : 'load'} on ${floor}, but ${plural(s.errors, 'file')} could not be read.`
  } else if (s.loadsOnFloor) {
    status = 'warn'
    headline = `Loads on ${floor}, but calls into ${needs} fail there (weak or lazily bound) · loads fully on ${loads.join(', ')}.`
  } else {
    status = 'fail'
    headline = `Fails on ${fails.join(', ') || floor} · loads on ${loads.join(', ') || 'no listed distribution'}${needs ? ` — needs ${needs}` : ''}.`
  }
  return { status, fails, loads, highest, headline }
}

/** Compiler macros of the architectures (names as the ELF reader reports them). */
const ARCH_MACROS: Record<string, string> = {
  x86_64: '__x86_64__',
  aarch64: '__aarch64__',
  ppc64le: '__powerpc64__',
  ppc64: '__powerpc64__',
  s390x: '__s390x__',
  arm: '__arm__',
  i386: '__i386__',
  riscv64: '__riscv'
}

const WRAP_LIBS = '-Wl,--push-state,--no-as-needed -l:libdl.so.2 -l:libpthread.so.0 -Wl,--pop-state'

function buildRecipe(causes: Cause[], floor: string): Recipe {
  const steps: RecipeStep[] = []
  const names = (kind: FixKind): string[] => [
    ...new Set(
      causes
        .filter(c => c.fix.kind === kind)
        .flatMap(c => c.symbols.map(s => s.symbol))
        .filter((s): s is string => s !== null)
    )
  ]
  const wraps = names('compat-wrap').sort(byCodeUnit)
  if (wraps.length > 0)
    steps.push({
      kind: 'compat-wrap',
      title: `compat layer: wraps ${wraps.join(', ')}`,
      lines: [
        'SOURCES  += compat/glibc_2_17_compat.cc',
        `LDFLAGS  += ${wraps.map(s => `-Wl,--wrap=${s}`).join(' ')} ${WRAP_LIBS}`
      ]
    })
  const pins = names('pins-header').sort(byCodeUnit)
  if (pins.length > 0)
    steps.push({
      kind: 'pins-header',
      title: `pins header: binds ${pins.join(', ')} to their old versions (x86_64, aarch64)`,
      lines: [
        'CFLAGS   += -include compat/glibc_2_17_pins.h',
        'CXXFLAGS += -include compat/glibc_2_17_pins.h'
      ]
    })
  const symver = causes.filter(c => c.fix.kind === 'symver')
  if (symver.length > 0) {
    // A .symver target is per architecture: one header for a multi-arch build guards each set by its macro.
    const byArch = new Map<string, string[]>()
    for (const c of symver)
      for (const s of c.symbols)
        if (s.pinTo) {
          const list = byArch.get(c.arches[0]) ?? []
          const line = `__asm__(".symver ${s.symbol},${s.pinTo}");`
          if (!list.includes(line)) list.push(line)
          byArch.set(c.arches[0], list)
        }
    const lines =
      byArch.size === 1
        ? [...byArch.values()][0]
        : [...byArch].flatMap(([arch, l], i) => [
            `#${i === 0 ? 'if' : 'elif'} defined(${ARCH_MACROS[arch] ?? `__${arch}__`})`,
            ...l
          ])
    if (byArch.size > 1) lines.push('#endif')
    steps.push({
      kind: 'symver',
      title: 'your own .symver pins (the kit has none for these), in a header force-included into every file',
      lines
    })
  }
  const runtime = [...new Set(causes.filter(c => c.fix.kind === 'static-runtime').map(c => c.namespace))]
  if (runtime.length > 0)
    steps.push({
      kind: 'static-runtime',
      title: `${runtime.join(', ')} newer than the floor: link the C++ runtime statically, or build in the devtoolset image`,
      lines: ['LDFLAGS  += -static-libstdc++ -static-libgcc']
    })
  const rebuild = causes.filter(c => c.fix.kind === 'rebuild')
  if (rebuild.length > 0)
    steps.push({
      kind: 'rebuild',
      title: `no compat fix for ${[...new Set(rebuild.map(c => c.version))].join(', ')}: build on the glibc ${floor} image`,
      lines: [`# docker/Dockerfile.glibc-${floor}, or the kit's glibc-build reusable workflow`]
    })
  const bundle = causes.filter(c => c.fix.kind === 'bundle')
  if (bundle.length > 0)
    steps.push({
      kind: 'bundle',
      title: `not a glibc/GCC runtime (${[...new Set(bundle.flatMap(c => c.libraries))].join(', ')}): ship the library with the binary`,
      lines: []
    })
  const needsImage = steps.some(s => s.kind === 'rebuild' || s.kind === 'static-runtime')
  const workflow = needsImage
    ? [
        'jobs:',
        '  build:',
        '    uses: glibc-floor/glibc-floor-action/.github/workflows/glibc-build.yml@v1',
        '    with:',
        `      floors: '["${floor}"]'`,
        '      build-command: make -j"$(nproc)" && cp out/app "$OUT/bin/"'
      ].join('\n')
    : null
  return { steps, workflow }
}

function buildFallback(causes: Cause[]): Fallback {
  const groups = new Map<FixKind, FallbackGroup>()
  let total = 0
  let covered = 0
  for (const c of causes) {
    let g = groups.get(c.fix.kind)
    if (!g)
      groups.set(
        c.fix.kind,
        (g = { fix: c.fix.kind, label: c.fix.label, covered: c.fix.covered, symbols: [] })
      )
    for (const s of c.symbols) {
      if (s.symbol === null) continue
      g.symbols.push({ symbol: s.symbol, demangled: s.demangled, version: c.version, files: s.files })
      total++
      if (c.fix.covered) covered++
    }
  }
  const order: FixKind[] = [
    'compat-wrap',
    'pins-header',
    'symver',
    'static-runtime',
    'rebuild',
    'bundle',
    'none'
  ]
  return {
    total,
    covered,
    groups: [...groups.values()].sort((a, b) => order.indexOf(a.fix) - order.indexOf(b.fix))
  }
}

/**
 * " (ppc64le, s390x)" when the same symbols at the same version have another fix elsewhere (a pin acts on x86_64
 * but not on ppc64le): the fix column says where. Empty otherwise.
 */
export function fixWhere(f: Findings, c: Cause): string {
  const names = new Set(c.symbols.map(s => s.symbol))
  const split = f.causes.some(
    x => x !== c && x.version === c.version && x.symbols.some(s => names.has(s.symbol))
  )
  return split ? ` (${c.arches.join(', ')})` : ''
}

/** Unreadable files: every format says so, and they count as errors (an unread file may need anything). */
const unreadableNotes: NoteCollector = report =>
  report.files
    .filter(f => f.status === 'error')
    .map(f => ({
      kind: 'unreadable',
      level: 'error' as const,
      title: `Unreadable: ${f.path}`,
      message: f.reason,
      files: [f.path]
    }))

/** Files grouped under each key, in report order (one note per key, not per file: annotations are scarce). */
function byKey(report: AuditReport, keysOf: (f: FileReport) => string[]): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const f of report.files) for (const k of keysOf(f)) out.set(k, [...(out.get(k) ?? []), f.path])
  return out
}

const listed = (files: string[]): string =>
  files.length <= 3 ? files.join(', ') : `${files.slice(0, 3).join(', ')} and ${files.length - 3} more`

/** GLIBC_PRIVATE loads everywhere by version, but glibc changes its internals in every build. */
const privateAbiNotes: NoteCollector = report =>
  [
    ...byKey(report, f =>
      f.privateAbi?.length ? [f.privateAbi.map(u => u.symbol ?? u.library).join(', ')] : []
    )
  ].map(([symbols, files]) => ({
    kind: 'private-abi',
    level: 'warning' as const,
    title: `glibc private ABI (GLIBC_PRIVATE) in ${plural(files.length, 'file')}`,
    message:
      `${listed(files)} call${files.length === 1 ? 's' : ''} ${symbols}: glibc's internal ABI, which ties the ` +
      'binary to one glibc build. It loads on every glibc by version but may break on any update. ' +
      'Fix: use the public interface instead.',
    files
  }))

/** A library the loader will not find on the floor's distributions: the binary cannot start there. */
const missingLibraryNotes: NoteCollector = report =>
  [...byKey(report, f => f.missingLibraries ?? [])].map(([soname, files]) => ({
    kind: 'missing-library',
    level: 'warning' as const,
    title: `${soname} is not on glibc ${report.floor.glibc} systems and not in this tree`,
    message:
      `${listed(files)} need${files.length === 1 ? 's' : ''} ${soname}, which the floor's base system does not ` +
      'ship. Fix: bundle it beside the binary with an $ORIGIN RUNPATH, link it statically, or document it as a ' +
      'prerequisite.',
    files
  }))

/** A binary that loads a bundled library that does not load on the floor: name the library to fix. */
const bundleNotes: NoteCollector = report =>
  report.files.flatMap(f => {
    const others = (f.bundle?.blockers ?? []).filter(b => b.path !== f.path)
    if (others.length === 0) return []
    return [
      {
        kind: 'bundled-library',
        level: 'warning' as const,
        title: `${f.path} loads bundled libraries that need more than glibc ${report.floor.glibc}`,
        message:
          others.map(b => `${b.path} needs ${b.missing.join(', ')}`).join('; ') +
          '. Fix: rebuild those libraries on the floor (their own rows name the symbols).',
        files: [f.path, ...others.map(b => b.path)]
      }
    ]
  })

/** Every kind of finding beside the late-version causes; each renderer shows them generically. */
export const NOTE_COLLECTORS: NoteCollector[] = [
  unreadableNotes,
  missingLibraryNotes,
  bundleNotes,
  privateAbiNotes
]

export function buildFindings(report: AuditReport, collectors: NoteCollector[] = NOTE_COLLECTORS): Findings {
  const files = report.files.map(fileFinding)
  const causes = buildCauses(report)
  return {
    schema: 1,
    floor: report.floor.glibc,
    ceilings: report.floor.ceilings,
    verdict: buildVerdict(report, causes, files),
    causes,
    recipe: buildRecipe(causes, report.floor.glibc),
    fallback: buildFallback(causes),
    files,
    notes: collectors.flatMap(c => c(report))
  }
}
