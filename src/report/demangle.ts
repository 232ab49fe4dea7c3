// C++ names for people: the Itanium names in .dynsym (`_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE...`)
// are demangled with the Rust cpp_demangle crate built to WASM (npm gecko-profiler-demangle, used by the Firefox
// profiler). It is pure WASM, so it works on a runner without binutils; ncc copies the .wasm into dist/.
// Instantiated synchronously on first use: reports that hold no `_Z` name never pay its ~20 ms start-up.
import { readFileSync } from 'node:fs'
import * as glue from 'gecko-profiler-demangle/index_bg.js'

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

/** The demangled C++ name, or the name itself when it is not a mangled C++ name (or cannot be demangled). */
export function demangle(name: string): string {
  if (!name.startsWith('_Z')) return name
  let out = cache.get(name)
  if (out !== undefined) return out
  if (demangler === undefined) demangler = load()
  try {
    out = demangler ? demangler(name) : name
    // demangle_any falls through to other schemes that strip the underscore of a name it cannot read.
    if (out === name.slice(1)) out = name
  } catch {
    out = name
  }
  cache.set(name, out)
  return out
}

/** Did this process manage to load the demangler? (Tests check that dist/ carries it.) */
export function demanglerLoaded(): boolean {
  if (demangler === undefined) demangler = load()
  return demangler !== null
}
