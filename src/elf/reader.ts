import * as C from './constants.js'
import { dynValue, readDynamic, type DynamicInfo } from './dynamic.js'
import { ElfError } from './errors.js'
import { readHeader, type ElfHeader } from './header.js'
import { readInterpreter } from './interp.js'
import { readAbiTag } from './notes.js'
import { FileSource } from './source.js'
import { StringTable } from './strings.js'
import {
  countFromGnuHash,
  countFromSysvHash,
  readExports,
  readImports,
  type ExportedSymbol,
  type ImportedSymbol
} from './symbols.js'
import { readVerdef, readVerneed, type VersionDef, type VersionNeed } from './versions.js'

export type ElfType = 'exec' | 'dyn' | 'rel' | 'core' | 'other'

/** What an ELF file tells the dynamic loader, read without binutils. */
export interface ElfInfo {
  path: string
  size: number
  class: 32 | 64
  endian: 'little' | 'big'
  machine: string
  machineCode: number
  type: ElfType
  interpreter: string | null
  needed: string[]
  soname: string | null
  /** DT_RPATH search list as written (`$ORIGIN/../lib:...`); ignored by the loader when DT_RUNPATH is set. */
  rpath: string | null
  /** DT_RUNPATH search list as written. */
  runpath: string | null
  /** DF_BIND_NOW, DF_1_NOW or DT_BIND_NOW: every symbol is bound at start-up. */
  bindNow: boolean
  /** No PT_DYNAMIC and no dynamic section: nothing for the loader to check. */
  isStatic: boolean
  /**
   * A separate debug-info file (`objcopy --only-keep-debug`, /usr/lib/debug/**.debug): program headers are
   * kept but PT_DYNAMIC has no bytes in the file (its sections are NOBITS). No loader ever loads it.
   */
  separateDebug: boolean
  /** Where the dynamic information came from; section headers only when there is no PT_DYNAMIC. */
  dynamicSource: 'program-headers' | 'section-headers' | 'none'
  /** Set when section headers were present but unusable (the dynamic path was used regardless). */
  sectionProblem: string | null
  requirements: VersionNeed[]
  definitions: VersionDef[]
  imports: ImportedSymbol[]
  /** Defined dynamic symbols, only when readElf was asked for them (the floor generator). */
  exports?: ExportedSymbol[]
  abiTag: { os: number; kernel: string } | null
  /** Bytes the reader took from the file (independent of the file's size). */
  bytesRead: number
  /** Indices of imported symbols bound at load time even without bind-now (non-PLT relocations). */
  eagerImports(): Set<number>
}

const TYPES: Record<number, ElfType> = {
  [C.ET_EXEC]: 'exec',
  [C.ET_DYN]: 'dyn',
  [C.ET_REL]: 'rel',
  [C.ET_CORE]: 'core'
}

/** Dynamic tags whose values are addresses of tables that may follow the symbol table in the file. */
const TABLE_TAGS = [
  C.DT_STRTAB,
  C.DT_HASH,
  C.DT_GNU_HASH,
  C.DT_VERSYM,
  C.DT_VERNEED,
  C.DT_VERDEF,
  C.DT_RELA,
  C.DT_REL,
  C.DT_JMPREL
]

/**
 * How many dynamic symbols there are. DT_HASH says it outright; DT_GNU_HASH does when it hashes any symbol
 * (the hashed ones come last). Otherwise (an executable whose symbols are all undefined has an empty GNU hash)
 * the section header, and failing that the distance to the next table the dynamic section points at.
 */
function symbolCount(
  src: FileSource,
  h: ElfHeader,
  d: DynamicInfo,
  symtabAddr: number,
  symtab: number,
  entsize: number
): number {
  const le = h.endian === 'little'
  const sysv = dynValue(d, C.DT_HASH)
  if (sysv !== undefined) return countFromSysvHash(src, d.toOffset(sysv, 'DT_HASH'), le)
  const gnu = dynValue(d, C.DT_GNU_HASH)
  const fromGnu =
    gnu === undefined ? null : countFromGnuHash(src, d.toOffset(gnu, 'DT_GNU_HASH'), h.class === 64, le)
  if (fromGnu !== null && fromGnu.hashed) return fromGnu.count
  const sec = h.sections.find(s => s.sh_type === C.SHT_DYNSYM && s.sh_offset === symtab)
  if (sec && sec.sh_entsize === entsize) return Math.floor(sec.sh_size / entsize)
  const next = TABLE_TAGS.map(t => dynValue(d, t)).filter(
    (a): a is number => a !== undefined && a > symtabAddr
  )
  if (next.length > 0) return Math.floor((Math.min(...next) - symtabAddr) / entsize)
  if (fromGnu !== null) return fromGnu.count
  throw new ElfError(
    'malformed',
    'no DT_HASH, DT_GNU_HASH or .dynsym section to size it',
    'dynamic symbol table'
  )
}

/** Dynamic info rebuilt from section headers, for files without PT_DYNAMIC but with .dynamic. */
function tablesFromSections(h: ElfHeader): Partial<Record<'verneed' | 'verdef' | 'versym', number>> {
  const off = (t: number): number | undefined => h.sections.find(s => s.sh_type === t)?.sh_offset
  return {
    verneed: off(C.SHT_GNU_VERNEED),
    verdef: off(C.SHT_GNU_VERDEF),
    versym: off(C.SHT_GNU_VERSYM)
  }
}

/**
 * Symbols bound at load time even without bind-now: those of the non-PLT relocations (GLOB_DAT, COPY,
 * absolute data...). DT_RELA/DT_REL may enclose the PLT relocations (DT_JMPREL); only the parts outside them
 * count, so a symbol with both a PLT slot and a GLOB_DAT stays eager.
 */
function relocatedSymbols(src: FileSource, h: ElfHeader, d: DynamicInfo): Set<number> {
  const out = new Set<number>()
  const jmprel = dynValue(d, C.DT_JMPREL)
  const pltSize = dynValue(d, C.DT_PLTRELSZ) ?? 0
  const tables: [number, number, 'DT_RELA' | 'DT_REL'][] = [
    [C.DT_RELA, C.DT_RELASZ, 'DT_RELA'],
    [C.DT_REL, C.DT_RELSZ, 'DT_REL']
  ]
  for (const [tag, sizeTag, what] of tables) {
    const addr = dynValue(d, tag)
    const size = dynValue(d, sizeTag)
    if (addr === undefined || size === undefined) continue
    const L = what === 'DT_RELA' ? h.L.Rela : h.L.Rel
    const ranges: [number, number][] =
      jmprel !== undefined && jmprel >= addr && jmprel < addr + size
        ? [
            [addr, jmprel],
            [jmprel + pltSize, addr + size]
          ]
        : [[addr, addr + size]]
    for (const [from, to] of ranges) {
      if (to <= from) continue
      const buf = src.read(d.toOffset(from, what), to - from, what)
      for (let at = 0; at + L.size <= buf.length; at += L.size) {
        const info = L.field.r_info(buf, at)
        out.add(h.class === 64 ? Math.floor(info / 2 ** 32) : info >>> 8)
      }
    }
  }
  out.delete(0)
  return out
}

/**
 * PT_DYNAMIC that occupies no bytes of the file while it has a size in memory: what objcopy --only-keep-debug
 * leaves (every allocated section becomes NOBITS, program headers stay).
 */
function isSeparateDebug(h: ElfHeader): boolean {
  const dyn = h.segments.find(s => s.p_type === C.PT_DYNAMIC)
  if (!dyn) return false
  if (dyn.p_filesz === 0 && dyn.p_memsz > 0) return true
  return h.sections.some(s => s.sh_type === C.SHT_NOBITS && s.sh_addr === dyn.p_vaddr && s.sh_size > 0)
}

export interface ReadOptions {
  /** Also read the defined dynamic symbols (ElfInfo.exports). */
  exports?: boolean
}

/** Reads everything the glibc loader checks. Never reads the whole file: only headers and the tables named. */
export function readElf(path: string, options: ReadOptions = {}): ElfInfo {
  const src = FileSource.open(path)
  try {
    const info = readFrom(src, path, options)
    info.bytesRead = src.bytesRead
    return info
  } finally {
    src.close()
  }
}

const NOTHING_DYNAMIC = {
  needed: [],
  soname: null,
  rpath: null,
  runpath: null,
  bindNow: false,
  requirements: [],
  definitions: [],
  imports: [],
  eagerImports: () => new Set<number>()
}

function readFrom(src: FileSource, path: string, options: ReadOptions): ElfInfo {
  const h = readHeader(src)
  const separateDebug = isSeparateDebug(h)
  // A debug file's PT_INTERP has no bytes either: nothing to read beyond the headers.
  const interp = separateDebug ? null : readInterpreter(src, h)
  const base = {
    path,
    size: src.size,
    class: h.class,
    endian: h.endian,
    machine: h.machine,
    machineCode: h.machineCode,
    type: TYPES[h.type] ?? 'other',
    interpreter: interp?.path ?? null,
    sectionProblem: h.sectionProblem,
    abiTag: separateDebug ? null : readAbiTag(src, h),
    separateDebug,
    bytesRead: 0
  }
  if (separateDebug) return { ...base, ...NOTHING_DYNAMIC, isStatic: false, dynamicSource: 'none' }
  const d = h.type === C.ET_REL || h.type === C.ET_CORE ? null : readDynamic(src, h)
  if (!d) return { ...base, ...NOTHING_DYNAMIC, isStatic: true, dynamicSource: 'none' }

  const strtab = dynValue(d, C.DT_STRTAB)
  const strsz = dynValue(d, C.DT_STRSZ)
  if (strtab === undefined || strsz === undefined)
    throw new ElfError('malformed', 'DT_STRTAB or DT_STRSZ missing', 'dynamic section')
  const strings = new StringTable(src, d.toOffset(strtab, 'DT_STRTAB'), strsz, 'DT_STRTAB')
  const needed = (d.entries.get(C.DT_NEEDED) ?? []).map(o => strings.get(o))
  const sonameOff = dynValue(d, C.DT_SONAME)
  const rpathOff = dynValue(d, C.DT_RPATH)
  const runpathOff = dynValue(d, C.DT_RUNPATH)
  const flags = dynValue(d, C.DT_FLAGS) ?? 0
  const flags1 = dynValue(d, C.DT_FLAGS_1) ?? 0
  const bindNow = d.entries.has(C.DT_BIND_NOW) || (flags & C.DF_BIND_NOW) !== 0 || (flags1 & C.DF_1_NOW) !== 0

  const fromSections = d.source === 'section-headers' ? tablesFromSections(h) : {}
  const at = (tag: number, what: string, fallback?: number): number | undefined => {
    const v = dynValue(d, tag)
    return v === undefined ? fallback : d.toOffset(v, what)
  }
  const verneedAt = at(C.DT_VERNEED, 'DT_VERNEED', fromSections.verneed)
  const verdefAt = at(C.DT_VERDEF, 'DT_VERDEF', fromSections.verdef)
  const versymAt = at(C.DT_VERSYM, 'DT_VERSYM', fromSections.versym)
  const requirements =
    verneedAt === undefined
      ? []
      : readVerneed(src, h.L, verneedAt, dynValue(d, C.DT_VERNEEDNUM) ?? 0, strings)
  const definitions =
    verdefAt === undefined ? [] : readVerdef(src, h.L, verdefAt, dynValue(d, C.DT_VERDEFNUM) ?? 0, strings)

  const symtabAddr = dynValue(d, C.DT_SYMTAB)
  let imports: ImportedSymbol[] = []
  let exports: ExportedSymbol[] | undefined
  if (symtabAddr !== undefined) {
    const symtab = d.toOffset(symtabAddr, 'DT_SYMTAB')
    const entsize = dynValue(d, C.DT_SYMENT) ?? h.L.Sym.size
    if (entsize === 0) throw new ElfError('malformed', 'DT_SYMENT is 0', 'dynamic section')
    const count = symbolCount(src, h, d, symtabAddr, symtab, entsize)
    if (count * entsize > src.size)
      throw new ElfError(
        'malformed',
        `${count} symbols cannot fit in the file`,
        'dynamic symbol table',
        symtab
      )
    const tables = { symtab, count, entsize, versym: versymAt ?? null }
    const name = (o: number): string => strings.get(o)
    const le = h.endian === 'little'
    imports = readImports(src, h.L, tables, name, le, new Set(requirements.map(r => r.vna_other)))
    if (options.exports) exports = readExports(src, h.L, tables, name, le)
  }
  // Relocations matter only for WEAK version needs above the floor (rare): read them on first use.
  let eager: Set<number> | null = null
  return {
    ...base,
    needed,
    soname: sonameOff === undefined ? null : strings.get(sonameOff),
    rpath: rpathOff === undefined ? null : strings.get(rpathOff),
    runpath: runpathOff === undefined ? null : strings.get(runpathOff),
    bindNow,
    isStatic: false,
    dynamicSource: d.source,
    requirements,
    definitions,
    imports,
    ...(exports ? { exports } : {}),
    eagerImports() {
      if (!eager) {
        const again = FileSource.open(path)
        try {
          eager = relocatedSymbols(again, h, d)
        } finally {
          again.close()
        }
      }
      return eager
    }
  }
}

export type { ExportedSymbol, ImportedSymbol, VersionDef, VersionNeed }
