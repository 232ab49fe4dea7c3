// Glob matching for release asset names (no directories involved, so `*` and `**` both match any run
// of characters). Case-insensitive because release names mix "Linux", "linux" and "LINUX".

function escapeRe(c: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c
}

/** Translates one glob (`*`, `?`, `[a-z]`, `[!x]`, `{a,b}`) into an anchored RegExp. */
export function globToRegExp(glob: string): RegExp {
  let re = ''
  let braces = 0
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]
    if (c === '*') {
      while (glob[i + 1] === '*') i++
      re += '.*'
    } else if (c === '?') re += '.'
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2)
      if (end < 0) {
        re += '\\['
        continue
      }
      let body = glob.slice(i + 1, end)
      const negate = body.startsWith('!') || body.startsWith('^')
      if (negate) body = body.slice(1)
      re += `[${negate ? '^' : ''}${body.replace(/[\\\]]/g, m => `\\${m}`)}]`
      i = end
    } else if (c === '{') {
      braces++
      re += '(?:'
    } else if (c === '}' && braces > 0) {
      braces--
      re += ')'
    } else if (c === ',' && braces > 0) re += '|'
    else if (c === '\\' && i + 1 < glob.length) re += escapeRe(glob[++i])
    else re += escapeRe(c)
  }
  if (braces > 0) throw new Error(`unbalanced '{' in pattern ${JSON.stringify(glob)}`)
  return new RegExp(`^${re}$`, 'i')
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
