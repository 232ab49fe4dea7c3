// README examples are real output of the current code: each block after a `<!-- readme-example:NAME -->` marker
// must equal what dist/cli.js prints now. `UPDATE_README=1 npm run jest -- __tests__/readme-examples.test.ts`
// rewrites the blocks after a deliberate change of the output.
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { repoRoot, thirdParty } from './helpers/fixtures.js'

const readmePath = join(repoRoot, 'README.md')
const node = thirdParty('node24-x64')

/** Runs beside the binary, so reports show it as `node`, as for a user auditing ./node (not on a TTY: 100 columns). */
function cli(...args: string[]): string {
  const r = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), ...args], {
    cwd: dirname(node),
    encoding: 'utf8'
  })
  expect(r.stderr).toBe('')
  return r.stdout
}

const examples: Record<string, () => string> = {
  text: () => `$ glibc-floor audit --floor 2.17 node\n${cli('audit', '--floor', '2.17', basename(node))}`,
  summary: () => {
    const md = cli('audit', '--format', 'markdown', basename(node))
    return md.slice(0, md.indexOf('<details>')).trimEnd() + '\n'
  }
}

// The fence may be longer than three backticks: the summary itself contains ``` blocks.
const BLOCK = /(<!-- readme-example:(\w+) -->\n(`{3,})[a-z]*\n)([\s\S]*?)(\3\n)/g

describe('README examples', () => {
  it('every marked block is the current output of dist/cli.js', () => {
    const readme = readFileSync(readmePath, 'utf8')
    const seen: string[] = []
    const updated = readme.replace(
      BLOCK,
      (_m, open: string, name: string, _fence: string, body: string, close: string) => {
        seen.push(name)
        const actual = examples[name]()
        if (!process.env.UPDATE_README) expect(`${name}:\n${body}`).toBe(`${name}:\n${actual}`)
        return `${open}${actual}${close}`
      }
    )
    expect(seen.sort()).toEqual(Object.keys(examples).sort())
    if (process.env.UPDATE_README) writeFileSync(readmePath, updated)
  })
})
