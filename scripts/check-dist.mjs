#!/usr/bin/env node
// Fails when the committed dist/ differs from a fresh bundle of src/: the action and CLI run from dist/.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const fresh = mkdtempSync(join(tmpdir(), 'dist-check-'))
try {
  execFileSync(process.execPath, [join(root, 'scripts', 'bundle.mjs'), fresh], { stdio: 'inherit' })
  const committed = join(root, 'dist')
  const names = new Set([...readdirSync(fresh), ...(existsSync(committed) ? readdirSync(committed) : [])])
  const stale = [...names].filter(n => {
    const a = join(fresh, n)
    const b = join(committed, n)
    return !existsSync(a) || !existsSync(b) || !readFileSync(a).equals(readFileSync(b))
  })
  if (stale.length > 0) {
    console.error(
      `dist/ is stale against src/ (${stale.join(', ')}): run \`npm run bundle\` and commit dist/.`
    )
    process.exit(1)
  }
  console.log('dist/ matches src/')
} finally {
  rmSync(fresh, { recursive: true, force: true })
}
