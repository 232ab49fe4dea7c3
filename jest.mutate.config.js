// Jest for `npm run mutate`: only the suites that exercise the guard paths Stryker mutates, so each mutant
// runs in seconds on a 2-core runner. The rest of jest.config.js applies unchanged.
import { existsSync, symlinkSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import base from './jest.config.js'

// Stryker runs the tests in a copy of the repository (.stryker-tmp/sandbox-*) without the 1 GiB of fetched
// fixtures (stryker.config.mjs ignores .cache); link the original's so the real toolchains stay reachable.
const here = dirname(fileURLToPath(import.meta.url))
const original = (() => {
  for (let dir = dirname(here); dir !== dirname(dir); dir = dirname(dir))
    if (existsSync(join(dir, '.cache', 'fixtures'))) return dir
  return here
})()
if (!existsSync(join(here, '.cache'))) symlinkSync(join(original, '.cache'), join(here, '.cache'))
// Every mutant restarts the suites; the ELF files and archives they build are the same each time
// (__tests__/helpers/release-assets.ts builds them once per distinct input when this is set).
process.env.GLIBC_FLOOR_BUILD_CACHE ??= join(original, '.stryker-tmp', 'build-cache')

export const guardSuites = [
  'action',
  'action-guards',
  'action-verdict',
  'audit',
  'audit-check',
  'audit-guards',
  'audit-version',
  'elf-reader',
  'elf-source',
  'report-annotations',
  'sources-archive',
  'sources-byte-reader',
  'sources-guards',
  'sources-http-edges',
  'sources-names',
  'sources-net-errors',
  'sources-release',
  'sources-retry',
  'sources-tar-guards',
  'sources-target',
  'sources-zip-guards'
]

// MUTATE_SUITES=a,b narrows a run further (e.g. to the suites that exercise one file under mutation).
const suites = process.env.MUTATE_SUITES ? process.env.MUTATE_SUITES.split(',') : guardSuites

export default {
  ...base,
  // Jest starts once per mutant: crawl only what the tests load, not the fixtures, docker kit or dist.
  roots: ['<rootDir>/__tests__', '<rootDir>/src'],
  testMatch: suites.map(name => `<rootDir>/__tests__/${name}.test.ts`),
  reporters: ['default']
}
