// The zip reader's own decisions, one per test, on archives written byte by byte (zip tools never write most
// of them): finding the end record behind a comment, zip64 records and extra fields, the central directory's
// bounds, entry types by host and mode, methods, and each member's size and CRC as it is inflated.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { extractArchive, SourceError, type ExtractLimits } from '../src/sources/index.js'
import { zipArchive as zip, type ZipLayout } from './helpers/release-assets.js'
import { sourceError } from './helpers/source-error.js'

let tmp: string
let n = 0

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'zip-guards-'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

async function extract(archive: Buffer, limits?: ExtractLimits): Promise<string> {
  const dir = join(tmp, `case-${n++}`)
  mkdirSync(dir)
  writeFileSync(join(dir, 'asset.zip'), archive)
  const dest = join(dir, 'out')
  const r = await extractArchive(join(dir, 'asset.zip'), dest, { limits })
  expect(r.kind).toBe('zip')
  return dest
}

const refused = (archive: Buffer, limits?: ExtractLimits): Promise<SourceError> =>
  sourceError(extract(archive, limits))

const tool = Buffer.alloc(3000, 0x41)

describe('finding the central directory', () => {
  test('behind an archive comment, even one that holds an end-record signature', async () => {
    // A fake signature inside the comment whose own comment length runs past the file: not the real record.
    const fake = Buffer.alloc(30)
    fake.writeUInt32LE(0x06054b50, 4)
    // Its comment length (10) would end 6 bytes past the file: not the real record.
    fake.writeUInt16LE(10, 24)
    const dest = await extract(zip([{ name: 'a.txt', data: 'A' }], { comment: fake }))
    expect(readFileSync(join(dest, 'a.txt'), 'utf8')).toBe('A')
  })

  test('zip64: counts, sizes and offsets from the zip64 end record and extra fields', async () => {
    const dest = await extract(
      zip(
        [
          { name: 'bin/tool', data: tool, deflate: true, zip64: true },
          { name: 'README', data: 'r', zip64: true }
        ],
        { zip64: true }
      )
    )
    expect(readFileSync(join(dest, 'bin', 'tool'))).toEqual(tool)
    expect(readFileSync(join(dest, 'README'), 'utf8')).toBe('r')
  })

  test.each([['size'], ['csize'], ['offset'], ['size', 'offset'], ['csize', 'offset']] as const)(
    'zip64 extra fields with only %j: the others stay in the 32-bit fields',
    async (...fields) => {
      const dest = await extract(
        zip([
          { name: 'first', data: 'one' },
          { name: 'bin/tool', data: tool, deflate: true, zip64: [...fields] }
        ])
      )
      expect(readFileSync(join(dest, 'bin', 'tool'))).toEqual(tool)
      expect(readFileSync(join(dest, 'first'), 'utf8')).toBe('one')
    }
  )

  test.each(['cdSize', 'cdOffset'] as const)(
    'zip64 reached through the %s sentinel alone reads the zip64 record',
    async only => {
      const dest = await extract(
        zip(
          [
            { name: 'a', data: 'x' },
            { name: 'b', data: 'y' }
          ],
          { zip64: true, zip64Only: only }
        )
      )
      expect(readdirSync(dest).sort()).toEqual(['a', 'b'])
    }
  )

  test('zip64 with only the entry count overflowing still reads the zip64 record', async () => {
    const dest = await extract(zip([{ name: 'only', data: 'o' }], { zip64: true, zip64CountOnly: true }))
    expect(readdirSync(dest)).toEqual(['only'])
  })

  test.each([
    ['no-locator', 'asset.zip: zip64 locator missing'],
    ['bad-record', 'asset.zip: zip64 end record missing']
  ] as const)('zip64 with %s is refused', async (broken, message) => {
    const err = await refused(zip([{ name: 'a', data: 'x' }], { zip64: true, zip64Broken: broken }))
    expect(err.code).toBe('BAD_ARCHIVE')
    expect(err.message).toBe(message)
  })

  test.each<[string, ZipLayout]>([
    ['this disk', { disk: 1 }],
    ['the central directory disk', { cdDisk: 1 }]
  ])('a multi-volume archive (%s not 0) is unsupported', async (_what, layout) => {
    const err = await refused(zip([{ name: 'a', data: 'x' }], layout))
    expect(err.code).toBe('UNSUPPORTED')
    expect(err.message).toBe('asset.zip: multi-volume zip archives are not supported')
  })

  test('no end record at all is not a zip', async () => {
    const good = zip([{ name: 'a', data: 'x' }])
    // Detected as zip by its first bytes, but the end record is gone.
    const err = await refused(good.subarray(0, good.length - 22))
    expect(err.code).toBe('BAD_ARCHIVE')
    expect(err.message).toBe('asset.zip: not a zip file (no end of central directory record)')
  })

  test('a central directory of 64 MiB is read as far as its size goes; one byte more is too large', async () => {
    const err = await refused(zip([{ name: 'a', data: 'x' }], { cdSize: 64 * 1024 * 1024 + 1 }))
    expect(err.code).toBe('ARCHIVE_TOO_LARGE')
    expect(err.message).toBe(`asset.zip: central directory of ${64 * 1024 * 1024 + 1} bytes`)
    // Exactly the cap passes the size check and fails only on where it would lie.
    const at = await refused(zip([{ name: 'a', data: 'x' }], { cdSize: 64 * 1024 * 1024 }))
    expect(at.message).toBe('asset.zip: central directory lies beyond the end of the file (truncated?)')
  })

  test('a central directory that ends exactly at the end record is read; one byte further is truncated', async () => {
    // With no comment the directory ends where the end record starts: size + offset = file size - 22.
    const one = zip([{ name: 'a', data: 'x' }])
    const dest = await extract(one)
    expect(readdirSync(dest)).toEqual(['a'])
    // Declared 22 bytes longer, it ends exactly at the end of the file (taking the end record in): still inside.
    expect(readdirSync(await extract(zip([{ name: 'a', data: 'x' }], { cdSizeDelta: 22 })))).toEqual(['a'])
    const err = await refused(zip([{ name: 'a', data: 'x' }], { cdSizeDelta: 23 }))
    expect(err.code).toBe('BAD_ARCHIVE')
    expect(err.message).toBe('asset.zip: central directory lies beyond the end of the file (truncated?)')
  })

  test('more entries declared than the directory holds is a corrupt directory', async () => {
    const err = await refused(zip([{ name: 'a', data: 'x' }], { count: 2 }))
    expect(err.code).toBe('BAD_ARCHIVE')
    expect(err.message).toBe('asset.zip: central directory entry 1 is corrupt')
  })

  test('the entry cap: exactly the limit is read, one more is refused before parsing', async () => {
    const three = zip([
      { name: 'a', data: '1' },
      { name: 'b', data: '2' },
      { name: 'c', data: '3' }
    ])
    expect(readdirSync(await extract(three, { maxBytes: 1000, maxEntries: 3 })).sort()).toEqual([
      'a',
      'b',
      'c'
    ])
    const err = await refused(three, { maxBytes: 1000, maxEntries: 2 })
    expect(err.code).toBe('ARCHIVE_TOO_LARGE')
    expect(err.message).toBe('asset.zip: 3 entries, more than 2')
  })
})

describe('corrupt structures are typed errors', () => {
  test('an empty archive (only the end record, at byte 0) extracts to nothing', async () => {
    const dest = await extract(zip([]))
    expect(readdirSync(dest)).toEqual([])
  })

  test('a zip64 count with no room for a locator before the end record is a missing locator', async () => {
    const err = await refused(zip([], { zip64: true, zip64Broken: 'no-locator' }).subarray(-22))
    expect(err.code).toBe('BAD_ARCHIVE')
    expect(err.message).toBe('asset.zip: zip64 locator missing')
  })

  test('a zip64 locator pointing at the last bytes of the file is a missing end record', async () => {
    const good = zip([{ name: 'a', data: 'x' }], { zip64: true })
    const bad = Buffer.from(good)
    // The locator sits right before the 22-byte end record; its record offset field is 8 bytes into it.
    bad.writeBigUInt64LE(BigInt(bad.length - 2), bad.length - 22 - 20 + 8)
    const err = await refused(bad)
    expect(err.message).toBe('asset.zip: zip64 end record missing')
  })

  test.each([
    [Number.MAX_SAFE_INTEGER, 'asset.zip: zip64 end record missing'],
    [Number.MAX_SAFE_INTEGER + 1, 'asset.zip: corrupt zip structure (64-bit zip field too large)']
  ])('a zip64 record offset of %i is refused in words', async (offset, message) => {
    const bad = Buffer.from(zip([{ name: 'a', data: 'x' }], { zip64: true }))
    bad.writeBigUInt64LE(BigInt(offset), bad.length - 22 - 20 + 8)
    const err = await refused(bad)
    expect(err.code).toBe('BAD_ARCHIVE')
    expect(err.message).toBe(message)
  })

  test('a zip64 extra field too short for the sizes it must hold is a corrupt structure', async () => {
    const good = zip([{ name: 'a', data: 'x', zip64: true }])
    // Shrink the zip64 field's declared length to 0 and its id stays: the reader must not run past it.
    const bad = Buffer.from(good)
    const at = bad.indexOf(Buffer.from([0x01, 0x00, 24, 0x00]))
    expect(at).toBeGreaterThan(0)
    bad.writeUInt16LE(0, at + 2)
    // The extra field is now 4 bytes + 24 stray ones; only the first 4 (id, length) are read as the field.
    bad.writeUInt16LE(9 + 4, bad.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 30)
    const err = await refused(bad)
    expect(err.code).toBe('BAD_ARCHIVE')
    expect(err.message).toMatch(/^asset\.zip: (corrupt zip structure \(|central directory entry)/)
  })

  test('a central entry whose signature is wrong is corrupt, naming its index', async () => {
    const bad = Buffer.from(zip([{ name: 'a', data: 'x' }]))
    bad[bad.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 3] = 0x09
    const err = await refused(bad)
    expect(err.code).toBe('BAD_ARCHIVE')
    expect(err.message).toBe('asset.zip: central directory entry 0 is corrupt')
  })

  test('the zip file is closed after extraction and after a refusal', async () => {
    const open = (): number =>
      readdirSync('/proc/self/fd').filter(fd => {
        try {
          return readlinkSync(join('/proc/self/fd', fd)).endsWith('asset.zip')
        } catch {
          return false
        }
      }).length
    await extract(zip([{ name: 'a', data: 'x' }]))
    expect(open()).toBe(0)
    await refused(zip([{ name: 'a', data: 'x' }], { count: 2 }))
    expect(open()).toBe(0)
  })
})

describe('entries', () => {
  test('names: UTF-8 with bit 11, latin1 without; entry comments are skipped', async () => {
    const dest = await extract(
      zip([
        { name: 'caf\u00e9-utf8', data: 'u', comment: 'first entry' },
        { name: Buffer.from('caf\xe9-dos', 'latin1'), data: 'd', flags: 0, comment: 'second' }
      ])
    )
    expect(readdirSync(dest).sort()).toEqual(['caf\u00e9-dos', 'caf\u00e9-utf8'])
  })

  test('mode bits count only for entries made on Unix; a name ending in "/" is a directory', async () => {
    const dest = await extract(
      zip([
        { name: 'unix-exec', data: 'x', mode: 0o100755 },
        // Made on MS-DOS: the same attribute bits mean nothing, so a plain file with the default mode.
        { name: 'dos-file', data: 'y', mode: 0o120777, host: 0 },
        { name: 'dos-dir/', host: 0, mode: 0 },
        { name: 'plain-dir/', mode: 0 },
        { name: 'typed-dir', mode: 0o040755 },
        { name: 'reg-dir/', mode: 0o100644 },
        { name: 'no-type', data: 'z', mode: 0o000700 }
      ])
    )
    expect(lstatSync(join(dest, 'unix-exec')).mode & 0o777).toBe(0o755)
    expect(lstatSync(join(dest, 'dos-file')).isFile()).toBe(true)
    expect(lstatSync(join(dest, 'dos-file')).mode & 0o777).toBe(0o644)
    expect(lstatSync(join(dest, 'dos-dir')).isDirectory()).toBe(true)
    expect(lstatSync(join(dest, 'plain-dir')).isDirectory()).toBe(true)
    expect(lstatSync(join(dest, 'typed-dir')).isDirectory()).toBe(true)
    expect(lstatSync(join(dest, 'reg-dir')).isDirectory()).toBe(true)
    // No file type but permission bits (some zip tools): a regular file that keeps its execute bit.
    expect(lstatSync(join(dest, 'no-type')).mode & 0o777).toBe(0o755)
  })

  test('a symlink is created with the target stored in the archive; a target over 4096 bytes is refused first', async () => {
    const dest = await extract(
      zip([
        { name: 'lib/libx.so.1', data: 'x' },
        { name: 'lib/libx.so', data: 'libx.so.1', mode: 0o120777 },
        { name: 'deflated-link', data: 'lib/libx.so.1', mode: 0o120777, deflate: true }
      ])
    )
    expect(readlinkSync(join(dest, 'lib', 'libx.so'))).toBe('libx.so.1')
    expect(readlinkSync(join(dest, 'deflated-link'))).toBe('lib/libx.so.1')
    // 4096 bytes passes the archive's own cap and reaches the filesystem, whose limit is 4095 (PATH_MAX with
    // its NUL): still a typed error; 4097 is refused before anything is written.
    const fs = await refused(zip([{ name: 'l', data: 'a/'.repeat(2048), mode: 0o120777 }]))
    expect(fs.code).toBe('BAD_ARCHIVE')
    expect(fs.message).toMatch(/^asset\.zip: cannot extract "l": ENAMETOOLONG/)
    const err = await refused(zip([{ name: 'l', data: `${'a/'.repeat(2048)}b`, mode: 0o120777 }]))
    expect(err.code).toBe('UNSAFE_ENTRY')
    expect(err.message).toBe('asset.zip: refused entry "l": symlink target too long')
  })

  test.each([12, 14, 99])('compression method %i is unsupported, naming the entry', async method => {
    const err = await refused(zip([{ name: 'packed', data: 'x', method }]))
    expect(err.code).toBe('UNSUPPORTED')
    expect(err.message).toBe(
      `asset.zip: entry "packed" uses compression method ${method}; only stored and deflate are supported`
    )
  })

  test('a directory entry may name any method: it has no data to decompress', async () => {
    const dest = await extract(zip([{ name: 'd/', mode: 0o040755, method: 12 }]))
    expect(lstatSync(join(dest, 'd')).isDirectory()).toBe(true)
  })

  test('a socket entry is refused with its mode in octal', async () => {
    const err = await refused(zip([{ name: 'sock', mode: 0o140755 }]))
    expect(err.code).toBe('UNSAFE_ENTRY')
    expect(err.message).toBe('asset.zip: refused entry "sock": device, FIFO or socket (mode 140000)')
  })
})

describe('member data', () => {
  test('an empty member is written empty; one declaring bytes but storing none is refused', async () => {
    const dest = await extract(zip([{ name: 'empty', data: '' }]))
    expect(readFileSync(join(dest, 'empty'))).toHaveLength(0)
    const err = await refused(zip([{ name: 'ghost', data: '', declaredSize: 5, crc: 0 }]))
    expect(err.code).toBe('BAD_ARCHIVE')
    expect(err.message).toBe('asset.zip: "ghost" declares 5 bytes but stores none')
  })

  test('exactly the declared size is written; fewer bytes is truncated, with the counts', async () => {
    const dest = await extract(zip([{ name: 'exact', data: tool, deflate: true }]))
    expect(readFileSync(join(dest, 'exact'))).toEqual(tool)
    const err = await refused(
      zip([{ name: 'short', data: tool, deflate: true, declaredSize: tool.length + 1 }])
    )
    expect(err.code).toBe('BAD_ARCHIVE')
    expect(err.message).toBe(`asset.zip: "short" is truncated (${tool.length} of ${tool.length + 1} bytes)`)
  })

  test('a wrong CRC is refused, stored or deflated', async () => {
    for (const deflate of [false, true]) {
      const err = await refused(zip([{ name: 'crc', data: tool, deflate, crc: (crc32(tool) ^ 1) >>> 0 }]))
      expect(err.code).toBe('BAD_ARCHIVE')
      expect(err.message).toBe('asset.zip: "crc" fails its CRC check')
    }
  })

  test('a member whose local header is gone is refused, naming it', async () => {
    const err = await refused(
      zip(
        [
          { name: 'first', data: 'a' },
          { name: 'second', data: 'b' }
        ],
        { brokenLocal: 1 }
      )
    )
    expect(err.code).toBe('BAD_ARCHIVE')
    expect(err.message).toBe('asset.zip: local header of "second" is missing')
  })

  test('data running into the central directory is refused; data ending right before it is read', async () => {
    const dest = await extract(zip([{ name: 'fits', data: 'abcd' }]))
    expect(readFileSync(join(dest, 'fits'), 'utf8')).toBe('abcd')
    const err = await refused(zip([{ name: 'over', data: 'abcd', compressedSize: 5 }]))
    expect(err.code).toBe('BAD_ARCHIVE')
    expect(err.message).toBe('asset.zip: "over" has data overlapping the central directory')
  })

  test('declared content exactly at the byte cap is written; one byte more is refused before writing', async () => {
    const limits = { maxBytes: 6, maxEntries: 10 }
    const dest = await extract(
      zip([
        { name: 'a', data: 'abc' },
        { name: 'b', data: 'def' }
      ]),
      limits
    )
    expect(readdirSync(dest).sort()).toEqual(['a', 'b'])
    const err = await refused(
      zip([
        { name: 'a', data: 'abc' },
        { name: 'b', data: 'defg' }
      ]),
      limits
    )
    expect(err.code).toBe('ARCHIVE_TOO_LARGE')
    expect(err.message).toBe('asset.zip: declares 7 bytes of content, more than the 6 byte cap')
  })
})
