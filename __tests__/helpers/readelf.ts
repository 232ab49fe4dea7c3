// The readelf oracle: parses `readelf -W -V --dyn-syms` into the facts the ELF reader must reproduce.
import { readFileSync, writeFileSync } from 'node:fs'
import { mustRun } from './build.js'

export interface ReadelfFacts {
  requirements: { library: string; version: string; weak: boolean }[]
  definitions: string[]
  /** Imported symbols per version, e.g. { 'GLIBC_2.2.5': 345 }: undefined ones, and defined ones (copy
   * relocations) whose version index is a verneed entry. */
  undefinedCounts: Record<string, number>
  /** Undefined symbols with a given version. */
  undefinedBy: Record<string, string[]>
}

export function readelfFacts(path: string, readelf = 'readelf'): ReadelfFacts {
  const out = mustRun(readelf, ['-W', '-V', '--dyn-syms', path])
  const facts: ReadelfFacts = { requirements: [], definitions: [], undefinedCounts: {}, undefinedBy: {} }
  let section: 'needs' | 'defs' | 'syms' | null = null
  let file = ''
  // readelf prints the symbols before the version sections: collect the verneed indices first.
  const needIndex = new Set([...out.matchAll(/Name: \S+\s+Flags: \S+\s+Version: (\d+)/g)].map(m => m[1]))
  for (const line of out.split('\n')) {
    if (line.startsWith('Version needs section')) section = 'needs'
    else if (line.startsWith('Version definition section')) section = 'defs'
    else if (line.startsWith("Symbol table '.dynsym'")) section = 'syms'
    else if (line.startsWith('Version symbols section') || line.startsWith('Symbol table')) section = null
    if (section === 'needs') {
      const f = /File: (\S+)\s+Cnt:/.exec(line)
      if (f) file = f[1]
      const n = /Name: (\S+)\s+Flags: (\S+)\s+Version: (\d+)/.exec(line)
      if (n) facts.requirements.push({ library: file, version: n[1], weak: n[2].includes('WEAK') })
    } else if (section === 'defs') {
      const d = /Index: \d+\s+Cnt: \d+\s+Name: (\S+)/.exec(line)
      if (d) facts.definitions.push(d[1])
    } else if (section === 'syms') {
      // ppc64 adds "[<localentry>: 8]" before Ndx, so find the UND column instead of counting.
      const cols = line.trim().split(/\s+/)
      const und = cols.indexOf('UND')
      const idx = /\((\d+)\)$/.exec(line.trim())?.[1]
      const nameCol = und >= 6 ? cols[und + 1] : idx && needIndex.has(idx) ? cols[cols.length - 2] : undefined
      if (nameCol) {
        const m = /^([^@]+)@{1,2}([^\s(]+)/.exec(nameCol)
        if (m) {
          facts.undefinedCounts[m[2]] = (facts.undefinedCounts[m[2]] ?? 0) + 1
          ;(facts.undefinedBy[m[2]] ??= []).push(m[1])
        }
      }
    }
  }
  return facts
}

/**
 * Sets VER_FLG_WEAK on one vernaux of a copy of an ELF64 little-endian file, locating it with readelf (not
 * with the reader under test). Linkers emit weak version needs rarely, so tests make them this way.
 */
export function markVersionNeedWeak(path: string, version: string): void {
  const out = mustRun('readelf', ['-W', '-V', path])
  const sec = /Version needs section[\s\S]*?Offset: (0x[0-9a-f]+)/.exec(out)
  const aux = new RegExp(`(0x[0-9a-f]+):\\s+Name: ${version.replace(/\./g, '\\.')}\\s+Flags`).exec(out)
  if (!sec || !aux) throw new Error(`no vernaux ${version} in ${path}`)
  const at = parseInt(sec[1], 16) + parseInt(aux[1], 16) + 4
  const b = readFileSync(path)
  b.writeUInt16LE(b.readUInt16LE(at) | 0x2, at)
  writeFileSync(path, b)
}
