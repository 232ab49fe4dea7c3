// The only code that writes archive members to disk. Format readers (tar, zip) hand it entries; it checks
// each one before touching the filesystem and keeps an in-memory picture of what it wrote, so the checks
// are made against exactly what is on disk: the target directory starts empty and nothing else writes
// into it. Nothing is ever written through a symlink, files are created with O_EXCL, and symlink targets
// are resolved through the links already extracted (and again once the archive is complete).
import { constants } from 'node:fs'
import { link, mkdir, open, readdir, rm, symlink, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { SourceError } from '../errors.js'

export interface ExtractLimits {
  /** Cap on bytes written for the whole archive, counted as they are written. */
  maxBytes: number
  /** Cap on members (files, dirs, links). */
  maxEntries: number
}

export const defaultLimits: ExtractLimits = { maxBytes: 2 * 1024 ** 3, maxEntries: 20_000 }

type Kind = 'dir' | 'file' | 'symlink'

const MAX_LINK_DEPTH = 40

export class ExtractTarget {
  private readonly kinds = new Map<string, Kind>([['', 'dir']])
  private readonly links = new Map<string, string>()
  private entries = 0
  /** Bytes written so far. */
  bytes = 0
  /** Regular files written, relative to root, in order: a member that repeats replaces the earlier one. */
  private readonly written = new Set<string>()

  get files(): string[] {
    return [...this.written]
  }

  private constructor(
    readonly root: string,
    /** Archive name for messages. */
    readonly archive: string,
    readonly limits: ExtractLimits,
    /** Check entries and track them in memory only (zip validates the whole archive this way first). */
    private readonly dry = false
  ) {}

  /** A target that runs every check but writes nothing. */
  dryRun(): ExtractTarget {
    return new ExtractTarget(this.root, this.archive, this.limits, true)
  }

  /** Creates the target directory, which must not exist yet or be empty. */
  static async create(root: string, archive: string, limits: ExtractLimits): Promise<ExtractTarget> {
    await mkdir(root, { recursive: true })
    if ((await readdir(root)).length > 0) {
      throw new SourceError('BAD_INPUT', `${archive}: extraction directory ${root} is not empty`)
    }
    return new ExtractTarget(root, archive, limits)
  }

  private unsafe(entry: string, why: string): SourceError {
    return new SourceError('UNSAFE_ENTRY', `${this.archive}: refused entry ${JSON.stringify(entry)}: ${why}`)
  }

  /**
   * Archive member name → normalised relative path ('' for the root itself). Refuses absolute paths,
   * any `..` component and NUL bytes; `./` and empty components are dropped.
   */
  relPath(name: string): string {
    if (name.includes('\0')) throw this.unsafe(name, 'NUL byte in name')
    if (name.startsWith('/')) throw this.unsafe(name, 'absolute path')
    if (/^[A-Za-z]:[\\/]/.test(name) || name.startsWith('\\'))
      throw this.unsafe(name, 'absolute (Windows) path')
    const parts = name.split('/').filter(p => p !== '' && p !== '.')
    // A '..' component, also between backslashes: an ordinary byte on Linux, but zip tools on Windows write it
    // as a separator.
    if (parts.some(p => p.split('\\').includes('..')))
      throw this.unsafe(name, "'..' component would escape the target")
    return parts.join('/')
  }

  private count(name: string): void {
    if (++this.entries > this.limits.maxEntries) {
      throw new SourceError(
        'ARCHIVE_TOO_LARGE',
        `${this.archive}: more than ${this.limits.maxEntries} entries (at ${JSON.stringify(name)})`
      )
    }
  }

  /** Makes every parent of rel a real directory we created; refuses to go through links or files. */
  private async parents(rel: string, name: string): Promise<void> {
    const parts = rel.split('/')
    for (let i = 1; i < parts.length; i++) {
      const prefix = parts.slice(0, i).join('/')
      const kind = this.kinds.get(prefix)
      if (kind === 'symlink') throw this.unsafe(name, `its parent ${prefix} is a symlink in the archive`)
      if (kind === 'file') throw this.unsafe(name, `its parent ${prefix} is a file`)
      if (!kind) {
        await this.fs(name, () => mkdir(join(this.root, prefix), { mode: 0o755 }))
        this.kinds.set(prefix, 'dir')
      }
    }
  }

  /** Runs a filesystem call, turning its failure into an error naming the entry. */
  private async fs<T>(name: string, op: () => Promise<T>): Promise<T | undefined> {
    if (this.dry) return undefined
    try {
      return await op()
    } catch (e) {
      if (e instanceof SourceError) throw e
      throw new SourceError(
        'BAD_ARCHIVE',
        `${this.archive}: cannot extract ${JSON.stringify(name)}: ${(e as Error).message}`
      )
    }
  }

  /** Existing entry at rel: directories may repeat, regular files may be replaced, nothing else. */
  private async replaceable(rel: string, name: string, next: Kind): Promise<boolean> {
    const kind = this.kinds.get(rel)
    if (!kind) return false
    if (kind === 'dir' && next === 'dir') return true
    if (kind === 'file' && next === 'file') {
      await this.fs(name, () => unlink(join(this.root, rel)))
      this.kinds.delete(rel)
      return false
    }
    throw this.unsafe(name, `it would replace the ${kind} already extracted at ${rel || '.'}`)
  }

  async dir(name: string): Promise<void> {
    this.count(name)
    const rel = this.relPath(name)
    if (rel === '') return
    await this.parents(rel, name)
    if (await this.replaceable(rel, name, 'dir')) return
    await this.fs(name, () => mkdir(join(this.root, rel), { mode: 0o755 }))
    this.kinds.set(rel, 'dir')
  }

  /** Writes a regular file from data chunks, counting bytes against the cap as they arrive. */
  async file(name: string, mode: number, data: AsyncIterable<Buffer>): Promise<void> {
    this.count(name)
    const rel = this.relPath(name)
    if (rel === '') throw this.unsafe(name, 'a file cannot be the archive root')
    await this.parents(rel, name)
    await this.replaceable(rel, name, 'file')
    // Keep the execute bit, drop setuid/setgid/sticky and group/other write.
    const perm = mode & 0o111 ? 0o755 : 0o644
    this.kinds.set(rel, 'file')
    if (this.dry) {
      this.written.add(rel)
      return
    }
    const fh = (await this.fs(name, () =>
      open(
        join(this.root, rel),
        constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
        perm
      )
    ))!
    try {
      for await (const chunk of data) {
        this.bytes += chunk.length
        if (this.bytes > this.limits.maxBytes) {
          throw new SourceError(
            'ARCHIVE_TOO_LARGE',
            `${this.archive}: expands beyond ${this.limits.maxBytes} bytes (while writing ${JSON.stringify(name)})`
          )
        }
        await this.fs(name, () => fh.write(chunk))
      }
    } finally {
      await fh.close()
    }
    this.written.add(rel)
  }

  /**
   * Resolves `target` as the kernel would from the directory holding `rel`, following links extracted so
   * far; throws when it leaves the root at any step.
   */
  private resolve(rel: string, target: string, name: string, depth = 0): string {
    if (depth > MAX_LINK_DEPTH) throw this.unsafe(name, 'symlink loop')
    if (target.startsWith('/')) throw this.unsafe(name, `symlink to absolute path ${target}`)
    const stack = rel.split('/').slice(0, -1).filter(Boolean)
    for (const part of target.split('/')) {
      if (part === '' || part === '.') continue
      if (part === '..') {
        if (stack.length === 0)
          throw this.unsafe(name, `symlink target ${target} escapes the target directory`)
        stack.pop()
        continue
      }
      stack.push(part)
      const here = stack.join('/')
      const via = this.links.get(here)
      if (via !== undefined) {
        const resolved = this.resolve(here, via, name, depth + 1)
        stack.splice(0, stack.length, ...resolved.split('/').filter(Boolean))
      }
    }
    return stack.join('/')
  }

  async symlink(name: string, target: string): Promise<void> {
    this.count(name)
    const rel = this.relPath(name)
    if (rel === '') throw this.unsafe(name, 'the archive root cannot be a symlink')
    if (!target || target.includes('\0')) throw this.unsafe(name, 'empty or invalid symlink target')
    this.resolve(rel, target, name)
    await this.parents(rel, name)
    await this.replaceable(rel, name, 'symlink')
    await this.fs(name, () => symlink(target, join(this.root, rel)))
    this.kinds.set(rel, 'symlink')
    this.links.set(rel, target)
  }

  /** Tar hard link: the target is an archive path that must name a regular file extracted earlier. */
  async hardlink(name: string, target: string): Promise<void> {
    this.count(name)
    const rel = this.relPath(name)
    const to = this.relPath(target)
    if (this.kinds.get(to) !== 'file') {
      throw this.unsafe(
        name,
        `hard link to ${JSON.stringify(target)}, which is not a regular file earlier in the archive`
      )
    }
    await this.parents(rel, name)
    await this.replaceable(rel, name, 'file')
    // link(2) does not follow a symlink at the source, and `to` is a file we wrote ourselves.
    await this.fs(name, () => link(join(this.root, to), join(this.root, rel)))
    this.kinds.set(rel, 'file')
    this.written.add(rel)
  }

  /**
   * Re-checks every symlink against the complete archive: a link that was harmless when written can be
   * made to escape by a link extracted after it.
   */
  finish(): void {
    for (const [rel, target] of this.links) this.resolve(rel, target, rel)
  }

  /** Removes everything extracted (used when the archive is refused). */
  async discard(): Promise<void> {
    await rm(this.root, { recursive: true, force: true })
  }
}
