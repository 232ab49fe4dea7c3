// Real release assets for the source and action tests: ELF files compiled here (host gcc → needs a recent
// glibc; the glibc 2.17 cross toolchain → clean), archives of them made with the tar/zip CLIs, and
// hand-crafted hostile tar and zip files that no well-behaved tool would produce.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  renameSync,
  writeFileSync
} from 'node:fs'
import { join, relative } from 'node:path'
import { crc32, deflateRawSync } from 'node:zlib'
import { toolchain } from './fixtures.js'

export function sh(cmd: string, args: string[], cwd?: string): string {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

export interface BuiltElves {
  /** Host gcc executable: needs __libc_start_main@GLIBC_2.34, so it fails a 2.17 floor. */
  late: string
  /** Built by the glibc 2.17 toolchain: loads on the floor. */
  clean: string
  /** Host gcc shared library whose only late symbol is wrapped by the compat header (getrandom@GLIBC_2.25). */
  wrappedOnly: string
}

const HELLO = '#include <stdio.h>\nint main(void){puts("hi");return 0;}\n'
// A shared library needs no __libc_start_main, so getrandom@GLIBC_2.25 is its only late symbol.
const RANDOM_LIB = '#include <sys/random.h>\nssize_t fill(void *b, size_t n){ return getrandom(b, n, 0); }\n'

/**
 * Mutation runs (`npm run mutate`) start these suites thousands of times, and the compilers would be most of
 * the time spent. With GLIBC_FLOOR_BUILD_CACHE set, outputs built from identical inputs are made once and
 * copied into `dir`; without it (npm test, CI) everything is built fresh, as before.
 */
function memo(key: string, dir: string, build: (into: string) => void): void {
  const root = process.env.GLIBC_FLOOR_BUILD_CACHE
  if (!root) return build(dir)
  const done = join(root, createHash('sha256').update(key).digest('hex').slice(0, 16))
  if (!existsSync(done)) {
    const staging = `${done}.${process.pid}`
    build(staging)
    renameSync(staging, done)
  }
  cpSync(done, dir, { recursive: true, verbatimSymlinks: true })
}

/** Identity of a directory tree: paths, contents and link targets. */
function treeKey(dir: string): string {
  const h = createHash('sha256')
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true })
  for (const e of entries.sort((a, b) =>
    join(a.parentPath, a.name) < join(b.parentPath, b.name) ? -1 : 1
  )) {
    const p = join(e.parentPath, e.name)
    h.update(relative(dir, p))
    if (e.isSymbolicLink()) h.update(`-> ${readlinkSync(p)}`)
    else if (e.isFile()) h.update(readFileSync(p))
  }
  return h.digest('hex')
}

export function buildElves(dir: string): BuiltElves {
  memo(`elves\n${HELLO}\n${RANDOM_LIB}\n${toolchain('x86_64').gcc}`, dir, into => compileElves(into))
  return {
    late: join(dir, 'hello-late'),
    clean: join(dir, 'hello-clean'),
    wrappedOnly: join(dir, 'librandom.so')
  }
}

function compileElves(dir: string): void {
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'hello.c'), HELLO)
  writeFileSync(join(dir, 'random.c'), RANDOM_LIB)
  const late = join(dir, 'hello-late')
  const clean = join(dir, 'hello-clean')
  const wrappedOnly = join(dir, 'librandom.so')
  sh('gcc', ['-O1', '-o', late, join(dir, 'hello.c')])
  sh(toolchain('x86_64').gcc, ['-O1', '-o', clean, join(dir, 'hello.c')])
  sh('gcc', ['-O1', '-shared', '-fPIC', '-o', wrappedOnly, join(dir, 'random.c')])
}

// ---- tar ------------------------------------------------------------------------------------------

export interface TarMember {
  name: string
  /** '0' file, '1' hard link, '2' symlink, '3' char device, '5' dir, '6' fifo, 'x' pax, 'L' GNU long name */
  type?: string
  data?: Buffer | string
  linkname?: string
  mode?: number
  /** Size written in the header when it should lie about the data. */
  size?: number
  /** Raw bytes of the 12-byte size field instead (space-padded octal, NULs, base-256, junk). */
  sizeField?: Buffer | string
  /** null: a pre-POSIX header, without the 'ustar' magic. */
  magic?: null
  /** The ustar prefix field (joined to the name by ustar readers). */
  prefix?: string
  /** Bytes set in fields no reader interprets (uname, padding): they only change the checksum. */
  stray?: [number, number][]
  /** The checksum convention (POSIX sums bytes unsigned; some old tars signed), or a wrong sum. */
  checksum?: 'unsigned' | 'signed' | 'wrong'
}

function octal(n: number, width: number): string {
  return n.toString(8).padStart(width - 1, '0') + '\0'
}

export function tarHeader(m: TarMember): Buffer {
  const h = Buffer.alloc(512)
  const data = Buffer.from(m.data ?? '')
  h.write(m.name, 0, 100, 'utf8')
  h.write(octal(m.mode ?? 0o644, 8), 100, 'ascii')
  h.write(octal(0, 8), 108, 'ascii')
  h.write(octal(0, 8), 116, 'ascii')
  const size = m.sizeField ?? octal(m.size ?? data.length, 12)
  if (typeof size === 'string') h.write(size, 124, 12, 'latin1')
  else size.copy(h, 124)
  h.write(octal(0, 12), 136, 'ascii')
  h.write(m.type ?? '0', 156, 'ascii')
  h.write(m.linkname ?? '', 157, 100, 'utf8')
  if (m.magic !== null) {
    h.write('ustar\0', 257, 'latin1')
    h.write('00', 263, 'ascii')
  }
  h.write(m.prefix ?? '', 345, 155, 'utf8')
  for (const [at, b] of m.stray ?? []) h[at] = b
  h.fill(0x20, 148, 156)
  let unsigned = 0
  let signed = 0
  for (const b of h) {
    unsigned += b
    signed += b > 127 ? b - 256 : b
  }
  const sum = m.checksum === 'signed' ? signed : m.checksum === 'wrong' ? unsigned + 1 : unsigned
  h.write(octal(sum, 7) + ' ', 148, 'ascii')
  return h
}

export function tarArchive(members: TarMember[], { end = true } = {}): Buffer {
  const parts: Buffer[] = []
  for (const m of members) {
    const data = Buffer.from(m.data ?? '')
    parts.push(tarHeader(m), data, Buffer.alloc((512 - (data.length % 512)) % 512))
  }
  if (end) parts.push(Buffer.alloc(1024))
  return Buffer.concat(parts)
}

export function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`
  let len = body.length + 1
  while (String(len).length + body.length !== len) len = String(len).length + body.length
  return `${len}${body}`
}

// ---- zip ------------------------------------------------------------------------------------------

/** A zip writer (made-by Unix unless told) so tests can build entries and layouts zip tools never write. */
export interface ZipMember {
  name: string | Buffer
  data?: Buffer | string
  deflate?: boolean
  /** Full st_mode, stored as Unix external attributes. */
  mode?: number
  /** Host in the high byte of "version made by": 3 = Unix (default), 0 = MS-DOS. */
  host?: number
  /** General purpose flags; 0x800 (UTF-8 names) unless given. */
  flags?: number
  method?: number
  crc?: number
  /** Uncompressed size to declare instead of the real one. */
  declaredSize?: number
  /** Compressed size to declare instead of the real one. */
  compressedSize?: number
  /**
   * 0xffffffff in the sizes and offset, the real values in a zip64 extra field (after an unrelated one); or
   * only the fields named, in the extra field's order (size, compressed size, offset), as Info-ZIP writes them.
   */
  zip64?: boolean | ('size' | 'csize' | 'offset')[]
  comment?: string
}

export interface ZipLayout {
  /** Archive comment after the end record. */
  comment?: Buffer | string
  /** Write a zip64 end record and locator, with 0xffff/0xffffffff in the classic end record. */
  zip64?: boolean
  /** Only the 0xffff entry count in the classic record (the zip64 one still needed). */
  zip64CountOnly?: boolean
  /** Only this field of the classic record overflows (its sentinel), the others hold their real values. */
  zip64Only?: 'cdSize' | 'cdOffset'
  /** Omit the zip64 locator (with zip64), or make its record point at garbage. */
  zip64Broken?: 'no-locator' | 'bad-record'
  disk?: number
  cdDisk?: number
  /** Entry count to declare instead of the real one. */
  count?: number
  /** Added to the central directory size in the end record. */
  cdSizeDelta?: number
  /** Central directory size to declare (overrides). */
  cdSize?: number
  /** Local header signature broken for this entry index. */
  brokenLocal?: number
}

export function zipArchive(entries: ZipMember[], layout: ZipLayout = {}): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const data = Buffer.from(e.data ?? '')
    const stored = e.deflate ? deflateRawSync(data) : data
    const name = Buffer.isBuffer(e.name) ? e.name : Buffer.from(e.name, 'utf8')
    const crc = e.crc ?? crc32(data)
    const size = e.declaredSize ?? data.length
    const csize = e.compressedSize ?? stored.length
    const flags = e.flags ?? 0x800
    const method = e.method ?? (e.deflate ? 8 : 0)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(layout.brokenLocal === locals.length / 3 ? 0x04034b51 : 0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(flags, 6)
    local.writeUInt16LE(method, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(csize, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    let extra = Buffer.alloc(0)
    const wide = new Set(e.zip64 === true ? ['size', 'csize', 'offset'] : e.zip64 || [])
    if (wide.size > 0) {
      // An unrelated extra field first (0x5455, extended timestamp), then zip64: size, csize, offset.
      const ts = Buffer.from([0x55, 0x54, 5, 0, 1, 0, 0, 0, 0])
      const values = (['size', 'csize', 'offset'] as const)
        .filter(f => wide.has(f))
        .map(f => ({ size, csize, offset })[f])
      const z = Buffer.alloc(4 + 8 * values.length)
      z.writeUInt16LE(0x0001, 0)
      z.writeUInt16LE(8 * values.length, 2)
      values.forEach((v, i) => z.writeBigUInt64LE(BigInt(v), 4 + 8 * i))
      extra = Buffer.concat([ts, z])
    }
    const comment = Buffer.from(e.comment ?? '')
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(((e.host ?? 3) << 8) | 20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(flags, 8)
    central.writeUInt16LE(method, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(wide.has('csize') ? 0xffffffff : csize, 20)
    central.writeUInt32LE(wide.has('size') ? 0xffffffff : size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt16LE(extra.length, 30)
    central.writeUInt16LE(comment.length, 32)
    central.writeUInt32LE(((e.mode ?? 0o100644) << 16) >>> 0, 38)
    central.writeUInt32LE(wide.has('offset') ? 0xffffffff : offset, 42)
    locals.push(local, name, stored)
    centrals.push(central, name, extra, comment)
    offset += local.length + name.length + stored.length
  }
  const cd = Buffer.concat(centrals)
  const count = layout.count ?? entries.length
  const cdSize = layout.cdSize ?? cd.length + (layout.cdSizeDelta ?? 0)
  const tail: Buffer[] = []
  if (layout.zip64) {
    const record = Buffer.alloc(56)
    record.writeUInt32LE(layout.zip64Broken === 'bad-record' ? 0x06064b51 : 0x06064b50, 0)
    record.writeBigUInt64LE(44n, 4)
    record.writeBigUInt64LE(BigInt(count), 24)
    record.writeBigUInt64LE(BigInt(count), 32)
    record.writeBigUInt64LE(BigInt(cdSize), 40)
    record.writeBigUInt64LE(BigInt(offset), 48)
    const locator = Buffer.alloc(20)
    locator.writeUInt32LE(0x07064b50, 0)
    locator.writeBigUInt64LE(BigInt(offset + cd.length), 8)
    locator.writeUInt32LE(1, 16)
    tail.push(record)
    if (layout.zip64Broken !== 'no-locator') tail.push(locator)
  }
  const comment = Buffer.from(layout.comment ?? '')
  const eocd = Buffer.alloc(22)
  eocd.writeUInt32LE(0x06054b50, 0)
  eocd.writeUInt16LE(layout.disk ?? 0, 4)
  eocd.writeUInt16LE(layout.cdDisk ?? 0, 6)
  const big = layout.zip64 && !layout.zip64CountOnly && !layout.zip64Only
  const manyEntries = layout.zip64 && !layout.zip64Only
  eocd.writeUInt16LE(manyEntries ? 0xffff : count, 8)
  eocd.writeUInt16LE(manyEntries ? 0xffff : count, 10)
  eocd.writeUInt32LE(big || layout.zip64Only === 'cdSize' ? 0xffffffff : cdSize, 12)
  eocd.writeUInt32LE(big || layout.zip64Only === 'cdOffset' ? 0xffffffff : offset, 16)
  eocd.writeUInt16LE(comment.length, 20)
  return Buffer.concat([...locals, cd, ...tail, eocd, comment])
}

/** Packs `dir` with the real tar/zip CLIs into every format the action accepts; returns name → bytes. */
export function realArchives(dir: string, out: string, base: string): Record<string, Buffer> {
  memo(`archives\n${base}\n${treeKey(dir)}`, out, into => packArchives(dir, into, base))
  const names = [`${base}.tar.gz`, `${base}.tgz`, `${base}.tar.xz`, `${base}.tar`, `${base}.zip`]
  return Object.fromEntries(names.map(n => [n, readFileSync(join(out, n))]))
}

function packArchives(dir: string, out: string, base: string): void {
  mkdirSync(out, { recursive: true })
  const files: Record<string, string> = {
    [`${base}.tar.gz`]: 'czf',
    [`${base}.tgz`]: 'czf',
    [`${base}.tar.xz`]: 'cJf',
    [`${base}.tar`]: 'cf'
  }
  for (const [name, flags] of Object.entries(files)) sh('tar', [flags, join(out, name), '-C', dir, '.'])
  // -y stores symlinks as links; -r recurses.
  sh('zip', ['-qry', join(out, `${base}.zip`), '.'], dir)
}
