import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { repoFile } from './data.js'
import { AuditError } from './errors.js'

/** The compat header shipped with the tool, relative to its root: the CLI's and the action's default. */
export const DEFAULT_COMPAT_HEADER = 'compat/glibc_2_17_compat.h'

/** The shipped compat header's path, or null when the tool was copied without compat/. */
export function defaultCompatHeader(): string | null {
  return repoFile(DEFAULT_COMPAT_HEADER)
}

// A declaration or definition of a wrapper: `__wrap_getrandom(` with any return type before it.
const WRAP = /\b__wrap_([A-Za-z_][A-Za-z0-9_]*)\s*\(/g

/** The symbols a compat header wraps, i.e. every `__wrap_<symbol>(` it declares (comments excluded). */
export function wrappedSymbols(headerText: string): Set<string> {
  const code = headerText.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ')
  const out = new Set<string>()
  for (const m of code.matchAll(WRAP)) out.add(m[1])
  return out
}

/**
 * symver-pins.txt: `symbol library newer-version <per-arch old versions...>` per line. Returns symbol → the
 * newer version the pin removes, so a violation at exactly that version counts as pinned.
 */
export function pinnedSymbols(text: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const line of text.split('\n')) {
    const [symbol, , newer] = line.replace(/#.*/, '').trim().split(/\s+/)
    if (symbol && newer) out.set(symbol, newer)
  }
  return out
}

/** The architectures glibc_2_17_pins.h has .symver directives for; elsewhere a pin does nothing. */
export const PINS_ARCHES: ReadonlySet<string> = new Set(['x86_64', 'aarch64'])

export interface CompatCoverage {
  wrapped: Set<string>
  pinned: Map<string, string>
}

/** What a compat layer covers: its header's __wrap_ functions and the pins listed beside it. */
export function readCompatCoverage(headerPath: string): CompatCoverage {
  const pins = join(dirname(headerPath), 'symver-pins.txt')
  return {
    wrapped: readWrappedSymbols(headerPath),
    pinned: existsSync(pins) ? pinnedSymbols(readFileSync(pins, 'utf8')) : new Map()
  }
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
