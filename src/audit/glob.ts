// One glob dialect for input paths and release asset names: *, ?, [...] / [!...], {a,b}, \-escapes, and **
// (any depth) in paths. In a path `*` stops at '/'; asset names have no '/', so the same rules serve both.
import { AuditError } from './errors.js'

const SPECIAL = /[*?[{]/

export function isGlob(pattern: string): boolean {
  return SPECIAL.test(pattern)
}

const escapeRe = (c: string): string => (/[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c)

export function globToRegExp(pattern: string, opts: { ignoreCase?: boolean } = {}): RegExp {
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
        let body = pattern.slice(i + 1, end)
        const negate = body.startsWith('!') || body.startsWith('^')
        if (negate) body = body.slice(1)
        re += `[${negate ? '^' : ''}${body.replace(/[\\\]]/g, m => `\\${m}`)}]`
        i = end
      }
    } else if (c === '{') {
      braces++
      re += '(?:'
    } else if (c === '}' && braces > 0) {
      braces--
      re += ')'
    } else if (c === ',' && braces > 0) re += '|'
    else if (c === '\\' && i + 1 < pattern.length) re += escapeRe(pattern[++i])
    else re += escapeRe(c)
  }
  if (braces > 0) throw new AuditError('bad-glob', `unbalanced '{' in pattern ${JSON.stringify(pattern)}`)
  return new RegExp(`^${re}$`, opts.ignoreCase ? 'i' : '')
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
