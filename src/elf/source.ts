import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { ElfError } from './errors.js'

/** No table in a real binary comes close; a larger claim is hostile and must not size an allocation. */
export const MAX_TABLE_BYTES = 256 * 1024 * 1024

/**
 * Positional, bounded reads of one file. Every read is checked against the file size first, so a hostile
 * offset or count fails with the structure's name instead of allocating or reading garbage.
 */
export class FileSource {
  /** Bytes read so far: the proof that an audit reads tables, never the whole file. */
  bytesRead = 0

  private constructor(
    private readonly fd: number,
    readonly size: number
  ) {}

  static open(path: string): FileSource {
    let fd: number
    try {
      // O_NONBLOCK: opening a FIFO must not wait for a writer; for regular files it changes nothing.
      fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
    } catch (e) {
      throw new ElfError('io', `cannot open ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`)
    }
    try {
      const st = fstatSync(fd)
      if (!st.isFile()) throw new ElfError('io', `${path} is not a regular file`)
      return new FileSource(fd, st.size)
    } catch (e) {
      closeSync(fd)
      throw e
    }
  }

  /** True when [offset, offset+length) lies inside the file. */
  contains(offset: number, length: number): boolean {
    return (
      Number.isSafeInteger(offset) &&
      Number.isSafeInteger(length) &&
      offset >= 0 &&
      length >= 0 &&
      offset + length <= this.size
    )
  }

  /** Fails like read() would when [offset, offset+length) cannot be a table of this file. */
  check(offset: number, length: number, structure: string): void {
    if (!Number.isSafeInteger(length) || length < 0 || length > MAX_TABLE_BYTES)
      throw new ElfError('malformed', `implausible size ${length} bytes`, structure, offset)
    if (!this.contains(offset, length))
      throw new ElfError(
        'truncated',
        `needs ${length} bytes but the file ends at 0x${this.size.toString(16)}`,
        structure,
        offset
      )
  }

  read(offset: number, length: number, structure: string): Buffer {
    // Checked before the allocation: a hostile (or NaN) length must fail as an ElfError, never size a buffer.
    this.check(offset, length, structure)
    return this.readInto(Buffer.allocUnsafe(length), offset, length, structure)
  }

  /** Reads into a caller's buffer (reused across the chunks of a big table) and returns the filled part. */
  readInto(buf: Buffer, offset: number, length: number, structure: string): Buffer {
    this.check(offset, length, structure)
    this.bytesRead += length
    let done = 0
    while (done < length) {
      const n = readSync(this.fd, buf, done, length - done, offset + done)
      if (n === 0) throw new ElfError('truncated', 'file shrank while reading', structure, offset + done)
      done += n
    }
    return length === buf.length ? buf : buf.subarray(0, length)
  }

  close(): void {
    closeSync(this.fd)
  }
}
