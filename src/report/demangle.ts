// C++ names for people: the Itanium names in .dynsym (`_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE...`)
// are demangled with the Rust cpp_demangle crate built to WASM (npm gecko-profiler-demangle, used by the Firefox
// profiler). It is pure WASM, so it works on a runner without binutils; ncc copies the .wasm into dist/.
// Instantiated synchronously on first use: reports that hold no `_Z` name never pay its ~9 ms start-up, and
// the late names of libstdc++ (what reports mostly show) are looked up in data/demangled/libstdc++.tsv first,
// which scripts/gen-demangled.mjs fills with this same demangler's output.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as glue from 'gecko-profiler-demangle/index_bg.js'
import { repoFile } from '../audit/data.js'

type Demangler = (name: string) => string

// The project compiles without the DOM library, where TypeScript declares WebAssembly; this is the part used.
interface WasmApi {
  Module: new (bytes: Uint8Array) => object
  Instance: new (module: object, imports: Record<string, object>) => { exports: Record<string, unknown> }
}
const { WebAssembly } = globalThis as unknown as { WebAssembly: WasmApi }

let demangler: Demangler | null | undefined

function load(): Demangler | null {
  try {
    // A literal URL so ncc sees the asset and copies it beside the bundle; from src/ it is node_modules'.
    const wasm = readFileSync(
      new URL('../../node_modules/gecko-profiler-demangle/index_bg.wasm', import.meta.url)
    )
    const module = new WebAssembly.Module(wasm)
    const instance = new WebAssembly.Instance(module, { './index_bg.js': glue })
    glue.__wbg_set_wasm(instance.exports)
    ;(instance.exports.__wbindgen_start as () => void)()
    return glue.demangle_any
  } catch {
    // A report without demangled names is still right; it must never fail because of them.
    return null
  }
}

const cache = new Map<string, string>()

/** Rows "mangled\tdemangled" sorted by code unit; null when the table is missing or unreadable. */
let table: string[] | null | undefined

function readTable(): string[] | null {
  try {
    const path = repoFile(join('data', 'demangled', 'libstdc++.tsv'))
    if (!path) return null
    return readFileSync(path, 'utf8')
      .split('\n')
      .filter(row => row !== '' && !row.startsWith('#'))
  } catch {
    return null
  }
}

/** Binary search of the table: ~11 row comparisons, no map of 2,000 names built for the few a report has. */
export function fromTable(name: string): string | undefined {
  if (table === undefined) table = readTable()
  if (table === null) return undefined
  let lo = 0
  let hi = table.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const row = table[mid]
    const tab = row.indexOf('\t')
    const key = row.slice(0, tab)
    if (key === name) return row.slice(tab + 1)
    if (key < name) lo = mid + 1
    else hi = mid - 1
  }
  return undefined
}

/** The demangled C++ name, or the name itself when it is not a mangled C++ name (or cannot be demangled). */
export function demangle(name: string): string {
  if (!name.startsWith('_Z')) return name
  let out = cache.get(name) ?? fromTable(name)
  if (out !== undefined) return out
  out = demangleWasm(name)
  cache.set(name, out)
  return out
}

/** cpp_demangle itself, without the table (which it generates and which tests hold against it). */
export function demangleWasm(name: string): string {
  if (demangler === undefined) demangler = load()
  try {
    const out = demangler ? demangler(name) : name
    // demangle_any falls through to other schemes that strip the underscore of a name it cannot read.
    return out === name.slice(1) ? name : out
  } catch {
    return name
  }
}

/** Did this process manage to load the demangler? (Tests check that dist/ carries it.) */
export function demanglerLoaded(): boolean {
  if (demangler === undefined) demangler = load()
  return demangler !== null
}
