#!/usr/bin/env node
import module from 'node:module'

// Node.js ≥ 22.1 keeps the compiled code of the modules loaded after this call on disk (in the OS temp
// directory), so later runs skip compiling the engine: it must run before the engine is imported, hence the
// dynamic import. Older Node.js has no such function and compiles as before.
// @types/node 20 does not declare it; Node.js 20 does not have it.
;(module as { enableCompileCache?: () => unknown }).enableCompileCache?.()
const { main } = await import('./cli/main.js')

process.exitCode = await main(process.argv.slice(2), {
  stdout: t => process.stdout.write(t),
  stderr: t => process.stderr.write(t),
  cwd: process.cwd()
})
