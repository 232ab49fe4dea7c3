// Archive extraction: real archives from the tar/zip CLIs round-trip byte for byte; hostile archives are
// refused with an error naming the entry, and nothing is left behind (inside or outside the target).
import { describe, expect, test, beforeAll, afterAll } from '@jest/globals'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFileSync, spawnSync } from 'node:child_process'
import { gzipSync } from 'node:zlib'
import { detectArchive, extractArchive, SourceError, type ExtractLimits } from '../src/sources/index.js'
import {
  buildElves,
  paxRecord,
  realArchives,
  sh,
  tarArchive,
  zipArchive,
  type BuiltElves,
  type TarMember
} from './helpers/release-assets.js'

let tmp: string
let elves: BuiltElves
let tree: string
let archives: Record<string, Buffer>
let n = 0

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'sources-archive-'))
  elves = buildElves(join(tmp, 'elves'))
  // A release-like tree: binaries, a library symlink, a nested dir, a non-ELF file.
  tree = join(tmp, 'tree')
  mkdirSync(join(tree, 'bin'), { recursive: true })
  mkdirSync(join(tree, 'lib', 'deep', 'er'), { recursive: true })
  writeFileSync(join(tree, 'bin', 'tool'), readFileSync(elves.late), { mode: 0o755 })
  writeFileSync(join(tree, 'bin', 'tool-clean'), readFileSync(elves.clean), { mode: 0o755 })
  writeFileSync(join(tree, 'lib', 'librandom.so.1'), readFileSync(elves.wrappedOnly))
  symlinkSync('librandom.so.1', join(tree, 'lib', 'librandom.so'))
  writeFileSync(join(tree, 'lib', 'deep', 'er', 'README'), 'not an ELF\n')
  archives = realArchives(tree, join(tmp, 'archives'), 'tool-linux-x64')
})

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** Writes `data` as an asset file and returns a fresh, not yet existing, target inside a sandbox dir. */
function stage(name: string, data: Buffer): { file: string; dest: string; sandbox: string } {
  const sandbox = join(tmp, `case-${n++}`)
  mkdirSync(sandbox)
  const file = join(sandbox, name)
  writeFileSync(file, data)
  return { file, dest: join(sandbox, 'out', 'x'), sandbox }
}

async function refused(name: string, data: Buffer, limits?: ExtractLimits): Promise<SourceError> {
  const { file, dest, sandbox } = stage(name, data)
  const before = readdirSync(tmp).sort()
  const err = await extractArchive(file, dest, { limits }).then(
    () => {
      throw new Error(`${name} was extracted but should have been refused`)
    },
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(SourceError)
  // The partial extraction is gone, and nothing appeared next to the sandbox either.
  expect(existsSync(dest)).toBe(false)
  expect(readdirSync(sandbox).sort()).toEqual(['out', name].sort())
  expect(readdirSync(join(sandbox, 'out'))).toEqual([])
  expect(readdirSync(tmp).sort()).toEqual(before)
  return err as SourceError
}

describe('real archives', () => {
  test.each([
    'tool-linux-x64.tar.gz',
    'tool-linux-x64.tgz',
    'tool-linux-x64.tar.xz',
    'tool-linux-x64.tar',
    'tool-linux-x64.zip'
  ])('%s round-trips every file, mode and link', async name => {
    const { file, dest } = stage(name, archives[name])
    const result = await extractArchive(file, dest)
    expect(result.kind).toBe(
      name.endsWith('.zip')
        ? 'zip'
        : name.endsWith('.tar')
          ? 'tar'
          : name.endsWith('xz')
            ? 'tar.xz'
            : 'tar.gz'
    )
    expect(result.files.sort()).toEqual([
      'bin/tool',
      'bin/tool-clean',
      'lib/deep/er/README',
      'lib/librandom.so.1'
    ])
    for (const rel of result.files)
      expect(readFileSync(join(dest, rel)).equals(readFileSync(join(tree, rel)))).toBe(true)
    expect(statSync(join(dest, 'bin', 'tool')).mode & 0o777).toBe(0o755)
    expect(lstatSync(join(dest, 'lib', 'librandom.so')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(join(dest, 'lib', 'librandom.so'))).toBe('librandom.so.1')
  })

  test('a raw ELF asset is recognised as raw and nothing is written', async () => {
    const { file, dest } = stage('tool-linux-amd64', readFileSync(elves.late))
    expect(await detectArchive(file)).toBe('raw')
    expect(await extractArchive(file, dest)).toEqual({ kind: 'raw', files: [], bytes: 0 })
    expect(existsSync(dest)).toBe(false)
  })

  test('a single gzip-compressed binary unpacks to the name without .gz', async () => {
    const { file, dest } = stage('tool-linux-amd64.gz', gzipSync(readFileSync(elves.late)))
    const result = await extractArchive(file, dest)
    expect(result).toMatchObject({ kind: 'gz', files: ['tool-linux-amd64'] })
    expect(readFileSync(join(dest, 'tool-linux-amd64')).equals(readFileSync(elves.late))).toBe(true)
  })

  test('format comes from the magic bytes, not the name', async () => {
    const { file, dest } = stage('misnamed.bin', archives['tool-linux-x64.zip'])
    expect((await extractArchive(file, dest)).kind).toBe('zip')
  })

  test('GNU long names, pax paths and hard links are read', async () => {
    const long = `${'d'.repeat(120)}/${'f'.repeat(120)}`
    const dir = join(tmp, 'gnu')
    mkdirSync(join(dir, 'd'.repeat(120)), { recursive: true })
    writeFileSync(join(dir, long), 'long')
    sh('ln', [join(dir, long), join(dir, 'hard')])
    sh('tar', ['--format=gnu', '-czf', join(tmp, 'gnu.tar.gz'), '-C', dir, '.'])
    sh('tar', ['--format=pax', '-czf', join(tmp, 'pax.tar.gz'), '-C', dir, '.'])
    for (const name of ['gnu.tar.gz', 'pax.tar.gz']) {
      const { file, dest } = stage(name, readFileSync(join(tmp, name)))
      const result = await extractArchive(file, dest)
      expect(result.files.sort()).toEqual([long, 'hard'].sort())
      expect(readFileSync(join(dest, 'hard'), 'utf8')).toBe('long')
      expect(statSync(join(dest, 'hard')).ino).toBe(statSync(join(dest, long)).ino)
    }
  })

  test('a truncated .tar.gz is a BAD_ARCHIVE naming the archive', async () => {
    const whole = archives['tool-linux-x64.tar.gz']
    const err = await refused('cut.tar.gz', whole.subarray(0, Math.floor(whole.length / 2)))
    expect(err.code).toBe('BAD_ARCHIVE')
    expect(err.message).toContain('cut.tar.gz')
  })

  test('a corrupt .tar.xz is refused even though xz produced no bytes at all', async () => {
    const garbage = Buffer.concat([
      Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]),
      Buffer.alloc(200, 0x41)
    ])
    const err = await refused('junk.tar.xz', garbage)
    expect(err.code).toBe('BAD_ARCHIVE')
    expect(err.message).toMatch(/^junk\.tar\.xz: xz failed \(exit \d+\)/)
  })

  test('without the xz command a .tar.xz is a clear UNSUPPORTED error', async () => {
    const path = process.env.PATH
    process.env.PATH = '/nonexistent'
    try {
      const err = await refused('tool.tar.xz', archives['tool-linux-x64.tar.xz'])
      expect(err.code).toBe('UNSUPPORTED')
      expect(err.message).toBe(
        'tool.tar.xz: the xz command is needed to unpack .xz archives and was not found'
      )
    } finally {
      process.env.PATH = path
    }
  })

  test('a truncated .tar.xz reports the xz failure', async () => {
    const whole = archives['tool-linux-x64.tar.xz']
    const err = await refused('cut.tar.xz', whole.subarray(0, Math.floor(whole.length / 2)))
    expect(err.code).toBe('BAD_ARCHIVE')
    // The tar reader also sees its stream end early; xz's own reason is the one that says why.
    expect(err.message).toMatch(
      /^cut\.tar\.xz: xz failed \(exit 1\): xz: .*cut\.tar\.xz: Unexpected end of input$/
    )
  })
})

describe('formats by their bytes, and the decompressors', () => {
  const ustar = tarArchive([{ name: 'a', data: 'x' }])
  const xzMagic = Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])

  test.each([
    ['a.tgz', Buffer.from([0x1f, 0x8b, 8, 0]), 'tar.gz'],
    ['a.tar.gz', Buffer.from([0x1f, 0x8b, 8, 0]), 'tar.gz'],
    ['a.gz', Buffer.from([0x1f, 0x8b, 8, 0]), 'gz'],
    ['a.tgz', Buffer.from([0x1f, 0x00, 8, 0]), 'raw'],
    ['a.tgz', Buffer.from([0x00, 0x8b, 8, 0]), 'raw'],
    ['a.txz', Buffer.concat([xzMagic, Buffer.from([0])]), 'tar.xz'],
    ['a.xz', Buffer.concat([xzMagic, Buffer.from([0])]), 'xz'],
    ['a.xz', xzMagic.subarray(0, 5), 'raw'],
    ['a.zip', Buffer.from('PK\x05\x06', 'latin1'), 'zip'],
    ['a.zip', Buffer.from('PK\x03\x04', 'latin1'), 'zip'],
    ['a.zip', Buffer.from('PK\x01\x02', 'latin1'), 'raw'],
    ['a', ustar.subarray(0, 512), 'tar'],
    ['a', ustar.subarray(0, 511), 'raw'],
    ['a', Buffer.alloc(0), 'raw']
  ])('%s starting %j is %s', async (name, bytes, kind) => {
    const { file } = stage(name, bytes)
    expect(await detectArchive(file)).toBe(kind)
  })

  test('a single compressed file becomes the file without its last suffix, executable', async () => {
    const elf = readFileSync(elves.late)
    for (const [name, data, out] of [
      ['tool.xz', execFileSync('xz', ['-c'], { input: elf }), 'tool'],
      ['tool.gzip.gz', gzipSync(elf), 'tool.gzip'],
      ['.gz', gzipSync(elf), 'file']
    ] as const) {
      const { file, dest } = stage(name, data)
      const result = await extractArchive(file, dest)
      expect([name, result.files]).toEqual([name, [out]])
      expect(readFileSync(join(dest, out)).equals(elf)).toBe(true)
      expect(statSync(join(dest, out)).mode & 0o777).toBe(0o755)
    }
  })

  test('an empty compressed tar is an empty tar; an empty compressed file is an empty file', async () => {
    const empty = Buffer.alloc(0)
    for (const [name, data, files] of [
      ['e.tar.gz', gzipSync(empty), []],
      ['e.tar.xz', execFileSync('xz', ['-c'], { input: empty }), []],
      ['e.gz', gzipSync(empty), ['e']]
    ] as const) {
      const { file, dest } = stage(name, data)
      expect([name, (await extractArchive(file, dest)).files]).toEqual([name, files])
    }
  })

  test('padding after the tar end marker is read through, far past any pipe buffer, and no xz is left running', async () => {
    const padded = Buffer.concat([ustar, Buffer.alloc(4 << 20)])
    for (const [name, data] of [
      ['pad.tar.gz', gzipSync(padded)],
      ['pad.tar.xz', execFileSync('xz', ['-c'], { input: padded })]
    ] as const) {
      const { file, dest } = stage(name, data)
      expect((await extractArchive(file, dest)).files).toEqual(['a'])
      expect(spawnSync('pgrep', ['-f', file]).status).toBe(1)
    }
  })

  test('a damaged gzip trailer is refused even though the tar inside ended cleanly', async () => {
    const whole = gzipSync(tarArchive([{ name: 'a', data: 'hello' }]))
    const badCrc = Buffer.from(whole)
    badCrc[badCrc.length - 8] ^= 0xff
    let err = await refused('crc.tar.gz', badCrc)
    expect(err.code).toBe('BAD_ARCHIVE')
    expect(err.message).toBe('crc.tar.gz: gzip data is corrupt: incorrect data check')
    err = await refused('cut.tar.gz', whole.subarray(0, whole.length - 4))
    expect(err.message).toBe('cut.tar.gz: gzip data is corrupt: unexpected end of file')
    // With record padding past the decompressor's buffers, a reader that stopped at the end marker never
    // reached the trailer at all.
    const padded = gzipSync(
      Buffer.concat([tarArchive([{ name: 'a', data: 'hello' }]), Buffer.alloc(4 << 20)])
    )
    padded[padded.length - 8] ^= 0xff
    err = await refused('padcrc.tar.gz', padded)
    expect(err.message).toBe('padcrc.tar.gz: gzip data is corrupt: incorrect data check')
  })

  test('a damaged .xz check is refused even though the tar inside ended cleanly', async () => {
    const whole = execFileSync('xz', ['-c', '--check=crc64'], {
      input: tarArchive([{ name: 'a', data: 'hello' }])
    })
    // The block's CRC64 sits right before the index; flip a byte of the compressed data instead, which xz
    // also catches only when it reaches the check.
    const bad = Buffer.from(whole)
    bad[whole.length - 40] ^= 0x01
    const err = await refused('crc.tar.xz', bad)
    expect(err.code).toBe('BAD_ARCHIVE')
    expect(err.message).toMatch(/^crc\.tar\.xz: xz failed \(exit 1\): xz: .*crc\.tar\.xz: \S.*[^\s]$/)
  })

  test("a valid gzip of a cut tar is the tar's truncation, not a gzip failure", async () => {
    const tar = tarArchive([{ name: 'a', data: Buffer.alloc(5000) }])
    const err = await refused('short.tar.gz', gzipSync(tar.subarray(0, 1024)))
    expect(err.message).toBe('short.tar.gz: "a": truncated (512 of 5000 bytes present)')
  })

  test("xz's own words end the message, without its trailing newline", async () => {
    const err = await refused('junk.tar.xz', Buffer.concat([xzMagic, Buffer.alloc(200, 0x41)]))
    expect(err.message).toMatch(
      /^junk\.tar\.xz: xz failed \(exit 1\): xz: \/.*junk\.tar\.xz: Compressed data is corrupt$/
    )
  })

  test('a refusal half way through a big .tar.xz stops xz, and a plain .tar leaves no file open', async () => {
    const evil = tarArchive([
      { name: 'ok', data: 'x' },
      { name: '../evil', data: 'x' },
      { name: 'big', data: Buffer.alloc(4 << 20) }
    ])
    const fds = (): number => readdirSync('/proc/self/fd').length
    const settled = async (count: number): Promise<number> => {
      for (let i = 0; i < 50 && fds() !== count; i++) await new Promise(resolve => setTimeout(resolve, 20))
      return fds()
    }
    const before = fds()
    const xzFile = stage('evil.tar.xz', execFileSync('xz', ['-c', '-0'], { input: evil })).file
    const err = await extractArchive(xzFile, join(tmp, `evil-${n++}`)).catch((e: unknown) => e)
    expect((err as SourceError).code).toBe('UNSAFE_ENTRY')
    expect(spawnSync('pgrep', ['-f', xzFile]).status).toBe(1)
    const tarErr = await refused('evil.tar', evil)
    expect(tarErr.code).toBe('UNSAFE_ENTRY')
    expect(await settled(before)).toBe(before)
  })

  test('a regular file that appears twice is the later one, as tar extracts it', async () => {
    const { file, dest } = stage(
      'twice.tar',
      tarArchive([
        { name: 'a', data: 'first' },
        { name: 'a', data: 'second' }
      ])
    )
    expect((await extractArchive(file, dest)).files).toEqual(['a'])
    expect(readFileSync(join(dest, 'a'), 'utf8')).toBe('second')
  })

  test('an xz that cannot be run (not executable) is an UNSUPPORTED error, not a raw spawn error', async () => {
    const bin = join(tmp, 'noexec-bin')
    mkdirSync(bin, { recursive: true })
    writeFileSync(join(bin, 'xz'), '#!/bin/sh\n', { mode: 0o644 })
    const path = process.env.PATH
    process.env.PATH = bin
    try {
      const err = await refused('tool.tar.xz', archives['tool-linux-x64.tar.xz'])
      expect(err.code).toBe('UNSUPPORTED')
      expect(err.message).toBe('tool.tar.xz: the xz command could not be run (spawn xz EACCES)')
    } finally {
      process.env.PATH = path
    }
  })
})

describe('hostile tar members are refused, naming the entry', () => {
  const cases: [string, TarMember[], RegExp, string][] = [
    [
      'dot-dot path',
      [{ name: 'ok/../../evil', data: 'x' }],
      /"ok\/\.\.\/\.\.\/evil".*'\.\.'/,
      'UNSAFE_ENTRY'
    ],
    ['absolute path', [{ name: '/tmp/evil', data: 'x' }], /"\/tmp\/evil".*absolute/, 'UNSAFE_ENTRY'],
    [
      'symlink escaping with ..',
      [{ name: 'lib', type: '2', linkname: '../../etc' }],
      /"lib".*escapes/,
      'UNSAFE_ENTRY'
    ],
    [
      // One level is enough: a link at the root resolves from the root, not from inside itself.
      'symlink one level up from the root',
      [{ name: 'up', type: '2', linkname: '../outside' }],
      /"up".*escapes/,
      'UNSAFE_ENTRY'
    ],
    [
      'absolute symlink',
      [{ name: 'passwd', type: '2', linkname: '/etc/passwd' }],
      /"passwd".*absolute/,
      'UNSAFE_ENTRY'
    ],
    [
      'write through an inside symlink',
      [
        { name: 'real', type: '5' },
        { name: 'via', type: '2', linkname: 'real' },
        { name: 'via/file', data: 'x' }
      ],
      /"via\/file".*parent via is a symlink/,
      'UNSAFE_ENTRY'
    ],
    [
      'symlink made to escape by a later symlink',
      [
        { name: 'x', type: '5' },
        { name: 'a', type: '2', linkname: 'x/b/../..' },
        { name: 'x/b', type: '2', linkname: '../q' }
      ],
      /escapes/,
      'UNSAFE_ENTRY'
    ],
    [
      'hard link outside',
      [{ name: 'h', type: '1', linkname: '../../etc/passwd' }],
      /"\.\.\/\.\.\/etc\/passwd".*'\.\.'/,
      'UNSAFE_ENTRY'
    ],
    [
      'hard link to nothing extracted',
      [{ name: 'h', type: '1', linkname: 'etc/passwd' }],
      /"h".*not a regular file earlier/,
      'UNSAFE_ENTRY'
    ],
    [
      'hard link to a symlink',
      [
        { name: 'l', type: '2', linkname: 'x' },
        { name: 'h', type: '1', linkname: 'l' }
      ],
      /"h".*not a regular file/,
      'UNSAFE_ENTRY'
    ],
    ['character device', [{ name: 'dev/null', type: '3' }], /"dev\/null".*device/, 'UNSAFE_ENTRY'],
    ['block device', [{ name: 'sda', type: '4' }], /"sda".*device/, 'UNSAFE_ENTRY'],
    ['fifo', [{ name: 'pipe', type: '6' }], /"pipe".*FIFO/, 'UNSAFE_ENTRY'],
    [
      'file replacing a symlink',
      [
        { name: 'l', type: '2', linkname: 'x' },
        { name: 'l', data: 'y' }
      ],
      /"l".*replace the symlink/,
      'UNSAFE_ENTRY'
    ],
    [
      'pax path smuggling ..',
      [
        { name: 'PaxHeaders/x', type: 'x', data: paxRecord('path', '../pax-evil') },
        { name: 'innocent', data: 'x' }
      ],
      /"\.\.\/pax-evil"/,
      'UNSAFE_ENTRY'
    ],
    [
      'GNU long name smuggling an absolute path',
      [
        { name: '././@LongLink', type: 'L', data: '/tmp/long-evil\0' },
        { name: 'innocent', data: 'x' }
      ],
      /"\/tmp\/long-evil".*absolute/,
      'UNSAFE_ENTRY'
    ],
    ['sparse member', [{ name: 'sparse', type: 'S', data: 'x' }], /"sparse".*type 'S'/, 'UNSUPPORTED'],
    [
      'NUL byte smuggled in a pax path',
      [
        { name: 'PaxHeaders/x', type: 'x', data: paxRecord('path', 'bin/tool\0/../../evil') },
        { name: 'innocent', data: 'x' }
      ],
      /NUL/,
      'UNSAFE_ENTRY'
    ],
    ['Windows drive path', [{ name: 'C:\\Windows\\evil', data: 'x' }], /"C:.*absolute/, 'UNSAFE_ENTRY'],
    [
      'Windows drive path, forward slash',
      [{ name: 'c:/evil', data: 'x' }],
      /"c:\/evil".*absolute/,
      'UNSAFE_ENTRY'
    ],
    ['Windows UNC path', [{ name: '\\\\host\\share\\evil', data: 'x' }], /absolute/, 'UNSAFE_ENTRY'],
    [
      'symlink loop',
      [
        { name: 'a', type: '2', linkname: 'b' },
        { name: 'b', type: '2', linkname: 'a' }
      ],
      /"[ab]".*loop/,
      'UNSAFE_ENTRY'
    ],
    // Caught only by the re-check once the archive is complete: when "l" was written nothing named l existed.
    ['symlink to itself', [{ name: 'l', type: '2', linkname: 'l' }], /"l".*loop/, 'UNSAFE_ENTRY'],
    ['empty symlink target', [{ name: 'l', type: '2', linkname: '' }], /"l"/, 'UNSAFE_ENTRY']
  ]

  test.each(cases)('%s', async (_label, members, message, code) => {
    const err = await refused('evil.tar.gz', gzipSync(tarArchive(members)))
    expect(err.code).toBe(code)
    expect(err.message).toMatch(/^evil\.tar\.gz: /)
    expect(err.message).toMatch(message)
  })

  test('symlinks inside the target are allowed and created', async () => {
    const { file, dest } = stage(
      'fine.tar',
      tarArchive([
        { name: 'lib/libx.so.1', data: 'x' },
        { name: 'lib/libx.so', type: '2', linkname: 'libx.so.1' },
        { name: 'bin/up', type: '2', linkname: '../lib' },
        { name: 'self', type: '2', linkname: '.' }
      ])
    )
    await extractArchive(file, dest)
    expect(readlinkSync(join(dest, 'bin', 'up'))).toBe('../lib')
    expect(readFileSync(join(dest, 'bin', 'up', 'libx.so'), 'utf8')).toBe('x')
  })

  test('a chain of symlinks is followed 40 levels deep, not one more', async () => {
    // l0 → l1 → … → l(k-1) → f: resolving l0 nests k-1 times below the first follow.
    const chainOf = (k: number): TarMember[] => [
      { name: 'f', data: 'end' },
      ...Array.from({ length: k }, (_, i) => k - 1 - i).map(i => ({
        name: `l${i}`,
        type: '2',
        linkname: i === k - 1 ? 'f' : `l${i + 1}`
      }))
    ]
    const { file, dest } = stage('deep.tar', tarArchive(chainOf(41)))
    await extractArchive(file, dest)
    expect(readlinkSync(join(dest, 'l0'))).toBe('l1')
    const err = await refused('deeper.tar', tarArchive(chainOf(42)))
    expect(err.message).toMatch(/"l0".*loop/)
  })
})

describe('expansion caps', () => {
  test('bytes are counted while writing, whatever the header declares', async () => {
    // 4 MiB of zeros compresses to a few KiB: a small download that expands past a 1 MiB cap.
    const bomb = gzipSync(tarArchive([{ name: 'zeros', data: Buffer.alloc(4 * 1024 * 1024) }]))
    expect(bomb.length).toBeLessThan(64 * 1024)
    const err = await refused('bomb.tar.gz', bomb, { maxBytes: 1024 * 1024, maxEntries: 100 })
    expect(err.code).toBe('ARCHIVE_TOO_LARGE')
    expect(err.message).toMatch(/bomb\.tar\.gz: expands beyond 1048576 bytes \(while writing "zeros"\)/)
  })

  test('entry count is capped', async () => {
    const many = tarArchive(Array.from({ length: 50 }, (_, i) => ({ name: `f${i}`, data: 'x' })))
    const err = await refused('many.tar', many, { maxBytes: 1 << 20, maxEntries: 20 })
    expect(err.code).toBe('ARCHIVE_TOO_LARGE')
    expect(err.message).toMatch(/more than 20 entries \(at "f20"\)/)
  })

  test('a decompressed stream is capped even when it holds no file data', async () => {
    // One directory entry claiming 8 MiB of (skipped) data.
    const padded = gzipSync(
      Buffer.concat([
        tarArchive([{ name: 'd/', type: '5', size: 8 << 20 }], { end: false }),
        Buffer.alloc(8 << 20)
      ])
    )
    // The stream cap is maxBytes plus a per-entry allowance for headers; beyond that the reader stops.
    const err = await refused('padded.tar.gz', padded, { maxBytes: 1024, maxEntries: 10 })
    expect(err.code).toBe('ARCHIVE_TOO_LARGE')
    // 1024 content bytes + 10 entries × 4096 + 1 MiB of slack.
    expect(err.message).toBe('padded.tar.gz: decompresses to more than 1090560 bytes')
  })

  test('zip: declared total over the cap is refused before writing', async () => {
    const err = await refused(
      'big.zip',
      zipArchive([{ name: 'a', data: 'x', declaredSize: 5 * 1024 * 1024 }]),
      {
        maxBytes: 1024 * 1024,
        maxEntries: 10
      }
    )
    expect(err.code).toBe('ARCHIVE_TOO_LARGE')
    expect(err.message).toMatch(/declares 5242880 bytes/)
  })

  test('zip: an entry inflating beyond its declared size is stopped', async () => {
    const err = await refused(
      'liar.zip',
      zipArchive([{ name: 'liar', data: Buffer.alloc(1 << 20), deflate: true, declaredSize: 1000 }])
    )
    expect(err.code).toBe('ARCHIVE_TOO_LARGE')
    expect(err.message).toMatch(/"liar" inflates beyond its declared 1000 bytes/)
  })
})

describe('hostile zip entries are refused before anything is written', () => {
  const cases: [string, Parameters<typeof zipArchive>[0], RegExp, string][] = [
    [
      'dot-dot path',
      [
        { name: 'ok.txt', data: 'fine' },
        { name: '../evil', data: 'x' }
      ],
      /"\.\.\/evil"/,
      'UNSAFE_ENTRY'
    ],
    ['backslash dot-dot', [{ name: '..\\..\\evil', data: 'x' }], /'\.\.'/, 'UNSAFE_ENTRY'],
    ['absolute path', [{ name: '/etc/evil', data: 'x' }], /"\/etc\/evil".*absolute/, 'UNSAFE_ENTRY'],
    [
      'symlink escape',
      [
        { name: 'ok.txt', data: 'fine' },
        { name: 'l', data: '../../../etc', mode: 0o120777 }
      ],
      /"l".*escapes/,
      'UNSAFE_ENTRY'
    ],
    [
      'absolute symlink',
      [{ name: 'l', data: '/etc/passwd', mode: 0o120777 }],
      /"l".*absolute/,
      'UNSAFE_ENTRY'
    ],
    [
      'write through symlink',
      [
        { name: 'd/', mode: 0o040755 },
        { name: 'l', data: 'd', mode: 0o120777 },
        { name: 'l/f', data: 'x' }
      ],
      /"l\/f".*symlink/,
      'UNSAFE_ENTRY'
    ],
    ['character device', [{ name: 'null', mode: 0o020666 }], /"null".*device/, 'UNSAFE_ENTRY'],
    ['fifo', [{ name: 'p', mode: 0o010644 }], /"p".*FIFO/, 'UNSAFE_ENTRY'],
    ['encrypted entry', [{ name: 'secret', data: 'x', flags: 1 }], /"secret" is encrypted/, 'UNSUPPORTED'],
    ['NUL byte in a name', [{ name: 'bin/tool\0.txt', data: 'x' }], /NUL/, 'UNSAFE_ENTRY'],
    ['Windows drive path', [{ name: 'C:\\Windows\\evil.dll', data: 'x' }], /absolute/, 'UNSAFE_ENTRY'],
    ['Windows UNC path', [{ name: '\\\\host\\share\\evil', data: 'x' }], /absolute/, 'UNSAFE_ENTRY'],
    [
      'symlink loop',
      [
        { name: 'a', data: 'b', mode: 0o120777 },
        { name: 'b', data: 'a', mode: 0o120777 }
      ],
      /loop/,
      'UNSAFE_ENTRY'
    ]
  ]
  test.each(cases)('%s', async (_label, members, message, code) => {
    const err = await refused('evil.zip', zipArchive(members))
    expect(err.code).toBe(code)
    expect(err.message).toMatch(/^evil\.zip: /)
    expect(err.message).toMatch(message)
  })

  test('a corrupt deflate stream fails its member, naming it', async () => {
    const good = zipArchive([{ name: 'bin/tool', data: Buffer.alloc(10000, 7), deflate: true }])
    const bad = Buffer.from(good)
    bad[40] ^= 0xff
    bad[41] ^= 0xff
    const err = await refused('corrupt.zip', bad)
    expect(err.code).toBe('BAD_ARCHIVE')
    expect(err.message).toContain('"bin/tool"')
  })
})
