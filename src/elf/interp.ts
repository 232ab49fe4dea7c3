import * as C from './constants.js'
import { ElfError } from './errors.js'
import { readHeader, type ElfHeader } from './header.js'
import { FileSource } from './source.js'

/** PT_INTERP: the program interpreter's path and the bytes it occupies (fixed size, NUL-padded). */
export interface Interpreter {
  path: string
  offset: number
  size: number
}

export function readInterpreter(src: FileSource, h: ElfHeader): Interpreter | null {
  const seg = h.segments.find(s => s.p_type === C.PT_INTERP)
  if (!seg) return null
  if (seg.p_filesz > 4096)
    throw new ElfError('malformed', `PT_INTERP of ${seg.p_filesz} bytes`, 'PT_INTERP', seg.p_offset)
  const b = src.read(seg.p_offset, seg.p_filesz, 'PT_INTERP')
  const nul = b.indexOf(0)
  return { path: b.toString('latin1', 0, nul < 0 ? b.length : nul), offset: seg.p_offset, size: seg.p_filesz }
}

/** Machine and interpreter only: what a runner needs to pick a runtime, without reading any table. */
export function readProgramHeaders(path: string): {
  machine: string
  machineCode: number
  interpreter: Interpreter | null
} {
  const src = FileSource.open(path)
  try {
    const h = readHeader(src)
    return { machine: h.machine, machineCode: h.machineCode, interpreter: readInterpreter(src, h) }
  } finally {
    src.close()
  }
}
