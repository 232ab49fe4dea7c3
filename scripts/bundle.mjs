#!/usr/bin/env node
// Bundles the action (src/index.ts → dist/index.js) and the engine (src/engine.ts → dist/engine.js) with ncc,
// and the CLI with esbuild: dist/cli-main.cjs is the CLI as one classic script, which the small dist/cli.js
// runs through vm.Script with V8's code cache (src/cli/code-cache.ts); ncc emits only ES modules.
// `node scripts/bundle.mjs OUTDIR` writes elsewhere, which is how check-dist compares against dist/.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildSync } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = resolve(root, process.argv[2] ?? 'dist')
const ncc = join(root, 'node_modules', '.bin', 'ncc')
// cli: ncc bundles the CLI only for its licence file (the same third-party code as cli-main.cjs).
const entries = { index: 'src/index.ts', cli: 'src/cli/payload.ts', engine: 'src/engine.ts' }

rmSync(out, { recursive: true, force: true })
for (const [name, entry] of Object.entries(entries)) {
  const tmp = mkdtempSync(join(tmpdir(), 'ncc-'))
  execFileSync(
    ncc,
    ['build', entry, '-o', tmp, '--license', 'licenses.txt', '--quiet', '--target', 'es2022'],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit']
    }
  )
  for (const f of readdirSync(tmp)) {
    if (name === 'cli' && f !== 'licenses.txt') continue
    const target = f === 'index.js' ? `${name}.js` : f === 'licenses.txt' ? `${name}.licenses.txt` : f
    cpSync(join(tmp, f), join(out, target), { recursive: true })
  }
  rmSync(tmp, { recursive: true, force: true })
}

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'es2022',
  write: false,
  legalComments: 'none',
  logLevel: 'error'
}
// The CLI: a function body (code-cache.ts wraps it in `function (require, importMetaUrl)`). The demangler's
// WebAssembly is the one ncc copied into dist/ for the engine.
const wasmFromSrc = /(["'])\.\.\/\.\.\/node_modules\/gecko-profiler-demangle\/index_bg\.wasm\1/g
let body = buildSync({
  ...common,
  entryPoints: ['src/cli/payload.ts'],
  format: 'iife',
  define: { 'import.meta.url': 'importMetaUrl' }
}).outputFiles[0].text
const uses = body.match(wasmFromSrc)?.length ?? 0
if (uses !== 1)
  throw new Error(`expected the demangler's wasm URL once in the CLI bundle, found it ${uses} times`)
body = body.replace(wasmFromSrc, '"./index_bg.wasm"')
const hash = createHash('sha256').update(body).digest('hex')
writeFileSync(join(out, 'cli-main.cjs'), `// sha256:${hash}\n${body}`)
const launcher = buildSync({ ...common, entryPoints: ['src/cli.ts'], format: 'esm' }).outputFiles[0].text
writeFileSync(join(out, 'cli.js'), launcher)

// dist/ is loaded as ESM regardless of where the action is checked out.
writeFileSync(join(out, 'package.json'), '{\n  "type": "module"\n}\n')
chmodSync(join(out, 'cli.js'), 0o755)
