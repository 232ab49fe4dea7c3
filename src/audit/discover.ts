import { closeSync, constants, lstatSync, openSync, readSync, readdirSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { hasElfMagic } from '../elf/index.js'
import { AuditError } from './errors.js'
import { globBase, globToRegExp, isGlob } from './glob.js'

/** Directories that never hold build output worth auditing and can be huge. */
const SKIP_DIRS = new Set(['.git', 'node_modules'])

export interface Discovered {
  /** Files to audit: explicit files as given, plus ELF files found in directories and by globs. */
  files: string[]
  /**
   * Files and directories that could not be read (EACCES, EIO...). They become error rows: a file the audit
   * could not look at may need anything, so it must not pass silently.
   */
  unreadable: { path: string; reason: string }[]
  /** Files passed over in directories and globs because they are not ELF. */
  nonElf: number
  /** Symbolic links passed over in directory walks (they point at files audited under their own name). */
  symlinks: number
  /** Their paths: a bundled libfoo.so.1 is usually a link to libfoo.so.1.2.3, and DT_NEEDED names the link. */
  links: string[]
}

const errno = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? String(e)

/** 'elf' or 'other' by the first four bytes; the error code when the file cannot be read at all. */
export function elfMagic(path: string): 'elf' | 'other' | { error: string } {
  let fd: number
  try {
    // O_NONBLOCK: a FIFO must not wait for a writer; for regular files it changes nothing.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (e) {
    return { error: errno(e) }
  }
  try {
    const b = Buffer.alloc(4)
    return readSync(fd, b, 0, 4, 0) === 4 && hasElfMagic(b) ? 'elf' : 'other'
  } catch (e) {
    return { error: errno(e) }
  } finally {
    closeSync(fd)
  }
}

export function isElfFile(path: string): boolean {
  return elfMagic(path) === 'elf'
}

function walk(dir: string, out: Discovered, visit: (file: string) => void): void {
  const stack = [dir]
  while (stack.length > 0) {
    const d = stack.pop() as string
    let entries
    try {
      entries = readdirSync(d, { withFileTypes: true })
    } catch (e) {
      out.unreadable.push({ path: d, reason: `cannot list directory: ${errno(e)}` })
      continue
    }
    // Ascending, as people read listings: files first, then subdirectories (pushed in reverse, popped in order).
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    const dirs: string[] = []
    for (const e of entries) {
      const p = join(d, e.name)
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) dirs.push(p)
      } else if (e.isSymbolicLink()) {
        out.symlinks++
        out.links.push(p)
      } else if (e.isFile()) visit(p)
    }
    stack.push(...dirs.reverse())
  }
}

/**
 * Expands files, directories and globs into the files to audit, in a stable order. A path that does not
 * exist, or a glob that matches nothing, is an error: silently auditing nothing would pass a broken build.
 * A path that exists is taken literally even if it contains glob characters (`app[1]`).
 */
export function discoverFiles(patterns: string[], cwd: string = process.cwd()): Discovered {
  const out: Discovered = { files: [], unreadable: [], nonElf: 0, symlinks: 0, links: [] }
  const seen = new Set<string>()
  const add = (p: string): void => {
    if (!seen.has(p)) {
      seen.add(p)
      out.files.push(p)
    }
  }
  const addIfElf = (p: string): void => {
    const m = elfMagic(p)
    if (m === 'elf') add(p)
    else if (m === 'other') out.nonElf++
    else out.unreadable.push({ path: p, reason: `cannot read: ${m.error}` })
  }
  for (const raw of patterns.map(p => p.trim()).filter(Boolean)) {
    const abs = resolve(cwd, raw)
    let st
    try {
      st = statSync(abs)
    } catch (e) {
      const code = errno(e)
      if (code === 'ENOENT' && isGlob(raw)) {
        expandGlob(isAbsolute(raw) ? raw : join(cwd, raw), raw, out, addIfElf)
        continue
      }
      if (code === 'ENOENT' && lstatSync(abs, { throwIfNoEntry: false })?.isSymbolicLink())
        throw new AuditError('missing-path', `dangling symbolic link: ${raw}`)
      throw new AuditError(
        'missing-path',
        code === 'ENOENT' ? `no such file or directory: ${raw}` : `cannot access ${raw}: ${code}`
      )
    }
    if (st.isDirectory()) walk(abs, out, addIfElf)
    else add(abs)
  }
  return out
}

function expandGlob(pattern: string, raw: string, out: Discovered, addIfElf: (p: string) => void): void {
  const re = globToRegExp(pattern)
  const before = out.files.length + out.nonElf + out.unreadable.length
  walk(globBase(pattern), out, f => {
    if (re.test(f)) addIfElf(f)
  })
  if (out.files.length + out.nonElf + out.unreadable.length === before)
    throw new AuditError('missing-path', `pattern ${raw} matches no file`)
}

/** A path as reports show it: relative to the working directory when inside it. */
export function displayPath(path: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, path)
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path
}
