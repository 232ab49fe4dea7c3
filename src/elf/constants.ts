// Names and values from the ELF gABI and the GNU extensions (elf.h), so code can be checked against readelf.

export const ELFCLASS32 = 1
export const ELFCLASS64 = 2
export const ELFDATA2LSB = 1
export const ELFDATA2MSB = 2

export const ET_REL = 1
export const ET_EXEC = 2
export const ET_DYN = 3
export const ET_CORE = 4

export const PT_LOAD = 1
export const PT_DYNAMIC = 2
export const PT_INTERP = 3
export const PT_NOTE = 4
/** e_phnum value meaning "the real count is in section 0's sh_info". */
export const PN_XNUM = 0xffff

export const SHT_DYNAMIC = 6
export const SHT_NOTE = 7
export const SHT_NOBITS = 8
export const SHT_DYNSYM = 11
export const SHT_GNU_VERDEF = 0x6ffffffd
export const SHT_GNU_VERNEED = 0x6ffffffe
export const SHT_GNU_VERSYM = 0x6fffffff

export const SHN_UNDEF = 0
export const SHN_XINDEX = 0xffff

export const DT_NULL = 0
export const DT_NEEDED = 1
export const DT_PLTRELSZ = 2
export const DT_HASH = 4
export const DT_STRTAB = 5
export const DT_SYMTAB = 6
export const DT_RELA = 7
export const DT_RELASZ = 8
export const DT_RELAENT = 9
export const DT_STRSZ = 10
export const DT_SYMENT = 11
export const DT_SONAME = 14
export const DT_RPATH = 15
export const DT_REL = 17
export const DT_RELSZ = 18
export const DT_RELENT = 19
export const DT_PLTREL = 20
export const DT_BIND_NOW = 24
export const DT_JMPREL = 23
export const DT_RUNPATH = 29
export const DT_FLAGS = 30
export const DT_GNU_HASH = 0x6ffffef5
export const DT_VERSYM = 0x6ffffff0
export const DT_FLAGS_1 = 0x6ffffffb
export const DT_VERDEF = 0x6ffffffc
export const DT_VERDEFNUM = 0x6ffffffd
export const DT_VERNEED = 0x6ffffffe
export const DT_VERNEEDNUM = 0x6fffffff

export const DF_BIND_NOW = 0x8
export const DF_1_NOW = 0x1

export const STB_LOCAL = 0
export const STB_WEAK = 2

/** vna_flags bit: the loader only warns when this version is missing. */
export const VER_FLG_WEAK = 0x2
export const VER_FLG_BASE = 0x1
/** versym bit 15: the symbol is hidden (only for verdef entries). */
export const VERSYM_HIDDEN = 0x8000
export const VER_NDX_LOCAL = 0
export const VER_NDX_GLOBAL = 1

export const NT_GNU_ABI_TAG = 1

/** e_machine → the name used in reports; EM_PPC64/S390/RISCV names depend on class and endianness. */
export const MACHINES: Record<number, string | ((cls: 32 | 64, le: boolean) => string)> = {
  2: 'sparc',
  3: 'i386',
  8: (cls, le) => (cls === 64 ? 'mips64' : 'mips') + (le ? 'el' : ''),
  20: 'ppc',
  21: (_cls, le) => (le ? 'ppc64le' : 'ppc64'),
  22: cls => (cls === 64 ? 's390x' : 's390'),
  40: 'arm',
  42: 'sh',
  43: 'sparc64',
  62: 'x86_64',
  183: 'aarch64',
  243: cls => (cls === 64 ? 'riscv64' : 'riscv32'),
  258: 'loongarch64'
}
