import * as C from './constants.js'
import { ElfError } from './errors.js'
import { FileSource } from './source.js'
import { layouts, type Layouts } from './structs.js'
import { Window } from './window.js'

export interface Segment {
  p_type: number
  p_offset: number
  p_vaddr: number
  p_filesz: number
  p_memsz: number
  p_align: number
}

export interface Section {
  index: number
  sh_type: number
  sh_addr: number
  sh_offset: number
  sh_size: number
  sh_link: number
  sh_info: number
  sh_entsize: number
}

/** The identity and headers of an ELF file: enough to decide what else to read. */
export interface ElfHeader {
  class: 32 | 64
  endian: 'little' | 'big'
  machineCode: number
  machine: string
  type: number
  L: Layouts
  segments: Segment[]
  /** Empty when the section headers are stripped or unreadable (the dynamic path does not need them). */
  sections: Section[]
  /** Why section headers were ignored, when they were present but unusable. */
  sectionProblem: string | null
}

const ELF_MAGIC = 0x7f454c46

export function hasElfMagic(buf: Buffer): boolean {
  return buf.length >= 4 && buf.readUInt32BE(0) === ELF_MAGIC
}

function machineName(code: number, cls: 32 | 64, le: boolean): string {
  const m = C.MACHINES[code]
  if (m === undefined) return `em-${code}`
  return typeof m === 'string' ? m : m(cls, le)
}

/** The ELF header and, in every real file, the program headers lie in the file's first bytes: one read for them. */
const HEAD = 4096

/** A table of `count` entries of `entsize` bytes, checked against the file before it is read. */
function table(head: Window, offset: number, count: number, entsize: number, what: string): Buffer {
  if (count === 0) return Buffer.alloc(0)
  return head.read(offset, count * entsize, what)
}

export function readHeader(src: FileSource): ElfHeader {
  if (src.size < 16) {
    if (src.size >= 4 && hasElfMagic(src.read(0, 4, 'e_ident')))
      throw new ElfError('truncated', `file is ${src.size} bytes, shorter than e_ident`, 'Elf_Ehdr', 0)
    throw new ElfError('not-elf', 'no ELF magic (\\x7fELF)')
  }
  const head = Window.open(src, 0, Math.min(HEAD, src.size), 'e_ident')
  const ident = head.read(0, 16, 'e_ident')
  if (!hasElfMagic(ident)) throw new ElfError('not-elf', 'no ELF magic (\\x7fELF)')
  const ei_class = ident[4]
  const ei_data = ident[5]
  if (ei_class !== C.ELFCLASS32 && ei_class !== C.ELFCLASS64)
    throw new ElfError('malformed', `EI_CLASS ${ei_class} is neither ELFCLASS32 nor ELFCLASS64`, 'e_ident', 4)
  if (ei_data !== C.ELFDATA2LSB && ei_data !== C.ELFDATA2MSB)
    throw new ElfError('malformed', `EI_DATA ${ei_data} is neither ELFDATA2LSB nor ELFDATA2MSB`, 'e_ident', 5)
  const is64 = ei_class === C.ELFCLASS64
  const le = ei_data === C.ELFDATA2LSB
  const L = layouts(is64, le)
  const eh = L.Ehdr.read(head.read(0, L.Ehdr.size, L.Ehdr.name), 0)
  const cls = is64 ? 64 : 32

  // Section 0 carries the real counts when e_shnum/e_phnum overflow (extended numbering).
  let shnum = eh.e_shnum
  let phnum = eh.e_phnum
  let sectionProblem: string | null = null
  let sections: Section[] = []
  if (eh.e_shoff !== 0) {
    try {
      if (eh.e_shentsize !== L.Shdr.size)
        throw new ElfError('malformed', `e_shentsize ${eh.e_shentsize}, expected ${L.Shdr.size}`, 'Elf_Ehdr')
      const s0 = L.Shdr.read(head.read(eh.e_shoff, L.Shdr.size, 'section header 0'), 0)
      if (shnum === 0) shnum = s0.sh_size
      if (phnum === C.PN_XNUM) phnum = s0.sh_info
      const raw = table(head, eh.e_shoff, shnum, L.Shdr.size, 'section header table')
      sections = []
      for (let i = 0; i < shnum; i++) {
        const s = L.Shdr.read(raw, i * L.Shdr.size)
        sections.push({
          index: i,
          sh_type: s.sh_type,
          sh_addr: s.sh_addr,
          sh_offset: s.sh_offset,
          sh_size: s.sh_size,
          sh_link: s.sh_link,
          sh_info: s.sh_info,
          sh_entsize: s.sh_entsize
        })
      }
    } catch (e) {
      // The loader never reads section headers, so broken ones must not stop the audit: note and go on.
      if (!(e instanceof ElfError)) throw e
      sectionProblem = e.message
      sections = []
    }
  }

  const segments: Segment[] = []
  if (eh.e_phoff !== 0 && phnum !== 0) {
    if (eh.e_phentsize !== L.Phdr.size)
      throw new ElfError('malformed', `e_phentsize ${eh.e_phentsize}, expected ${L.Phdr.size}`, 'Elf_Ehdr')
    const raw = table(head, eh.e_phoff, phnum, L.Phdr.size, 'program header table')
    for (let i = 0; i < phnum; i++) {
      const p = L.Phdr.read(raw, i * L.Phdr.size)
      segments.push({
        p_type: p.p_type,
        p_offset: p.p_offset,
        p_vaddr: p.p_vaddr,
        p_filesz: p.p_filesz,
        p_memsz: p.p_memsz,
        p_align: p.p_align
      })
    }
  }

  return {
    class: cls,
    endian: le ? 'little' : 'big',
    machineCode: eh.e_machine,
    machine: machineName(eh.e_machine, cls, le),
    type: eh.e_type,
    L,
    segments,
    sections,
    sectionProblem
  }
}
