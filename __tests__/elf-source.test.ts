// The bounded reader under every ELF table (src/elf/source.ts), on real files: exact bounds of [offset,
// offset+length), the table-size cap, a file that shrinks while it is read, and no descriptor left open when
// opening fails. A hostile offset or count must end in a typed ElfError naming the structure, never a
// RangeError, a huge allocation or garbage bytes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ElfError } from '../src/elf/errors.js'
import { FileSource, MAX_TABLE_BYTES } from '../src/elf/source.js'
import { buildElves } from './helpers/release-assets.js'

let tmp: string
let elf: string
let bytes: Buffer
let src: FileSource

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'elf-source-'))
  elf = buildElves(join(tmp, 'elves')).clean
  bytes = readFileSync(elf)
  src = FileSource.open(elf)
})

afterAll(() => {
  src.close()
  rmSync(tmp, { recursive: true, force: true })
})

const openFds = (): number => readdirSync('/proc/self/fd').length

/** The ElfError a call throws (fails the test when it throws anything else, or nothing). */
function elfError(f: () => unknown): ElfError {
  try {
    f()
  } catch (e) {
    expect(e).toBeInstanceOf(ElfError)
    return e as ElfError
  }
  throw new Error('no error thrown')
}

describe('open', () => {
  it('sizes a real ELF file', () => {
    expect(bytes.length).toBeGreaterThan(4096)
    expect(src.size).toBe(bytes.length)
  })

  it('a missing file is an io error naming the path and errno', () => {
    const e = elfError(() => FileSource.open(join(tmp, 'nope')))
    expect(e.code).toBe('io')
    expect(e.message).toBe(`cannot open ${join(tmp, 'nope')}: ENOENT`)
  })

  it.each([
    ['a directory', (p: string) => mkdirSync(p)],
    // O_NONBLOCK: a FIFO with no writer must not block the audit.
    ['a FIFO', (p: string) => execFileSync('mkfifo', [p])]
  ])('%s is an io error, and its descriptor is closed', (_, make) => {
    const p = join(tmp, `special-${openFds()}-${Math.random()}`)
    make(p)
    const before = openFds()
    const e = elfError(() => FileSource.open(p))
    expect(e.code).toBe('io')
    expect(e.message).toBe(`${p} is not a regular file`)
    expect(openFds()).toBe(before)
  })

  it('close releases the descriptor', () => {
    const before = openFds()
    const s = FileSource.open(elf)
    expect(openFds()).toBe(before + 1)
    s.close()
    expect(openFds()).toBe(before)
  })
})

describe('contains: [offset, offset+length) inside the file, exactly', () => {
  it.each([
    [0, 0, true],
    [0, 1, true],
    [0, 'size', true],
    [1, 'size-1', true],
    ['size', 0, true],
    [0, 'size+1', false],
    [1, 'size', false],
    ['size', 1, false],
    ['size+1', 0, false],
    [-1, 0, false],
    [-1, 1, false],
    [0, -1, false],
    [4, -1, false],
    [0.5, 1, false],
    [0, 0.5, false],
    [2 ** 53, 0, false],
    [0, 2 ** 53, false],
    [Number.NaN, 0, false],
    [0, Number.POSITIVE_INFINITY, false]
  ] as const)('offset %s, length %s: %s', (o, l, inside) => {
    const at = (x: number | string): number =>
      typeof x === 'number'
        ? x
        : ({ size: 0, 'size-1': -1, 'size+1': 1 } as Record<string, number>)[x] + src.size
    expect(src.contains(at(o), at(l))).toBe(inside)
  })
})

describe('check and read: bounds and the table cap', () => {
  it.each([
    [-1, 'implausible size -1 bytes'],
    [1.5, 'implausible size 1.5 bytes'],
    [MAX_TABLE_BYTES + 1, `implausible size ${MAX_TABLE_BYTES + 1} bytes`],
    // Far past the cap: must fail before sizing a buffer (Buffer.allocUnsafe would throw a RangeError).
    [2 ** 40, `implausible size ${2 ** 40} bytes`]
  ])('length %s is malformed, whatever the file holds', (length, message) => {
    for (const f of [() => src.check(0, length, 'Shdr'), () => src.read(0, length, 'Shdr')]) {
      const e = elfError(f)
      expect(e.code).toBe('malformed')
      expect(e.message).toBe(`Shdr at offset 0x0: ${message}`)
      expect(e.structure).toBe('Shdr')
      expect(e.offset).toBe(0)
    }
  })

  it('a NaN length is malformed for check and read alike: no buffer is sized from it', () => {
    for (const f of [() => src.check(0, Number.NaN, 'Shdr'), () => src.read(0, Number.NaN, 'Shdr')]) {
      const e = elfError(f)
      expect(e.code).toBe('malformed')
      expect(e.message).toBe('Shdr at offset 0x0: implausible size NaN bytes')
    }
  })

  it('the cap itself is plausible: a table of exactly 256 MiB past the end of this file is truncated', () => {
    expect(MAX_TABLE_BYTES).toBe(256 * 1024 * 1024)
    const e = elfError(() => src.check(16, MAX_TABLE_BYTES, 'Verneed'))
    expect(e.code).toBe('truncated')
    expect(e.message).toBe(
      `Verneed at offset 0x10: needs ${MAX_TABLE_BYTES} bytes but the file ends at 0x${src.size.toString(16)}`
    )
  })

  it.each([
    [0, 'size+1'],
    [1, 'size'],
    ['size', 1],
    ['size+1', 0],
    [-8, 8],
    [0.5, 4]
  ] as const)('offset %s, length %s is truncated', (o, l) => {
    const at = (x: number | string): number =>
      typeof x === 'number' ? x : ({ size: 0, 'size+1': 1 } as Record<string, number>)[x] + src.size
    const before = src.bytesRead
    for (const f of [() => src.check(at(o), at(l), 'Dyn'), () => src.read(at(o), at(l), 'Dyn')])
      expect(elfError(f).code).toBe('truncated')
    expect(src.bytesRead).toBe(before)
  })

  it('check passes, and reads nothing, when the range is inside', () => {
    const before = src.bytesRead
    expect(() => src.check(src.size - 4, 4, 'Ehdr')).not.toThrow()
    expect(() => src.check(src.size, 0, 'Ehdr')).not.toThrow()
    expect(src.bytesRead).toBe(before)
  })
})

describe('read and readInto return exactly the bytes asked for', () => {
  it('read: the bytes at the offset, counted in bytesRead', () => {
    const s = FileSource.open(elf)
    try {
      expect(s.bytesRead).toBe(0)
      expect(s.read(0, 64, 'Ehdr')).toEqual(bytes.subarray(0, 64))
      expect(s.read(s.size - 100, 100, 'tail')).toEqual(bytes.subarray(bytes.length - 100))
      const whole = s.read(0, s.size, 'file')
      expect(whole.length).toBe(bytes.length)
      expect(whole.equals(bytes)).toBe(true)
      expect(s.read(7, 0, 'empty')).toHaveLength(0)
      expect(s.bytesRead).toBe(164 + bytes.length)
    } finally {
      s.close()
    }
  })

  it('readInto fills a larger reused buffer and returns only the filled part; an exact fit is the buffer itself', () => {
    const buf = Buffer.alloc(256, 0xee)
    const part = src.readInto(buf, 64, 100, 'Sym')
    expect(part).toHaveLength(100)
    expect(part.equals(bytes.subarray(64, 164))).toBe(true)
    expect(buf[100]).toBe(0xee) // not written past the length asked for
    const exact = Buffer.alloc(32)
    expect(src.readInto(exact, 8, 32, 'Sym')).toBe(exact)
    expect(exact.equals(bytes.subarray(8, 40))).toBe(true)
  })

  it('a file that shrinks while it is read is truncated at the offset where the bytes ran out', () => {
    const p = join(tmp, 'shrinking')
    writeFileSync(p, bytes)
    const s = FileSource.open(p)
    try {
      truncateSync(p, 150)
      const e = elfError(() => s.read(100, 200, 'Shdr'))
      expect(e.code).toBe('truncated')
      expect(e.message).toBe('Shdr at offset 0x96: file shrank while reading')
      expect(e.offset).toBe(150)
      const e0 = elfError(() => s.read(150, 10, 'Shdr'))
      expect(e0.offset).toBe(150)
    } finally {
      s.close()
    }
  })
})
