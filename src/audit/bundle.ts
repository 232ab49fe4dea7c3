// Bundled libraries: each file's DT_NEEDED resolved the way the loader would inside a release tree, and a
// binary's verdict together with the libraries it brings along.
import { realpathSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, resolve } from 'node:path'
import type { ElfInfo } from '../elf/index.js'
import type { BundleVerdict, Dependency } from './types.js'

/** The audited tree: ELF files by real path, and every file or link name in it (to skip hopeless lookups). */
export class Tree {
  private readonly byReal = new Map<string, ElfInfo>()
  private readonly names = new Set<string>()

  constructor(elfs: readonly ElfInfo[], links: readonly string[]) {
    for (const e of elfs) {
      this.byReal.set(realPath(e.path) ?? e.path, e)
      this.names.add(basename(e.path))
    }
    for (const l of links) this.names.add(basename(l))
  }

  /** The tree's ELF file at `path` (following links), when the loader could use it for `from`. */
  find(path: string, from: ElfInfo): ElfInfo | null {
    if (!this.names.has(basename(path))) return null
    const real = realPath(path)
    const elf = real === null ? undefined : this.byReal.get(real)
    // The loader passes over a library of another machine or class and keeps searching.
    return elf && elf.machineCode === from.machineCode && elf.class === from.class ? elf : null
  }
}

function realPath(p: string): string | null {
  try {
    return realpathSync.native(p)
  } catch {
    return null
  }
}

const ORIGIN = /\$\{ORIGIN\}|\$ORIGIN\b/g

/**
 * Directories of a DT_RUNPATH/DT_RPATH list, with $ORIGIN expanded. Entries the tree cannot answer for
 * are dropped: absolute paths of the install location, paths relative to the process's working directory,
 * and $LIB/$PLATFORM (they depend on the running system).
 */
export function searchDirs(list: string | null, origin: string): string[] {
  if (!list) return []
  const out: string[] = []
  for (const raw of list.split(':')) {
    if (!/\$(\{ORIGIN\}|ORIGIN\b)/.test(raw) || /\$(\{?)(LIB|PLATFORM)\b/.test(raw)) continue
    const dir = raw.replace(ORIGIN, origin)
    if (isAbsolute(dir)) out.push(resolve(dir))
  }
  return out
}

export interface Resolved extends Dependency {
  target?: ElfInfo
}

/**
 * Resolves a file's DT_NEEDED entries: DT_RUNPATH (or, without it, DT_RPATH) with $ORIGIN inside the tree;
 * then, for libraries the base system lacks, the file's own directory, which the loader only searches when
 * told to (LD_LIBRARY_PATH, a wrapper script) but is where release trees put them; then the floor's base
 * system; else missing.
 */
export function resolveNeeded(elf: ElfInfo, tree: Tree, base: ReadonlySet<string> | null): Resolved[] {
  const origin = dirname(elf.path)
  const via: 'runpath' | 'rpath' = elf.runpath !== null ? 'runpath' : 'rpath'
  const dirs = searchDirs(elf.runpath ?? elf.rpath, origin)
  return elf.needed.map((needed): Resolved => {
    if (needed.includes('/')) {
      // A DT_NEEDED with a slash is a path, no search; the loader expands $ORIGIN in it too.
      const path = needed.replace(ORIGIN, origin)
      const target = isAbsolute(path) ? tree.find(resolve(path), elf) : null
      if (target) return { needed, resolution: 'bundled', target, via: 'path' }
    } else {
      for (const d of dirs) {
        const target = tree.find(join(d, needed), elf)
        if (target) return { needed, resolution: 'bundled', target, via }
      }
      // Only for what the system lacks: a copy of libc.so.6 lying beside a file does not replace the system's.
      const onBase = base === null || base.has(needed)
      const target = onBase ? null : tree.find(join(origin, needed), elf)
      if (target) return { needed, resolution: 'bundled', target, via: 'directory' }
    }
    if (base === null || base.has(basename(needed))) return { needed, resolution: 'base' }
    return { needed, resolution: 'missing' }
  })
}

/**
 * A file's verdict with every bundled library it loads, breadth-first as the loader maps them. `verdictOf`
 * gives each file's own missing versions (empty when it loads).
 */
export function bundleVerdict(
  root: ElfInfo,
  depsOf: (e: ElfInfo) => Resolved[],
  missingOf: (e: ElfInfo) => string[],
  display: (p: string) => string
): BundleVerdict | undefined {
  const seen = new Set<ElfInfo>([root])
  const order: ElfInfo[] = []
  const queue = [root]
  while (queue.length > 0) {
    const e = queue.shift() as ElfInfo
    for (const d of depsOf(e))
      if (d.target && !seen.has(d.target)) {
        seen.add(d.target)
        order.push(d.target)
        queue.push(d.target)
      }
  }
  if (order.length === 0) return undefined
  const blockers = [root, ...order]
    .map(e => ({ path: display(e.path), missing: missingOf(e) }))
    .filter(b => b.missing.length > 0)
  return { loadsOnFloor: blockers.length === 0, libraries: order.map(e => display(e.path)), blockers }
}
