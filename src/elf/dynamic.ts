import * as C from './constants.js'
import { ElfError } from './errors.js'
import type { ElfHeader } from './header.js'
import type { FileSource } from './source.js'

/** The dynamic section as the loader sees it: tag → values (DT_NEEDED repeats), plus where it came from. */
export interface DynamicInfo {
  source: 'program-headers' | 'section-headers'
  entries: Map<number, number[]>
  /** Maps a virtual address from a DT_* entry to a file offset. */
  toOffset(addr: number, what: string): number
}

/** Virtual address → file offset through the PT_LOAD segments, the way the loader maps the file. */
function addressMapper(h: ElfHeader): (addr: number, what: string) => number {
  const loads = h.segments.filter(s => s.p_type === C.PT_LOAD)
  const secs = h.sections.filter(s => s.sh_addr !== 0 && s.sh_type !== C.SHT_NOBITS)
  return (addr, what) => {
    for (const s of loads) {
      if (addr >= s.p_vaddr && addr < s.p_vaddr + s.p_filesz) return s.p_offset + (addr - s.p_vaddr)
    }
    // Without PT_LOAD (unusual, e.g. some linker test outputs) the section headers are all we have.
    for (const s of secs) {
      if (addr >= s.sh_addr && addr < s.sh_addr + s.sh_size) return s.sh_offset + (addr - s.sh_addr)
    }
    throw new ElfError('malformed', `address 0x${addr.toString(16)} lies in no PT_LOAD segment`, what)
  }
}

export function readDynamic(src: FileSource, h: ElfHeader): DynamicInfo | null {
  const seg = h.segments.find(s => s.p_type === C.PT_DYNAMIC)
  let offset: number
  let size: number
  let source: DynamicInfo['source']
  if (seg) {
    offset = seg.p_offset
    size = seg.p_filesz
    source = 'program-headers'
  } else {
    const sec = h.sections.find(s => s.sh_type === C.SHT_DYNAMIC)
    if (!sec) return null
    offset = sec.sh_offset
    size = sec.sh_size
    source = 'section-headers'
  }
  const D = h.L.Dyn
  const count = Math.floor(size / D.size)
  const raw = src.read(offset, count * D.size, 'dynamic section')
  const entries = new Map<number, number[]>()
  let terminated = false
  for (let i = 0; i < count; i++) {
    const tag = D.field.d_tag(raw, i * D.size)
    if (tag === C.DT_NULL) {
      terminated = true
      break
    }
    const val = D.field.d_val(raw, i * D.size)
    const list = entries.get(tag)
    if (list) list.push(val)
    else entries.set(tag, [val])
  }
  if (!terminated && count > 0)
    throw new ElfError('malformed', 'no DT_NULL before the end of the segment', 'dynamic section', offset)
  return { source, entries, toOffset: addressMapper(h) }
}

export function dynValue(d: DynamicInfo, tag: number): number | undefined {
  return d.entries.get(tag)?.[0]
}
