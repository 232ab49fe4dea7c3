// Names that decide what is fetched and where it lands (src/sources/{glob,assets,paths}.ts): the asset-pattern
// and paths inputs, which assets are audited, checksum files, metadata, and the file name an asset may take on
// disk. Pure functions over strings; the loopback suites show them end to end.
import { describe, expect, it } from '@jest/globals'
import { DEFAULT_ASSET_PATTERN, safeFileName, selectAssets } from '../src/sources/assets.js'
import { matchesFilter, parseNameFilter } from '../src/sources/glob.js'
import { parsePathList } from '../src/sources/paths.js'

const names = (text: string, candidates: string[]) =>
  candidates.filter(n => matchesFilter(n, parseNameFilter(text)))

describe('parseNameFilter and matchesFilter', () => {
  const all = ['tool-linux-x64', 'tool-Linux-arm64', 'tool-linux-musl-x64', 'tool-darwin', 'tool.deb']

  it('includes by glob, case-insensitively; a leading ! excludes', () => {
    expect(names('*linux*', all)).toEqual(['tool-linux-x64', 'tool-Linux-arm64', 'tool-linux-musl-x64'])
    expect(names('*linux*\n!*musl*', all)).toEqual(['tool-linux-x64', 'tool-Linux-arm64'])
    expect(names('*LINUX*\n! *MUSL* ', all)).toEqual(['tool-linux-x64', 'tool-Linux-arm64'])
  })

  it('only exclusions means everything but these; nothing at all means everything', () => {
    expect(names('!*linux*', all)).toEqual(['tool-darwin', 'tool.deb'])
    expect(names('', all)).toEqual(all)
    expect(names('# only a comment\n\n', all)).toEqual(all)
  })

  it('blank lines, comments and CRLF endings are ignored; whole names must match', () => {
    expect(names('  \r\n# *darwin*\r\n  tool-darwin  \r\n', all)).toEqual(['tool-darwin'])
    expect(names('tool', all)).toEqual([])
    expect(names('linux', all)).toEqual([])
  })

  it('each line is one glob, any of them includes', () => {
    expect(names('*darwin\n*.deb', all)).toEqual(['tool-darwin', 'tool.deb'])
    expect(parseNameFilter('a\n!b\nc\n!d')).toMatchObject({
      include: [expect.any(RegExp), expect.any(RegExp)],
      exclude: [expect.any(RegExp), expect.any(RegExp)]
    })
  })
})

describe('selectAssets', () => {
  const asset = (name: string, i: number) => ({ id: i, name, size: 1 })
  const list = [
    'tool-linux-x64.tar.gz',
    'checksums.txt',
    'tool-linux-x64.tar.gz.sha256',
    'tool-linux-x64.tar.gz.asc',
    'tool-linux-x64.sbom.json',
    'tool-darwin-arm64.zip',
    'tool-linux-musl-x64.tar.gz',
    'tool-linux-x64.deb',
    'tool-linux-x64.AppImage',
    'tool-android-arm64-linux'
  ].map(asset)

  it('the default: Linux builds; checksum files kept apart; metadata and other builds ignored with a reason', () => {
    const sel = selectAssets(list)
    expect(sel.selected.map(a => a.name)).toEqual(['tool-linux-x64.tar.gz'])
    expect(sel.checksumFiles.map(a => a.name)).toEqual(['checksums.txt', 'tool-linux-x64.tar.gz.sha256'])
    expect(sel.ignored).toEqual([
      { name: 'tool-linux-x64.tar.gz.asc', reason: 'signature or metadata file' },
      { name: 'tool-linux-x64.sbom.json', reason: 'signature or metadata file' },
      { name: 'tool-darwin-arm64.zip', reason: 'does not match asset-pattern' },
      { name: 'tool-linux-musl-x64.tar.gz', reason: 'does not match asset-pattern' },
      { name: 'tool-linux-x64.deb', reason: 'does not match asset-pattern' },
      { name: 'tool-linux-x64.AppImage', reason: 'does not match asset-pattern' },
      { name: 'tool-android-arm64-linux', reason: 'does not match asset-pattern' }
    ])
  })

  it('an empty pattern is the default; a pattern replaces it; a parsed filter is used as given', () => {
    expect(selectAssets(list, '')).toEqual(selectAssets(list))
    expect(selectAssets(list, DEFAULT_ASSET_PATTERN)).toEqual(selectAssets(list))
    expect(selectAssets(list, '*darwin*').selected.map(a => a.name)).toEqual(['tool-darwin-arm64.zip'])
    expect(selectAssets(list, parseNameFilter('*.deb')).selected.map(a => a.name)).toEqual([
      'tool-linux-x64.deb'
    ])
    // Checksum and metadata files are never selected, whatever the pattern.
    expect(selectAssets(list, '*').selected.map(a => a.name)).not.toContain('checksums.txt')
    expect(selectAssets(list, '*').selected.map(a => a.name)).not.toContain('tool-linux-x64.tar.gz.asc')
  })

  it.each([
    'asc',
    'sig',
    'minisig',
    'pem',
    'crt',
    'cert',
    'sbom',
    'spdx',
    'json',
    'jsonl',
    'txt',
    'md',
    'sha1',
    'md5'
  ])('a .%s file is metadata, in any case', ext => {
    for (const name of [`tool-linux.${ext}`, `tool-linux.${ext.toUpperCase()}`]) {
      expect(selectAssets([asset(name, 0)]).ignored).toEqual([{ name, reason: 'signature or metadata file' }])
    }
    // Only as the extension.
    expect(selectAssets([asset(`tool-linux-${ext}`, 0)]).selected).toHaveLength(1)
    expect(selectAssets([asset(`tool-linux.${ext}x`, 0)]).selected).toHaveLength(1)
  })
})

describe('safeFileName', () => {
  it.each([
    ['tool-linux.tar.gz', 'tool-linux.tar.gz'],
    ['a/b', 'a_b'],
    ['../../etc/passwd', '__.._etc_passwd'],
    ['a\\b', 'a_b'],
    ['a\0b', 'a_b'],
    ['.hidden', '_hidden'],
    ['...', '_'],
    ['..', '_'],
    ['a..b', 'a..b'],
    ['', '_']
  ])('%j is %j', (name, safe) => {
    expect(safeFileName(name)).toBe(safe)
  })
})

describe('parsePathList', () => {
  it('one entry per line, trimmed; blank lines and comments dropped; CRLF too', () => {
    expect(parsePathList('bin\n  dist/*.so  \r\n\n# build/\n\t#x\nlib/tool #1')).toEqual([
      'bin',
      'dist/*.so',
      'lib/tool #1'
    ])
    expect(parsePathList('')).toEqual([])
  })
})
