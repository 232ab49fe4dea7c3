// Archive entry point: recognises the format from the file's magic bytes (the name only decides between
// "compressed tar" and "compressed single file"), decompresses in-process or via `xz -dc`, and hands the
// byte stream to our own readers, which validate every member before writing it.
import { spawn } from 'node:child_process'
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { basename } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { SourceError } from '../errors.js'
import { ByteReader } from './byte-reader.js'
import { extractTar, looksLikeTarHeader } from './tar.js'
import { ExtractTarget, defaultLimits, type ExtractLimits } from './target.js'
import { extractZip } from './zip.js'

export { ExtractTarget, defaultLimits, type ExtractLimits } from './target.js'

export type ArchiveKind = 'tar' | 'tar.gz' | 'tar.xz' | 'gz' | 'xz' | 'zip' | 'raw'

/** Tar metadata allowed on top of content bytes: headers, padding, pax records per entry, plus slack. */
function streamCap(limits: ExtractLimits): number {
  return limits.maxBytes + limits.maxEntries * 4096 + 1024 * 1024
}

const tarName = /\.(tar\.(gz|xz)|tgz|txz|tar)$/i

/** Looks at the first bytes; the name only breaks the tie for compressed streams. */
export async function detectArchive(file: string, name = basename(file)): Promise<ArchiveKind> {
  const fh = await open(file, 'r')
  const head = Buffer.alloc(512)
  let n = 0
  try {
    n = (await fh.read(head, 0, 512, 0)).bytesRead
  } finally {
    await fh.close()
  }
  const magic = head.subarray(0, n)
  if (magic[0] === 0x1f && magic[1] === 0x8b) return tarName.test(name) ? 'tar.gz' : 'gz'
  if (magic.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])))
    return tarName.test(name) ? 'tar.xz' : 'xz'
  if (
    magic.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1')) ||
    magic.subarray(0, 4).equals(Buffer.from('PK\x05\x06', 'latin1'))
  ) {
    return 'zip'
  }
  if (looksLikeTarHeader(magic)) return 'tar'
  return 'raw'
}

function corruptGzip(archive: string, e: unknown): SourceError {
  return new SourceError('BAD_ARCHIVE', `${archive}: gzip data is corrupt: ${(e as Error).message}`)
}

/** zlib's own failures (Z_DATA_ERROR, Z_BUF_ERROR ...), as a reader sees them while it iterates the stream. */
function isZlibError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code
  return typeof code === 'string' && code.startsWith('Z_')
}

/** Decompressed bytes of a .gz or .xz file. The returned `done` settles once the decompressor is finished. */
function decompress(
  file: string,
  kind: 'gz' | 'xz',
  archive: string
): { stream: AsyncIterable<Buffer>; stop: () => void; done: Promise<void> } {
  if (kind === 'gz') {
    const gunzip = createGunzip()
    const done = pipeline(createReadStream(file), gunzip).catch(e => {
      throw corruptGzip(archive, e)
    })
    // A refusal stops the stream half way; the "premature close" that follows is not the archive's fault.
    done.catch(() => {})
    return { stream: gunzip, stop: () => gunzip.destroy(), done }
  }
  // Node has no xz decoder: `xz` only decompresses here, our reader validates what comes out.
  const child = spawn('xz', ['-dc', '--', file], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env })
  let stderr = ''
  child.stderr.on('data', d => (stderr += String(d)))
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', e =>
      reject(
        new SourceError(
          'UNSUPPORTED',
          (e as NodeJS.ErrnoException).code === 'ENOENT'
            ? `${archive}: the xz command is needed to unpack .xz archives and was not found`
            : `${archive}: the xz command could not be run (${(e as Error).message})`
        )
      )
    )
    // A stopped xz (killed after a refusal) rejects too; whoever stops it does not wait for success.
    child.on('close', code =>
      code === 0
        ? resolve()
        : reject(new SourceError('BAD_ARCHIVE', `${archive}: xz failed (exit ${code}): ${stderr.trim()}`))
    )
  })
  done.catch(() => {})
  // Stopping must also drop what xz already wrote: 'close' waits for its stdout to end, which a paused,
  // unread pipe never does (a refusal half way through a big archive hung here).
  const stop = (): void => {
    child.kill()
    child.stdout.destroy()
  }
  return { stream: child.stdout, stop, done }
}

export interface ExtractResult {
  kind: ArchiveKind
  /** Regular files written, relative to the target directory. */
  files: string[]
  bytes: number
}

/**
 * Unpacks `file` into `dest` (created; must be empty). Returns kind 'raw' without writing anything when
 * the file is not an archive. On any refusal the partial extraction is removed and a SourceError thrown.
 */
export async function extractArchive(
  file: string,
  dest: string,
  options: { name?: string; limits?: ExtractLimits } = {}
): Promise<ExtractResult> {
  const name = options.name ?? basename(file)
  const limits = options.limits ?? defaultLimits
  const kind = await detectArchive(file, name)
  if (kind === 'raw') return { kind, files: [], bytes: 0 }
  const target = await ExtractTarget.create(dest, name, limits)
  const tooLarge = (): SourceError =>
    new SourceError('ARCHIVE_TOO_LARGE', `${name}: decompresses to more than ${streamCap(limits)} bytes`)
  try {
    if (kind === 'zip') await extractZip(file, target)
    else if (kind === 'tar') {
      const input = createReadStream(file)
      try {
        await extractTar(input, target, { maxStreamBytes: streamCap(limits) })
      } finally {
        input.destroy()
      }
    } else {
      const { stream, stop, done } = decompress(file, kind === 'tar.gz' || kind === 'gz' ? 'gz' : 'xz', name)
      const reader = new ByteReader(stream, streamCap(limits), tooLarge)
      try {
        const head = await reader.peek(512)
        if (kind === 'tar.gz' || kind === 'tar.xz' || looksLikeTarHeader(head)) {
          await extractTar(reader, target, { maxStreamBytes: streamCap(limits) })
          // The rest after the end marker (record padding) is read too, under the same cap: gzip checks its
          // CRC and xz its integrity check only at the end, and a flipped bit in a member must not pass.
          for await (const _ of reader.rest()) {
            // discard
          }
        } else {
          // A single compressed file: "tool.gz" becomes "tool".
          const inner = name.replace(/\.(gz|xz)$/i, '') || 'file'
          await target.file(inner, 0o755, reader.rest())
        }
      } catch (e) {
        if (reader.exhausted) {
          // The stream ended early: the decompressor's own failure (if any) says why.
          const natural = await done.then(
            () => undefined,
            (err: unknown) => err
          )
          if (natural) throw natural
        }
        stop()
        await done.catch(() => {})
        if (e instanceof SourceError) throw e
        if (isZlibError(e)) throw corruptGzip(name, e)
        throw new SourceError('BAD_ARCHIVE', `${name}: cannot decompress: ${(e as Error).message}`)
      }
      // Read to the end: whatever the decompressor reports (corrupt data, a bad CRC, missing xz) stands, even
      // when the bytes it produced looked complete (an empty stream reads as an empty tar).
      await done
    }
    return { kind, files: target.files, bytes: target.bytes }
  } catch (e) {
    await target.discard()
    throw e
  }
}
