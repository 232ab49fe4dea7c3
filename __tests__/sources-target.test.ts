// The one writer of archive members (src/sources/archive/target.ts), driven directly on a real filesystem:
// the tar and zip readers in sources-archive reach it through hostile archives; here each rule is pinned at
// its exact edge (entry and byte caps N vs N+1, a symlink chain of 40 vs 41 links, a loop that only closes at
// the end), with what is on disk checked after each refusal.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ExtractTarget } from '../src/sources/archive/target.js'
import { SourceError } from '../src/sources/errors.js'

let tmp: string
let n = 0
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'sources-target-'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const limits = { maxBytes: 1000, maxEntries: 50 }
const fresh = (l = limits) => ExtractTarget.create(join(tmp, `t-${n++}`), 'a.tar', l)
async function* chunks(...parts: (string | Buffer)[]): AsyncIterable<Buffer> {
  for (const p of parts) yield Buffer.from(p)
}
async function refused(p: Promise<unknown> | (() => unknown)): Promise<SourceError> {
  let e: unknown
  try {
    await (typeof p === 'function' ? p() : p)
  } catch (err) {
    e = err
  }
  expect(e).toBeInstanceOf(SourceError)
  return e as SourceError
}

describe('create', () => {
  it('makes the directory, and refuses one that is not empty', async () => {
    const t = await fresh()
    expect(readdirSync(t.root)).toEqual([])
    const full = join(tmp, 'full')
    mkdirSync(full)
    writeFileSync(join(full, 'x'), '')
    const err = await refused(ExtractTarget.create(full, 'a.tar', limits))
    expect(err.code).toBe('BAD_INPUT')
    expect(err.message).toBe(`a.tar: extraction directory ${full} is not empty`)
  })
})

describe('member names', () => {
  it.each([
    ['bin/tool', 'bin/tool'],
    ['./bin//tool', 'bin/tool'],
    ['bin/./tool/', 'bin/tool'],
    ['.', ''],
    ['./', ''],
    ['a\\b', 'a\\b'],
    ['..a/b..', '..a/b..']
  ])('%j is %j', async (name, rel) => {
    expect((await fresh()).relPath(name)).toBe(rel)
  })

  it.each([
    ['a\0b', 'NUL byte in name'],
    ['/etc/passwd', 'absolute path'],
    ['C:\\Windows\\x', 'absolute (Windows) path'],
    ['c:/x', 'absolute (Windows) path'],
    ['\\\\server\\share', 'absolute (Windows) path'],
    ['..', "'..' component would escape the target"],
    ['a/../../b', "'..' component would escape the target"],
    ['a/..', "'..' component would escape the target"],
    ['a\\..\\..\\b', "'..' component would escape the target"],
    ['a/b\\..', "'..' component would escape the target"]
  ])('%j is refused: %s', async (name, why) => {
    const t = await fresh()
    const err = await refused(() => t.relPath(name))
    expect(err.code).toBe('UNSAFE_ENTRY')
    expect(err.message).toBe(`a.tar: refused entry ${JSON.stringify(name)}: ${why}`)
  })

  it('a drive letter without a separator, or not at the start, is an ordinary name', async () => {
    expect((await fresh()).relPath('C:x')).toBe('C:x')
    expect((await fresh()).relPath('dir/C:/x')).toBe('dir/C:/x')
  })
})

describe('caps', () => {
  it('exactly maxEntries members are fine, one more is refused', async () => {
    const t = await fresh({ maxBytes: 1000, maxEntries: 3 })
    await t.dir('a')
    await t.file('a/f', 0o644, chunks('x'))
    await t.symlink('a/l', 'f')
    const err = await refused(t.dir('b'))
    expect(err.code).toBe('ARCHIVE_TOO_LARGE')
    expect(err.message).toBe('a.tar: more than 3 entries (at "b")')
    expect(readdirSync(t.root)).toEqual(['a'])
  })

  it('exactly maxBytes are written, one byte more is refused while writing', async () => {
    const t = await fresh({ maxBytes: 10, maxEntries: 10 })
    await t.file('a', 0o644, chunks('12345', '67890'))
    expect(t.bytes).toBe(10)
    const u = await fresh({ maxBytes: 10, maxEntries: 10 })
    await u.file('a', 0o644, chunks('12345'))
    const err = await refused(u.file('b', 0o644, chunks('12345', '6')))
    expect(err.code).toBe('ARCHIVE_TOO_LARGE')
    expect(err.message).toBe('a.tar: expands beyond 10 bytes (while writing "b")')
    expect(readFileSync(join(u.root, 'b'), 'utf8')).toBe('12345')
    expect(u.files).toEqual(['a'])
  })
})

describe('files and directories', () => {
  it('writes bytes, keeps the execute bit only, and lists each file once', async () => {
    const t = await fresh()
    await t.file('bin/tool', 0o4777, chunks('run'))
    await t.file('doc/README', 0o666, chunks('read'))
    await t.file('doc/NOTES', 0o100, chunks(''))
    expect(readFileSync(join(t.root, 'bin/tool'), 'utf8')).toBe('run')
    expect(statSync(join(t.root, 'bin/tool')).mode & 0o7777).toBe(0o755)
    expect(statSync(join(t.root, 'doc/README')).mode & 0o7777).toBe(0o644)
    expect(statSync(join(t.root, 'doc/NOTES')).mode & 0o7777).toBe(0o755)
    expect(statSync(join(t.root, 'bin')).isDirectory()).toBe(true)
    expect(t.files).toEqual(['bin/tool', 'doc/README', 'doc/NOTES'])
    expect(t.bytes).toBe(7)
  })

  it('a directory may repeat; a file may be replaced by a file, nothing else by anything', async () => {
    const t = await fresh()
    await t.dir('d')
    await t.dir('d/')
    await t.file('d/f', 0o644, chunks('one'))
    await t.file('d/f', 0o644, chunks('two'))
    expect(readFileSync(join(t.root, 'd/f'), 'utf8')).toBe('two')
    for (const [what, p, expected] of [
      ['dir over file', () => t.dir('d/f'), 'it would replace the file already extracted at d/f'],
      [
        'file over dir',
        () => t.file('d', 0o644, chunks('x')),
        'it would replace the dir already extracted at d'
      ],
      ['link over file', () => t.symlink('d/f', 'x'), 'it would replace the file already extracted at d/f']
    ] as const) {
      const err = await refused(p)
      expect([what, err.code, err.message]).toEqual([what, 'UNSAFE_ENTRY', expect.stringContaining(expected)])
    }
  })

  it('the root itself: "." as a directory is nothing, as a file or link it is refused', async () => {
    const t = await fresh()
    await t.dir('./')
    expect(readdirSync(t.root)).toEqual([])
    expect((await refused(t.file('.', 0o644, chunks('x')))).message).toMatch(
      /a file cannot be the archive root$/
    )
    expect((await refused(t.symlink('./', 'x'))).message).toMatch(/the archive root cannot be a symlink$/)
  })

  it('never writes below a file or through a link in the archive', async () => {
    const t = await fresh()
    await t.file('f', 0o644, chunks('x'))
    await t.dir('real')
    await t.symlink('l', 'real')
    expect((await refused(t.file('f/x', 0o644, chunks('x')))).message).toMatch(/its parent f is a file$/)
    expect((await refused(t.file('l/x', 0o644, chunks('x')))).message).toMatch(
      /its parent l is a symlink in the archive$/
    )
    expect(readdirSync(join(t.root, 'real'))).toEqual([])
  })

  it('a dry run checks everything and writes nothing', async () => {
    const t = (await fresh()).dryRun()
    await t.dir('d')
    await t.file('d/f', 0o755, chunks('x'))
    await t.symlink('d/l', 'f')
    await t.hardlink('d/h', 'd/f')
    expect(t.files).toEqual(['d/f', 'd/h'])
    expect(readdirSync(t.root)).toEqual([])
    expect((await refused(t.file('../x', 0o644, chunks('x')))).code).toBe('UNSAFE_ENTRY')
  })

  it('closes every file it writes', async () => {
    const t = await fresh()
    const fds = () => readdirSync('/proc/self/fd').length
    const before = fds()
    for (let i = 0; i < 5; i++) await t.file(`f${i}`, 0o644, chunks('x'))
    expect(fds()).toBe(before)
  })

  it('discard removes everything extracted', async () => {
    const t = await fresh()
    await t.file('a/b', 0o644, chunks('x'))
    await t.discard()
    expect(() => lstatSync(t.root)).toThrow()
  })
})

describe('symlinks', () => {
  it('relative links inside the tree are written as given', async () => {
    const t = await fresh()
    await t.file('lib/libx.so.1', 0o644, chunks('x'))
    await t.symlink('lib/libx.so', 'libx.so.1')
    await t.symlink('bin/x', '../lib/./libx.so')
    expect(readlinkSync(join(t.root, 'bin/x'))).toBe('../lib/./libx.so')
    expect(readFileSync(join(t.root, 'bin/x'), 'utf8')).toBe('x')
    t.finish()
  })

  it.each([
    ['/etc/passwd', 'symlink to absolute path /etc/passwd'],
    ['../../x', 'symlink target ../../x escapes the target directory'],
    ['./.././../x', 'symlink target ./.././../x escapes the target directory'],
    ['', 'empty or invalid symlink target'],
    ['a\0b', 'empty or invalid symlink target']
  ])('target %j is refused: %s', async (target, why) => {
    const t = await fresh()
    const err = await refused(t.symlink('d/l', target))
    expect(err.message).toBe(`a.tar: refused entry "d/l": ${why}`)
    expect(readdirSync(t.root)).toEqual([])
  })

  it('a link whose target escapes through an earlier link is refused', async () => {
    const t = await fresh()
    await t.dir('a/b')
    await t.symlink('a/b/up', '../..') // the root itself: allowed
    const err = await refused(t.symlink('x', 'a/b/up/..'))
    expect(err.message).toBe(
      'a.tar: refused entry "x": symlink target a/b/up/.. escapes the target directory'
    )
  })

  it('a chain of 40 links resolves, 41 is a loop', async () => {
    const chain = async (length: number) => {
      const t = await fresh({ maxBytes: 1000, maxEntries: 100 })
      await t.file('f', 0o644, chunks('x'))
      for (let i = length - 1; i >= 0; i--) await t.symlink(`l${i}`, i === length - 1 ? 'f' : `l${i + 1}`)
      return t
    }
    const ok = await chain(40)
    expect(readFileSync(join(ok.root, 'l0'), 'utf8')).toBe('x') // 40 links: within the kernel's own limit too
    await ok.symlink('entry', 'l0')
    expect(readlinkSync(join(ok.root, 'entry'))).toBe('l0')
    const loop = await chain(41)
    const err = await refused(loop.symlink('entry', 'l0'))
    expect(err.message).toBe('a.tar: refused entry "entry": symlink loop')
  })

  it('a loop closed by a later link, or an escape opened by one, is caught when the archive is complete', async () => {
    const t = await fresh()
    await t.symlink('a', 'b')
    await t.symlink('b', 'a')
    expect((await refused(() => t.finish())).message).toBe('a.tar: refused entry "a": symlink loop')

    const u = await fresh()
    await u.dir('a')
    await u.symlink('x', 'a/b/../..') // a/b is nothing yet: x points at the root
    await u.symlink('a/b', '.') // now a/b is a, and x leaves the root
    expect((await refused(() => u.finish())).message).toBe(
      'a.tar: refused entry "x": symlink target a/b/../.. escapes the target directory'
    )
  })
})

describe('hard links', () => {
  it('link a regular file extracted earlier, and count as a file', async () => {
    const t = await fresh()
    await t.file('bin/a', 0o755, chunks('x'))
    await t.hardlink('bin/b', './bin/a')
    expect(statSync(join(t.root, 'bin/b')).ino).toBe(statSync(join(t.root, 'bin/a')).ino)
    expect(t.files).toEqual(['bin/a', 'bin/b'])
  })

  it.each([
    ['a missing file', 'nope'],
    ['a directory', 'd'],
    ['a symlink', 'l']
  ])('to %s is refused', async (_, target) => {
    const t = await fresh()
    await t.dir('d')
    await t.file('d/f', 0o644, chunks('x'))
    await t.symlink('l', 'd/f')
    const err = await refused(t.hardlink('h', target))
    expect(err.message).toBe(
      `a.tar: refused entry "h": hard link to ${JSON.stringify(target)}, which is not a regular file earlier in the archive`
    )
    expect(readdirSync(t.root).sort()).toEqual(['d', 'l'])
  })

  it('a hard link target is checked like a name', async () => {
    const t = await fresh()
    expect((await refused(t.hardlink('h', '../../etc/passwd'))).message).toMatch(/'\.\.' component/)
  })
})
