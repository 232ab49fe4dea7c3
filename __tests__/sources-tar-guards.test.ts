// The tar reader's own decisions, one per test, on archives written byte by byte (the tar CLI never writes
// most of them): numeric fields as GNU tar reads them (space padding, empty, base-256, junk), both checksum
// conventions, ustar prefixes against pre-POSIX headers, pax and GNU metadata with their size cap, old-style
// directory entries, and what tells a tar from any other file.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { detectArchive, extractArchive, SourceError } from '../src/sources/index.js'
import { paxRecord, tarArchive, type TarMember } from './helpers/release-assets.js'
import { sourceError } from './helpers/source-error.js'

let tmp: string
let n = 0

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'tar-guards-'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** One member, its data beside the header fields. */
const member = (m: Omit<TarMember, 'data'>, data: Buffer | string = ''): TarMember => ({ ...m, data })
const tar = (...members: TarMember[]): Buffer => tarArchive(members)

async function extract(archive: Buffer, name = 'asset.tar'): Promise<string> {
  const dir = join(tmp, `case-${n++}`)
  mkdirSync(dir)
  writeFileSync(join(dir, name), archive)
  const dest = join(dir, 'out')
  const r = await extractArchive(join(dir, name), dest)
  expect(r.kind).not.toBe('raw')
  return dest
}

const refused = (archive: Buffer): Promise<SourceError> => sourceError(extract(archive))

describe('numeric fields', () => {
  test('space-padded octal, an all-NUL size and a base-256 size read as GNU tar reads them', async () => {
    const big = Buffer.alloc(700, 0x61)
    big.write('end', 697)
    // 700 = 0x02bc: base-256 with the high bit set on the first byte, the value in the last bytes.
    const base256 = Buffer.alloc(12)
    base256[0] = 0x80
    base256[10] = 0x02
    base256[11] = 0xbc
    const dest = await extract(
      tar(
        member({ name: 'spaced.txt', sizeField: '        12\0' }, '0123456789'),
        member({ name: 'empty-size', type: '5', sizeField: Buffer.alloc(12) }),
        member({ name: 'big.bin', sizeField: base256 }, big)
      )
    )
    expect(readFileSync(join(dest, 'spaced.txt'), 'utf8')).toBe('0123456789')
    expect(statSync(join(dest, 'empty-size')).isDirectory()).toBe(true)
    expect(readFileSync(join(dest, 'big.bin'))).toEqual(big)
    expect(readdirSync(dest).sort()).toEqual(['big.bin', 'empty-size', 'spaced.txt'])
  })

  test.each(['12x', 'x12', '9', '+12'])('a size field of %j is a bad size, naming the member', async size => {
    const err = await refused(tar(member({ name: 'odd', sizeField: `${size}\0` }, 'ab')))
    expect(err.code).toBe('BAD_ARCHIVE')
    expect(err.message).toBe('asset.tar: bad size for "odd"')
  })
})

describe('checksums', () => {
  // Bytes above 127 make the signed and unsigned sums differ; 127 and 128 sit on the boundary between them.
  const stray: [number, number][] = [
    [500, 0x7f],
    [501, 0x80],
    [502, 0xff]
  ]

  test.each(['unsigned', 'signed'] as const)('a header summed %s is read', async checksum => {
    const dest = await extract(tar(member({ name: 'sum.txt', stray, checksum }, 'ok')))
    expect(readFileSync(join(dest, 'sum.txt'), 'utf8')).toBe('ok')
  })

  test('a wrong checksum is refused, naming the header offset', async () => {
    const err = await refused(tar(member({ name: 'a' }, 'x'), member({ name: 'b', checksum: 'wrong' }, 'y')))
    expect(err.code).toBe('BAD_ARCHIVE')
    expect(err.message).toBe('asset.tar: bad tar header checksum at byte 1024')
  })
})

describe('names', () => {
  test('a ustar prefix is joined to the name; the same bytes in a pre-POSIX header are not', async () => {
    const dest = await extract(
      tar(
        member({ name: 'tool', prefix: 'deep/dir' }, 'p'),
        member({ name: 'plain', magic: null, prefix: 'junk' }, 'q')
      )
    )
    expect(readFileSync(join(dest, 'deep', 'dir', 'tool'), 'utf8')).toBe('p')
    expect(readFileSync(join(dest, 'plain'), 'utf8')).toBe('q')
    expect(readdirSync(dest).sort()).toEqual(['deep', 'plain'])
  })

  test('a 100-byte name with no NUL after it is read whole', async () => {
    const name = `${'n'.repeat(96)}.bin`
    const dest = await extract(tar(member({ name }, 'full')))
    expect(readdirSync(dest)).toEqual([name])
  })

  test('a regular-file entry whose name ends in "/" is a directory, as old tars wrote them', async () => {
    const dest = await extract(
      tar(
        member({ name: 'olddir/', type: '0' }),
        member({ name: 'olddir/f' }, 'in'),
        // Bytes behind such an entry are skipped, not written: the next header is read where it is.
        member({ name: 'lonely/', type: '0' }, 'abc'),
        member({ name: 'after.txt' }, 'next')
      )
    )
    expect(statSync(join(dest, 'olddir')).isDirectory()).toBe(true)
    expect(readFileSync(join(dest, 'olddir', 'f'), 'utf8')).toBe('in')
    expect(readdirSync(join(dest, 'lonely'))).toEqual([])
    expect(readFileSync(join(dest, 'after.txt'), 'utf8')).toBe('next')
  })
})

describe('pax and GNU metadata', () => {
  test('pax path and size override the header; global headers and records without "=" change nothing', async () => {
    const dest = await extract(
      tar(
        member({ name: 'global', type: 'g' }, paxRecord('comment', 'made by hand')),
        member({ name: 'pax', type: 'x' }, paxRecord('path', 'long/dir/name.bin') + paxRecord('size', '7')),
        // The header's own size is 0: the pax size says how many bytes follow.
        member({ name: 'short', size: 0 }, 'seven!!'),
        // "8 pathZ\n": no "=", so no key; read as a key it would name the next file "pathZ".
        member({ name: 'pax2', type: 'x' }, '8 pathZ\n'),
        member({ name: 'kept-name' }, 'k')
      )
    )
    expect(readFileSync(join(dest, 'long', 'dir', 'name.bin'), 'utf8')).toBe('seven!!')
    expect(readFileSync(join(dest, 'kept-name'), 'utf8')).toBe('k')
    expect(readdirSync(dest).sort()).toEqual(['kept-name', 'long'])
  })

  test.each([
    ['a length that is not a number', 'x1 path=a\n'],
    ['a zero length', '0 path=a\n'],
    ['a negative length', '-9 path=a\n'],
    ['a length past the end of the header', '99 path=a\n']
  ])('a pax record with %s is refused', async (_why, record) => {
    const err = await refused(tar(member({ name: 'pax', type: 'x' }, record), member({ name: 'f' }, 'x')))
    expect(err.code).toBe('BAD_ARCHIVE')
    expect(err.message).toBe('asset.tar: malformed pax header')
  })

  test.each([
    ['abc', 'not a number'],
    ['-5', 'negative'],
    ['1e20', 'beyond a safe integer']
  ])('a pax size of %s (%s) is a bad size', async size => {
    const err = await refused(
      tar(member({ name: 'pax', type: 'x' }, paxRecord('size', size)), member({ name: 'f' }, 'x'))
    )
    expect(err.code).toBe('BAD_ARCHIVE')
    expect(err.message).toBe('asset.tar: bad size for "f"')
  })

  test('metadata of exactly 1 MiB is read, one byte more is refused before it is read', async () => {
    // One comment record padded so that the whole pax header is exactly `total` bytes.
    const pax = (total: number): string => {
      let value = 'x'.repeat(total - 20)
      while (paxRecord('comment', value).length < total) value += 'x'
      const r = paxRecord('comment', value)
      expect(r.length).toBe(total)
      return r
    }
    const mib = 1024 * 1024
    const dest = await extract(tar(member({ name: 'pax', type: 'x' }, pax(mib)), member({ name: 'f' }, 'ok')))
    expect(readFileSync(join(dest, 'f'), 'utf8')).toBe('ok')
    const err = await refused(
      tar(member({ name: 'pax', type: 'x' }, pax(mib + 1)), member({ name: 'f' }, 'ok'))
    )
    expect(err.code).toBe('BAD_ARCHIVE')
    expect(err.message).toBe(`asset.tar: pax header of ${mib + 1} bytes is implausibly large`)
  })
})

describe('what is a tar', () => {
  test('a file of 512 or more bytes that is not a tar header, or is all zeros, is raw', async () => {
    const dir = join(tmp, `detect-${n++}`)
    mkdirSync(dir)
    const text = join(dir, 'notes')
    writeFileSync(text, 'x'.repeat(600))
    const zeros = join(dir, 'zeros')
    writeFileSync(zeros, Buffer.alloc(1024))
    const real = join(dir, 'real')
    writeFileSync(real, tar(member({ name: 'f' }, 'x')))
    expect(await detectArchive(text)).toBe('raw')
    expect(await detectArchive(zeros)).toBe('raw')
    expect(await detectArchive(real)).toBe('tar')
  })

  test('a gzip-compressed text file is one file; a gzip-compressed tar is unpacked', async () => {
    const one = await extract(gzipSync(Buffer.from('y'.repeat(600))), 'notes.gz')
    expect(readdirSync(one)).toEqual(['notes'])
    expect(readFileSync(join(one, 'notes'), 'utf8')).toBe('y'.repeat(600))
    const many = await extract(gzipSync(tar(member({ name: 'inner' }, 'z'))), 'bundle.gz')
    expect(readdirSync(many)).toEqual(['inner'])
  })
})
