// Each on-disk ELF structure is declared once; the 32/64-bit and endian layouts are derived from that one
// declaration, as pyelftools and goblin do. Field names follow the ELF specification.

/** ELF scalar types. addr/off/xword/sxword are 4 bytes in ELF32 and 8 in ELF64 (Elf32 uses Word/Sword). */
type Scalar = 'uchar' | 'half' | 'word' | 'addr' | 'off' | 'xword' | 'sxword' | 'ident'

interface StructDecl {
  name: string
  fields: ReadonlyArray<readonly [string, Scalar]>
  /** Field order in ELF64 when it differs from ELF32 (Phdr and Sym reorder fields for alignment). */
  order64?: readonly string[]
}

export type Reader = (buf: Buffer, base: number) => number

/** A structure laid out for one class and byte order. */
export interface Layout {
  readonly name: string
  readonly size: number
  readonly offsetOf: Readonly<Record<string, number>>
  /** One accessor per field, reading from a buffer at the structure's base offset. */
  readonly field: Readonly<Record<string, Reader>>
  /** All fields at once: convenient for headers, avoided in hot loops. */
  read(buf: Buffer, base: number): Record<string, number>
}

function scalarSize(t: Scalar, is64: boolean): number {
  switch (t) {
    case 'uchar':
      return 1
    case 'half':
      return 2
    case 'word':
      return 4
    case 'ident':
      return 16
    default:
      return is64 ? 8 : 4
  }
}

// 64-bit values become numbers: anything above 2^53 cannot be a valid offset or count in a real file, and
// stays huge after conversion, so bounds checks reject it. Two 32-bit halves, not readBigUInt64: no BigInt
// per field (headers of a few hundred files are read cold), and hi * 2^32 + lo rounds once, as Number(BigInt).
function scalarReader(size: number, le: boolean, at: number): Reader {
  switch (size) {
    case 1:
      return (b, base) => b.readUInt8(base + at)
    case 2:
      return le ? (b, base) => b.readUInt16LE(base + at) : (b, base) => b.readUInt16BE(base + at)
    case 4:
      return le ? (b, base) => b.readUInt32LE(base + at) : (b, base) => b.readUInt32BE(base + at)
    case 8:
      return le
        ? (b, base) => b.readUInt32LE(base + at + 4) * 2 ** 32 + b.readUInt32LE(base + at)
        : (b, base) => b.readUInt32BE(base + at) * 2 ** 32 + b.readUInt32BE(base + at + 4)
    default:
      return () => 0
  }
}

function layout(decl: StructDecl, is64: boolean, le: boolean): Layout {
  const types = new Map(decl.fields)
  const order = is64 && decl.order64 ? decl.order64 : decl.fields.map(([n]) => n)
  const offsetOf: Record<string, number> = {}
  const field: Record<string, Reader> = {}
  let at = 0
  for (const name of order) {
    const size = scalarSize(types.get(name) as Scalar, is64)
    offsetOf[name] = at
    field[name] = scalarReader(size, le, at)
    at += size
  }
  const readers = Object.entries(field)
  return {
    name: decl.name,
    size: at,
    offsetOf,
    field,
    read(buf, base) {
      const out: Record<string, number> = {}
      for (const [n, r] of readers) out[n] = r(buf, base)
      return out
    }
  }
}

const DECLS = {
  Ehdr: {
    name: 'Elf_Ehdr',
    fields: [
      ['e_ident', 'ident'],
      ['e_type', 'half'],
      ['e_machine', 'half'],
      ['e_version', 'word'],
      ['e_entry', 'addr'],
      ['e_phoff', 'off'],
      ['e_shoff', 'off'],
      ['e_flags', 'word'],
      ['e_ehsize', 'half'],
      ['e_phentsize', 'half'],
      ['e_phnum', 'half'],
      ['e_shentsize', 'half'],
      ['e_shnum', 'half'],
      ['e_shstrndx', 'half']
    ]
  },
  Phdr: {
    name: 'Elf_Phdr',
    fields: [
      ['p_type', 'word'],
      ['p_offset', 'off'],
      ['p_vaddr', 'addr'],
      ['p_paddr', 'addr'],
      ['p_filesz', 'xword'],
      ['p_memsz', 'xword'],
      ['p_flags', 'word'],
      ['p_align', 'xword']
    ],
    order64: ['p_type', 'p_flags', 'p_offset', 'p_vaddr', 'p_paddr', 'p_filesz', 'p_memsz', 'p_align']
  },
  Shdr: {
    name: 'Elf_Shdr',
    fields: [
      ['sh_name', 'word'],
      ['sh_type', 'word'],
      ['sh_flags', 'xword'],
      ['sh_addr', 'addr'],
      ['sh_offset', 'off'],
      ['sh_size', 'xword'],
      ['sh_link', 'word'],
      ['sh_info', 'word'],
      ['sh_addralign', 'xword'],
      ['sh_entsize', 'xword']
    ]
  },
  Dyn: {
    name: 'Elf_Dyn',
    fields: [
      ['d_tag', 'sxword'],
      ['d_val', 'xword']
    ]
  },
  Sym: {
    name: 'Elf_Sym',
    fields: [
      ['st_name', 'word'],
      ['st_value', 'addr'],
      ['st_size', 'xword'],
      ['st_info', 'uchar'],
      ['st_other', 'uchar'],
      ['st_shndx', 'half']
    ],
    order64: ['st_name', 'st_info', 'st_other', 'st_shndx', 'st_value', 'st_size']
  },
  Rel: {
    name: 'Elf_Rel',
    fields: [
      ['r_offset', 'addr'],
      ['r_info', 'xword']
    ]
  },
  Rela: {
    name: 'Elf_Rela',
    fields: [
      ['r_offset', 'addr'],
      ['r_info', 'xword'],
      ['r_addend', 'sxword']
    ]
  },
  Verneed: {
    name: 'Elf_Verneed',
    fields: [
      ['vn_version', 'half'],
      ['vn_cnt', 'half'],
      ['vn_file', 'word'],
      ['vn_aux', 'word'],
      ['vn_next', 'word']
    ]
  },
  Vernaux: {
    name: 'Elf_Vernaux',
    fields: [
      ['vna_hash', 'word'],
      ['vna_flags', 'half'],
      ['vna_other', 'half'],
      ['vna_name', 'word'],
      ['vna_next', 'word']
    ]
  },
  Verdef: {
    name: 'Elf_Verdef',
    fields: [
      ['vd_version', 'half'],
      ['vd_flags', 'half'],
      ['vd_ndx', 'half'],
      ['vd_cnt', 'half'],
      ['vd_hash', 'word'],
      ['vd_aux', 'word'],
      ['vd_next', 'word']
    ]
  },
  Verdaux: {
    name: 'Elf_Verdaux',
    fields: [
      ['vda_name', 'word'],
      ['vda_next', 'word']
    ]
  }
} satisfies Record<string, StructDecl>

export type StructName = keyof typeof DECLS
export type Layouts = Record<StructName, Layout>

const cache = new Map<string, Layouts>()

/** The layouts of every structure for one class and byte order (built once, then shared). */
export function layouts(is64: boolean, le: boolean): Layouts {
  const key = `${is64}/${le}`
  let l = cache.get(key)
  if (!l) {
    l = Object.fromEntries(
      Object.entries(DECLS).map(([k, d]) => [k, layout(d as StructDecl, is64, le)])
    ) as Layouts
    cache.set(key, l)
  }
  return l
}
