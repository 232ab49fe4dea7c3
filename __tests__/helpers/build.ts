// Builds real fixture programs with the host compiler and the glibc 2.17 cross toolchain, and runs them on
// the real glibc 2.17 loader. Everything goes to a per-process temp dir.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { toolchain, type ToolchainArch } from './fixtures.js'

export const workDir = mkdtempSync(join(tmpdir(), 'glibc-floor-test-'))

export interface RunResult {
  status: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): RunResult {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 })
  if (r.error) throw r.error
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr }
}

export function mustRun(cmd: string, args: string[]): string {
  const r = run(cmd, args)
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`)
  return r.stdout
}

export interface CompileOptions {
  /** 'host' = the machine's gcc/glibc; otherwise the crosstool-NG GCC 4.8.5 with a glibc 2.17 sysroot. */
  with: 'host' | ToolchainArch
  name: string
  lang?: 'c' | 'c++'
  flags?: string[]
  /** Make the kernel start the program with the real glibc 2.17 loader (see run217). */
  interp217?: boolean
}

export function compile(source: string, o: CompileOptions): string {
  const ext = o.lang === 'c++' ? 'cc' : 'c'
  const src = join(workDir, `${o.name}.${ext}`)
  const out = join(workDir, o.name)
  writeFileSync(src, source)
  const cc =
    o.with === 'host'
      ? o.lang === 'c++'
        ? 'g++'
        : 'gcc'
      : o.lang === 'c++'
        ? toolchain(o.with).gxx
        : toolchain(o.with).gcc
  const flags = [...(o.flags ?? [])]
  if (o.interp217) {
    const t = toolchain('x86_64')
    flags.push(`-Wl,--dynamic-linker=${t.loader}`, `-Wl,-rpath=${t.libraryPath}`)
  }
  mustRun(cc, [src, '-o', out, ...flags])
  return out
}

/**
 * Runs a program on the real glibc 2.17 from the toolchain package. A program linked with interp217 is started
 * by the kernel; others go through the loader explicitly (`ld.so --library-path`).
 */
export function run217(bin: string, args: string[] = [], explicit = true): RunResult {
  const t = toolchain('x86_64')
  return explicit ? run(t.loader, ['--library-path', t.libraryPath, bin, ...args]) : run(bin, args)
}

/**
 * Runs an aarch64 program on the real aarch64 glibc 2.17 under qemu-user. `-L sysroot` makes qemu start the
 * sysroot's loader as the kernel would (invoked explicitly, the 2.17 loader crashes under qemu).
 */
export function runAarch64On217(bin: string, args: string[] = []): RunResult {
  return run('qemu-aarch64', ['-L', toolchain('aarch64').sysroot, bin, ...args])
}

/** The versions the real loader reports missing: "version `GLIBC_2.28' not found". */
export function loaderMissing(stderr: string): string[] {
  return [...stderr.matchAll(/version `([^']+)' not found/g)].map(m => m[1])
}

/**
 * Removes the section header table from a copy of an ELF64 little-endian file, as
 * `strip --strip-section-headers` (binutils ≥ 2.41) does: e_shoff, e_shnum and e_shstrndx become 0.
 * With `lie`, e_shoff instead points at the ELF header, so the "sections" read there are garbage.
 */
export function withoutSectionHeaders(src: string, dst: string, lie = false): string {
  const b = readFileSync(src)
  if (lie) {
    b.writeBigUInt64LE(0n, 0x28)
  } else {
    b.writeBigUInt64LE(0n, 0x28)
    b.writeUInt16LE(0, 0x3c)
    b.writeUInt16LE(0, 0x3e)
  }
  writeFileSync(dst, b, { mode: 0o755 })
  return dst
}

/**
 * A hostile copy of an ELF64 little-endian executable: `entries` verneed records that all point at one shared
 * aux chain of `chain` records, appended to the last PT_LOAD. Without overlap detection the work is
 * entries × chain (the reader must refuse it at once).
 */
export function withSharedVernauxChain(src: string, dst: string, entries: number, chain: number): string {
  const orig = readFileSync(src)
  const phoff = Number(orig.readBigUInt64LE(0x20))
  const phnum = orig.readUInt16LE(0x38)
  const seg = (i: number) => {
    const at = phoff + i * 56
    return {
      at,
      type: orig.readUInt32LE(at),
      off: Number(orig.readBigUInt64LE(at + 8)),
      va: Number(orig.readBigUInt64LE(at + 16)),
      size: Number(orig.readBigUInt64LE(at + 32))
    }
  }
  const segs = Array.from({ length: phnum }, (_, i) => seg(i))
  const loads = segs.filter(s => s.type === 1)
  const dyn = segs.find(s => s.type === 2)!
  const v2o = (v: number) => {
    const l = loads.find(s => v >= s.va && v < s.va + s.size)!
    return l.off + v - l.va
  }
  const tags = new Map<number, number>()
  for (let k = 0; k < dyn.size / 16; k++)
    tags.set(Number(orig.readBigInt64LE(dyn.off + 16 * k)), dyn.off + 16 * k)
  const vn = v2o(Number(orig.readBigUInt64LE(tags.get(0x6ffffffe)! + 8)))
  const vnFile = orig.readUInt32LE(vn + 4)
  const firstAux = vn + orig.readUInt32LE(vn + 8)
  const other = orig.readUInt16LE(firstAux + 6)
  const name = orig.readUInt32LE(firstAux + 8)
  const last = loads[loads.length - 1]
  const pad = (16 - (orig.length % 16)) % 16
  const base = orig.length + pad
  const extra = Buffer.alloc(pad + 16 * entries + 16 * chain)
  const aux = base + 16 * entries
  for (let i = 0; i < entries; i++) {
    const e = pad + 16 * i
    extra.writeUInt16LE(1, e)
    extra.writeUInt16LE(chain, e + 2)
    extra.writeUInt32LE(vnFile, e + 4)
    extra.writeUInt32LE(aux - (base + 16 * i), e + 8)
    extra.writeUInt32LE(i < entries - 1 ? 16 : 0, e + 12)
  }
  for (let j = 0; j < chain; j++) {
    const a = pad + 16 * entries + 16 * j
    extra.writeUInt16LE(other, a + 6)
    extra.writeUInt32LE(name, a + 8)
    extra.writeUInt32LE(j < chain - 1 ? 16 : 0, a + 12)
  }
  const b = Buffer.concat([orig, extra])
  const newSize = BigInt(b.length - last.off)
  b.writeBigUInt64LE(newSize, last.at + 32)
  b.writeBigUInt64LE(newSize, last.at + 40)
  b.writeBigUInt64LE(BigInt(last.va + (base - last.off)), tags.get(0x6ffffffe)! + 8)
  b.writeBigUInt64LE(BigInt(entries), tags.get(0x6fffffff)! + 8)
  writeFileSync(dst, b, { mode: 0o755 })
  return dst
}
