#!/usr/bin/env node
// Benchmarks the audit against objdump -T and readelf -W -V measured in the same run, and prints ratios.
//   npm run bench [-- --runs N] [--node PATH] [--cli PATH] [--quick (CLI figures only)]
// --node runs the CLI and the `node -e 0` baseline with another Node.js (e.g. the official Node 24 of the
// fixtures); --cli measures another build (e.g. main's dist, for before/after).
// Wall times are noisy on a shared machine: each figure is a median, and CPU time (user+sys, via bash's
// `time`) is printed beside it because it moves less with the machine's load.
// Needs dist/ (npm run bundle) and the fixtures (npm run fixtures).
import { execFileSync, spawnSync } from 'node:child_process'
import {
  closeSync,
  copyFileSync,
  existsSync,
  ftruncateSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  statSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const runsArg = process.argv.indexOf('--runs')
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15
const arg = name => {
  const i = process.argv.indexOf(name)
  return i > 0 ? process.argv[i + 1] : undefined
}
const node = arg('--node') ?? process.execPath
const cli = arg('--cli') ?? join(root, 'dist', 'cli.js')
const minScan = join(root, 'scripts', 'min-scan.mjs')
const engineUrl = pathToFileURL(join(root, 'dist', 'engine.js')).href
const bigBinary = join(root, '.cache', 'fixtures', 'node24-x64', 'package', 'bin', 'node')
for (const p of [cli, bigBinary])
  if (!existsSync(p)) throw new Error(`missing ${p}: run npm run bundle / npm run fixtures`)

// NODE_EXTRA_CA_CERTS makes every Node.js process load a CA bundle at start-up (~50 ms on some machines):
// a cost of the machine, not of the tool, so it is left out of every command measured here.
const env = { ...process.env }
delete env.NODE_EXTRA_CA_CERTS

const median = a => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]
// bash's `time` keyword measures the command alone (not bash's own start) to the millisecond, wall and CPU;
// /usr/bin/time reports CPU in 10 ms steps, too coarse for a 30 ms process.
const bash = ['/bin/bash', '/usr/bin/bash'].find(p => existsSync(p)) ?? null
/** CPU figures of the last `time` call, by label. */
const cpu = new Map()

/**
 * Median wall time of a command in ms; output is discarded, exit status ignored (violations exit 2). The
 * median CPU time (user+sys of the command and its children) is kept in `cpu` when bash is there.
 */
function time(cmd, args, label = `${cmd} ${args[0]}`, extraEnv = {}) {
  const runEnv = { ...env, ...extraEnv }
  const samples = []
  const cpus = []
  spawnSync(cmd, args, { stdio: 'ignore', env: runEnv })
  for (let i = 0; i < RUNS; i++) {
    if (bash) {
      const r = spawnSync(
        bash,
        ['-c', 'TIMEFORMAT="%3R %3U %3S"; time "$@" >/dev/null 2>&1', 'bash', cmd, ...args],
        { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: runEnv }
      )
      if (r.error) throw r.error
      const m = /(\d+\.\d+) (\d+\.\d+) (\d+\.\d+)\s*$/.exec(r.stderr)
      if (!m) throw new Error(`no timing from bash for ${cmd}: ${r.stderr}`)
      samples.push(Number(m[1]) * 1000)
      cpus.push((Number(m[2]) + Number(m[3])) * 1000)
    } else {
      const t = process.hrtime.bigint()
      const r = spawnSync(cmd, args, { stdio: 'ignore', env: runEnv })
      if (r.error) throw r.error
      samples.push(Number(process.hrtime.bigint() - t) / 1e6)
    }
  }
  if (cpus.length > 0) cpu.set(label, median(cpus))
  return median(samples)
}

const fmt = ms => `${ms.toFixed(1)} ms`
const cpuOf = label => (cpu.has(label) ? ` (cpu ${fmt(cpu.get(label))})` : '')
const ratio = (a, b) => `${(a / b).toFixed(2)}×`

// A directory of real ELF files: copies of this machine's shared libraries.
const dir = mkdtempSync(join(tmpdir(), 'bench-elf-'))
const libDir = '/usr/lib/x86_64-linux-gnu'
const libs = readdirSync(libDir)
  .filter(f => /\.so(\.\d+)*$/.test(f))
  .map(f => join(libDir, f))
  .filter(p => statSync(p, { throwIfNoEntry: false })?.isFile() && !statSync(p).isSymbolicLink())
  .slice(0, 124)
for (const p of libs) copyFileSync(p, join(dir, p.split('/').pop()))
const files = readdirSync(dir).map(f => join(dir, f))

const dyn = execFileSync('readelf', ['-W', '--dyn-syms', bigBinary], { encoding: 'utf8', maxBuffer: 1 << 28 })
const nsyms = /contains (\d+) entries/.exec(dyn)?.[1]
console.log(`glibc-floor benchmark, ${RUNS} runs each, medians\n`)
console.log(
  `Single big binary: official Node 24 x64, ${(statSync(bigBinary).size / 2 ** 20).toFixed(0)} MiB, ${nsyms} dynamic symbols`
)
console.log(`  CLI: ${cli} on ${node}`)
const nodeStart = time(node, ['-e', '0'], 'node0')
console.log(`  (Node.js start-up alone, node -e 0: ${fmt(nodeStart)}${cpuOf('node0')})`)
// The CLI keeps V8's code cache per user (src/cli/code-cache.ts): the warm-up run writes it, the timed runs
// read it. A first run on a fresh machine has none, measured apart with the cache turned off.
const noCache = { GLIBC_FLOOR_CODE_CACHE: '0' }
const big = {
  cli: time(node, [cli, 'audit', '--format', 'json', bigBinary], 'cli'),
  cliCold: time(node, [cli, 'audit', '--format', 'json', bigBinary], 'cli-cold', noCache),
  objdump: time('objdump', ['-T', bigBinary], 'objdump'),
  readelf: time('readelf', ['-W', '-V', bigBinary], 'readelf'),
  // The yardstick: only the list of versioned imports, nothing else (scripts/min-scan.mjs).
  minScan: time(node, [minScan, bigBinary], 'min-scan')
}
const added = (c, n) => `${((c - n) / big.objdump).toFixed(2)}×`
console.log(`  glibc-floor audit (whole CLI process)  ${fmt(big.cli)}${cpuOf('cli')}`)
console.log(`    the same without a code cache        ${fmt(big.cliCold)}${cpuOf('cli-cold')}`)
console.log(
  `  objdump -T                             ${fmt(big.objdump)}${cpuOf('objdump')}   CLI/objdump = ${ratio(big.cli, big.objdump)}`
)
console.log(
  `  readelf -W -V                          ${fmt(big.readelf)}   CLI/readelf = ${ratio(big.cli, big.readelf)}`
)
console.log(
  `  CLI minus node -e 0, over objdump -T:  wall ${added(big.cli, nodeStart)}` +
    (cpu.has('cli')
      ? `, cpu ${((cpu.get('cli') - cpu.get('node0')) / cpu.get('objdump')).toFixed(2)}×`
      : '') +
    ' (target ≤ 0.33×)' +
    `; without a code cache wall ${added(big.cliCold, nodeStart)}`
)
console.log(
  `  yardstick: scripts/min-scan.mjs (imports only, no policy or report) ${fmt(big.minScan)}${cpuOf('min-scan')},` +
    ` minus node -e 0 over objdump: wall ${added(big.minScan, nodeStart)}` +
    (cpu.has('min-scan')
      ? `, cpu ${((cpu.get('min-scan') - cpu.get('node0')) / cpu.get('objdump')).toFixed(2)}×`
      : '')
)

console.log(`\nDirectory: ${files.length} ELF shared libraries from ${libDir}`)
const many = {
  cli: time(node, [cli, 'audit', '--format', 'json', dir], 'cli-dir'),
  cliCold: time(node, [cli, 'audit', '--format', 'json', dir], 'cli-dir-cold', noCache),
  objdump: time('objdump', ['-T', ...files], 'objdump-dir'),
  minScan: time(node, [minScan, dir], 'min-scan-dir'),
  // readelf -V over a hundred libraries takes seconds per run: left out of quick runs.
  readelf: process.argv.includes('--quick') ? NaN : time('readelf', ['-W', '-V', ...files])
}
console.log(`  glibc-floor audit DIR                  ${fmt(many.cli)}${cpuOf('cli-dir')}`)
console.log(`    the same without a code cache        ${fmt(many.cliCold)}${cpuOf('cli-dir-cold')}`)
console.log(
  `  objdump -T FILES...                    ${fmt(many.objdump)}${cpuOf('objdump-dir')}   CLI/objdump = ${ratio(many.cli, many.objdump)}` +
    (cpu.has('cli-dir') ? `, cpu ${ratio(cpu.get('cli-dir'), cpu.get('objdump-dir'))}` : '') +
    ' (target ≤ 0.25×)'
)
console.log(
  `  yardstick: scripts/min-scan.mjs DIR    ${fmt(many.minScan)}${cpuOf('min-scan-dir')}   over objdump = ${ratio(many.minScan, many.objdump)}`
)
if (!Number.isNaN(many.readelf))
  console.log(
    `  readelf -W -V FILES...                 ${fmt(many.readelf)}   CLI/readelf = ${ratio(many.cli, many.readelf)}`
  )

if (process.argv.includes('--quick')) {
  rmSync(dir, { recursive: true, force: true })
  process.exit(0)
}

// In-process: the engine alone, warm, on the big binary.
const { auditPaths, readElf } = await import(engineUrl)
for (let i = 0; i < 5; i++) auditPaths([bigBinary], { floor: '2.17', compatHeader: null })
const inproc = []
const readOnly = []
for (let i = 0; i < Math.max(RUNS, 30); i++) {
  let t = process.hrtime.bigint()
  auditPaths([bigBinary], { floor: '2.17', compatHeader: null })
  inproc.push(Number(process.hrtime.bigint() - t) / 1e6)
  t = process.hrtime.bigint()
  readElf(bigBinary)
  readOnly.push(Number(process.hrtime.bigint() - t) / 1e6)
}
const med = a => a.sort((x, y) => x - y)[Math.floor(a.length / 2)]
console.log(
  `\nIn-process audit of the big binary (warm): ${fmt(med(inproc))} (target ≤ 5 ms); ELF read alone ${fmt(med(readOnly))}`
)

// Peak RSS: the same audit in a fresh process, on files of very different sizes.
function peakRss(path) {
  const code = `const { auditPaths } = await import(${JSON.stringify(engineUrl)}); auditPaths([${JSON.stringify(path)}], { floor: '2.17', compatHeader: null }); console.log(process.resourceUsage().maxRSS)`
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', env })
  if (r.status !== 0) throw new Error(r.stderr)
  return Number(r.stdout.trim()) / 1024
}
const small = files.reduce((a, b) => (statSync(a).size < statSync(b).size ? a : b))
const huge = join(dir, 'huge-4g')
copyFileSync(bigBinary, huge)
const fd = openSync(huge, 'r+')
ftruncateSync(fd, 4 * 2 ** 30)
closeSync(fd)
const huger = join(dir, 'huge-16g')
copyFileSync(bigBinary, huger)
const fd2 = openSync(huger, 'r+')
ftruncateSync(fd2, 16 * 2 ** 30)
closeSync(fd2)
console.log('\nPeak RSS of a fresh process auditing one file (Node.js baseline included):')
for (const [label, p] of [
  [`smallest library (${(statSync(small).size / 1024).toFixed(0)} KiB)`, small],
  [`Node 24 (${(statSync(bigBinary).size / 2 ** 20).toFixed(0)} MiB)`, bigBinary],
  ['Node 24 padded to 4 GiB (sparse)', huge],
  ['Node 24 padded to 16 GiB (sparse)', huger]
])
  console.log(`  ${label.padEnd(40)} ${peakRss(p).toFixed(1)} MiB`)
rmSync(dir, { recursive: true, force: true })
