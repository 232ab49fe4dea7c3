import { closeSync, constants, lstatSync, openSync, readSync, readdirSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { AuditError } from './errors.js'
import { globBase, globToRegExp, isGlob } from './glob.js'

/** Directories that never hold build output worth auditing and can be huge. */
const SKIP_DIRS = new Set(['.git', 'node_modules'])

export interface Discovered {
  /** Files to audit: explicit files as given, plus ELF files found in directories and by globs. */
  files: string[]
  /** Files passed over in directories and globs because they are not ELF. */
  nonElf: number
  /** Symbolic links passed over in directory walks (they point at files audited under their own name). */
  symlinks: number
}

export function isElfFile(path: string): boolean {
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch {
    return false
  }
  try {
    const b = Buffer.alloc(4)
    return readSync(fd, b, 0, 4, 0) === 4 && b.readUInt32BE(0) === 0x7f454c46
  } catch {
    return false
  } finally {
    closeSync(fd)
  }
}

function walk(dir: string, visit: (file: string) => void, onSymlink: () => void): void {
  const stack = [dir]
  while (stack.length > 0) {
    const d = stack.pop() as string
    let entries
    try {
      entries = readdirSync(d, { withFileTypes: true })
    } catch {
      continue
    }
    entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0))
    for (const e of entries) {
      const p = join(d, e.name)
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) stack.push(p)
      } else if (e.isSymbolicLink()) onSymlink()
      else if (e.isFile()) visit(p)
    }
  }
}

/**
 * Expands files, directories and globs into the files to audit, in a stable order. A path that does not
 * exist, or a glob that matches nothing, is an error: silently auditing nothing would pass a broken build.
 */
export function discoverFiles(patterns: string[], cwd: string = process.cwd()): Discovered {
  const out: Discovered = { files: [], nonElf: 0, symlinks: 0 }
  const seen = new Set<string>()
  const add = (p: string): void => {
    if (!seen.has(p)) {
      seen.add(p)
      out.files.push(p)
    }
  }
  const addIfElf = (p: string): void => {
    if (isElfFile(p)) add(p)
    else out.nonElf++
  }
  for (const raw of patterns.map(p => p.trim()).filter(Boolean)) {
    if (isGlob(raw)) {
      const abs = isAbsolute(raw) ? raw : join(cwd, raw)
      const re = globToRegExp(abs)
      const base = globBase(abs)
      const before = out.files.length
      const matchedNonElf = out.nonElf
      walk(
        base,
        f => {
          if (re.test(f)) addIfElf(f)
        },
        () => out.symlinks++
      )
      if (out.files.length === before && out.nonElf === matchedNonElf)
        throw new AuditError('missing-path', `pattern ${raw} matches no file`)
      continue
    }
    const abs = resolve(cwd, raw)
    let st
    try {
      st = lstatSync(abs).isSymbolicLink() ? statSync(abs) : lstatSync(abs)
    } catch {
      throw new AuditError('missing-path', `no such file or directory: ${raw}`)
    }
    if (st.isDirectory()) walk(abs, addIfElf, () => out.symlinks++)
    else add(abs)
  }
  return out
}

/** A path as reports show it: relative to the working directory when inside it. */
export function displayPath(path: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, path)
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path
}
