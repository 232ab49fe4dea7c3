// dist/cli.js runs the CLI bundle (dist/cli-main.cjs) with V8's code cache, kept per user. Bytecode read from
// disk is code, and a cache must never change an answer: these tests run the real bundle and check where the
// cache goes, that a second run reads it instead of rewriting it, that damaged, foreign or shared caches are
// never used, and that every run prints exactly what a run without any cache prints.
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  chmodSync,
  lstatSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  bundleHash,
  cacheDirectory,
  checksum,
  privateDirectory,
  prune,
  seal,
  STALE_MS,
  stampOf,
  unseal
} from '../src/cli/code-cache.js'
import { repoRoot, thirdParty } from './helpers/fixtures.js'

const work = mkdtempSync(join(tmpdir(), 'code-cache-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const cli = join(repoRoot, 'dist', 'cli.js')
const node18 = thirdParty('node18-x64')
const args = ['audit', '--format', 'json', node18]

function run(
  env: Record<string, string>,
  entry = cli
): { status: number | null; stdout: string; stderr: string } {
  const base = { ...process.env }
  delete base.GLIBC_FLOOR_CODE_CACHE
  delete base.XDG_CACHE_HOME
  const r = spawnSync(process.execPath, [entry, ...args], { env: { ...base, ...env }, encoding: 'utf8' })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

const reference = run({ GLIBC_FLOOR_CODE_CACHE: '0', HOME: join(work, 'no-home') })

const cacheFiles = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).sort() : [])
/** A copy of the tool (dist/ with data/ and compat/ beside it) whose bundle can be changed. */
function copyTool(name: string): string {
  const copy = join(work, name)
  cpSync(join(repoRoot, 'dist'), join(copy, 'dist'), { recursive: true })
  for (const d of ['data', 'compat']) symlinkSync(join(repoRoot, d), join(copy, d))
  return join(copy, 'dist')
}

const expectedName = (bundle = join(repoRoot, 'dist', 'cli-main.cjs')): string =>
  `cli-${bundleHash(readFileSync(bundle, 'utf8'))!.slice(0, 32)}-${process.version}-${process.arch}.v8`

describe('the bundle', () => {
  it('starts with the sha256 of the rest, the key of its cache', () => {
    const text = readFileSync(join(repoRoot, 'dist', 'cli-main.cjs'), 'utf8')
    const nl = text.indexOf('\n')
    expect(bundleHash(text)).toBe(
      createHash('sha256')
        .update(text.slice(nl + 1))
        .digest('hex')
    )
  })

  it('the reference run (no cache) is a real audit', () => {
    expect(reference.status).toBe(2)
    expect(reference.stderr).toBe('')
    expect(JSON.parse(reference.stdout).summary.maxVersions.GLIBC).toBe('2.28')
  })

  it('with no cache anywhere nothing is written, not even under HOME', () => {
    expect(existsSync(join(work, 'no-home'))).toBe(false)
  })
})

describe('where the cache lives', () => {
  it('GLIBC_FLOOR_CODE_CACHE names it or turns it off; else XDG_CACHE_HOME, else ~/.cache', () => {
    expect(cacheDirectory({ GLIBC_FLOOR_CODE_CACHE: '/x/y', XDG_CACHE_HOME: '/c', HOME: '/h' })).toBe('/x/y')
    for (const off of ['0', 'off', 'OFF', 'false', 'no', ''])
      expect([off, cacheDirectory({ GLIBC_FLOOR_CODE_CACHE: off, XDG_CACHE_HOME: '/c' })]).toEqual([
        off,
        null
      ])
    expect(cacheDirectory({ XDG_CACHE_HOME: '/c', HOME: '/h' })).toBe('/c/glibc-floor')
    // An empty XDG_CACHE_HOME counts as unset (XDG base directory spec).
    expect(cacheDirectory({ XDG_CACHE_HOME: '', HOME: '/h' })).toBe('/h/.cache/glibc-floor')
    expect(cacheDirectory({ HOME: '/h' })).toBe('/h/.cache/glibc-floor')
    // A relative XDG_CACHE_HOME is ignored (XDG spec); a relative GLIBC_FLOOR_CODE_CACHE is the user's choice.
    expect(cacheDirectory({ XDG_CACHE_HOME: 'rel', HOME: '/h' })).toBe('/h/.cache/glibc-floor')
    expect(cacheDirectory({ GLIBC_FLOOR_CODE_CACHE: 'rel' })).toBe(join(process.cwd(), 'rel'))
  })

  it('the default under HOME/.cache is created 0700 with a 0600 file named by bundle, Node.js version and arch', () => {
    const home = mkdtempSync(join(work, 'home-'))
    expect(run({ HOME: home })).toEqual(reference)
    const dir = join(home, '.cache', 'glibc-floor')
    expect(cacheFiles(dir)).toEqual([expectedName()])
    expect(statSync(dir).mode & 0o777).toBe(0o700)
    expect(statSync(join(dir, expectedName())).mode & 0o777).toBe(0o600)
  })
})

describe('using it', () => {
  it('the first run writes it, the second reads it without rewriting it, and both print the same', () => {
    const dir = join(work, 'reuse')
    expect(run({ GLIBC_FLOOR_CODE_CACHE: dir })).toEqual(reference)
    const file = join(dir, expectedName())
    const first = statSync(file)
    const bytes = readFileSync(file)
    expect(first.size).toBeGreaterThan(10_000)
    expect(run({ GLIBC_FLOOR_CODE_CACHE: dir })).toEqual(reference)
    // Renamed over on every write: the same inode and bytes mean V8 accepted the cache and nothing was saved
    // (its time moves: a cache in use is touched).
    expect(statSync(file).ino).toBe(first.ino)
    expect(readFileSync(file).equals(bytes)).toBe(true)
  })

  it('a damaged cache fails its checksum and is replaced; the answer does not change', () => {
    const dir = join(work, 'damaged')
    expect(run({ GLIBC_FLOOR_CODE_CACHE: dir })).toEqual(reference)
    const file = join(dir, expectedName())
    const good = readFileSync(file)
    const bad = Buffer.from(good)
    for (let i = 64; i < bad.length; i += 97) bad[i] ^= 0x5a
    writeFileSync(file, bad, { mode: 0o600 })
    expect(run({ GLIBC_FLOOR_CODE_CACHE: dir })).toEqual(reference)
    expect(readFileSync(file).equals(bad)).toBe(false)
    expect(cacheFiles(dir)).toEqual([expectedName()])
  })

  it('a well-sealed cache that V8 refuses is replaced, and the answer does not change', () => {
    const dir = join(work, 'v8-refused')
    mkdirSync(dir, { mode: 0o700 })
    const file = join(dir, expectedName())
    const bundle = join(repoRoot, 'dist', 'cli-main.cjs')
    writeFileSync(file, seal(Buffer.alloc(4096, 0x41), stampOf(bundle)), { mode: 0o600 })
    expect(run({ GLIBC_FLOOR_CODE_CACHE: dir })).toEqual(reference)
    expect(statSync(file).size).toBeGreaterThan(10_000)
    expect(unseal(readFileSync(file), stampOf(bundle))).toBeDefined()
  })

  it('a cache made for another copy of the bundle file (same hash, other inode) is not used', () => {
    const dir = join(work, 'stamped')
    expect(run({ GLIBC_FLOOR_CODE_CACHE: dir })).toEqual(reference)
    const file = join(dir, expectedName())
    const first = statSync(file).ino
    const copy = copyTool('stamped-tool')
    expect(run({ GLIBC_FLOOR_CODE_CACHE: dir }, join(copy, 'cli.js'))).toEqual(reference)
    // Same name (same build), rewritten for the copy: a new file renamed over the old one.
    expect(cacheFiles(dir)).toEqual([expectedName()])
    expect(statSync(file).ino).not.toBe(first)
    expect(unseal(readFileSync(file), stampOf(join(copy, 'cli-main.cjs')))).toBeDefined()
  })

  it('only an audit writes a cache: --help or wrap-flags would store almost nothing', () => {
    const dir = join(work, 'not-audit')
    for (const argv of [['--help'], ['wrap-flags']]) {
      const r = spawnSync(process.execPath, [cli, ...argv], {
        env: { ...process.env, GLIBC_FLOOR_CODE_CACHE: dir },
        encoding: 'utf8'
      })
      expect([argv, r.status]).toEqual([argv, 0])
    }
    expect(existsSync(dir)).toBe(false)
  })

  it('a cache in use is touched, so pruning goes by last use', () => {
    const dir = join(work, 'touched')
    expect(run({ GLIBC_FLOOR_CODE_CACHE: dir })).toEqual(reference)
    const file = join(dir, expectedName())
    utimesSync(file, 1000, 1000)
    expect(run({ GLIBC_FLOOR_CODE_CACHE: dir })).toEqual(reference)
    expect(Date.now() - statSync(file).mtimeMs).toBeLessThan(60_000)
  })

  it('a cache of another build of the bundle is never read: a changed bundle gets its own file', () => {
    const dir = join(work, 'rebuilt')
    const copy = copyTool('rebuilt-tool')
    const bundle = join(copy, 'cli-main.cjs')
    const text = readFileSync(bundle, 'utf8')
    const body = `${text.slice(text.indexOf('\n') + 1)}// rebuilt\n`
    writeFileSync(bundle, `// sha256:${createHash('sha256').update(body).digest('hex')}\n${body}`)
    expect(run({ GLIBC_FLOOR_CODE_CACHE: dir })).toEqual(reference)
    expect(run({ GLIBC_FLOOR_CODE_CACHE: dir }, join(copy, 'cli.js'))).toEqual(reference)
    expect(cacheFiles(dir)).toEqual([expectedName(), expectedName(bundle)].sort())
    expect(expectedName(bundle)).not.toBe(expectedName())
  })

  it('a bundle without its hash line runs without any cache', () => {
    const dir = join(work, 'unhashed')
    const copy = copyTool('unhashed-tool')
    const bundle = join(copy, 'cli-main.cjs')
    const text = readFileSync(bundle, 'utf8')
    writeFileSync(bundle, text.slice(text.indexOf('\n') + 1))
    expect(run({ GLIBC_FLOOR_CODE_CACHE: dir }, join(copy, 'cli.js'))).toEqual(reference)
    expect(existsSync(dir)).toBe(false)
  })

  it('four first runs at once: every answer right, one cache file, no temporary file left', async () => {
    const dir = join(work, 'race')
    const base = { ...process.env, GLIBC_FLOOR_CODE_CACHE: dir }
    const outs = await Promise.all(
      [1, 2, 3, 4].map(
        () =>
          new Promise<string>((resolve, reject) => {
            const c = spawn(process.execPath, [cli, ...args], { env: base })
            let out = ''
            c.stdout.on('data', d => (out += d))
            c.on('error', reject)
            c.on('close', () => resolve(out))
          })
      )
    )
    expect(outs).toHaveLength(4)
    for (const out of outs) expect(out).toBe(reference.stdout)
    expect(cacheFiles(dir)).toEqual([expectedName()])
  })
})

describe('old caches', () => {
  it('writing a cache removes caches and leftovers unwritten for 30 days, and nothing else', () => {
    const dir = join(work, 'prune')
    mkdirSync(dir, { mode: 0o700 })
    const old = (Date.now() - STALE_MS) / 1000 - 3600
    const fresh = (Date.now() - STALE_MS) / 1000 + 3600
    const files = {
      oldBuild: `cli-${'a'.repeat(32)}-v22.1.0-x64.v8`,
      oldTmp: `cli-${'b'.repeat(32)}-v24.0.0-arm64.v8.1234.tmp`,
      recent: `cli-${'c'.repeat(32)}-v20.19.0-x64.v8`,
      notOurs: 'notes.txt',
      lookalike: `cli-${'d'.repeat(31)}-v22.1.0-x64.v8`
    }
    for (const name of Object.values(files)) writeFileSync(join(dir, name), 'x')
    for (const name of [files.oldBuild, files.oldTmp, files.notOurs, files.lookalike])
      utimesSync(join(dir, name), old, old)
    utimesSync(join(dir, files.recent), fresh, fresh)
    expect(run({ GLIBC_FLOOR_CODE_CACHE: dir })).toEqual(reference)
    expect(cacheFiles(dir)).toEqual([expectedName(), files.recent, files.notOurs, files.lookalike].sort())
  })

  it('prune keeps the file it was given, however old', () => {
    const dir = mkdtempSync(join(work, 'keep-'))
    const mine = join(dir, `cli-${'e'.repeat(32)}-v24.0.0-x64.v8`)
    writeFileSync(mine, 'x')
    utimesSync(mine, 0, 0)
    prune(dir, mine, Date.now())
    expect(existsSync(mine)).toBe(true)
  })
})

/** Only root may give a file away: on GitHub's runner (a non-root user) through its passwordless sudo. */
const canGiveAway = process.getuid?.() === 0 || spawnSync('sudo', ['-n', 'true']).status === 0
function giveAway(path: string): void {
  if (process.getuid?.() === 0) chownSync(path, 65534, 65534)
  else execFileSync('sudo', ['-n', 'chown', '65534:65534', path])
}
const needsChown = canGiveAway ? it : it.skip

describe('caches it must not trust', () => {
  it('a directory others can write is neither read nor written', () => {
    const dir = join(work, 'shared')
    mkdirSync(dir)
    chmodSync(dir, 0o777)
    const planted = join(dir, expectedName())
    writeFileSync(planted, 'not bytecode')
    expect(privateDirectory(dir)).toBeNull()
    expect(run({ GLIBC_FLOOR_CODE_CACHE: dir })).toEqual(reference)
    expect(readFileSync(planted, 'utf8')).toBe('not bytecode')
    expect(cacheFiles(dir)).toEqual([expectedName()])
  })

  it('a group-writable directory is refused too; the owner-only one is accepted', () => {
    const dir = join(work, 'group')
    mkdirSync(dir, { mode: 0o700 })
    expect(privateDirectory(dir)).toBe(dir)
    chmodSync(dir, 0o770)
    expect(privateDirectory(dir)).toBeNull()
  })

  it('a symbolic link in place of the directory is refused', () => {
    const real = join(work, 'link-target')
    mkdirSync(real, { mode: 0o700 })
    const link = join(work, 'link')
    symlinkSync(real, link)
    expect(privateDirectory(link)).toBeNull()
    expect(run({ GLIBC_FLOOR_CODE_CACHE: link })).toEqual(reference)
    expect(cacheFiles(real)).toEqual([])
  })

  it("a cache file of another user, or a link, in one's own directory is not read, and is replaced", () => {
    const dir = join(work, 'planted')
    expect(run({ GLIBC_FLOOR_CODE_CACHE: dir })).toEqual(reference)
    const file = join(dir, expectedName())
    const good = readFileSync(file)
    // A valid cache behind a link: read through it, it would be accepted and left as it is.
    const elsewhere = join(work, 'planted-target.v8')
    writeFileSync(elsewhere, good, { mode: 0o600 })
    rmSync(file)
    symlinkSync(elsewhere, file)
    expect(run({ GLIBC_FLOOR_CODE_CACHE: dir })).toEqual(reference)
    expect(lstatSync(file).isFile()).toBe(true)
    // A valid cache anyone may write: refused the same way.
    chmodSync(file, 0o666)
    expect(run({ GLIBC_FLOOR_CODE_CACHE: dir })).toEqual(reference)
    expect(statSync(file).mode & 0o777).toBe(0o600)
  })

  needsChown('a directory of another user is refused', () => {
    const dir = join(work, 'foreign')
    mkdirSync(dir, { mode: 0o700 })
    giveAway(dir)
    expect(statSync(dir).uid).toBe(65534)
    expect(privateDirectory(dir)).toBeNull()
    const before = statSync(dir).mtimeMs
    expect(run({ GLIBC_FLOOR_CODE_CACHE: dir })).toEqual(reference)
    // Not listable by a non-root test: a file created or renamed in it would change its time.
    expect(statSync(dir).mtimeMs).toBe(before)
  })

  needsChown(
    "root with another user's HOME creates nothing there (sudo, a container with the home mounted)",
    () => {
      const home = join(work, 'their-home')
      mkdirSync(home, { mode: 0o755 })
      giveAway(home)
      expect(run({ HOME: home })).toEqual(reference)
      expect(readdirSync(home)).toEqual([])
    }
  )

  it('a cache directory that cannot be made (a file is in the way) changes nothing', () => {
    const blocker = join(work, 'blocker')
    writeFileSync(blocker, '')
    expect(run({ GLIBC_FLOOR_CODE_CACHE: join(blocker, 'cache') })).toEqual(reference)
  })
})

describe('the sealed cache file', () => {
  const data = Buffer.from(Array.from({ length: 1001 }, (_, i) => (i * 7) & 0xff))

  it('round-trips, and any flipped bit, lost byte, wrong header or other stamp reads as no cache', () => {
    const sealed = seal(data, 0xdeadbeef)
    expect(sealed).toHaveLength(data.length + 16)
    expect(unseal(sealed, 0xdeadbeef)?.equals(data)).toBe(true)
    expect(unseal(sealed, 0xdeadbeee)).toBeUndefined()
    for (const at of [0, 4, 8, 12, 16, 500, sealed.length - 1]) {
      const bad = Buffer.from(sealed)
      bad[at] ^= 1
      expect([at, unseal(bad, 0xdeadbeef)]).toEqual([at, undefined])
    }
    expect(unseal(sealed.subarray(0, sealed.length - 1), 0xdeadbeef)).toBeUndefined()
    expect(unseal(Buffer.concat([sealed, Buffer.from([0])]), 0xdeadbeef)).toBeUndefined()
    expect(unseal(sealed.subarray(0, 15), 0xdeadbeef)).toBeUndefined()
    expect(unseal(Buffer.alloc(0), 0)).toBeUndefined()
  })

  it('the checksum covers the bytes after the last whole word, and does not depend on alignment', () => {
    expect(checksum(Buffer.from([1, 2, 3, 4, 5]))).not.toBe(checksum(Buffer.from([1, 2, 3, 4, 6])))
    const odd = Buffer.concat([Buffer.from([9]), data]).subarray(1)
    expect(odd.byteOffset % 4).not.toBe(0)
    expect(checksum(odd)).toBe(checksum(data))
    expect(checksum(Buffer.alloc(0))).toBe(0x811c9dc5)
  })
})

describe('the launcher', () => {
  it('without the bundle beside it, says so in one line and exits 1', () => {
    const lone = join(work, 'lone')
    mkdirSync(lone)
    cpSync(join(repoRoot, 'dist', 'cli.js'), join(lone, 'cli.js'))
    cpSync(join(repoRoot, 'dist', 'package.json'), join(lone, 'package.json'))
    const r = run({ GLIBC_FLOOR_CODE_CACHE: '0' }, join(lone, 'cli.js'))
    expect(r.status).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(
      `glibc-floor: cannot read ${join(lone, 'cli-main.cjs')} (ENOENT): the CLI needs it beside cli.js; ` +
        'reinstall the package, or run npm run bundle in a checkout\n'
    )
  })

  it('finds the bundle through a linked bin, even with --preserve-symlinks-main', () => {
    const bin = join(work, 'bin')
    mkdirSync(bin)
    symlinkSync(cli, join(bin, 'glibc-floor'))
    const r = spawnSync(process.execPath, ['--preserve-symlinks-main', join(bin, 'glibc-floor'), ...args], {
      env: { ...process.env, GLIBC_FLOOR_CODE_CACHE: '0' },
      encoding: 'utf8'
    })
    expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual(reference)
  })
})
