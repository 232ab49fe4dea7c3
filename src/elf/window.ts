import type { FileSource } from './source.js'

/**
 * One read of a stretch of the file that serves the small reads falling inside it; any other read goes to the
 * file, which checks it and says what and where. Headers and version tables are many 16-64 byte records
 * close together: one read instead of one per record.
 */
export class Window {
  private constructor(
    private readonly src: FileSource,
    private readonly offset: number,
    private readonly bytes: Buffer
  ) {}

  static open(src: FileSource, offset: number, length: number, structure: string): Window {
    return new Window(src, offset, src.read(offset, length, structure))
  }

  covers(at: number, length: number): boolean {
    return (
      Number.isSafeInteger(at) &&
      at >= this.offset &&
      length >= 0 &&
      at + length <= this.offset + this.bytes.length
    )
  }

  read(at: number, length: number, structure: string): Buffer {
    if (!this.covers(at, length)) return this.src.read(at, length, structure)
    return this.bytes.subarray(at - this.offset, at - this.offset + length)
  }
}
