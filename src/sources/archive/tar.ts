// A small streaming tar reader (ustar, GNU long names, pax path/linkpath/size). Each member is checked by
// ExtractTarget before anything is written, and the bytes written are the bytes that were checked: there
// is no second pass by another tool.
import { SourceError } from '../errors.js'
import { ByteReader } from './byte-reader.js'
import type { ExtractTarget } from './target.js'

const BLOCK = 512
/** pax and GNU long-name records are metadata; anything this large is not a real archive. */
const MAX_META = 1024 * 1024

function cstring(buf: Buffer, start: number, length: number): string {
  const slice = buf.subarray(start, start + length)
  const nul = slice.indexOf(0)
  return slice.subarray(0, nul < 0 ? slice.length : nul).toString('utf8')
}

/** Octal numeric field, or GNU base-256 when the high bit of the first byte is set. */
function numeric(buf: Buffer, start: number, length: number): number {
  if (buf[start] & 0x80) {
    let n = buf[start] & 0x7f
    for (let i = start + 1; i < start + length; i++) n = n * 256 + buf[i]
    return n
  }
  const text = cstring(buf, start, length).trim()
  if (text === '') return 0
  if (!/^[0-7]+$/.test(text)) return NaN
  return parseInt(text, 8)
}

function checksumOk(block: Buffer): boolean {
  const stored = numeric(block, 148, 8)
  let unsigned = 0
  let signed = 0
  for (let i = 0; i < BLOCK; i++) {
    const b = i >= 148 && i < 156 ? 0x20 : block[i]
    unsigned += b
    signed += b > 127 ? b - 256 : b
  }
  return stored === unsigned || stored === signed
}

/**
 * True when the block is a valid tar header (used to tell a .gz'd tar from a single .gz'd file). An all-zero
 * block is not: its checksum field reads 0 where the sum (the field counted as spaces) is 256.
 */
export function looksLikeTarHeader(block: Buffer): boolean {
  return block.length >= BLOCK && checksumOk(block)
}

/** pax extended header records: "<len> <key>=<value>\n". */
function parsePax(data: Buffer, where: string): Record<string, string> {
  const out: Record<string, string> = {}
  let pos = 0
  while (pos < data.length) {
    const space = data.indexOf(0x20, pos)
    const len = space < 0 ? NaN : Number(data.subarray(pos, space).toString('ascii'))
    if (!Number.isInteger(len) || len <= 0 || pos + len > data.length) {
      throw new SourceError('BAD_ARCHIVE', `${where}: malformed pax header`)
    }
    const record = data.subarray(space + 1, pos + len - 1).toString('utf8')
    const eq = record.indexOf('=')
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1)
    pos += len
  }
  return out
}

export interface TarOptions {
  /** Cap on bytes pulled from the decompressed stream (data we skip counts too). */
  maxStreamBytes: number
}

/** Reads a tar stream into the target. Stops at the end-of-archive marker. */
export async function extractTar(
  source: AsyncIterable<Uint8Array> | ByteReader,
  target: ExtractTarget,
  options: TarOptions
): Promise<void> {
  const archive = target.archive
  const reader =
    source instanceof ByteReader
      ? source
      : new ByteReader(
          source,
          options.maxStreamBytes,
          () =>
            new SourceError(
              'ARCHIVE_TOO_LARGE',
              `${archive}: decompresses to more than ${options.maxStreamBytes} bytes`
            )
        )
  let pax: Record<string, string> = {}
  let longName: string | undefined
  let longLink: string | undefined

  const padding = (size: number): number => (BLOCK - (size % BLOCK)) % BLOCK
  const readMeta = async (size: number, what: string): Promise<Buffer> => {
    if (size > MAX_META)
      throw new SourceError('BAD_ARCHIVE', `${archive}: ${what} of ${size} bytes is implausibly large`)
    const data = (await reader.readExact(size, `${archive}: ${what}`)) ?? Buffer.alloc(0)
    await reader.skip(padding(size), `${archive}: ${what}`)
    return data
  }

  for (;;) {
    const at = reader.offset
    const block = await reader.readExact(BLOCK, `${archive}: header at byte ${at}`)
    // A stream that simply stops at a header boundary is accepted like GNU tar does; sizes and checksums
    // of the downloaded file were verified before extraction.
    if (!block || block.every(b => b === 0)) break
    if (!checksumOk(block))
      throw new SourceError('BAD_ARCHIVE', `${archive}: bad tar header checksum at byte ${at}`)

    const type = String.fromCharCode(block[156] || 0x30)
    let size = numeric(block, 124, 12)
    const ustar = block.subarray(257, 263).toString('latin1') === 'ustar\0'
    const prefix = ustar ? cstring(block, 345, 155) : ''
    const name =
      pax.path ?? longName ?? (prefix ? `${prefix}/${cstring(block, 0, 100)}` : cstring(block, 0, 100))
    const linkName = pax.linkpath ?? longLink ?? cstring(block, 157, 100)
    if (pax.size !== undefined) size = Number(pax.size)
    if (!Number.isSafeInteger(size) || size < 0)
      throw new SourceError('BAD_ARCHIVE', `${archive}: bad size for ${JSON.stringify(name)}`)
    const mode = numeric(block, 100, 8) || 0o644

    // Metadata entries describe the next member.
    if (type === 'x') {
      pax = { ...pax, ...parsePax(await readMeta(size, 'pax header'), archive) }
      continue
    }
    if (type === 'g') {
      await readMeta(size, 'pax global header')
      continue
    }
    if (type === 'L') {
      longName = cstring(await readMeta(size, 'GNU long name'), 0, size)
      continue
    }
    if (type === 'K') {
      longLink = cstring(await readMeta(size, 'GNU long link name'), 0, size)
      continue
    }
    pax = {}
    longName = undefined
    longLink = undefined

    const what = `${archive}: ${JSON.stringify(name)}`
    switch (type) {
      case '0':
      case '7':
        if (name.endsWith('/')) {
          await target.dir(name)
          await reader.skip(size, what)
        } else {
          await target.file(name, mode, reader.chunks(size, what))
        }
        break
      case '5':
        await target.dir(name)
        await reader.skip(size, what)
        break
      case '2':
        await target.symlink(name, linkName)
        await reader.skip(size, what)
        break
      case '1':
        await target.hardlink(name, linkName)
        await reader.skip(size, what)
        break
      case '3':
      case '4':
        throw new SourceError(
          'UNSAFE_ENTRY',
          `${archive}: refused entry ${JSON.stringify(name)}: device file`
        )
      case '6':
        throw new SourceError('UNSAFE_ENTRY', `${archive}: refused entry ${JSON.stringify(name)}: FIFO`)
      default:
        throw new SourceError(
          'UNSUPPORTED',
          `${archive}: entry ${JSON.stringify(name)} has tar type '${type}' (sparse, multi-volume or unknown), which is not supported`
        )
    }
    await reader.skip(padding(size), what)
  }
  target.finish()
}
