import { ElfError } from './errors.js'

/** A string table read once; names are decoded only when asked for. */
export class StringTable {
  constructor(
    private readonly buf: Buffer,
    private readonly what: string
  ) {}

  get(offset: number): string {
    if (offset >= this.buf.length)
      throw new ElfError('malformed', `string offset ${offset} beyond table size ${this.buf.length}`, this.what)
    let end = this.buf.indexOf(0, offset)
    if (end < 0) end = this.buf.length
    return this.buf.toString('latin1', offset, end)
  }
}
