// Pull-style reader over a byte stream: exact-length reads for headers, chunked pass-through for member
// data, and a hard cap on how many bytes it will pull from the (decompressed) stream.
import { SourceError } from '../errors.js'

export class ByteReader {
  private buffered: Buffer[] = []
  private bufferedLength = 0
  private done = false
  /** Bytes handed out so far (the archive offset of the next byte). */
  offset = 0
  private pulled = 0
  private readonly it: AsyncIterator<Uint8Array>

  constructor(
    /** Binary chunks (a stream in object or string mode is not a byte stream). */
    source: AsyncIterable<Uint8Array>,
    /** Refuse to pull more than this many bytes from the source. */
    private readonly maxBytes: number,
    private readonly onTooLarge: () => SourceError
  ) {
    this.it = source[Symbol.asyncIterator]()
  }

  private async fill(n: number): Promise<void> {
    while (this.bufferedLength < n && !this.done) {
      const next = await this.it.next()
      if (next.done) {
        this.done = true
        break
      }
      const chunk = Buffer.from(next.value)
      this.pulled += chunk.length
      if (this.pulled > this.maxBytes) throw this.onTooLarge()
      this.buffered.push(chunk)
      this.bufferedLength += chunk.length
    }
  }

  private take(n: number): Buffer {
    const all = this.buffered.length === 1 ? this.buffered[0] : Buffer.concat(this.buffered)
    const out = all.subarray(0, n)
    const rest = all.subarray(n)
    this.buffered = rest.length ? [rest] : []
    this.bufferedLength = rest.length
    this.offset += out.length
    return out
  }

  /** The source has been read to its end (as opposed to the consumer stopping early). */
  get exhausted(): boolean {
    return this.done
  }

  /** Up to n bytes without consuming them (fewer only at end of stream). */
  async peek(n: number): Promise<Buffer> {
    await this.fill(n)
    const all = Buffer.concat(this.buffered)
    this.buffered = all.length ? [all] : []
    return all.subarray(0, n)
  }

  /** Exactly n bytes, or null at a clean end of stream; a partial read is a truncated archive. */
  async readExact(n: number, what: string): Promise<Buffer | null> {
    await this.fill(n)
    if (this.bufferedLength === 0 && this.done) return null
    if (this.bufferedLength < n) {
      throw new SourceError(
        'BAD_ARCHIVE',
        `${what}: truncated (stream ended at byte ${this.offset + this.bufferedLength})`
      )
    }
    return this.take(n)
  }

  /** Yields exactly n bytes in chunks as they arrive (truncation is an error). */
  async *chunks(n: number, what: string): AsyncGenerator<Buffer> {
    let left = n
    while (left > 0) {
      if (this.bufferedLength === 0) await this.fill(1)
      if (this.bufferedLength === 0) {
        throw new SourceError('BAD_ARCHIVE', `${what}: truncated (${n - left} of ${n} bytes present)`)
      }
      const out = this.take(Math.min(left, this.bufferedLength))
      left -= out.length
      yield out
    }
  }

  /** Everything up to the end of the stream. */
  async *rest(): AsyncGenerator<Buffer> {
    for (;;) {
      if (this.bufferedLength === 0) await this.fill(1)
      if (this.bufferedLength === 0) return
      yield this.take(this.bufferedLength)
    }
  }

  async skip(n: number, what: string): Promise<void> {
    for await (const _ of this.chunks(n, what)) {
      // discard
    }
  }
}
