import * as C from './constants.js'
import { ElfError } from './errors.js'
import type { Layout } from './structs.js'
import type { FileSource } from './source.js'
import type { StringTable } from './strings.js'
import { Window } from './window.js'

/** One Elf_Vernaux: a version the file needs from one library (vn_file). */
export interface VersionNeed {
  library: string
  version: string
  vna_hash: number
  vna_flags: number
  /** The versym index symbols use to refer to this requirement. */
  vna_other: number
  weak: boolean
}

export interface VersionDef {
  version: string
  vd_ndx: number
  vd_flags: number
  base: boolean
}

/** vna_other is 15 bits wide: no genuine file needs more versions than versym can name. */
const MAX_VERSIONS = 0x7fff

// Each record is at least this many bytes, so a count above size/this cannot be genuine.
const MIN_RECORD = 8

function checkCount(src: FileSource, count: number, what: string, at: number): void {
  if (count > src.size / MIN_RECORD)
    throw new ElfError('malformed', `count ${count} cannot fit in a ${src.size}-byte file`, what, at)
}

/** Bytes read at once from a version table: its records usually follow each other, 16 or 20 bytes apiece. */
const BLOCK = 1024

/** Reads the records of one version table a block at a time instead of one read per record. */
class Records {
  private window: Window | null = null

  constructor(readonly src: FileSource) {}

  read(at: number, length: number, what: string): Buffer {
    // A record outside the file is left to the source, which says what and where.
    if (!this.window?.covers(at, length) && this.src.contains(at, length))
      this.window = Window.open(this.src, at, Math.max(length, Math.min(BLOCK, this.src.size - at)), what)
    return (this.window ?? this.src).read(at, length, what)
  }
}

/**
 * Walks a vn_next/vna_next style chain, refusing cycles and runaway counts. `seen` is shared by every chain of
 * one table: records of a genuine table never overlap, and a hostile file whose entries all point at one long
 * aux chain would otherwise cost entries × chain length.
 */
function chain(
  records: Records,
  start: number,
  count: number,
  layout: Layout,
  nextField: string,
  what: string,
  seen: Set<number>,
  visit: (rec: Record<string, number>, at: number) => void
): void {
  checkCount(records.src, count, what, start)
  let at = start
  for (let i = 0; i < count; i++) {
    if (seen.has(at)) throw new ElfError('malformed', 'entries form a cycle or overlap', what, at)
    seen.add(at)
    const rec = layout.read(records.read(at, layout.size, what), 0)
    visit(rec, at)
    const next = rec[nextField]
    if (next === 0) break
    at += next
  }
}

export function readVerneed(
  src: FileSource,
  L: { Verneed: Layout; Vernaux: Layout },
  offset: number,
  count: number,
  strings: StringTable
): VersionNeed[] {
  const out: VersionNeed[] = []
  const seen = new Set<number>()
  const records = new Records(src)
  chain(records, offset, count, L.Verneed, 'vn_next', 'Elf_Verneed', seen, (vn, at) => {
    if (vn.vn_version !== 1)
      throw new ElfError('unsupported', `vn_version ${vn.vn_version} (only 1 is defined)`, 'Elf_Verneed', at)
    const library = strings.get(vn.vn_file)
    chain(records, at + vn.vn_aux, vn.vn_cnt, L.Vernaux, 'vna_next', 'Elf_Vernaux', seen, aux => {
      if (out.length >= MAX_VERSIONS)
        throw new ElfError('malformed', `more than ${MAX_VERSIONS} version needs`, 'Elf_Vernaux', at)
      out.push({
        library,
        version: strings.get(aux.vna_name),
        vna_hash: aux.vna_hash,
        vna_flags: aux.vna_flags,
        vna_other: aux.vna_other,
        weak: (aux.vna_flags & C.VER_FLG_WEAK) !== 0
      })
    })
  })
  return out
}

export function readVerdef(
  src: FileSource,
  L: { Verdef: Layout; Verdaux: Layout },
  offset: number,
  count: number,
  strings: StringTable
): VersionDef[] {
  const out: VersionDef[] = []
  const records = new Records(src)
  chain(records, offset, count, L.Verdef, 'vd_next', 'Elf_Verdef', new Set(), (vd, at) => {
    if (vd.vd_version !== 1)
      throw new ElfError('unsupported', `vd_version ${vd.vd_version} (only 1 is defined)`, 'Elf_Verdef', at)
    // The first Verdaux names the version itself; later ones name its parents.
    if (vd.vd_cnt === 0) return
    const aux = L.Verdaux.read(records.read(at + vd.vd_aux, L.Verdaux.size, 'Elf_Verdaux'), 0)
    out.push({
      version: strings.get(aux.vda_name),
      vd_ndx: vd.vd_ndx,
      vd_flags: vd.vd_flags,
      base: (vd.vd_flags & C.VER_FLG_BASE) !== 0
    })
  })
  return out
}
