// A release as audit input: resolve it, select assets, download, verify and unpack them. Returns either
// the paths to audit or the reason the release gives nothing to audit (the step is then skipped).
import * as core from '@actions/core'
import { join } from 'node:path'
import {
  fetchReleaseAssets,
  safeFileName,
  selectAssets,
  type FetchedAsset,
  type Release,
  type RepoRef
} from '../sources/index.js'
import type { GithubClient } from './github.js'

export interface ReleaseFiles {
  release: Release
  fetched: FetchedAsset[]
  /** Directory holding one entry per asset; report paths are shown relative to it. */
  assetsDir: string
  /** One summary line: which release, how many assets, how they were verified. */
  line: string
}

export type ReleaseOutcome = ReleaseFiles | { skipped: string }

export const repoName = (r: RepoRef): string => `${r.owner}/${r.repo}`

export async function resolveOrSkip(
  client: GithubClient,
  repo: RepoRef,
  which: string
): Promise<Release | { skipped: string }> {
  const release = which === 'latest' ? await client.api.latest(repo) : await client.api.byTag(repo, which)
  if (release) return release
  return {
    skipped:
      which === 'latest'
        ? `${repoName(repo)} has no published release yet (drafts and prereleases do not count as latest)`
        : `${repoName(repo)} has no release tagged ${which}`
  }
}

export async function releaseFiles(
  client: GithubClient,
  repo: RepoRef,
  release: Release,
  assetPattern: string,
  workDir: string
): Promise<ReleaseOutcome> {
  const selection = selectAssets(release.assets, assetPattern)
  for (const i of selection.ignored) core.info(`not audited: ${i.name} (${i.reason})`)
  if (selection.selected.length === 0) {
    const names = release.assets.map(a => a.name)
    return {
      skipped:
        `release ${release.tag} of ${repoName(repo)} has no asset matching asset-pattern` +
        (names.length
          ? ` (assets: ${names.slice(0, 10).join(', ')}${names.length > 10 ? ', …' : ''})`
          : ' (it has no assets)')
    }
  }
  const dir = join(workDir, safeFileName(`${repoName(repo).replace('/', '-')}-${release.tag}`))
  const fetched = await fetchReleaseAssets(release, selection, {
    workDir: dir,
    download: client.downloader(repo),
    log: { info: l => core.info(l), warning: l => core.warning(l) }
  })
  const verified = fetched.filter(f => f.verified).length
  const line =
    `Release [${release.tag}](${release.url}) of ${repoName(repo)}: ${fetched.length} asset(s) ` +
    `(${verified === fetched.length ? 'all' : verified} verified against published checksums` +
    `${verified < fetched.length ? ', the rest by size' : ''}): ${fetched.map(f => `\`${f.asset.name}\``).join(', ')}`
  return { release, fetched, assetsDir: join(dir, 'assets'), line }
}
