// Release assets as audit input: resolve the release, pick the assets, fetch the published checksums,
// download each asset (verified) and unpack archives, leaving one entry per asset under `<workDir>/assets`
// (the raw file, or a directory holding the archive's contents) so reports can name files by asset.
import { mkdir, rename, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { extractArchive, type ArchiveKind, type ExtractLimits } from './archive/index.js'
import { safeFileName, type AssetSelection } from './assets.js'
import { coveredAsset, parseChecksums, type Digest } from './checksums.js'
import { downloadToFile, type DownloadOptions, type DownloadResult } from './download.js'
import { SourceError } from './errors.js'
import type { Release, ReleaseAsset, ReleasesApi, RepoRef } from './github-releases.js'
import type { RetryOptions } from './retry.js'
import { during } from '../activity.js'

export interface SourceLog {
  info(line: string): void
  warning(line: string): void
}

export type AssetDownloader = (asset: ReleaseAsset, dest: string, digest?: Digest) => Promise<DownloadResult>

export interface GithubDownloaderOptions {
  /** REST base URL, e.g. https://api.github.com or https://ghes.example.com/api/v3 */
  apiUrl: string
  repo: RepoRef
  token?: string
  retry?: Partial<RetryOptions>
  /** Progress callback factory, one per asset. */
  progress?: (asset: ReleaseAsset) => (received: number, total: number | undefined) => void
  /** Transport, idle timeout, trust roots and proxy decision, passed to every download. */
  http?: Pick<DownloadOptions, 'get' | 'idleTimeoutMs' | 'ca' | 'proxyFor'>
}

/** Downloads through GET /repos/{owner}/{repo}/releases/assets/{id}, which works for private repositories too. */
export function githubAssetDownloader(o: GithubDownloaderOptions): AssetDownloader {
  const base = o.apiUrl.replace(/\/+$/, '')
  return (asset, dest, digest) =>
    downloadToFile(
      {
        url: `${base}/repos/${o.repo.owner}/${o.repo.repo}/releases/assets/${asset.id}`,
        headers: {
          accept: 'application/octet-stream',
          'user-agent': 'glibc-floor-action',
          'x-github-api-version': '2022-11-28',
          ...(o.token ? { authorization: `Bearer ${o.token}` } : {})
        },
        dest,
        expectedSize: asset.size,
        digest,
        what: `asset ${asset.name}`
      },
      { ...o.http, retry: o.retry, onProgress: o.progress?.(asset) }
    )
}

/** `latest` (the newest published non-prerelease release) or a tag; null when there is none. */
export async function resolveRelease(
  api: ReleasesApi,
  repo: RepoRef,
  which: string
): Promise<Release | null> {
  const w = which.trim()
  if (!w) throw new SourceError('BAD_INPUT', 'release must be "latest" or a tag')
  return w === 'latest' ? api.latest(repo) : api.byTag(repo, w)
}

export interface FetchedAsset {
  asset: ReleaseAsset
  kind: ArchiveKind
  /** The raw file, or the directory the archive was unpacked into. */
  path: string
  /** Regular files the archive held (1 for a raw asset). */
  files: number
  sha256: string
  /** Checked against a published checksum (not only its size). */
  verified: boolean
}

export interface FetchOptions {
  /** A fresh directory for this release. */
  workDir: string
  download: AssetDownloader
  limits?: ExtractLimits
  log: SourceLog
}

/** Checksum files are small text; anything big is not one we should trust or hold in memory. */
const MAX_CHECKSUM_FILE = 1024 * 1024

async function publishedDigests(
  selection: AssetSelection,
  o: FetchOptions
): Promise<{ digests: Map<string, Digest>; sources: string[] }> {
  const wanted = new Set(selection.selected.map(a => a.name))
  const digests = new Map<string, Digest>()
  const sources: string[] = []
  const dir = join(o.workDir, 'checksums')
  await mkdir(dir, { recursive: true })
  for (const cf of selection.checksumFiles) {
    const covered = coveredAsset(cf.name)
    if (covered !== undefined && !wanted.has(covered)) continue
    if (cf.size > MAX_CHECKSUM_FILE) {
      o.log.warning(`checksum file ${cf.name} is ${cf.size} bytes; ignored`)
      continue
    }
    const dest = join(dir, safeFileName(cf.name))
    await o.download(cf, dest)
    sources.push(cf.name)
    for (const [name, digest] of parseChecksums(await readFile(dest, 'utf8'), cf.name)) {
      const prior = digests.get(name)
      if (prior && prior.algorithm === digest.algorithm && prior.hex !== digest.hex) {
        throw new SourceError(
          'CHECKSUM_MISMATCH',
          `${prior.source} and ${digest.source} publish different ${digest.algorithm} digests for ${name}`
        )
      }
      // Prefer the stronger digest when a release publishes both.
      if (!prior || digest.algorithm === 'sha512') digests.set(name, digest)
    }
  }
  return { digests, sources }
}

/** Downloads, verifies and unpacks the selected assets of a release. */
export async function fetchReleaseAssets(
  release: Release,
  selection: AssetSelection,
  o: FetchOptions
): Promise<FetchedAsset[]> {
  const downloads = join(o.workDir, 'downloads')
  const assetsDir = join(o.workDir, 'assets')
  await mkdir(downloads, { recursive: true })
  await mkdir(assetsDir, { recursive: true })

  const { digests, sources } = await publishedDigests(selection, o)
  if (sources.length === 0)
    o.log.info(`${release.tag} publishes no checksum file; assets are checked against their listed size only`)

  const out: FetchedAsset[] = []
  for (const asset of selection.selected) {
    const fileName = safeFileName(asset.name)
    const downloaded = join(downloads, fileName)
    const digest = digests.get(asset.name)
    if (sources.length > 0 && !digest)
      o.log.warning(`no checksum for ${asset.name} in ${sources.join(', ')}; size checked only`)
    const result = await o.download(asset, downloaded, digest)
    o.log.info(
      `${asset.name}: ${result.bytes} bytes, sha256 ${result.sha256}` +
        (digest ? ` (${digest.algorithm} matches ${digest.source})` : '')
    )
    const target = join(assetsDir, fileName)
    const extracted = await during(`unpacking asset ${asset.name}`, () =>
      extractArchive(downloaded, target, { name: asset.name, limits: o.limits })
    )
    if (extracted.kind === 'raw') {
      await rename(downloaded, target)
      out.push({
        asset,
        kind: 'raw',
        path: target,
        files: 1,
        sha256: result.sha256,
        verified: result.verified
      })
    } else {
      o.log.info(
        `${asset.name}: ${extracted.kind} archive, ${extracted.files.length} files (${extracted.bytes} bytes) unpacked`
      )
      out.push({
        asset,
        kind: extracted.kind,
        path: target,
        files: extracted.files.length,
        sha256: result.sha256,
        verified: result.verified
      })
    }
  }
  return out
}
