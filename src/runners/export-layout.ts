// The layout of what the build image's `export` stage writes (docs/kit.md, "Export layout"), read back after
// `--output type=local,dest=<output-dir>`:
//
//   <output-dir>/bin/<binaries>     everything BUILD_COMMAND put in $OUT/bin
//   <output-dir>/BUILD-INFO         key=value lines written by docker/scripts/run-build.sh
//   <output-dir>/glibc-floor.json   the audit report, written here by the build runner (not by the image)
//
// With more than one platform BuildKit's local exporter splits the result per platform:
// <output-dir>/linux_amd64/bin/..., <output-dir>/linux_arm64/bin/... (the platform with '/' replaced by '_').
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

export const EXPORT_BIN_DIR = 'bin'
export const EXPORT_BUILD_INFO = 'BUILD-INFO'
export const EXPORT_REPORT = 'glibc-floor.json'

export interface ExportedPlatform {
  platform: string
  dir: string
  binaries: string[]
  buildInfo: Record<string, string>
}

/** Where BuildKit's local exporter puts one platform's files. */
export function platformDir(outputDir: string, platform: string, platformCount: number): string {
  return platformCount > 1 ? join(outputDir, platform.replaceAll('/', '_')) : outputDir
}

/** BUILD-INFO is `key=value` per line; values escape newlines as \n and backslashes as \\ (run-build.sh). */
export function parseBuildInfo(text: string): Record<string, string> {
  const info: Record<string, string> = {}
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=')
    if (eq <= 0 || line.startsWith('#')) continue
    info[line.slice(0, eq)] = line.slice(eq + 1).replace(/\\(.)/g, (_m, c: string) => (c === 'n' ? '\n' : c))
  }
  return info
}

/** Reads each platform's exported binaries and BUILD-INFO; platforms that exported nothing are left out. */
export function readExports(outputDir: string, platforms: string[]): ExportedPlatform[] {
  const result: ExportedPlatform[] = []
  for (const platform of platforms) {
    const dir = platformDir(outputDir, platform, platforms.length)
    const binDir = join(dir, EXPORT_BIN_DIR)
    const binaries = existsSync(binDir)
      ? readdirSync(binDir)
          .sort()
          .map(name => join(binDir, name))
          .filter(path => statSync(path).isFile())
      : []
    if (binaries.length === 0) continue
    const infoPath = join(dir, EXPORT_BUILD_INFO)
    const buildInfo = existsSync(infoPath) ? parseBuildInfo(readFileSync(infoPath, 'utf8')) : {}
    result.push({ platform, dir, binaries, buildInfo })
  }
  return result
}
