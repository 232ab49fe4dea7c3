// docs/kit.md and the README document exactly the inputs and outputs action.yml declares, both ways, with the
// defaults action.yml gives: GitHub only warns about an unknown input and ignores it, so a documented input
// that does not exist fails silently in a user's workflow.
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { repoRoot } from './helpers/fixtures.js'

interface ActionYml {
  inputs: Record<string, { default?: string }>
  outputs: Record<string, unknown>
}
const action = parseYaml(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as ActionYml
const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8')
const kit = readFileSync(join(repoRoot, 'docs', 'kit.md'), 'utf8')

/** Rows of every markdown table whose first header cell is `header`: name (first cell, in backticks) -> cells. */
function tableRows(markdown: string, header: string): Map<string, string[]> {
  const rows = new Map<string, string[]>()
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const cells = (line: string) =>
      line
        .split('|')
        .slice(1, -1)
        .map(c => c.trim())
    if (!lines[i].startsWith('|') || cells(lines[i])[0] !== header) continue
    for (let j = i + 2; j < lines.length && lines[j].startsWith('|'); j++) {
      const row = cells(lines[j])
      const name = /^`([a-z-]+)`$/.exec(row[0])?.[1]
      if (!name) throw new Error(`${header} table row without a \`name\`: ${lines[j]}`)
      rows.set(name, row)
    }
  }
  return rows
}

const documented = {
  inputs: new Map([...tableRows(readme, 'Input'), ...tableRows(kit, 'Input')]),
  outputs: new Map([...tableRows(readme, 'Output'), ...tableRows(kit, 'Output')])
}

describe('docs against action.yml', () => {
  test('every documented input exists, and every input is documented', () => {
    const declared = Object.keys(action.inputs).sort()
    expect(declared.length).toBeGreaterThan(20)
    expect([...documented.inputs.keys()].filter(n => !declared.includes(n))).toEqual([])
    expect(declared.filter(n => !documented.inputs.has(n))).toEqual([])
  })

  test('every documented output exists, and every output is documented', () => {
    const declared = Object.keys(action.outputs).sort()
    expect(declared.length).toBeGreaterThan(10)
    expect([...documented.outputs.keys()].filter(n => !declared.includes(n))).toEqual([])
    expect(declared.filter(n => !documented.outputs.has(n))).toEqual([])
  })

  test("the kit table's defaults are action.yml's (or say what an empty default means)", () => {
    const rows = tableRows(kit, 'Input')
    expect(rows.size).toBeGreaterThan(10)
    for (const [name, [, , def]] of rows) {
      const declared = action.inputs[name].default ?? ''
      if (declared === '' || declared.includes('${{')) continue
      expect([name, def]).toEqual([name, `\`${declared}\``])
    }
  })

  test('the inputs the old docs promised are gone from both', () => {
    for (const name of ['timeout-seconds', 'container-image', 'sysroot-method', 'compat-dir'])
      expect([name, documented.inputs.has(name), kit.includes(`\`${name}\``)]).toEqual([name, false, false])
    for (const name of ['passed', 'exit-code', 'method', 'missing-versions'])
      expect([name, documented.outputs.has(name)]).toEqual([name, false])
  })

  test('the table reader finds a row that is not in action.yml', () => {
    const doc = '| Input | Modes |\n| --- | --- |\n| `timeout-seconds` | smoke |\n'
    expect([...tableRows(doc, 'Input').keys()]).toEqual(['timeout-seconds'])
    expect(Object.keys(action.inputs)).not.toContain('timeout-seconds')
  })
})
