// Start-up of the CLI. A cold run compiles every function it calls from source, lazily, one by one: ~10 ms of
// a ~70 ms audit of Node 24. V8's code cache taken at the end of a run holds all of them (Node's own compile
// cache, `module.enableCompileCache()`, is taken right after the top level compiles and measured no gain), so
// the bundle runs as a classic script through `vm.Script` and its cache is written once per build, per Node
// version, after the first audit that has none.
// Bytecode from disk is code: the cache lives only in a directory the user owns and nobody else can write
// (default `$XDG_CACHE_HOME/glibc-floor` or `~/.cache/glibc-floor`), is keyed by the bundle's own hash and
// file (V8 itself checks only the source's length), and any doubt means compiling from source as before.
import type { Script as VmScript } from 'node:vm'
import { createRequire } from 'node:module'

// Built-ins are required, not imported: an ES module import of node:fs builds its namespace from every
// export, and the lazy ones (ReadStream ...) load Node's streams, ~4 ms before the first line runs.
const require = createRequire(import.meta.url)
const {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  utimesSync,
  writeSync
} = require('node:fs') as typeof import('node:fs')
const { homedir } = require('node:os') as typeof import('node:os')
const { dirname, isAbsolute, join, resolve } = require('node:path') as typeof import('node:path')
const { fileURLToPath, pathToFileURL } = require('node:url') as typeof import('node:url')
const { Script } = require('node:vm') as typeof import('node:vm')

/**
 * GLIBC_FLOOR_CODE_CACHE: a directory to use instead of the default (relative to the working directory), or
 * 0 / off to never read or write one. A relative XDG_CACHE_HOME is ignored, as the XDG spec says.
 */
export function cacheDirectory(env: NodeJS.ProcessEnv): string | null {
  const set = env.GLIBC_FLOOR_CODE_CACHE
  if (set !== undefined && /^(0|off|false|no)?$/i.test(set)) return null
  if (set) return resolve(set)
  const xdg = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : null
  const user = env.HOME || home()
  const base = xdg ?? (user ? join(user, '.cache') : null)
  return base ? join(base, 'glibc-floor') : null
}

function home(): string | null {
  try {
    return homedir() || null
  } catch {
    return null
  }
}

const uid = process.getuid?.()

/** Owned by this user, and nobody else may write it. */
function ours(st: import('node:fs').Stats): boolean {
  return (uid === undefined || st.uid === uid) && (st.mode & 0o022) === 0
}

/** The directory when it is a real directory of this user that only they can write; null otherwise. */
export function privateDirectory(dir: string): string | null {
  try {
    const st = lstatSync(dir)
    return st.isDirectory() && ours(st) ? dir : null
  } catch {
    return null
  }
}

/**
 * privateDirectory, creating what is missing (0700) only below a directory of this user: root running with
 * another user's HOME (sudo, a container with the home mounted) must not leave root-owned folders there.
 */
export function makePrivateDirectory(dir: string): string | null {
  let existing = dir
  let st: import('node:fs').Stats
  for (;;) {
    try {
      st = lstatSync(existing)
      break
    } catch {
      if (dirname(existing) === existing) return null
      existing = dirname(existing)
    }
  }
  if (existing !== dir) {
    if (!st.isDirectory() || (uid !== undefined && st.uid !== uid)) return null
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 })
    } catch {
      return null
    }
  }
  return privateDirectory(dir)
}

/** The bundle's first line, written by scripts/bundle.mjs: `// sha256:<hex>` of everything after it. */
export function bundleHash(source: string): string | null {
  return /^\/\/ sha256:([0-9a-f]{64})\n/.exec(source)?.[1] ?? null
}

/**
 * What ties a cache to the bundle file on disk beyond its hash line: a same-length edit in place (a patched
 * install) changes the time, a copy changes the inode.
 */
export function stampOf(bundle: string): number {
  const st = lstatSync(bundle)
  return checksum(Buffer.from(`${st.size}:${st.mtimeMs}:${st.ino}`))
}

/** The cache file when it is a regular file of this user that nobody else can write, opened without following a link. */
function readOwnFile(file: string): Buffer | undefined {
  let fd: number
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW)
  } catch {
    return undefined
  }
  try {
    const st = fstatSync(fd)
    return st.isFile() && ours(st) ? readFileSync(fd) : undefined
  } catch {
    return undefined
  } finally {
    closeSync(fd)
  }
}

export interface CacheUse {
  file: string | null
  /** What happened to the cache: read and accepted, rejected (damaged, stale, or by V8), missing, or not used. */
  state: 'accepted' | 'rejected' | 'missing' | 'off'
}

/** The CLI bundle beside the launcher, through links (an npm bin is one), or a clean failure. */
export function bundleBeside(launcherUrl: string, name: string): string {
  const launcher = fileURLToPath(launcherUrl)
  let real = launcher
  try {
    real = realpathSync(launcher)
  } catch {
    // The path as given.
  }
  return join(dirname(real), name)
}

/**
 * Runs the CLI bundle (a classic script in a function taking `require` and `importMetaUrl`) with its code
 * cache when there is a usable one. An audit that found none, or one V8 refused, writes it at exit: the audit
 * is the run start-up matters for, and a cache taken after `--help` would hold almost nothing.
 */
export function runBundle(
  bundle: string,
  argv: readonly string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env
): CacheUse {
  let source: string
  try {
    source = readFileSync(bundle, 'utf8')
  } catch (e) {
    process.stderr.write(
      `glibc-floor: cannot read ${bundle} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): ` +
        'the CLI needs it beside cli.js; reinstall the package, or run npm run bundle in a checkout\n'
    )
    process.exitCode = 1
    return { file: null, state: 'off' }
  }
  const hash = bundleHash(source)
  const dir = hash === null ? null : cacheDirectory(env)
  const file =
    dir === null ? null : join(dir, `cli-${hash!.slice(0, 32)}-${process.version}-${process.arch}.v8`)
  const stamp = file === null ? 0 : stampOf(bundle)
  let cachedData: Buffer | undefined
  let damaged = false
  if (file !== null && privateDirectory(dir!) !== null) {
    const sealed = readOwnFile(file)
    if (sealed !== undefined) {
      cachedData = unseal(sealed, stamp)
      damaged = cachedData === undefined
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
  if (use.state === 'accepted') touch(file!)
  else if (use.state !== 'off' && argv[0] === 'audit') process.once('exit', () => save(script, file!, stamp))
  const run = script.runInThisContext() as (require: NodeJS.Require, importMetaUrl: string) => void
  run(createRequire(bundle), pathToFileURL(bundle).href)
  return use
}

/** A cache in use is not stale: pruning goes by the last use, not the first write. */
function touch(file: string): void {
  try {
    const now = new Date()
    utimesSync(file, now, now)
  } catch {
    // A read-only cache still serves.
  }
}

/** Written beside its final name and renamed over it: a concurrent run reads the old file or the new, never half. */
function save(script: VmScript, file: string, stamp: number): void {
  const dir = makePrivateDirectory(dirname(file))
  if (dir === null) return
  // Containers sharing a home can share process ids: the name carries random bits too.
  const tmp = `${file}.${process.pid}${Math.random().toString(36).slice(2, 8)}.tmp`
  let created = false
  try {
    const data = seal(script.createCachedData(), stamp)
    const fd = openSync(tmp, 'wx', 0o600)
    created = true
    try {
      writeSync(fd, data)
    } finally {
      closeSync(fd)
    }
    renameSync(tmp, file)
    created = false
    prune(dir, file, Date.now())
  } catch {
    // A cache is an optimisation: a full disk or a read-only home never changes what the CLI did.
    try {
      if (created) rmSync(tmp, { force: true })
    } catch {
      // Left for prune.
    }
  }
}

/** Caches of other builds or Node.js versions, and temporary files of crashed runs, unused for this long. */
export const STALE_MS = 30 * 24 * 3600 * 1000

/**
 * Each upgrade of the tool or of Node.js leaves a cache behind: when a new one is written, the directory's
 * caches unused for 30 days go. Only names this module writes are touched.
 */
export function prune(dir: string, keep: string, now: number): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (path === keep || !/^cli-[0-9a-f]{32}-v[\w.-]+\.v8(\.\w+\.tmp)?$/.test(name)) continue
    try {
      if (now - lstatSync(path).mtimeMs > STALE_MS) rmSync(path, { force: true })
    } catch {
      // Gone already (another run pruned it).
    }
  }
}

// V8 checks a cache's version, flags and source length, not its bytes (release builds skip the checksum):
// damaged bytecode would crash the run. The file is the cache behind a magic, its length, the bundle's stamp
// and a checksum.
const MAGIC = 0x32434647 // "GFC2"
const HEAD = 16

/** FNV-1a over 32-bit words, then the tail bytes: ~50k interpreted steps for a 190 kB cache, about 1 ms. */
export function checksum(bytes: Uint8Array): number {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.from(bytes)
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length >>> 2)
  let h = 0x811c9dc5 | 0
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ words[i], 0x01000193)
  for (let i = words.length * 4; i < aligned.length; i++) h = Math.imul(h ^ aligned[i], 0x01000193)
  return h >>> 0
}

export function seal(data: Buffer, stamp: number): Buffer {
  const out = Buffer.allocUnsafe(HEAD + data.length)
  out.writeUInt32LE(MAGIC, 0)
  out.writeUInt32LE(data.length, 4)
  out.writeUInt32LE(stamp >>> 0, 8)
  data.copy(out, HEAD)
  out.writeUInt32LE(checksum(out.subarray(HEAD)), 12)
  return out
}

/** The cache inside a sealed file; undefined when anything about it is off, or it was made for another file. */
export function unseal(file: Buffer, stamp: number): Buffer | undefined {
  if (file.length < HEAD || file.readUInt32LE(0) !== MAGIC) return undefined
  const data = file.subarray(HEAD)
  if (file.readUInt32LE(4) !== data.length || file.readUInt32LE(8) !== stamp >>> 0) return undefined
  return file.readUInt32LE(12) === checksum(data) ? data : undefined
}
