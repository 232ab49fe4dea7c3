// SARIF 2.1.0 for code scanning: every log validates against the official schema, one result per (file,
// version) names each late symbol with its fix, URIs are relative to the workspace, and fingerprints stay put
// between runs. The CLI and the action are run from dist/ on real ELF files.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse } from 'yaml'
import type { AuditReport, FileReport, Violation } from '../src/audit/types.js'
import {
  artifactUri,
  FINGERPRINT_KEY,
  MESSAGE_SYMBOLS,
  renderSarif,
  renderSarifReport,
  sarifFindings,
  type SarifFinding,
  type SarifInput
} from '../src/report/sarif.js'
import { newRunner, runDist, stepEnv } from './helpers/action-runner.js'
import { repoRoot, thirdParty } from './helpers/fixtures.js'
import { buildElves, type BuiltElves } from './helpers/release-assets.js'
import { sarifErrors } from './helpers/sarif-schema.js'
import { actionlint } from './helpers/workflow-lint.js'

/* eslint-disable @typescript-eslint/no-explicit-any */
let tmp: string
let elves: BuiltElves
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'sarif-'))
  elves = buildElves(join(tmp, 'elves'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const cli = join(repoRoot, 'dist', 'cli.js')
function glibcFloor(args: string[], cwd: string, workspace?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env }
  delete env.GITHUB_WORKSPACE
  if (workspace) env.GITHUB_WORKSPACE = workspace
  return spawnSync(process.execPath, [cli, ...args], { cwd, env, encoding: 'utf8' })
}

const violation = (symbol: string | null, version: string, extra: Partial<Violation> = {}): Violation => ({
  symbol,
  version,
  library: 'libc.so.6',
  weakBinding: false,
  wrapped: false,
  pinned: false,
  remedy: { kind: 'rebuild', note: `rebuild for ${symbol}`, scope: 'symbol' },
  missing: 'version',
  ...extra
})

function reportOf(files: FileReport[]): AuditReport {
  return {
    tool: { name: 'glibc-floor', version: '9.9.9' },
    floor: { glibc: '2.17', ceilings: { GLIBC: '2.17' } },
    files,
    summary: {
      audited: files.length,
      skipped: 0,
      errors: 0,
      violations: 0,
      unwrapped: 0,
      loadsOnFloor: false,
      maxVersions: {},
      distros: [],
      passedOver: { nonElf: 0, symlinks: 0 }
    }
  }
}

const audited = (path: string, violations: Violation[], loadsOnFloor = false): FileReport => ({
  path,
  status: 'audited',
  reason: '',
  violations,
  loadsOnFloor
})

describe('the schema check', () => {
  test('rejects what is not SARIF 2.1.0', () => {
    expect(sarifErrors({ version: '2.1.0', runs: [] })).toEqual([])
    expect(sarifErrors({ version: '2.0.0', runs: [] }).join('\n')).toMatch(/\/version must be equal to one/)
    const log = JSON.parse(
      renderSarif({ tool: { name: 't', version: '1' }, floor: '2.17', findings: [] }, here)
    )
    log.runs[0].results = [{ ruleId: 'x', level: 'fatal', message: {} }]
    const errors = sarifErrors(log).join('\n')
    expect(errors).toMatch(/results\/0\/level must be equal to one of the allowed values/)
    expect(errors).toMatch(/results\/0\/message must have required property 'text'/)
  })
})

const here = { workspace: '/ws', cwd: '/ws' }

describe('renderSarif', () => {
  const input: SarifInput = sarifFindings(
    reportOf([
      audited('bin/app', [
        violation('fcntl64', 'GLIBC_2.28', {
          wrapped: true,
          remedy: { kind: 'wrap-dlsym', note: 'forward via dlsym', scope: 'symbol' }
        }),
        violation('expf', 'GLIBC_2.27', {
          pinned: true,
          remedy: { kind: 'symver', note: 'pin it', pinTo: 'expf@GLIBC_2.2.5', scope: 'symbol' }
        }),
        violation('_ZdlPvm', 'CXXABI_1.3.9', { library: 'libstdc++.so.6' }),
        violation('__aeabi_x', 'CXXABI_ARM_1.3.3', { library: 'libstdc++.so.6' }),
        violation('_dl_x', 'GLIBC_PRIVATE'),
        violation(null, 'GCC_7.0.0', { library: 'libgcc_s.so.1' })
      ]),
      { path: 'bin/broken', status: 'error', reason: 'truncated ELF header' }
    ])
  )
  const log = JSON.parse(renderSarif(input, here))
  const run = log.runs[0]
  const result = (version: string): any => run.results.find((r: any) => r.properties.version === version)

  test('validates against the SARIF 2.1.0 schema', () => {
    expect(sarifErrors(log)).toEqual([])
    expect(log.version).toBe('2.1.0')
    expect(run.tool.driver).toMatchObject({ name: 'glibc-floor', version: '9.9.9', semanticVersion: '9.9.9' })
  })

  test('one rule per finding kind, late versions per namespace, each with help that carries the fix', () => {
    expect(run.tool.driver.rules.map((r: any) => r.id)).toEqual([
      'late-glibc-version',
      'late-glibcxx-version',
      'late-cxxabi-version',
      'late-gcc-version',
      'late-other-version',
      'private-glibc-abi',
      'missing-library',
      'unreadable-file'
    ])
    for (const rule of run.tool.driver.rules) {
      expect(rule.help.markdown.length).toBeGreaterThan(60)
      expect(rule.help.text).not.toMatch(/\*\*|`/)
      expect(rule.shortDescription.text).toBeTruthy()
    }
    expect(run.tool.driver.rules.map((r: any) => r.defaultConfiguration.level)).toEqual([
      'error',
      'error',
      'error',
      'error',
      'error',
      'warning',
      'error',
      'error'
    ])
    const glibc = run.tool.driver.rules[0]
    expect(glibc.help.markdown).toContain('glibc-floor wrap-flags')
    expect(glibc.help.markdown).toContain('.symver')
    expect(run.tool.driver.rules[1].help.text).toContain('-static-libstdc++')
  })

  test('one result per (file, version), in file, rule and version order, at the right rule index', () => {
    expect(run.results.map((r: any) => [r.ruleId, r.properties.version ?? ''])).toEqual([
      ['late-glibc-version', 'GLIBC_2.28'],
      ['late-glibc-version', 'GLIBC_2.27'],
      ['late-cxxabi-version', 'CXXABI_ARM_1.3.3'],
      ['late-cxxabi-version', 'CXXABI_1.3.9'],
      ['late-gcc-version', 'GCC_7.0.0'],
      ['private-glibc-abi', 'GLIBC_PRIVATE'],
      ['unreadable-file', '']
    ])
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId)
  })

  test('messages name each symbol with its fix and what already covers it', () => {
    expect(result('GLIBC_2.28').message.text).toBe(
      'bin/app needs GLIBC_2.28 (floor glibc 2.17): it does not load on glibc 2.17. 1 symbol(s):\n' +
        '- fcntl64 [wrap-dlsym, wrapped by the compat header: forward via dlsym]'
    )
    expect(result('GLIBC_2.27').message.text).toContain(
      '- expf [symver → expf@GLIBC_2.2.5, pinned by the pins header: pin it]'
    )
    expect(result('GCC_7.0.0').message.text).toMatch(/No undefined symbol uses this version\.$/)
    expect(result('GCC_7.0.0').properties.symbols).toEqual([])
    const broken = run.results[run.results.length - 1]
    expect(broken).toMatchObject({
      level: 'error',
      message: { text: 'bin/broken could not be audited: truncated ELF header' }
    })
  })

  test('level: error when the floor refuses the file, warning when it still loads', () => {
    const two = sarifFindings(
      reportOf([
        audited('a', [violation('x', 'GLIBC_2.18')], false),
        audited('b', [violation('y', 'GLIBC_2.18')], true)
      ])
    )
    expect(two.findings.map(f => [f.file, f.level])).toEqual([
      ['a', 'error'],
      ['b', 'warning']
    ])
  })

  test('symbols sharing a fix share a line, and the message stops at MESSAGE_SYMBOLS names', () => {
    const many = Array.from({ length: MESSAGE_SYMBOLS + 12 }, (_, i) =>
      violation(`_Zsym${String(i).padStart(3, '0')}`, 'GLIBCXX_3.4.21', {
        remedy: { kind: 'link-static', note: 'link libstdc++ statically', scope: 'namespace' }
      })
    )
    many.push(violation('odd', 'GLIBCXX_3.4.21'))
    const text = JSON.parse(renderSarif(sarifFindings(reportOf([audited('lib.so', many)])), here)).runs[0]
      .results[0]
    const lines = text.message.text.split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toMatch(/43 symbol\(s\):$/)
    expect(lines[1]).toMatch(
      /^- _Zsym000, _Zsym001, .*_Zsym029 and 12 more \[link-static: link libstdc\+\+ statically\]$/
    )
    expect(lines[1].split(', ')).toHaveLength(MESSAGE_SYMBOLS)
    expect(lines[2]).toBe("- 1 more symbol(s) with other fixes (all are in the result's properties)")
    expect(text.properties.symbols).toHaveLength(MESSAGE_SYMBOLS + 13)
  })

  test('a missing-library finding renders under its rule and validates', () => {
    const finding: SarifFinding = {
      kind: 'missing-library',
      file: 'bin/app',
      subject: 'libcrypt.so.2',
      level: 'error',
      detail: 'RHEL/CentOS 7 ships libcrypt.so.1',
      symbols: []
    }
    const out = JSON.parse(
      renderSarif({ tool: { name: 'g', version: '1.0.0' }, floor: '2.17', findings: [finding] }, here)
    )
    expect(sarifErrors(out)).toEqual([])
    expect(out.runs[0].results[0]).toMatchObject({
      ruleId: 'missing-library',
      message: {
        text: 'bin/app needs libcrypt.so.2, which the glibc 2.17 distributions do not ship: RHEL/CentOS 7 ships libcrypt.so.1'
      }
    })
  })
})

describe('locations and fingerprints', () => {
  test('URIs are relative to the workspace, percent-encoded; outside it, absolute file: URIs', () => {
    expect(artifactUri('out/bin/app', { workspace: '/ws', cwd: '/ws' })).toEqual({
      uri: 'out/bin/app',
      uriBaseId: '%SRCROOT%'
    })
    // The CLI run from a subdirectory shows paths relative to it; the URI is still relative to the checkout.
    expect(artifactUri('bin/my app#1', { workspace: '/ws', cwd: '/ws/sub' })).toEqual({
      uri: 'sub/bin/my%20app%231',
      uriBaseId: '%SRCROOT%'
    })
    expect(artifactUri('/usr/bin/node', here)).toEqual({ uri: 'file:///usr/bin/node' })
    expect(artifactUri('../wsx/a', here)).toEqual({ uri: 'file:///wsx/a' })
    const log = JSON.parse(
      renderSarif(sarifFindings(reportOf([audited('bin/my app#1', [violation('x', 'GLIBC_2.18')])])), here)
    )
    expect(sarifErrors(log)).toEqual([])
    expect(log.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///ws/' } })
  })

  test('fingerprints hash (rule, file, version): stable when symbols change, distinct otherwise', () => {
    const fp = (files: FileReport[], place = here): string[] =>
      JSON.parse(renderSarif(sarifFindings(reportOf(files)), place)).runs[0].results.map(
        (r: any) => r.partialFingerprints[FINGERPRINT_KEY]
      )
    const base = fp([audited('bin/app', [violation('a', 'GLIBC_2.28')])])
    expect(base[0]).toMatch(/^[0-9a-f]{64}$/)
    expect(fp([audited('bin/app', [violation('a', 'GLIBC_2.28'), violation('b', 'GLIBC_2.28')])])).toEqual(
      base
    )
    // The same file seen from another working directory inside the same checkout.
    expect(
      fp([audited('app', [violation('a', 'GLIBC_2.28')])], { workspace: '/ws', cwd: '/ws/bin' })
    ).toEqual(base)
    expect(fp([audited('bin/app', [violation('a', 'GLIBC_2.27')])])).not.toEqual(base)
    expect(fp([audited('bin/app2', [violation('a', 'GLIBC_2.28')])])).not.toEqual(base)
    expect(fp([audited('bin/app', [violation('a', 'GLIBCXX_2.28')])])).not.toEqual(base)
  })
})

describe('glibc-floor audit --format sarif (dist/cli.js)', () => {
  test('the official Node.js 18 binary: valid log, each late symbol with its fix, relative to GITHUB_WORKSPACE', () => {
    const node18 = thirdParty('node18-x64')
    const workspace = dirname(dirname(dirname(dirname(node18))))
    const r = glibcFloor(['audit', '--format', 'sarif', node18], tmp, workspace)
    expect(r.stderr).toBe('')
    expect(r.status).toBe(2)
    const log = JSON.parse(r.stdout)
    expect(sarifErrors(log)).toEqual([])
    const json = JSON.parse(glibcFloor(['audit', '--format', 'json', node18], tmp).stdout)
    const versions = new Set(json.files[0].violations.map((v: Violation) => v.version))
    const results = log.runs[0].results
    expect(results).toHaveLength(versions.size)
    expect(new Set(results.map((x: any) => x.properties.version))).toEqual(versions)
    for (const x of results)
      expect(x.locations[0].physicalLocation.artifactLocation).toEqual({
        uri: 'node18-x64/package/bin/node',
        uriBaseId: '%SRCROOT%'
      })
    const glibc228 = results.find((x: any) => x.properties.version === 'GLIBC_2.28')
    expect(glibc228.ruleId).toBe('late-glibc-version')
    expect(glibc228.message.text).toMatch(/^- fcntl64 \[wrap-dlsym, wrapped by the compat header: .*dlsym/m)
    // Every late symbol of the JSON report is named in some result.
    const named = results.flatMap((x: any) => x.properties.symbols).sort()
    expect(named).toEqual(json.files[0].violations.map((v: Violation) => v.symbol).sort())
    // A second run is byte-identical: nothing time- or order-dependent.
    expect(glibcFloor(['audit', '--format', 'sarif', node18], tmp, workspace).stdout).toBe(r.stdout)
  })

  test('without GITHUB_WORKSPACE, URIs are relative to the working directory; -o writes the file', () => {
    const ws = join(tmp, 'cli-ws')
    mkdirSync(join(ws, 'out'), { recursive: true })
    copyFileSync(elves.late, join(ws, 'out', 'tool'))
    writeFileSync(join(ws, 'out', 'cut'), readFileSync(elves.late).subarray(0, 40))
    const r = glibcFloor(['audit', '--format=sarif', '-o', 'glibc.sarif', 'out/tool', 'out/cut'], ws)
    expect(r.status).toBe(2)
    const log = JSON.parse(readFileSync(join(ws, 'glibc.sarif'), 'utf8'))
    expect(sarifErrors(log)).toEqual([])
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(pathToFileURL(ws + '/').href)
    expect(
      log.runs[0].results.map((x: any) => [x.ruleId, x.locations[0].physicalLocation.artifactLocation.uri])
    ).toEqual([
      ['unreadable-file', 'out/cut'],
      ['late-glibc-version', 'out/tool']
    ])
  })

  test('renderSarifReport is the adapter followed by the renderer', () => {
    const report = reportOf([audited('x', [violation('y', 'GLIBC_2.30')])])
    expect(renderSarifReport(report, here)).toBe(renderSarif(sarifFindings(report), here))
  })
})

describe('the action (dist/index.js) with sarif-path', () => {
  test('writes the log, sets the output, and URIs match the workspace paths', async () => {
    const r = newRunner(tmp)
    mkdirSync(join(r.workspace, 'build'), { recursive: true })
    copyFileSync(elves.late, join(r.workspace, 'build', 'tool'))
    copyFileSync(elves.wrappedOnly, join(r.workspace, 'build', 'librandom.so'))
    const res = await runDist(
      r,
      stepEnv(r, { paths: 'build', 'sarif-path': 'reports/glibc.sarif', 'fail-on': 'never' })
    )
    expect(res.exitCode).toBe(0)
    expect(res.outputs['sarif-path']).toBe(join(r.workspace, 'reports', 'glibc.sarif'))
    const log = JSON.parse(readFileSync(res.outputs['sarif-path'], 'utf8'))
    expect(sarifErrors(log)).toEqual([])
    expect(
      log.runs[0].results.map((x: any) => [
        x.locations[0].physicalLocation.artifactLocation.uri,
        x.properties.version
      ])
    ).toEqual([
      ['build/librandom.so', 'GLIBC_2.25'],
      ['build/tool', 'GLIBC_2.34']
    ])
    expect(log.runs[0].results[0].message.text).toMatch(
      /getrandom \[wrap-dlsym, wrapped by the compat header/
    )
  })

  test('no sarif-path: no log, empty output', async () => {
    const r = newRunner(tmp)
    mkdirSync(join(r.workspace, 'build'), { recursive: true })
    copyFileSync(elves.clean, join(r.workspace, 'build', 'tool'))
    const res = await runDist(r, stepEnv(r, { paths: 'build' }))
    expect(res.exitCode).toBe(0)
    expect(res.outputs['sarif-path']).toBe('')
  })
})

describe('the starter audit workflow', () => {
  const text = readFileSync(join(repoRoot, 'workflows-templates', 'glibc-floor-audit.yml'), 'utf8')

  test('writes the SARIF log and shows the code scanning upload, commented out', () => {
    expect(text).toMatch(/^ {10}sarif-path: glibc-floor\.sarif$/m)
    expect(text).toMatch(/^ {2}# security-events: write/m)
    const upload = text.split('\n').filter(l => /^ {6}# /.test(l))
    expect(upload.join('\n')).toContain(
      [
        '      # - name: Upload to code scanning',
        "      #   if: always() && steps.audit.outputs.sarif-path != ''",
        '      #   uses: github/codeql-action/upload-sarif@v3',
        '      #   with:',
        '      #     sarif_file: ${{ steps.audit.outputs.sarif-path }}'
      ].join('\n')
    )
    // Uncommented, it is a valid step of the audit job.
    const enabled = text
      .replace(/^( {2})# (security-events)/m, '$1$2')
      .replace(/^( {6})# ( *[-a-z])/gm, '$1$2')
    const wf = parse(enabled)
    expect(wf.permissions).toEqual({ contents: 'read', 'security-events': 'write' })
    expect(wf.jobs.audit.steps.map((s: any) => s.uses ?? s.name)).toContain(
      'github/codeql-action/upload-sarif@v3'
    )
    const file = join(tmp, 'audit-with-upload.yml')
    writeFileSync(file, enabled)
    expect(actionlint([file])).toEqual([])
  })
})
