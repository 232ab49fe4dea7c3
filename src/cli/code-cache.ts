// Start-up of the CLI. A cold run compiles every function it calls from source, lazily, one by one: ~15 ms of
// a ~70 ms audit of Node 24. V8's code cache taken at the end of a run holds all of them (Node's own compile
// cache, `module.enableCompileCache()`, is taken right after the top level compiles and measured no gain), so
// the bundle runs as a classic script through `vm.Script` and its cache is written once per build, per Node
// version, after the first run that has none.
// Bytecode from disk is code: the cache lives only in a directory the user owns and nobody else can write
// (default `$XDG_CACHE_HOME/glibc-floor` or `~/.cache/glibc-floor`), is keyed by the bundle's own hash (V8
// itself checks only the source's length), and any doubt means compiling from source as before.
import type { Script as VmScript } from 'node:vm'
import { createRequire } from 'node:module'

// Built-ins are required, not imported: an ES module import of node:fs builds its namespace from every
// export, and the lazy ones (ReadStream ...) load Node's streams, ~4 ms before the first line runs.
const require = createRequire(import.meta.url)
const {
  closeSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync
} = require('node:fs') as typeof import('node:fs')
const { homedir } = require('node:os') as typeof import('node:os')
const { dirname, join } = require('node:path') as typeof import('node:path')
const { fileURLToPath, pathToFileURL } = require('node:url') as typeof import('node:url')
const { Script } = require('node:vm') as typeof import('node:vm')

/** GLIBC_FLOOR_CODE_CACHE: a directory to use instead of the default, or 0 / off to never read or write one. */
export function cacheDirectory(env: NodeJS.ProcessEnv): string | null {
  const set = env.GLIBC_FLOOR_CODE_CACHE
  if (set !== undefined && /^(0|off|false|no)?$/i.test(set)) return null
  if (set) return set
  const user = env.HOME || home()
  const base = env.XDG_CACHE_HOME || (user ? join(user, '.cache') : null)
  return base ? join(base, 'glibc-floor') : null
}

function home(): string | null {
  try {
    return homedir() || null
  } catch {
    return null
  }
}

/** The directory, created 0700 if missing; null unless it is a real directory of this user that only they can write. */
export function privateDirectory(dir: string): string | null {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    const st = lstatSync(dir)
    const uid = process.getuid?.()
    if (!st.isDirectory() || (uid !== undefined && st.uid !== uid) || (st.mode & 0o022) !== 0) return null
    return dir
  } catch {
    return null
  }
}

/** The bundle's first line, written by scripts/bundle.mjs: `// sha256:<hex>` of everything after it. */
export function bundleHash(source: string): string | null {
  return /^\/\/ sha256:([0-9a-f]{64})\n/.exec(source)?.[1] ?? null
}

export interface CacheUse {
  file: string | null
  /** What happened to the cache: read and accepted, rejected (damaged, or by V8), missing, or not used at all. */
  state: 'accepted' | 'rejected' | 'missing' | 'off'
}

/**
 * Runs the CLI bundle (a classic script in a function taking `require` and `importMetaUrl`) with its code
 * cache when there is a usable one, and writes the cache at exit when there was none or V8 rejected it.
 */
export function runBundle(at: string | URL, env: NodeJS.ProcessEnv = process.env): CacheUse {
  const bundle = typeof at === 'string' ? at : fileURLToPath(at)
  const source = readFileSync(bundle, 'utf8')
  const hash = bundleHash(source)
  const dir = hash === null ? null : cacheDirectory(env)
  const file =
    dir === null ? null : join(dir, `cli-${hash!.slice(0, 32)}-${process.version}-${process.arch}.v8`)
  let cachedData: Buffer | undefined
  let damaged = false
  if (file !== null && privateDirectory(dir!) !== null) {
    try {
      const sealed = readFileSync(file)
      cachedData = unseal(sealed)
      damaged = cachedData === undefined
    } catch {
      cachedData = undefined
    }
  }
  const script = new Script(`(function (require, importMetaUrl) {${source}\n})`, {
    filename: bundle,
    cachedData
  })
  const use: CacheUse = {
    file,
    state:
      file === null
        ? 'off'
        : cachedData === undefined
          ? damaged
            ? 'rejected'
            : 'missing'
          : script.cachedDataRejected
            ? 'rejected'
            : 'accepted'
  }
  if (use.state === 'missing' || use.state === 'rejected') process.once('exit', () => save(script, file!))
  const run = script.runInThisContext() as (require: NodeJS.Require, importMetaUrl: string) => void
  run(createRequire(bundle), pathToFileURL(bundle).href)
  return use
}

/** Written beside its final name and renamed over it: a concurrent run reads the old file or the new, never half. */
function save(script: VmScript, file: string): void {
  const dir = privateDirectory(dirname(file))
  if (dir === null) return
  const tmp = `${file}.${process.pid}.tmp`
  try {
    const data = seal(script.createCachedData())
    const fd = openSync(tmp, 'wx', 0o600)
    try {
      writeSync(fd, data)
    } finally {
      closeSync(fd)
    }
    renameSync(tmp, file)
    prune(dir, file, Date.now())
  } catch {
    rmSync(tmp, { force: true })
    // A cache is an optimisation: a full disk or a read-only home never changes what the CLI did.
  }
}

/** Caches of other builds or Node.js versions, and temporary files of crashed runs, unwritten for this long. */
export const STALE_MS = 30 * 24 * 3600 * 1000

/**
 * Each upgrade of the tool or of Node.js leaves a cache behind: when a new one is written, the directory's
 * caches not rewritten for 30 days go. Only names this module writes are touched.
 */
export function prune(dir: string, keep: string, now: number): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (path === keep || !/^cli-[0-9a-f]{32}-v[\w.-]+\.v8(\.\d+\.tmp)?$/.test(name)) continue
    try {
      if (now - lstatSync(path).mtimeMs > STALE_MS) rmSync(path, { force: true })
    } catch {
      // Gone already (another run pruned it).
    }
  }
}

// V8 checks a cache's version, flags and source length, not its bytes (release builds skip the checksum):
// damaged bytecode would crash the run. The file is the cache behind a magic, its length and a checksum.
const MAGIC = 0x31434647 // "GFC1"
const HEAD = 12

/** FNV-1a over 32-bit words, then the tail bytes: ~50k interpreted steps for a 190 kB cache, about 1 ms. */
export function checksum(bytes: Uint8Array): number {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.from(bytes)
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length >>> 2)
  let h = 0x811c9dc5 | 0
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ words[i], 0x01000193)
  for (let i = words.length * 4; i < aligned.length; i++) h = Math.imul(h ^ aligned[i], 0x01000193)
  return h >>> 0
}

export function seal(data: Buffer): Buffer {
  const out = Buffer.allocUnsafe(HEAD + data.length)
  out.writeUInt32LE(MAGIC, 0)
  out.writeUInt32LE(data.length, 4)
  data.copy(out, HEAD)
  out.writeUInt32LE(checksum(out.subarray(HEAD)), 8)
  return out
}

/** The cache inside a sealed file; undefined when anything about it is off. */
export function unseal(file: Buffer): Buffer | undefined {
  if (file.length < HEAD || file.readUInt32LE(0) !== MAGIC) return undefined
  const data = file.subarray(HEAD)
  if (file.readUInt32LE(4) !== data.length || file.readUInt32LE(8) !== checksum(data)) return undefined
  return data
}
