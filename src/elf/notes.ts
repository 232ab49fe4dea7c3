import * as C from './constants.js'
import type { ElfHeader } from './header.js'
import type { FileSource } from './source.js'

const MAX_NOTE_BYTES = 1 << 20

/**
 * The minimum kernel from NT_GNU_ABI_TAG ("GNU" note, desc = os, major, minor, patch). glibc refuses to start
 * a binary whose tag names a newer kernel than the running one ("FATAL: kernel too old").
 */
export function readAbiTag(src: FileSource, h: ElfHeader): { os: number; kernel: string } | null {
  const regions = h.segments
    .filter(s => s.p_type === C.PT_NOTE)
    .map(s => ({ offset: s.p_offset, size: s.p_filesz, align: s.p_align }))
  if (regions.length === 0)
    for (const s of h.sections.filter(x => x.sh_type === C.SHT_NOTE))
      regions.push({ offset: s.sh_offset, size: s.sh_size, align: 4 })
  const le = h.endian === 'little'
  for (const r of regions) {
    if (r.size > MAX_NOTE_BYTES || !src.contains(r.offset, r.size)) continue
    const buf = src.read(r.offset, r.size, 'PT_NOTE')
    // Notes in 8-aligned segments (.note.gnu.property) pad to 8; classic notes pad to 4.
    const pad = r.align === 8 ? 8 : 4
    const up = (n: number): number => Math.ceil(n / pad) * pad
    let at = 0
    while (at + 12 <= buf.length) {
      const u32 = (o: number): number => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o))
      const namesz = u32(at)
      const descsz = u32(at + 4)
      const type = u32(at + 8)
      const nameAt = at + 12
      const descAt = nameAt + up(namesz)
      const next = descAt + up(descsz)
      if (next > buf.length || next <= at) break
      const name = buf.toString('latin1', nameAt, nameAt + Math.max(0, namesz - 1))
      if (name === 'GNU' && type === C.NT_GNU_ABI_TAG && descsz >= 16)
        return { os: u32(descAt), kernel: `${u32(descAt + 4)}.${u32(descAt + 8)}.${u32(descAt + 12)}` }
      at = next
    }
  }
  return null
}
