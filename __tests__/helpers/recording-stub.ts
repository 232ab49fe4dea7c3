// A stand-in for an external command (docker, depot, npm, curl, ldd): an executable script on a temporary
// PATH that records each invocation's arguments (NUL-separated, so arguments with spaces or newlines survive)
// and its working directory, then runs a bash snippet to behave like the real thing.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface StubDir {
  dir: string
  /** PATH with only the stubs and the system directories (no /usr/local/bin, where a real docker may live). */
  path: string
  add(name: string, behaviour?: string): void
  calls(name: string): { args: string[]; cwd: string }[]
}

export function stubDir(): StubDir {
  const dir = mkdtempSync(join(tmpdir(), 'glibc-floor-stubs-'))
  return {
    dir,
    path: `${dir}:/usr/bin:/bin`,
    add(name, behaviour = 'exit 0') {
      const log = join(dir, `${name}.calls`)
      mkdirSync(log, { recursive: true })
      const script = `#!/usr/bin/env bash
n=$(ls "${log}" | wc -l)
n=$(printf '%05d' "$n")
printf '%s\\0' "$@" >"${log}/$n.args"
pwd >"${log}/$n.cwd"
${behaviour}
`
      writeFileSync(join(dir, name), script)
      chmodSync(join(dir, name), 0o755)
    },
    calls(name) {
      const log = join(dir, `${name}.calls`)
      if (!existsSync(log)) return []
      return readdirSync(log)
        .filter(f => f.endsWith('.args'))
        .sort()
        .map(f => {
          const raw = readFileSync(join(log, f), 'utf8')
          return {
            args: raw === '' ? [] : raw.slice(0, -1).split('\0'),
            cwd: readFileSync(join(log, f.replace('.args', '.cwd')), 'utf8').trim()
          }
        })
    }
  }
}
