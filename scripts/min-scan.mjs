#!/usr/bin/env node
// A yardstick for `npm run bench`, not part of the tool: the least a Node.js program can do towards an audit.
// It lists the versioned imports of 64-bit little-endian ELF files with a GNU hash table (the glibc
// loader's view: program headers, PT_DYNAMIC, DT_GNU_HASH for the symbol count, .dynsym, .gnu.version,
// .dynstr) and prints their number, with no policy, no data files, no report and no checks of the input.
// Whatever start-up the real CLI adds over this script is its own; this script's is any Node.js tool's.
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs'
import { join } from 'node:path'

function imports(path) {
  const fd = openSync(path, 'r')
  const read = (at, length) => {
    const b = Buffer.allocUnsafe(length)
    readSync(fd, b, 0, length, at)
    return b
  }
  try {
    const h = read(0, 64)
    const phoff = Number(h.readBigUInt64LE(32))
    const phnum = h.readUInt16LE(56)
    const ph = read(phoff, phnum * 56)
    const loads = []
    let dynamic = null
    for (let i = 0, o = 0; i < phnum; i++, o += 56) {
      const type = ph.readUInt32LE(o)
      const seg = [
        Number(ph.readBigUInt64LE(o + 16)),
        Number(ph.readBigUInt64LE(o + 8)),
        Number(ph.readBigUInt64LE(o + 32))
      ]
      if (type === 1) loads.push(seg)
      if (type === 2) dynamic = seg
    }
    if (dynamic === null) return 0
    const fileOf = va => {
      for (const [v, off, size] of loads) if (va >= v && va < v + size) return va - v + off
      throw new Error(`address ${va} outside the file`)
    }
    const dyn = read(dynamic[1], dynamic[2])
    const tag = new Map()
    for (let o = 0; o + 16 <= dyn.length; o += 16) {
      const t = Number(dyn.readBigInt64LE(o))
      if (t === 0) break
      tag.set(t, Number(dyn.readBigUInt64LE(o + 8)))
    }
    if (!tag.has(0x6ffffef5) || !tag.has(0x6ffffff0)) return 0
    const gnu = fileOf(tag.get(0x6ffffef5))
    const head = read(gnu, 16)
    const nbuckets = head.readUInt32LE(0)
    const symoffset = head.readUInt32LE(4)
    const bucketsAt = gnu + 16 + head.readUInt32LE(8) * 8
    const b = read(bucketsAt, nbuckets * 4)
    const buckets = new Uint32Array(b.buffer, b.byteOffset, nbuckets)
    let last = 0
    for (let i = 0; i < nbuckets; i++) if (buckets[i] > last) last = buckets[i]
    let count = symoffset
    if (last > 0) {
      const chain = read(bucketsAt + nbuckets * 4 + (last - symoffset) * 4, 4096)
      for (let o = 0; (chain.readUInt32LE(o) & 1) === 0; o += 4) last++
      count = last + 1
    }
    const syms = read(fileOf(tag.get(6)), count * 24)
    const v = read(fileOf(tag.get(0x6ffffff0)), count * 2)
    const versym = new Uint16Array(v.buffer, v.byteOffset, count)
    const strings = read(fileOf(tag.get(5)), tag.get(10))
    const names = []
    for (let i = 1, o = 24; i < count; i++, o += 24) {
      if ((syms[o + 6] | syms[o + 7]) !== 0 || (versym[i] & 0x7fff) < 2) continue
      const at = syms.readUInt32LE(o)
      names.push(strings.latin1Slice(at, strings.indexOf(0, at)))
    }
    return names.length
  } finally {
    closeSync(fd)
  }
}

let total = 0
for (const p of process.argv.slice(2))
  if (statSync(p).isDirectory())
    for (const f of readdirSync(p)) {
      try {
        total += imports(join(p, f))
      } catch {
        // A yardstick: files it cannot read count as none.
      }
    }
  else total += imports(p)
console.log(total)
