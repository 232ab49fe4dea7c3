// Where fetched runtimes are kept between runs. The action passes @actions/tool-cache (whose find/cacheDir have
// exactly this shape); elsewhere directoryCache keeps them under ~/.cache/glibc-floor.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync, cpSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'

export interface ToolCache {
  /** The cached directory for tool@version (arch), or '' when absent. */
  find(tool: string, version: string, arch?: string): string
  /** Moves/copies `dir` into the cache and returns the cached path. */
  cacheDir(dir: string, tool: string, version: string, arch?: string): Promise<string>
}

export function directoryCache(root: string): ToolCache {
  const place = (tool: string, version: string, arch = 'any'): string => join(root, tool, version, arch)
  return {
    find(tool, version, arch) {
      const dir = place(tool, version, arch)
      return existsSync(`${dir}.complete`) ? dir : ''
    },
    async cacheDir(dir, tool, version, arch) {
      const target = place(tool, version, arch)
      rmSync(target, { recursive: true, force: true })
      rmSync(`${target}.complete`, { force: true })
      mkdirSync(dirname(target), { recursive: true })
      try {
        renameSync(dir, target)
      } catch {
        // different file systems: copy instead
        cpSync(dir, target, { recursive: true, verbatimSymlinks: true })
      }
      writeFileSync(`${target}.complete`, '')
      return target
    }
  }
}

export function defaultCache(env: NodeJS.ProcessEnv = process.env): ToolCache {
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache')
  return directoryCache(join(base, 'glibc-floor'))
}
