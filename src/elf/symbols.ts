import * as C from './constants.js'
import { ElfError } from './errors.js'
import type { Layouts } from './structs.js'
import type { FileSource } from './source.js'

/** Symbols scanned per read: 64 KiB of Elf64_Sym. */
const CHUNK = 2730

/** Number of dynamic symbols from DT_HASH: its nchain word. */
export function countFromSysvHash(src: FileSource, offset: number, le: boolean): number {
  const head = src.read(offset, 8, 'DT_HASH')
  return le ? head.readUInt32LE(4) : head.readUInt32BE(4)
}

/**
 * Number of dynamic symbols from DT_GNU_HASH. The table does not store it: the last hashed symbol is found by
 * following the chain of the highest bucket to its end marker (low bit set), as readelf and lld do. With no
 * hashed symbol at all (an executable whose symbols are all undefined) it cannot tell: `hashed` is false.
 */
export function countFromGnuHash(
  src: FileSource,
  offset: number,
  is64: boolean,
  le: boolean
): { count: number; hashed: boolean } {
  const head = src.read(offset, 16, 'DT_GNU_HASH')
  const u32 = (b: Buffer, at: number): number => (le ? b.readUInt32LE(at) : b.readUInt32BE(at))
  const nbuckets = u32(head, 0)
  const symoffset = u32(head, 4)
  const bloomSize = u32(head, 8)
  const bucketsAt = offset + 16 + bloomSize * (is64 ? 8 : 4)
  const buckets = src.read(bucketsAt, nbuckets * 4, 'DT_GNU_HASH buckets')
  let max = 0
  for (let i = 0; i < nbuckets; i++) max = Math.max(max, u32(buckets, i * 4))
  if (max === 0) return { count: symoffset, hashed: false }
  if (max < symoffset)
    throw new ElfError('malformed', `bucket value ${max} below symoffset ${symoffset}`, 'DT_GNU_HASH', offset)
  const chainsAt = bucketsAt + nbuckets * 4
  // Read the chain tail in blocks: bounded by the file, never by a count the file claims.
  let idx = max
  for (;;) {
    const at = chainsAt + (idx - symoffset) * 4
    const n = Math.max(1, Math.min(1024, Math.floor((src.size - at) / 4)))
    const block = src.read(at, n * 4, 'DT_GNU_HASH chains')
    for (let k = 0; k < n; k++, idx++) if (u32(block, k * 4) & 1) return { count: idx + 1, hashed: true }
  }
}

/**
 * What the file imports: undefined dynamic symbols, plus symbols defined here only by a copy relocation
 * (data such as `__signgam`), which still carry the version they need from the library.
 */
export interface ImportedSymbol {
  index: number
  name: string
  /** versym index with the hidden bit cleared; 0/1 = unversioned. */
  versionIndex: number
  weakBinding: boolean
}

export interface SymbolTables {
  symtab: number
  count: number
  entsize: number
  versym: number | null
}

/** A symbol the file defines for others (the floor generator reads these from the real floor libraries). */
export interface ExportedSymbol {
  name: string
  /** versym index with the hidden bit cleared; 0/1 = unversioned. */
  versionIndex: number
  /** VERSYM_HIDDEN: a non-default version (name@VER, not name@@VER); versioned references still bind to it. */
  hidden: boolean
  weakBinding: boolean
}

type Visit = (syms: Buffer, base: number, index: number, versym: number, hidden: boolean) => void

/**
 * Walks the dynamic symbol table in fixed-size chunks into reused buffers (the hot loop of a 40k-symbol
 * table: no table-sized allocation, plain byte reads at fixed offsets). Symbol 0 is skipped.
 */
function scanSymbols(src: FileSource, L: Layouts, t: SymbolTables, le: boolean, visit: Visit): void {
  const S = L.Sym
  if (t.entsize !== S.size)
    throw new ElfError(
      'malformed',
      `symbol entry size ${t.entsize}, expected ${S.size}`,
      'dynamic symbol table'
    )
  src.check(t.symtab, t.count * S.size, 'dynamic symbol table')
  if (t.versym !== null) src.check(t.versym, t.count * 2, 'DT_VERSYM (.gnu.version)')
  const symBuf = Buffer.allocUnsafe(Math.min(CHUNK, t.count) * S.size)
  const verBuf = Buffer.allocUnsafe(Math.min(CHUNK, t.count) * 2)
  for (let first = 0; first < t.count; first += CHUNK) {
    const n = Math.min(CHUNK, t.count - first)
    const syms = src.readInto(symBuf, t.symtab + first * S.size, n * S.size, 'dynamic symbol table')
    const vers =
      t.versym === null ? null : src.readInto(verBuf, t.versym + first * 2, n * 2, 'DT_VERSYM (.gnu.version)')
    for (let k = first === 0 ? 1 : 0, base = k * S.size; k < n; k++, base += S.size) {
      const raw =
        vers === null ? 1 : le ? vers[2 * k] | (vers[2 * k + 1] << 8) : (vers[2 * k] << 8) | vers[2 * k + 1]
      visit(syms, base, first + k, raw & ~C.VERSYM_HIDDEN, (raw & C.VERSYM_HIDDEN) !== 0)
    }
  }
}

/**
 * Reads the undefined entries of the dynamic symbol table with their versym indices. Names are decoded
 * only for undefined symbols, which keeps a 40k-symbol binary in the low milliseconds.
 */
export function readImports(
  src: FileSource,
  L: Layouts,
  t: SymbolTables,
  name: (off: number) => string,
  le: boolean,
  /** versym indices that belong to verneed entries. */
  needed: ReadonlySet<number>
): ImportedSymbol[] {
  const S = L.Sym
  const nameAt = S.offsetOf.st_name
  const infoAt = S.offsetOf.st_info
  const shndxAt = S.offsetOf.st_shndx
  const out: ImportedSymbol[] = []
  scanSymbols(src, L, t, le, (syms, base, index, v) => {
    const undef = syms[base + shndxAt] === 0 && syms[base + shndxAt + 1] === 0
    if (!undef && !needed.has(v)) return
    const nm = le ? syms.readUInt32LE(base + nameAt) : syms.readUInt32BE(base + nameAt)
    if (nm === 0) return
    out.push({ index, name: name(nm), versionIndex: v, weakBinding: syms[base + infoAt] >> 4 === C.STB_WEAK })
  })
  return out
}

/** The defined, non-local dynamic symbols: what other objects can bind to. */
export function readExports(
  src: FileSource,
  L: Layouts,
  t: SymbolTables,
  name: (off: number) => string,
  le: boolean
): ExportedSymbol[] {
  const S = L.Sym
  const nameAt = S.offsetOf.st_name
  const infoAt = S.offsetOf.st_info
  const shndxAt = S.offsetOf.st_shndx
  const out: ExportedSymbol[] = []
  scanSymbols(src, L, t, le, (syms, base, _index, v, hidden) => {
    if (syms[base + shndxAt] === 0 && syms[base + shndxAt + 1] === 0) return
    const bind = syms[base + infoAt] >> 4
    if (bind === C.STB_LOCAL) return
    const nm = le ? syms.readUInt32LE(base + nameAt) : syms.readUInt32BE(base + nameAt)
    if (nm === 0) return
    out.push({ name: name(nm), versionIndex: v, hidden, weakBinding: bind === C.STB_WEAK })
  })
  return out
}
