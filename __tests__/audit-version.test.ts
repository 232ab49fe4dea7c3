// Version names and their order (src/audit/version.ts): every floor check, count table and report order rests on
// them, so a wrong namespace, a lost component or a flipped sign moves a verdict. Pure functions: no fixture
// needed. The memo caps come first, while this file's module instance has parsed nothing yet.
import { describe, expect, it } from '@jest/globals'
import {
  byCodeUnit,
  compareDotted,
  compareNumbers,
  parseDotted,
  parseVersionName,
  versionOrder
} from '../src/audit/version.js'
import { checkVersion, type Policy } from '../src/audit/check.js'

describe('memo caps: a file with thousands of distinct version names cannot grow them without bound', () => {
  // Each memo holds at most 10000 names; past that a name is parsed afresh each time (a new object).
  it('parseVersionName keeps exactly 10000 names', () => {
    for (let i = 0; i < 9999; i++) parseVersionName(`FILL_${i}`)
    const last = parseVersionName('LAST_1.0')
    expect(parseVersionName('LAST_1.0')).toBe(last)
    const over = parseVersionName('OVER_1.0')
    expect(parseVersionName('OVER_1.0')).not.toBe(over)
    expect(parseVersionName('OVER_1.0')).toEqual(over)
  })

  it('parseDotted keeps exactly 10000 strings, including the ones that are not dotted decimal', () => {
    for (let i = 0; i < 9998; i++) parseDotted(`1.${i}`)
    expect(parseDotted('x')).toBeNull() // the 9999th: a remembered null
    const last = parseDotted('2.17')
    expect(parseDotted('2.17')).toBe(last)
    const over = parseDotted('2.18')
    expect(parseDotted('2.18')).not.toBe(over)
    expect(parseDotted('2.18')).toEqual([2, 18])
  })
})

describe('parseVersionName', () => {
  it.each([
    ['GLIBC_2.17', 'GLIBC', [2, 17]],
    ['GLIBC_2.2.5', 'GLIBC', [2, 2, 5]],
    ['GLIBCXX_3.4.19', 'GLIBCXX', [3, 4, 19]],
    ['CXXABI_1.3', 'CXXABI', [1, 3]],
    ['GCC_3.0', 'GCC', [3, 0]],
    ['GCC_12', 'GCC', [12]],
    // Sub-namespaces keep every word before the number.
    ['CXXABI_ARM_1.3.3', 'CXXABI_ARM', [1, 3, 3]],
    ['GLIBCXX_LDBL_3.4.21', 'GLIBCXX_LDBL', [3, 4, 21]],
    ['A1_B2_10.20', 'A1_B2', [10, 20]],
    ['x_0', 'x', [0]]
  ])('%s is %s %j', (raw, namespace, numbers) => {
    expect(parseVersionName(raw)).toEqual({ raw, namespace, numbers })
  })

  it.each([
    // Named versions: the namespace is what precedes the first underscore.
    ['GLIBC_PRIVATE', 'GLIBC'],
    ['GLIBC_ABI_DT_RELR', 'GLIBC'],
    ['GLIBCXX_3.4_PRIVATE', 'GLIBCXX'],
    // Not a number at the end, or junk around it: named, never half-parsed.
    ['GLIBC_2.17x', 'GLIBC'],
    ['GLIBC_2.', 'GLIBC'],
    ['GLIBC_2..17', 'GLIBC'],
    ['GLIBC_.17', 'GLIBC'],
    ['1GLIBC_2.17', '1GLIBC'],
    ['GLIBC__2.17', 'GLIBC'],
    ['GL-IBC_2.17', 'GL-IBC'],
    ['GLIBC_ 2.17', 'GLIBC'],
    // No underscore, or one in front: the whole name is the namespace.
    ['PRIVATE', 'PRIVATE'],
    ['_GLIBC_2.17', '_GLIBC_2.17'],
    ['', '']
  ])('%j is named, namespace %j', (raw, namespace) => {
    expect(parseVersionName(raw)).toEqual({ raw, namespace, numbers: null })
  })
})

describe('parseDotted', () => {
  it.each([
    ['2.17', [2, 17]],
    ['3.4.19', [3, 4, 19]],
    ['2', [2]],
    ['10.200.3000', [10, 200, 3000]]
  ])('%s is %j', (s, numbers) => {
    expect(parseDotted(s)).toEqual(numbers)
  })

  it.each(['', '.', '2.', '.17', '2..17', 'v2.17', '2.17 ', ' 2.17', '2.17a', '2,17', '-2.17', '2.x'])(
    '%j is not dotted decimal',
    s => {
      expect(parseDotted(s)).toBeNull()
    }
  )
})

describe('byCodeUnit', () => {
  it.each([
    ['a', 'b', -1],
    ['b', 'a', 1],
    ['a', 'a', 0],
    ['', 'a', -1],
    ['a', '', 1],
    // Code units, not a locale: every capital sorts before every small letter.
    ['Z', 'a', -1],
    ['a', 'Z', 1],
    ['GLIBC', 'GLIBCXX', -1]
  ])('%j vs %j is %d', (a, b, expected) => {
    expect(byCodeUnit(a, b)).toBe(expected)
  })
})

describe('compareNumbers and compareDotted', () => {
  it.each([
    [[2, 17], [2, 17], 0],
    [[2, 17], [2, 18], -1],
    [[2, 18], [2, 17], 1],
    [[2, 9], [2, 10], -1], // numeric, not textual
    [[3], [2, 99], 1],
    // Unequal lengths: a missing component counts as 0, so 2.3 < 2.3.4 and 2.3 == 2.3.0.
    [[2, 3], [2, 3, 4], -1],
    [[2, 3, 4], [2, 3], 1],
    [[2, 3], [2, 3, 0], 0],
    [[2, 3, 0], [2, 3], 0],
    [[], [0], 0],
    [[], [1], -1],
    [[1], [], 1]
  ])('%j vs %j has sign %d', (a, b, sign) => {
    expect(Math.sign(compareNumbers(a, b))).toBe(sign)
    expect(Math.sign(compareDotted(a.join('.') || 'none', b.join('.') || 'none'))).toBe(sign)
  })

  it('the difference is the first differing component', () => {
    expect(compareNumbers([2, 17, 1], [2, 14, 9])).toBe(3)
    expect(compareNumbers([2, 3], [2, 3, 4])).toBe(-4)
  })

  it('a string that is not dotted decimal sorts as the empty version, before any real one', () => {
    expect(compareDotted('x', '2.17')).toBeLessThan(0)
    expect(compareDotted('2.17', 'x')).toBeGreaterThan(0)
    expect(compareDotted('x', 'y')).toBe(0)
    expect(compareDotted('x', '0')).toBe(0)
    expect(['2.28', 'bad', '2.17', '2.3.4', '2.3'].sort(compareDotted)).toEqual([
      'bad',
      '2.3',
      '2.3.4',
      '2.17',
      '2.28'
    ])
  })
})

describe('versionOrder', () => {
  it('namespace first, then numbers, named versions after numbered ones by code unit', () => {
    const names = [
      'GLIBC_PRIVATE',
      'GLIBCXX_3.4.9',
      'GLIBC_2.17',
      'CXXABI_1.3',
      'GLIBC_2.3.4',
      'GLIBCXX_3.4.10',
      'GLIBC_2.3',
      'GLIBC_2.2.5',
      'GCC_3.0',
      'GLIBC_ABI_DT_RELR'
    ]
    expect([...names].sort(versionOrder)).toEqual([
      'CXXABI_1.3',
      'GCC_3.0',
      'GLIBC_2.2.5',
      'GLIBC_2.3',
      'GLIBC_2.3.4',
      'GLIBC_2.17',
      'GLIBC_ABI_DT_RELR',
      'GLIBC_PRIVATE',
      'GLIBCXX_3.4.9',
      'GLIBCXX_3.4.10'
    ])
  })

  it.each([
    ['GLIBC_2.17', 'GLIBC_2.17', 0],
    ['GLIBC_2.3', 'GLIBC_2.3.0', 0],
    ['GLIBC_2.17', 'GLIBC_2.3', 1],
    ['GLIBC_2.3', 'GLIBC_2.17', -1],
    ['GLIBCXX_1.0', 'GLIBC_9.0', 1],
    ['GLIBC_9.0', 'GLIBCXX_1.0', -1],
    // One side named: code-unit order of the raw names, never a numeric compare against null.
    ['GLIBC_2.17', 'GLIBC_PRIVATE', -1],
    ['GLIBC_PRIVATE', 'GLIBC_2.17', 1],
    ['GLIBC_PRIVATE', 'GLIBC_PRIVATE', 0],
    ['GLIBC_ABI_DT_RELR', 'GLIBC_PRIVATE', -1]
  ])('%s vs %s has sign %d', (a, b, sign) => {
    expect(Math.sign(versionOrder(a, b))).toBe(sign)
  })
})

describe('checkVersion: one required version against a policy', () => {
  const policy = (extra: string[] = [], ceilings: Record<string, string> = {}): Policy => ({
    glibc: '2.17',
    arch: 'x86_64',
    ceilings: { GLIBC: '2.17', GLIBCXX: '3.4.19', CXXABI: '1.3.7', ...ceilings },
    extraAllowed: new Set(extra),
    deniedSymbols: {},
    unreachable: null,
    symbols: null
  })

  it.each([
    ['GLIBC_2.17', 'ok'],
    ['GLIBC_2.17.0', 'ok'],
    ['GLIBC_2.2.5', 'ok'],
    ['GLIBC_2.18', 'above'],
    ['GLIBC_2.17.1', 'above'],
    ['GLIBCXX_3.4.19', 'ok'],
    ['GLIBCXX_3.4.20', 'above'],
    ['CXXABI_1.3.8', 'above'],
    // Named versions of a governed namespace, and its sub-namespaces, are above unless listed by name.
    ['GLIBC_PRIVATE', 'above'],
    ['GLIBC_ABI_DT_RELR', 'above'],
    ['GLIBCXX_LDBL_3.4.7', 'above'],
    ['CXXABI_TM_1', 'above'],
    // Other namespaces are not the floor's business, however close their name.
    ['OPENSSL_3.0.0', 'ungoverned'],
    ['OPENSSL_0', 'ungoverned'],
    ['GCC_3.0', 'ungoverned'],
    ['GLIBCX_1.0', 'ungoverned'],
    ['XGLIBC_2.99', 'ungoverned'],
    ['GLIBC', 'ungoverned']
  ])('%s is %s', (version, verdict) => {
    expect(checkVersion(version, policy())).toBe(verdict)
  })

  it('a name listed in extraAllowed is extra, even when its number is above the ceiling; within it, ok wins', () => {
    const p = policy(['CXXABI_TM_1', 'GLIBC_2.18', 'GLIBC_2.17'])
    expect(checkVersion('CXXABI_TM_1', p)).toBe('extra')
    expect(checkVersion('GLIBC_2.18', p)).toBe('extra')
    expect(checkVersion('GLIBC_2.17', p)).toBe('ok')
    expect(checkVersion('GLIBC_2.19', p)).toBe('above')
  })

  it('a ceiling that is not dotted decimal counts as 0', () => {
    const p = policy([], { GCC: 'none' })
    expect(checkVersion('GCC_3.0', p)).toBe('above')
    expect(checkVersion('GCC_0', p)).toBe('ok')
  })
})
