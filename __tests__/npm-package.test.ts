// The npm package as a user gets it: `npm pack`, then an offline global install of the tarball into an empty
// prefix, then the installed `glibc-floor` on a real binary from a directory outside the repository. The
// bundles must carry everything: the install brings no dependency, and no bare import is left in dist/.
import { beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { builtinModules } from 'node:module'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { repoRoot, thirdParty } from './helpers/fixtures.js'

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'))
const work = mkdtempSync(join(tmpdir(), 'glibc-floor-npm-'))
const prefix = join(work, 'prefix')
const installed = join(prefix, 'lib', 'node_modules', pkg.name)
const bin = join(prefix, 'bin', 'glibc-floor')
// Nothing from this machine but node itself and the shell tools wrap-flags runs (sh, grep, sed, paste).
const env = {
  PATH: `${dirname(process.execPath)}:/usr/bin:/bin`,
  HOME: work,
  npm_config_update_notifier: 'false'
}
let tarball = ''
let packed: string[] = []

const npm = (args: string[]): string =>
  execFileSync('npm', [...args, '--cache', join(work, 'npm-cache'), '--no-audit', '--no-fund'], {
    cwd: work,
    encoding: 'utf8',
    env: { ...env, PATH: process.env.PATH }
  })

beforeAll(() => {
  for (const f of ['cli.js', 'cli-main.cjs', 'engine.js'])
    if (!existsSync(join(repoRoot, 'dist', f))) throw new Error(`dist/${f} is missing: run npm run bundle`)
  const [info] = JSON.parse(
    execFileSync('npm', ['pack', repoRoot, '--json', '--pack-destination', work], {
      cwd: work,
      encoding: 'utf8'
    })
  ) as { filename: string; files: { path: string }[] }[]
  tarball = join(work, info.filename)
  packed = info.files.map(f => f.path).sort()
  mkdirSync(prefix)
  npm(['install', '--global', '--offline', '--prefix', prefix, tarball])
})

describe('npm pack', () => {
  test('ships the CLI and engine bundles, the data and the compat layer, and nothing else', () => {
    // What the CLI reads at run time: data/*.json, the compat header, pins and flags.sh, and the sources
    // wrap-flags points at. Not the action bundle, the kit (docker/, patches/) or the compat tests.
    const allowed = [
      /^(README\.md|package\.json)$/,
      /^dist\/(cli|engine)\.(js|licenses\.txt)$/,
      // The CLI itself, a classic script that dist/cli.js runs with V8's code cache.
      /^dist\/cli-main\.cjs$/,
      /^dist\/package\.json$/,
      // The C++ demangler (WebAssembly) the bundles load when a report names a C++ symbol.
      /^dist\/index_bg\.wasm$/,
      /^data\/([\w-]+\/)?[\w.-]+\.json$/,
      // Late libstdc++ names already demangled: most reports never start the WebAssembly.
      /^data\/demangled\/libstdc\+\+\.tsv$/,
      /^compat\/[^/]+$/
    ]
    expect(packed.filter(f => !allowed.some(re => re.test(f)))).toEqual([])
    expect(packed).toEqual(
      expect.arrayContaining([
        'compat/flags.sh',
        'compat/glibc_2_17_compat.cc',
        'compat/glibc_2_17_compat.h',
        'compat/glibc_2_17_pins.h',
        'compat/symver-pins.txt',
        'compat/wrap-symbols.txt',
        'data/distros.json',
        'data/floors.json',
        'data/symbols.json',
        'data/demangled/libstdc++.tsv',
        'data/floor-symbols/glibc-2.17-x86_64.json',
        'dist/cli.js',
        'dist/cli-main.cjs',
        'dist/engine.js',
        'dist/index_bg.wasm',
        'dist/package.json'
      ])
    )
  })

  test('declares no runtime dependency', () => {
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies'])
      expect([field, pkg[field]]).toEqual([field, undefined])
  })
})

/** Module specifiers a bundle imports or requires at run time, other than its own relative files. */
function bareImports(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const found = new Set<string>()
  const patterns = [
    /\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\(\s*["']([^"']+)["']\s*\)/g
  ]
  for (const re of patterns) for (const m of text.matchAll(re)) found.add(m[1])
  const builtin = new Set(builtinModules)
  return [...found].filter(
    s => !s.startsWith('.') && !s.startsWith('node:') && !builtin.has(s) && !builtin.has(s.split('/')[0])
  )
}

describe('the bundles in dist/ are self-contained', () => {
  test.each(['cli.js', 'cli-main.cjs', 'engine.js', 'index.js'])(
    'dist/%s imports only Node.js built-ins',
    name => {
      const file = join(repoRoot, 'dist', name)
      expect(existsSync(file)).toBe(true)
      expect(bareImports(file)).toEqual([])
    }
  )

  test('the scan sees bare imports where there are some', () => {
    const dir = mkdtempSync(join(work, 'scan-'))
    const file = join(dir, 'x.js')
    execFileSync('sh', [
      '-c',
      `printf '%s\\n' 'import * as core from "@actions/core";' 'const u = require("undici");' 'import("./own.js"); import "node:fs"; require("path")' > ${file}`
    ])
    expect(bareImports(file).sort()).toEqual(['@actions/core', 'undici'])
  })
})

describe('installed offline from the tarball', () => {
  test('brings no other package', () => {
    expect(readdirSync(join(prefix, 'lib', 'node_modules'))).toEqual([pkg.name])
    expect(existsSync(join(installed, 'node_modules'))).toBe(false)
  })

  test('glibc-floor audit reports the late glibc symbols of the official Node.js 18 binary', () => {
    const r = spawnSync(bin, ['audit', '--format', 'json', thirdParty('node18-x64')], {
      cwd: work,
      env,
      encoding: 'utf8'
    })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(2)
    const report = JSON.parse(r.stdout)
    expect(report.tool).toEqual({ name: 'glibc-floor', version: pkg.version })
    expect(report.summary.maxVersions.GLIBC).toBe('2.28')
    const fcntl = report.files[0].violations.find((v: { symbol: string }) => v.symbol === 'fcntl64')
    // The remedy comes from the installed data/symbols.json, "wrapped" from the installed compat header.
    expect(fcntl).toMatchObject({ version: 'GLIBC_2.28', wrapped: true, remedy: { scope: 'symbol' } })
  })

  test('glibc-floor audit --format sarif works from the install', () => {
    const r = spawnSync(bin, ['audit', '--format', 'sarif', thirdParty('node18-x64')], {
      cwd: work,
      env,
      encoding: 'utf8'
    })
    expect(r.status).toBe(2)
    const log = JSON.parse(r.stdout)
    expect(log.version).toBe('2.1.0')
    expect(log.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toContain('late-glibc-version')
  })

  test('glibc-floor wrap-flags points into the installed compat layer', () => {
    const out = execFileSync(bin, ['wrap-flags', '--kind', 'sources'], { cwd: work, env, encoding: 'utf8' })
    expect(out.trim()).toBe(join(installed, 'compat', 'glibc_2_17_compat.cc'))
    const ld = execFileSync(bin, ['wrap-flags'], { cwd: work, env, encoding: 'utf8' })
    expect(ld).toContain('--wrap=getrandom')
  })

  test('npx of the tarball runs with an empty cache and no network', () => {
    const out = execFileSync(
      'npm',
      [
        'exec',
        '--yes',
        '--offline',
        '--cache',
        join(work, 'npx-cache'),
        '--package',
        tarball,
        '--',
        'glibc-floor',
        'audit',
        '--floor',
        '2.28',
        thirdParty('node18-x64')
      ],
      { cwd: work, env, encoding: 'utf8' }
    )
    expect(out).toMatch(/PASS: 1 file loads on glibc 2\.28\./)
  })
})
