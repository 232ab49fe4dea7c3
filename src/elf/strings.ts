import { ElfError } from './errors.js'
import type { FileSource } from './source.js'

const PAGE = 64 * 1024

/**
 * A string table read page by page on demand: an audit needs a few hundred names out of a dynstr that is
 * megabytes long in big binaries, so only the pages holding them are read. 64 KiB pages: the imported names of
 * a big binary are spread over its whole dynstr, and one read per 64 KiB costs less than one per 4 KiB.
 */
export class StringTable {
  private readonly pages = new Map<number, Buffer>()

  constructor(
    private readonly src: FileSource,
    private readonly offset: number,
    private readonly size: number,
    private readonly what: string
  ) {
    if (!src.contains(offset, size))
      throw new ElfError('truncated', `${size} bytes do not fit in the file`, what, offset)
  }

  private page(n: number): Buffer {
    let p = this.pages.get(n)
    if (!p) {
      const start = n * PAGE
      p = this.src.read(this.offset + start, Math.min(PAGE, this.size - start), this.what)
      this.pages.set(n, p)
    }
    return p
  }

  get(offset: number): string {
    if (offset >= this.size)
      throw new ElfError('malformed', `string offset ${offset} beyond table size ${this.size}`, this.what)
    let n = Math.floor(offset / PAGE)
    let at = offset - n * PAGE
    let out = ''
    // A name may straddle pages; an unterminated one ends with the table.
    for (;;) {
      const p = this.page(n)
      const end = p.indexOf(0, at)
      if (end >= 0) return out + p.toString('latin1', at, end)
      out += p.toString('latin1', at)
      if ((n + 1) * PAGE >= this.size) return out
      n++
      at = 0
    }
  }
}
