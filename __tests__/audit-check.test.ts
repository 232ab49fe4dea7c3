// The per-requirement decisions of src/audit/check.ts: which imported symbols make a requirement late, and
// whether the loader refuses the file for it. Every verdict of the audit goes through these two functions, so
// each branch is pinned here with small hand-made inputs (the audit suites check the same decisions on real
// files against the real 2.17 loader, but run too slowly to try every mutation of them).
import { describe, expect, it } from '@jest/globals'
import { blocksLoad, lateUsers, type Policy } from '../src/audit/check.js'
import { FloorSymbols, type FloorSymbolsFile } from '../src/audit/floor-symbols.js'
import type { ElfInfo, ImportedSymbol, VersionNeed } from '../src/elf/index.js'

const sym = (name: string, index: number, weakBinding = false): ImportedSymbol => ({
  index,
  name,
  versionIndex: 2,
  weakBinding
})

const need = (version: string, library = 'libc.so.6', weak = false): VersionNeed => ({
  library,
  version,
  vna_hash: 0,
  vna_flags: weak ? 2 : 0,
  vna_other: 2,
  weak
})

const policy = (over: Partial<Policy> = {}): Policy => ({
  glibc: '2.17',
  arch: 'x86_64',
  ceilings: { GLIBC: '2.17', GLIBCXX: '3.4.19', CXXABI: '1.3.7', GCC: '4.8.0' },
  extraAllowed: new Set(),
  deniedSymbols: {},
  unreachable: null,
  symbols: null,
  ...over
})

const table = (
  libraries: FloorSymbolsFile['libraries'],
  ceilings: FloorSymbolsFile['ceilings'] = { GLIBC: '2.17' }
): FloorSymbols =>
  new FloorSymbols(() => ({
    floor: '2.17',
    arch: 'x86_64',
    origin: { package: 'test', files: {} },
    ceilings,
    libraries
  }))

/** An ElfInfo with only what blocksLoad reads; `eager` counts how often the relocations were asked for. */
function elf(bindNow: boolean, eager: number[] = []): ElfInfo & { asked: number } {
  const e = {
    bindNow,
    asked: 0,
    eagerImports() {
      e.asked++
      return new Set(eager)
    }
  }
  return e as unknown as ElfInfo & { asked: number }
}

describe('lateUsers without a floor table: by version number', () => {
  const users = [sym('getrandom', 5), sym('getentropy', 6)]

  it('a version above the ceiling makes every user late, and the version does not exist on the floor', () => {
    const r = lateUsers(need('GLIBC_2.25'), users, policy())
    expect(r).toEqual({ users, versionExists: false })
    expect(r!.users).toBe(users)
  })

  it('a version within the ceiling is not late', () => {
    expect(lateUsers(need('GLIBC_2.17'), users, policy())).toBeNull()
    expect(lateUsers(need('GLIBC_2.2.5'), users, policy())).toBeNull()
  })

  it('a version of a namespace the floor does not govern is not late', () => {
    expect(lateUsers(need('OPENSSL_3.0.0', 'libssl.so.3'), users, policy())).toBeNull()
  })

  it('a named version of a governed namespace that is not allowed by name is late (GLIBC_ABI_DT_RELR)', () => {
    expect(lateUsers(need('GLIBC_ABI_DT_RELR'), [], policy())).toEqual({ users: [], versionExists: false })
  })

  it('GLIBC_PRIVATE is never late by version: it exists in every glibc', () => {
    expect(lateUsers(need('GLIBC_PRIVATE'), users, policy())).toBeNull()
  })

  it('a version allowed by name keeps only its denied symbols late, and the version exists', () => {
    const p = policy({
      extraAllowed: new Set(['GLIBC_2.18']),
      deniedSymbols: { 'GLIBC_2.18': ['getentropy', 'other'] }
    })
    expect(lateUsers(need('GLIBC_2.18'), users, p)).toEqual({ users: [users[1]], versionExists: true })
  })

  it('a version allowed by name whose users are none of the denied ones is not late', () => {
    const p = policy({ extraAllowed: new Set(['GLIBC_2.18']), deniedSymbols: { 'GLIBC_2.18': ['other'] } })
    expect(lateUsers(need('GLIBC_2.18'), users, p)).toBeNull()
  })

  it('a version allowed by name without a denied list is not late', () => {
    const p = policy({
      extraAllowed: new Set(['GLIBC_2.18']),
      deniedSymbols: { 'GLIBC_2.19': ['getrandom'] }
    })
    expect(lateUsers(need('GLIBC_2.18'), users, p)).toBeNull()
  })

  it('a denied list applies only to versions allowed by name, not to ones within the ceiling', () => {
    const p = policy({ deniedSymbols: { 'GLIBC_2.17': ['getrandom'] } })
    expect(lateUsers(need('GLIBC_2.17'), users, p)).toBeNull()
  })
})

describe('lateUsers with a floor table: name@version by name@version', () => {
  const libs = {
    'libc.so.6': { 'GLIBC_2.2.5': 'memcpy open', 'GLIBC_2.17': 'clock_gettime', GLIBC_PRIVATE: '__libc_x' },
    'libm.so.6': { 'GLIBC_2.2.5': 'sin', '*': 'unversioned_m' },
    'libpthread.so.0': { 'GLIBC_2.2.5': 'pthread_create' },
    'ld-linux-x86-64.so.2': { 'GLIBC_2.3': '__tls_get_addr' }
  }
  const p = (): Policy => policy({ symbols: table(libs) })

  it('a version the library lacks: every user is late and the version does not exist', () => {
    const users = [sym('getrandom', 1)]
    expect(lateUsers(need('GLIBC_2.25'), users, p())).toEqual({ users, versionExists: false })
  })

  it('the version exists and every user is defined under it: not late', () => {
    expect(lateUsers(need('GLIBC_2.2.5'), [sym('memcpy', 1), sym('open', 2)], p())).toBeNull()
  })

  it('the version exists but one user is not defined under it: only that one is late, version exists', () => {
    const users = [sym('memcpy', 1), sym('memfd_create', 2)]
    expect(lateUsers(need('GLIBC_2.2.5'), users, p())).toEqual({ users: [users[1]], versionExists: true })
  })

  it('a symbol defined under another version of the library does not satisfy this one', () => {
    const users = [sym('clock_gettime', 1)]
    expect(lateUsers(need('GLIBC_2.2.5'), users, p())).toEqual({ users, versionExists: true })
  })

  it('a symbol found in another library of the scope satisfies the requirement, one outside it does not', () => {
    const users = [sym('pthread_create', 1)]
    expect(lateUsers(need('GLIBC_2.2.5'), users, p(), ['libpthread.so.0'])).toBeNull()
    expect(lateUsers(need('GLIBC_2.2.5'), users, p(), ['libm.so.6'])).toEqual({ users, versionExists: true })
    expect(lateUsers(need('GLIBC_2.2.5'), users, p())).toEqual({ users, versionExists: true })
  })

  it('the loader is always searched, whatever the scope names', () => {
    expect(lateUsers(need('GLIBC_2.3', 'ld-linux-x86-64.so.2'), [sym('__tls_get_addr', 1)], p())).toBeNull()
  })

  it('an unversioned definition satisfies a versioned reference', () => {
    expect(lateUsers(need('GLIBC_2.2.5', 'libm.so.6'), [sym('unversioned_m', 1)], p())).toBeNull()
  })

  it('GLIBC_PRIVATE with a table: its missing symbols are late, its present ones are not', () => {
    expect(lateUsers(need('GLIBC_PRIVATE'), [sym('__libc_x', 1)], p())).toBeNull()
    const missing = [sym('__libc_y', 1)]
    expect(lateUsers(need('GLIBC_PRIVATE'), missing, p())).toEqual({ users: missing, versionExists: true })
  })

  it('a library the table does not hold falls back to the version number', () => {
    const users = [sym('foo', 1)]
    expect(lateUsers(need('GLIBC_2.2.5', 'libfoo.so.1'), users, p())).toBeNull()
    expect(lateUsers(need('GLIBC_2.25', 'libfoo.so.1'), users, p())).toEqual({ users, versionExists: false })
  })

  it("an overridden ceiling (a libstdc++ shipped along) falls back to the number, the table's own one does not", () => {
    const cxx = table({ 'libstdc++.so.6': { 'GLIBCXX_3.4': 'a' } }, { GLIBC: '2.17', GLIBCXX: '3.4.19' })
    const users = [sym('b', 1)]
    const own = policy({ symbols: cxx })
    expect(lateUsers(need('GLIBCXX_3.4.21', 'libstdc++.so.6'), users, own)).toEqual({
      users,
      versionExists: false
    })
    const shipped = policy({ symbols: cxx, ceilings: { ...own.ceilings, GLIBCXX: '3.4.21' } })
    expect(lateUsers(need('GLIBCXX_3.4.21', 'libstdc++.so.6'), users, shipped)).toBeNull()
  })
})

describe('blocksLoad: does the loader refuse the file for this requirement', () => {
  it('a missing non-weak version always blocks, without looking at relocations', () => {
    const e = elf(false)
    expect(blocksLoad(need('GLIBC_2.25'), e, [])).toBe(true)
    expect(e.asked).toBe(0)
  })

  it('a missing weak version with no late users does not block', () => {
    const e = elf(true)
    expect(blocksLoad(need('GLIBC_2.25', 'libc.so.6', true), e, [])).toBe(false)
    expect(e.asked).toBe(0)
  })

  it('a missing weak version blocks under bind-now as soon as it has a user', () => {
    const e = elf(true)
    expect(blocksLoad(need('GLIBC_2.25', 'libc.so.6', true), e, [sym('getrandom', 3)])).toBe(true)
    expect(e.asked).toBe(0)
  })

  it('a missing weak version blocks when a user is bound at start-up (non-PLT), not when all are lazy', () => {
    const weak = need('GLIBC_2.25', 'libc.so.6', true)
    expect(blocksLoad(weak, elf(false, [4]), [sym('getrandom', 3), sym('getentropy', 4)])).toBe(true)
    expect(blocksLoad(weak, elf(false, [9]), [sym('getrandom', 3), sym('getentropy', 4)])).toBe(false)
  })

  it('a weak version: even a weakly bound user counts (the version lookup fails, not the symbol)', () => {
    const weak = need('GLIBC_2.25', 'libc.so.6', true)
    expect(blocksLoad(weak, elf(true), [sym('getrandom', 3, true)])).toBe(true)
  })

  describe('the version exists, some symbols under it do not', () => {
    const req = need('GLIBC_2.18')

    it('only weakly bound late symbols: never blocks, relocations not consulted', () => {
      const e = elf(true, [3])
      expect(blocksLoad(req, e, [sym('a', 3, true)], true)).toBe(false)
      expect(e.asked).toBe(0)
    })

    it('no late symbols at all does not block', () => {
      expect(blocksLoad(req, elf(true), [], true)).toBe(false)
    })

    it('a strong late symbol blocks under bind-now', () => {
      const e = elf(true)
      expect(blocksLoad(req, e, [sym('a', 3)], true)).toBe(true)
      expect(e.asked).toBe(0)
    })

    it('lazily: blocks only when a strong late symbol is bound at start-up', () => {
      expect(blocksLoad(req, elf(false, [3]), [sym('a', 3)], true)).toBe(true)
      expect(blocksLoad(req, elf(false, [7]), [sym('a', 3)], true)).toBe(false)
    })

    it('a weakly bound symbol bound at start-up does not block; the strong one beside it decides', () => {
      const late = [sym('w', 3, true), sym('s', 4)]
      expect(blocksLoad(req, elf(false, [3]), late, true)).toBe(false)
      expect(blocksLoad(req, elf(false, [4]), late, true)).toBe(true)
    })

    it('one eagerly bound strong symbol among lazy ones is enough to block', () => {
      const late = [sym('a', 3), sym('b', 4), sym('c', 5)]
      expect(blocksLoad(req, elf(false, [4]), late, true)).toBe(true)
      expect(blocksLoad(req, elf(false, []), late, true)).toBe(false)
    })

    it('even a non-weak requirement does not block when the version exists and nothing strong is late', () => {
      expect(blocksLoad(need('GLIBC_2.18'), elf(false), [sym('w', 3, true)], true)).toBe(false)
    })
  })
})
