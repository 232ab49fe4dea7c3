// Zip extraction from the central directory: every entry (name, type, sizes, method) is validated before
// the first byte is written, then each member is inflated with a byte cap and its CRC checked.
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { createInflateRaw, crc32 } from 'node:zlib'
import { SourceError } from '../errors.js'
import type { ExtractTarget } from './target.js'

const EOCD = 0x06054b50
const ZIP64_LOCATOR = 0x07064b50
const ZIP64_EOCD = 0x06064b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
/** Central directories beyond this are not release archives. */
const MAX_CENTRAL_DIR = 64 * 1024 * 1024
const MAX_SYMLINK_TARGET = 4096

const S_IFMT = 0o170000
const S_IFLNK = 0o120000
const S_IFDIR = 0o040000
const S_IFREG = 0o100000

interface ZipEntry {
  name: string
  kind: 'file' | 'dir' | 'symlink'
  mode: number
  method: number
  crc: number
  compressedSize: number
  size: number
  localOffset: number
}

function bad(archive: string, why: string): SourceError {
  return new SourceError('BAD_ARCHIVE', `${archive}: ${why}`)
}

/**
 * Zip structures are read with Buffer's bounds-checked readers: a field that runs past its record (a truncated
 * zip64 extra field) or a 64-bit value no file can hold is a RangeError there, and a corrupt archive here.
 */
async function structure<T>(archive: string, read: () => T | Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (e) {
    // By name: Node's own RangeErrors (Buffer bounds) may come from another realm than this module's.
    if ((e as Error | null)?.name === 'RangeError')
      throw bad(archive, `corrupt zip structure (${(e as Error).message})`)
    throw e
  }
}

function u64(buf: Buffer, at: number): number {
  const n = buf.readBigUInt64LE(at)
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('64-bit zip field too large')
  return Number(n)
}

async function readAt(
  fh: import('node:fs/promises').FileHandle,
  position: number,
  length: number
): Promise<Buffer> {
  const buf = Buffer.alloc(length)
  const { bytesRead } = await fh.read(buf, 0, length, position)
  return buf.subarray(0, bytesRead)
}

/** Locates and reads the central directory, returning its raw bytes and entry count. */
async function centralDirectory(
  fh: import('node:fs/promises').FileHandle,
  fileSize: number,
  archive: string
): Promise<{ cd: Buffer; count: number; offset: number }> {
  const tailLength = Math.min(fileSize, 22 + 65535)
  const tail = await readAt(fh, fileSize - tailLength, tailLength)
  let eocd = -1
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD && i + 22 + tail.readUInt16LE(i + 20) <= tail.length) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw bad(archive, 'not a zip file (no end of central directory record)')
  const disk = tail.readUInt16LE(eocd + 4)
  const cdDisk = tail.readUInt16LE(eocd + 6)
  let count = tail.readUInt16LE(eocd + 10)
  let cdSize = tail.readUInt32LE(eocd + 12)
  let cdOffset = tail.readUInt32LE(eocd + 16)
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locatorAt = fileSize - tailLength + eocd - 20
    const locator = locatorAt >= 0 ? await readAt(fh, locatorAt, 20) : Buffer.alloc(0)
    if (locator.length < 20 || locator.readUInt32LE(0) !== ZIP64_LOCATOR)
      throw bad(archive, 'zip64 locator missing')
    const record = await readAt(fh, u64(locator, 8), 56)
    if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD)
      throw bad(archive, 'zip64 end record missing')
    count = u64(record, 32)
    cdSize = u64(record, 40)
    cdOffset = u64(record, 48)
  } else if (disk !== 0 || cdDisk !== 0) {
    throw new SourceError('UNSUPPORTED', `${archive}: multi-volume zip archives are not supported`)
  }
  if (cdSize > MAX_CENTRAL_DIR)
    throw new SourceError('ARCHIVE_TOO_LARGE', `${archive}: central directory of ${cdSize} bytes`)
  if (cdOffset + cdSize > fileSize)
    throw bad(archive, 'central directory lies beyond the end of the file (truncated?)')
  return { cd: await readAt(fh, cdOffset, cdSize), count, offset: cdOffset }
}

function parseEntries(cd: Buffer, count: number, archive: string): ZipEntry[] {
  const entries: ZipEntry[] = []
  let pos = 0
  for (let i = 0; i < count; i++) {
    if (pos + 46 > cd.length || cd.readUInt32LE(pos) !== CENTRAL)
      throw bad(archive, `central directory entry ${i} is corrupt`)
    const madeBy = cd.readUInt16LE(pos + 4)
    const flags = cd.readUInt16LE(pos + 8)
    const method = cd.readUInt16LE(pos + 10)
    const crc = cd.readUInt32LE(pos + 16)
    let compressedSize = cd.readUInt32LE(pos + 20)
    let size = cd.readUInt32LE(pos + 24)
    const nameLength = cd.readUInt16LE(pos + 28)
    const extraLength = cd.readUInt16LE(pos + 30)
    const commentLength = cd.readUInt16LE(pos + 32)
    const external = cd.readUInt32LE(pos + 38)
    let localOffset = cd.readUInt32LE(pos + 42)
    const nameBytes = cd.subarray(pos + 46, pos + 46 + nameLength)
    // Bit 11: UTF-8 names; otherwise CP437, of which latin1 is the nearest built-in decoding.
    const name = nameBytes.toString(flags & 0x800 ? 'utf8' : 'latin1')
    const extra = cd.subarray(pos + 46 + nameLength, pos + 46 + nameLength + extraLength)
    for (let e = 0; e + 4 <= extra.length;) {
      const id = extra.readUInt16LE(e)
      const len = extra.readUInt16LE(e + 2)
      if (id === 0x0001) {
        let f = e + 4
        if (size === 0xffffffff) {
          size = u64(extra, f)
          f += 8
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(extra, f)
          f += 8
        }
        if (localOffset === 0xffffffff) localOffset = u64(extra, f)
      }
      e += 4 + len
    }
    pos += 46 + nameLength + extraLength + commentLength

    if (flags & 0x1)
      throw new SourceError('UNSUPPORTED', `${archive}: entry ${JSON.stringify(name)} is encrypted`)
    // Mode bits are only meaningful when the entry was made on Unix (host 3).
    const unixMode = madeBy >> 8 === 3 ? external >>> 16 : 0
    const fmt = unixMode & S_IFMT
    let kind: ZipEntry['kind']
    if (fmt === S_IFLNK) kind = 'symlink'
    else if (fmt === S_IFDIR) kind = 'dir'
    // A name ending in "/" is a directory whatever tool wrote it, with or without a type in the mode.
    else if (fmt === S_IFREG || fmt === 0) kind = name.endsWith('/') ? 'dir' : 'file'
    else {
      throw new SourceError(
        'UNSAFE_ENTRY',
        `${archive}: refused entry ${JSON.stringify(name)}: device, FIFO or socket (mode ${fmt.toString(8)})`
      )
    }
    if (kind !== 'dir' && method !== 0 && method !== 8) {
      throw new SourceError(
        'UNSUPPORTED',
        `${archive}: entry ${JSON.stringify(name)} uses compression method ${method}; only stored and deflate are supported`
      )
    }
    entries.push({ name, kind, mode: unixMode & 0o7777, method, crc, compressedSize, size, localOffset })
  }
  return entries
}

/** Inflates (or passes through) one member, enforcing its declared size and CRC as bytes arrive. */
async function* memberData(
  file: string,
  dataStart: number,
  entry: ZipEntry,
  archive: string
): AsyncGenerator<Buffer> {
  const what = `${archive}: ${JSON.stringify(entry.name)}`
  if (entry.compressedSize === 0) {
    if (entry.size !== 0)
      throw bad(archive, `${JSON.stringify(entry.name)} declares ${entry.size} bytes but stores none`)
    return
  }
  const raw = createReadStream(file, { start: dataStart, end: dataStart + entry.compressedSize - 1 })
  const stream = entry.method === 8 ? raw.pipe(createInflateRaw()) : raw
  raw.on('error', e => stream.destroy(e))
  let produced = 0
  let crc = 0
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      produced += chunk.length
      if (produced > entry.size) {
        throw new SourceError('ARCHIVE_TOO_LARGE', `${what} inflates beyond its declared ${entry.size} bytes`)
      }
      crc = crc32(chunk, crc)
      yield chunk
    }
  } catch (e) {
    if (e instanceof SourceError) throw e
    throw bad(archive, `${JSON.stringify(entry.name)} is corrupt: ${(e as Error).message}`)
  } finally {
    raw.destroy()
    stream.destroy()
  }
  if (produced !== entry.size)
    throw bad(archive, `${JSON.stringify(entry.name)} is truncated (${produced} of ${entry.size} bytes)`)
  if (crc >>> 0 !== entry.crc) throw bad(archive, `${JSON.stringify(entry.name)} fails its CRC check`)
}

async function collect(data: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = []
  for await (const c of data) parts.push(c)
  return Buffer.concat(parts)
}

export async function extractZip(file: string, target: ExtractTarget): Promise<void> {
  const archive = target.archive
  const fh = await open(file, 'r')
  try {
    const { size: fileSize } = await fh.stat()
    const {
      cd,
      count,
      offset: cdOffset
    } = await structure(archive, () => centralDirectory(fh, fileSize, archive))
    if (count > target.limits.maxEntries) {
      throw new SourceError(
        'ARCHIVE_TOO_LARGE',
        `${archive}: ${count} entries, more than ${target.limits.maxEntries}`
      )
    }
    const entries = await structure(archive, () => parseEntries(cd, count, archive))

    // Everything is checked before the first write: sizes and offsets here, then names, types and link
    // targets by replaying the whole archive against a dry-run target.
    let declared = 0
    const located: { entry: ZipEntry; dataStart: number; linkTarget?: string }[] = []
    for (const entry of entries) {
      declared += entry.size
      const local = await readAt(fh, entry.localOffset, 30)
      if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) {
        throw bad(archive, `local header of ${JSON.stringify(entry.name)} is missing`)
      }
      const dataStart = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28)
      if (dataStart + entry.compressedSize > cdOffset) {
        throw bad(archive, `${JSON.stringify(entry.name)} has data overlapping the central directory`)
      }
      let linkTarget: string | undefined
      if (entry.kind === 'symlink') {
        if (entry.size > MAX_SYMLINK_TARGET) {
          throw new SourceError(
            'UNSAFE_ENTRY',
            `${archive}: refused entry ${JSON.stringify(entry.name)}: symlink target too long`
          )
        }
        // The target read here is the one written below, not a second read of the file.
        linkTarget = (await collect(memberData(file, dataStart, entry, archive))).toString('utf8')
      }
      located.push({ entry, dataStart, linkTarget })
    }
    if (declared > target.limits.maxBytes) {
      throw new SourceError(
        'ARCHIVE_TOO_LARGE',
        `${archive}: declares ${declared} bytes of content, more than the ${target.limits.maxBytes} byte cap`
      )
    }
    for (const sink of [target.dryRun(), target]) {
      for (const { entry, dataStart, linkTarget } of located) {
        if (entry.kind === 'dir') await sink.dir(entry.name)
        else if (entry.kind === 'symlink') await sink.symlink(entry.name, linkTarget!)
        else await sink.file(entry.name, entry.mode || 0o644, memberData(file, dataStart, entry, archive))
      }
      sink.finish()
    }
  } finally {
    await fh.close()
  }
}
