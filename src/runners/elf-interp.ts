// What the smoke runtimes need from an ELF file: its machine (to pick the x86_64 or aarch64 runtime) and where
// PT_INTERP lives (to point a copy of the program at the glibc 2.17 loader). Reading is the ELF layer's job
// (bounded, checked reads of the headers); this module only adds the in-place rewrite of PT_INTERP.
import { closeSync, openSync, writeSync } from 'node:fs'
import { ElfError, readProgramHeaders } from '../elf/index.js'
import { RunnerError } from './errors.js'

export type SmokeArch = 'x86_64' | 'aarch64'

export interface ElfInterp {
  /** Machine name as the ELF layer reports it (x86_64, aarch64, arm, ...). */
  machine: string
  arch: SmokeArch | null
  /** The program interpreter and the bytes PT_INTERP occupies in the file; null for a static executable. */
  interp: { path: string; offset: number; size: number } | null
}

export function readElfInterp(path: string): ElfInterp {
  try {
    const { machine, interpreter } = readProgramHeaders(path)
    const arch = machine === 'x86_64' || machine === 'aarch64' ? machine : null
    return { machine, arch, interp: interpreter }
  } catch (error) {
    if (error instanceof ElfError) throw new RunnerError(`${path}: ${error.message}`)
    throw error
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
