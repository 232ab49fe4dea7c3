// Glob matching for release asset names. Case-insensitive because release names mix "Linux", "linux" and
// "LINUX". The dialect is the engine's (src/audit/glob.ts).
import { globToRegExp as pathGlob } from '../audit/glob.js'

/** Asset-name globs are path globs over a name without '/', matched case-insensitively. */
export function globToRegExp(glob: string): RegExp {
  return pathGlob(glob, { ignoreCase: true })
}

export interface NameFilter {
  include: RegExp[]
  exclude: RegExp[]
}

/** Newline-separated globs; a leading `!` excludes. Only exclusions means "everything but these". */
export function parseNameFilter(text: string): NameFilter {
  const include: RegExp[] = []
  const exclude: RegExp[] = []
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    if (line.startsWith('!')) exclude.push(globToRegExp(line.slice(1).trim()))
    else include.push(globToRegExp(line))
  }
  if (include.length === 0) include.push(/^/)
  return { include, exclude }
}

export function matchesFilter(name: string, filter: NameFilter): boolean {
  return filter.include.some(r => r.test(name)) && !filter.exclude.some(r => r.test(name))
}
