// The pull reader under every compressed archive (src/sources/archive/byte-reader.ts): exact reads for headers,
// chunked pass-through for data, and the cap on decompressed bytes. Driven by hand-made chunk sequences, with
// a count of how many chunks it pulled: a reader that pulls more than it needs defeats the cap.
import { describe, expect, it } from '@jest/globals'
import { ByteReader } from '../src/sources/archive/byte-reader.js'
import { SourceError } from '../src/sources/index.js'
import { sourceError } from './helpers/source-error.js'

/** Chunks of the given sizes (bytes 0, 1, 2 ... across them); `pulled` counts the chunks handed out. */
function source(...sizes: number[]): AsyncIterable<Uint8Array> & { pulled: number } {
  let next = 0
  const chunks = sizes.map(n => Uint8Array.from({ length: n }, () => next++ & 0xff))
  const s = {
    pulled: 0,
    async *[Symbol.asyncIterator]() {
      for (const c of chunks) {
        s.pulled++
        yield c
      }
    }
  }
  return s
}

const tooLarge = new SourceError('ARCHIVE_TOO_LARGE', 'too large')
const reader = (src: AsyncIterable<Uint8Array>, max = 1 << 20): ByteReader =>
  new ByteReader(src, max, () => tooLarge)
const bytes = (from: number, n: number): number[] => Array.from({ length: n }, (_, i) => (from + i) & 0xff)

async function all(gen: AsyncGenerator<Buffer>): Promise<{ chunks: number[]; data: number[] }> {
  const chunks: number[] = []
  const data: number[] = []
  for await (const c of gen) {
    chunks.push(c.length)
    data.push(...c)
  }
  return { chunks, data }
}

describe('readExact', () => {
  it('pulls only the chunks it needs, and keeps the offset', async () => {
    const src = source(4, 4, 4)
    const r = reader(src)
    expect([...(await r.readExact(4, 'h'))!]).toEqual(bytes(0, 4))
    expect(src.pulled).toBe(1)
    expect(r.offset).toBe(4)
    expect([...(await r.readExact(6, 'h'))!]).toEqual(bytes(4, 6))
    expect(src.pulled).toBe(3)
    expect(r.offset).toBe(10)
    expect(r.exhausted).toBe(false)
  })

  it('is null at a clean end of the stream', async () => {
    const r = reader(source(3))
    expect(await r.readExact(3, 'h')).not.toBeNull()
    expect(await r.readExact(3, 'h')).toBeNull()
    expect(r.exhausted).toBe(true)
    expect(await reader(source()).readExact(1, 'h')).toBeNull()
  })

  it('a partial read is a truncated archive, naming where the stream ended', async () => {
    let e = await sourceError(reader(source(3)).readExact(4, 'header'))
    expect([e.code, e.message]).toEqual(['BAD_ARCHIVE', 'header: truncated (stream ended at byte 3)'])
    const r = reader(source(4, 2))
    await r.readExact(4, 'first')
    e = await sourceError(r.readExact(4, 'second'))
    expect(e.message).toBe('second: truncated (stream ended at byte 6)')
  })
})

describe('the cap on pulled bytes', () => {
  it('exactly the cap is fine; one byte more fails with the error the caller made', async () => {
    const ok = reader(source(6, 4), 10)
    expect(await ok.readExact(10, 'h')).toHaveLength(10)
    const over = reader(source(6, 5), 10)
    expect(
      await over.readExact(11, 'h').then(
        () => null,
        (e: unknown) => e
      )
    ).toBe(tooLarge)
  })

  it('counts what it pulled, not what it handed out: a peek counts too', async () => {
    const r = reader(source(8, 8), 10)
    expect(await r.peek(4)).toHaveLength(4)
    expect(
      await r.peek(9).then(
        () => null,
        (e: unknown) => e
      )
    ).toBe(tooLarge)
  })
})

describe('peek', () => {
  it('does not consume, and returns fewer bytes only at the end', async () => {
    const r = reader(source(2, 2, 2))
    expect([...(await r.peek(3))]).toEqual(bytes(0, 3))
    expect([...(await r.peek(3))]).toEqual(bytes(0, 3))
    expect(r.offset).toBe(0)
    expect([...(await r.readExact(5, 'h'))!]).toEqual(bytes(0, 5))
    expect([...(await r.peek(4))]).toEqual(bytes(5, 1))
    expect(await reader(source()).peek(4)).toHaveLength(0)
  })
})

describe('chunks', () => {
  it('yields exactly n bytes as they arrive, leaving the rest', async () => {
    const r = reader(source(3, 3, 3))
    const got = await all(r.chunks(7, 'm'))
    expect(got).toEqual({ chunks: [3, 3, 1], data: bytes(0, 7) })
    expect(r.offset).toBe(7)
    expect([...(await r.readExact(2, 'h'))!]).toEqual(bytes(7, 2))
  })

  it('truncation says how many of the bytes were there', async () => {
    const e = await sourceError(all(reader(source(3)).chunks(10, 'member "a"')))
    expect([e.code, e.message]).toEqual(['BAD_ARCHIVE', 'member "a": truncated (3 of 10 bytes present)'])
    const none = await sourceError(all(reader(source()).chunks(2, 'm')))
    expect(none.message).toBe('m: truncated (0 of 2 bytes present)')
  })

  it('skip discards exactly n bytes', async () => {
    const r = reader(source(5, 5))
    await r.skip(6, 'pad')
    expect([...(await r.readExact(4, 'h'))!]).toEqual(bytes(6, 4))
    expect(await r.readExact(1, 'h')).toBeNull()
  })
})

describe('rest', () => {
  it('yields everything from a fresh reader, then the reader is exhausted', async () => {
    const r = reader(source(2, 3))
    expect(await all(r.rest())).toEqual({ chunks: [2, 3], data: bytes(0, 5) })
    expect(r.exhausted).toBe(true)
  })

  it('starts with what a peek buffered', async () => {
    const r = reader(source(4, 4))
    await r.peek(6)
    expect(await all(r.rest())).toEqual({ chunks: [8], data: bytes(0, 8) })
  })

  it('of an empty stream yields nothing', async () => {
    expect(await all(reader(source()).rest())).toEqual({ chunks: [], data: [] })
  })
})
