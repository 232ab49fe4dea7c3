// A small glob dialect for input paths: *, ?, [...], {a,b} and ** (any depth), matched against '/'-paths.

const SPECIAL = /[*?[{]/

export function isGlob(pattern: string): boolean {
  return SPECIAL.test(pattern)
}

export function globToRegExp(pattern: string): RegExp {
  let re = ''
  let braces = 0
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        // `**/` matches zero or more whole directories; a trailing `**` matches everything below.
        const slash = pattern[i + 2] === '/'
        re += slash ? '(?:[^/]*/)*' : '.*'
        i += slash ? 2 : 1
      } else re += '[^/]*'
    } else if (c === '?') re += '[^/]'
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2)
      if (end < 0) re += '\\['
      else {
        let body = pattern.slice(i + 1, end).replace(/\\/g, '\\\\')
        if (body.startsWith('!')) body = '^' + body.slice(1)
        re += `[${body}]`
        i = end
      }
    } else if (c === '{') {
      braces++
      re += '(?:'
    } else if (c === '}' && braces > 0) {
      braces--
      re += ')'
    } else if (c === ',' && braces > 0) re += '|'
    else re += c.replace(/[.+^$()|\\\]]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}

/** The directory part of a pattern before its first wildcard: where a walk has to start. */
export function globBase(pattern: string): string {
  const parts = pattern.split('/')
  const fixed: string[] = []
  for (const p of parts) {
    if (isGlob(p)) break
    fixed.push(p)
  }
  if (fixed.length === parts.length) fixed.pop()
  const base = fixed.join('/')
  return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base
}
