// What the smoke runtimes need from an ELF file: its machine (to pick the x86_64 or aarch64 runtime) and where
// PT_INTERP lives (to point a copy of the program at the glibc 2.17 loader). Reading is the ELF layer's job
// (bounded, checked reads of the headers); this module only adds the in-place rewrite of PT_INTERP.
import { closeSync, openSync, writeSync } from 'node:fs'
import * as C from '../elf/constants.js'
import { ElfError } from '../elf/errors.js'
import { readHeader } from '../elf/header.js'
import { FileSource } from '../elf/source.js'
import { RunnerError } from './errors.js'

export type SmokeArch = 'x86_64' | 'aarch64'

const EM_X86_64 = 62
const EM_AARCH64 = 183

export interface ElfInterp {
  machine: number
  arch: SmokeArch | null
  /** The program interpreter and the bytes PT_INTERP occupies in the file; null for a static executable. */
  interp: { path: string; offset: number; size: number } | null
}

export function readElfInterp(path: string): ElfInterp {
  let src: FileSource | null = null
  try {
    src = FileSource.open(path)
    const header = readHeader(src)
    const machine = header.machineCode
    const arch = machine === EM_X86_64 ? 'x86_64' : machine === EM_AARCH64 ? 'aarch64' : null
    const segment = header.segments.find(s => s.p_type === C.PT_INTERP)
    if (!segment) return { machine, arch, interp: null }
    const raw = src.read(segment.p_offset, segment.p_filesz, 'PT_INTERP')
    const nul = raw.indexOf(0)
    const interpPath = raw.toString('latin1', 0, nul === -1 ? raw.length : nul)
    return { machine, arch, interp: { path: interpPath, offset: segment.p_offset, size: segment.p_filesz } }
  } catch (error) {
    if (error instanceof ElfError) throw new RunnerError(`${path}: ${error.message}`)
    throw error
  } finally {
    src?.close()
  }
}

/**
 * Overwrites PT_INTERP in `file` (a copy the caller owns) with `interp`. PT_INTERP is a fixed-size,
 * NUL-terminated string, so the new path must fit in the old one's bytes; the rest is NUL-padded.
 */
export function patchElfInterp(file: string, interp: string): void {
  const { interp: current } = readElfInterp(file)
  if (!current) throw new RunnerError(`${file} has no PT_INTERP (static executable): nothing to patch`)
  const bytes = Buffer.from(interp, 'latin1')
  if (bytes.length + 1 > current.size) {
    throw new RunnerError(
      `cannot point ${file} at ${interp}: PT_INTERP holds ${current.size - 1} characters, the path has ${bytes.length}`
    )
  }
  const padded = Buffer.alloc(current.size)
  bytes.copy(padded)
  const fd = openSync(file, 'r+')
  try {
    writeSync(fd, padded, 0, padded.length, current.offset)
  } finally {
    closeSync(fd)
  }
}
