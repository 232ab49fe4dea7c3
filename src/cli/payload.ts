// The CLI itself, bundled by scripts/bundle.mjs as a classic script (dist/cli-main.cjs) that dist/cli.js runs
// with V8's code cache (src/cli/code-cache.ts).
import { main } from './main.js'

void main(process.argv.slice(2), {
  stdout: t => process.stdout.write(t),
  stderr: t => process.stderr.write(t),
  cwd: process.cwd(),
  columns: process.stdout.isTTY ? process.stdout.columns : undefined
}).then(code => {
  process.exitCode = code
})
