#!/usr/bin/env node
// Bundles the action (src/index.ts → dist/index.js) and the CLI (src/cli.ts → dist/cli.js) with ncc.
// `node scripts/bundle.mjs OUTDIR` writes elsewhere, which is how check-dist compares against dist/.
import { execFileSync } from 'node:child_process'
import { chmodSync, cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = resolve(root, process.argv[2] ?? 'dist')
const ncc = join(root, 'node_modules', '.bin', 'ncc')
const entries = { index: 'src/index.ts', cli: 'src/cli.ts', engine: 'src/engine.ts' }

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
    const target = f === 'index.js' ? `${name}.js` : f === 'licenses.txt' ? `${name}.licenses.txt` : f
    cpSync(join(tmp, f), join(out, target), { recursive: true })
  }
  rmSync(tmp, { recursive: true, force: true })
}
// dist/ is loaded as ESM regardless of where the action is checked out.
writeFileSync(join(out, 'package.json'), '{\n  "type": "module"\n}\n')
chmodSync(join(out, 'cli.js'), 0o755)
