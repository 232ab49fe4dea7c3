import { readFileSync } from 'node:fs'
import { AuditError } from './errors.js'

// A declaration or definition of a wrapper: `__wrap_getrandom(` with any return type before it.
const WRAP = /\b__wrap_([A-Za-z_][A-Za-z0-9_]*)\s*\(/g

/** The symbols a compat header wraps, i.e. every `__wrap_<symbol>(` it declares (comments excluded). */
export function wrappedSymbols(headerText: string): Set<string> {
  const code = headerText.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ')
  const out = new Set<string>()
  for (const m of code.matchAll(WRAP)) out.add(m[1])
  return out
}

export function readWrappedSymbols(headerPath: string): Set<string> {
  let text: string
  try {
    text = readFileSync(headerPath, 'utf8')
  } catch (e) {
    throw new AuditError(
      'bad-header',
      `cannot read compat header ${headerPath}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`
    )
  }
  return wrappedSymbols(text)
}
