import { endianness } from 'node:os'
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

const HOST_LE = endianness() === 'LE'

/**
 * A view of `bytes` as `width`-byte words in host order (the file's order swapped when it differs): typed-array
 * loops are what a cold, interpreted run can afford. Buffer.allocUnsafe's pool keeps 8-byte alignment, so
 * this is a view, not a copy; the copy is there for any other buffer.
 */
function words<T extends Uint16Array | Uint32Array>(
  bytes: Buffer,
  le: boolean,
  Type: { new (b: ArrayBufferLike, at: number, n: number): T; BYTES_PER_ELEMENT: number }
): T {
  const width = Type.BYTES_PER_ELEMENT
  if (le !== HOST_LE) {
    if (width === 2) bytes.swap16()
    else bytes.swap32()
  }
  const aligned = bytes.byteOffset % width === 0 ? bytes : Buffer.from(bytes)
  return new Type(aligned.buffer, aligned.byteOffset, bytes.length / width)
}

function readWords(src: FileSource, offset: number, count: number, le: boolean, what: string): Uint32Array {
  return words(src.read(offset, count * 4, what), le, Uint32Array)
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
  const head = readWords(src, offset, 4, le, 'DT_GNU_HASH')
  const nbuckets = head[0]
  const symoffset = head[1]
  const bloomSize = head[2]
  const bucketsAt = offset + 16 + bloomSize * (is64 ? 8 : 4)
  const buckets = readWords(src, bucketsAt, nbuckets, le, 'DT_GNU_HASH buckets')
  let max = 0
  for (let i = 0; i < nbuckets; i++) if (buckets[i] > max) max = buckets[i]
  if (max === 0) return { count: symoffset, hashed: false }
  if (max < symoffset)
    throw new ElfError('malformed', `bucket value ${max} below symoffset ${symoffset}`, 'DT_GNU_HASH', offset)
  const chainsAt = bucketsAt + nbuckets * 4
  // Read the chain tail in blocks: bounded by the file, never by a count the file claims.
  let idx = max
  for (;;) {
    const at = chainsAt + (idx - symoffset) * 4
    const n = Math.max(1, Math.min(1024, Math.floor((src.size - at) / 4)))
    const block = readWords(src, at, n, le, 'DT_GNU_HASH chains')
    for (let k = 0; k < n; k++, idx++) if (block[k] & 1) return { count: idx + 1, hashed: true }
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

/** Bounds of the symbol table and its versym array, checked before any chunk is read. */
function checkTables(src: FileSource, L: Layouts, t: SymbolTables): void {
  if (t.entsize !== L.Sym.size)
    throw new ElfError(
      'malformed',
      `symbol entry size ${t.entsize}, expected ${L.Sym.size}`,
      'dynamic symbol table'
    )
  src.check(t.symtab, t.count * L.Sym.size, 'dynamic symbol table')
  if (t.versym !== null) src.check(t.versym, t.count * 2, 'DT_VERSYM (.gnu.version)')
}

/** versym entry k of a chunk (hidden bit included); 1 (global) without a versym table. */
function versymAt(vers: Buffer | null, k: number, le: boolean): number {
  if (vers === null) return 1
  return le ? vers[2 * k] | (vers[2 * k + 1] << 8) : (vers[2 * k] << 8) | vers[2 * k + 1]
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
  checkTables(src, L, t)
  // The hot loop of a 40k-symbol table, run once per process (so mostly interpreted): fixed-size chunks
  // into reused buffers, versym as 16-bit words, a byte mask for the needed indices, no per-symbol call.
  const S = L.Sym
  const wanted = WANTED
  for (const v of needed) if (v >= 0 && v < 0x8000) wanted[v] = 1
  try {
    return scanImports(src, S, t, name, le, wanted)
  } finally {
    for (const v of needed) if (v >= 0 && v < 0x8000) wanted[v] = 0
  }
}

/** versym indices wanted by readImports: one mask for the process, set and cleared around each scan. */
const WANTED = new Uint8Array(0x8000)

// One chunk buffer of each kind for the process (scans are synchronous): a directory of files reuses them
// instead of allocating 64 KiB per file for the garbage collector to chase.
const SYM_CHUNK = Buffer.allocUnsafeSlow(CHUNK * 24)
const VER_CHUNK = Buffer.allocUnsafeSlow(CHUNK * 2)

function scanImports(
  src: FileSource,
  S: Layouts['Sym'],
  t: SymbolTables,
  name: (off: number) => string,
  le: boolean,
  wanted: Uint8Array
): ImportedSymbol[] {
  const nameAt = S.offsetOf.st_name
  const infoAt = S.offsetOf.st_info
  const shndxAt = S.offsetOf.st_shndx
  const symBuf = SYM_CHUNK.subarray(0, Math.min(CHUNK, t.count) * S.size)
  const verBuf = VER_CHUNK.subarray(0, t.versym === null ? 0 : Math.min(CHUNK, t.count) * 2)
  const out: ImportedSymbol[] = []
  for (let first = 0; first < t.count; first += CHUNK) {
    const n = Math.min(CHUNK, t.count - first)
    const syms = src.readInto(symBuf, t.symtab + first * S.size, n * S.size, 'dynamic symbol table')
    const vers =
      t.versym === null
        ? null
        : words(
            src.readInto(verBuf, t.versym + first * 2, n * 2, 'DT_VERSYM (.gnu.version)'),
            le,
            Uint16Array
          )
    for (let k = first === 0 ? 1 : 0, base = k * S.size; k < n; k++, base += S.size) {
      // versym 1 (global) without a versym table; the hidden bit is not part of the index.
      const v = vers === null ? 1 : vers[k] & ~C.VERSYM_HIDDEN
      if ((syms[base + shndxAt] | syms[base + shndxAt + 1]) !== 0 && wanted[v] === 0) continue
      const nm = le ? syms.readUInt32LE(base + nameAt) : syms.readUInt32BE(base + nameAt)
      if (nm === 0) continue
      out.push({
        index: first + k,
        name: name(nm),
        versionIndex: v,
        weakBinding: syms[base + infoAt] >> 4 === C.STB_WEAK
      })
    }
  }
  return out
}

/** The defined, non-local dynamic symbols: what other objects can bind to (read by the floor generator). */
export function readExports(
  src: FileSource,
  L: Layouts,
  t: SymbolTables,
  name: (off: number) => string,
  le: boolean
): ExportedSymbol[] {
  checkTables(src, L, t)
  const S = L.Sym
  const all = src.read(t.symtab, t.count * S.size, 'dynamic symbol table')
  const vers = t.versym === null ? null : src.read(t.versym, t.count * 2, 'DT_VERSYM (.gnu.version)')
  const out: ExportedSymbol[] = []
  for (let k = 1; k < t.count; k++) {
    const sym = S.read(all, k * S.size)
    const bind = sym.st_info >> 4
    if (sym.st_shndx === C.SHN_UNDEF || bind === C.STB_LOCAL || sym.st_name === 0) continue
    const raw = versymAt(vers, k, le)
    out.push({
      name: name(sym.st_name),
      versionIndex: raw & ~C.VERSYM_HIDDEN,
      hidden: (raw & C.VERSYM_HIDDEN) !== 0,
      weakBinding: bind === C.STB_WEAK
    })
  }
  return out
}
