// The GitHub client for release inputs: @actions/github's octokit (GITHUB_API_URL, so GHES works) for the
// REST calls, our own download (Node's http client, same proxy settings) for assets, our retry policy,
// and progress in the log.
import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { GitHub } from '@actions/github/lib/utils'
import {
  githubAssetDownloader,
  octokitReleasesApi,
  progressLogger,
  type AssetDownloader,
  type Octokit,
  type ReleasesApi,
  type RepoRef,
  type RetryOptions
} from '../sources/index.js'

export interface GithubClient {
  api: ReleasesApi
  downloader(repo: RepoRef): AssetDownloader
}

export function githubClient(token: string, env: NodeJS.ProcessEnv = process.env): GithubClient {
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '')
  // An empty token still works for public repositories (at a lower rate limit).
  const octokit = (
    token ? getOctokit(token, { baseUrl: apiUrl }) : new GitHub({ baseUrl: apiUrl })
  ) as Octokit
  const retry: Partial<RetryOptions> = {
    onRetry: ({ delayMs, reason }) => core.info(`${reason}; retrying in ${(delayMs / 1000).toFixed(1)} s`)
  }
  return {
    api: octokitReleasesApi(octokit, retry),
    downloader: repo =>
      githubAssetDownloader({
        apiUrl,
        repo,
        token: token || undefined,
        retry,
        progress: asset => progressLogger(`downloading ${asset.name}`, line => core.info(line))
      })
  }
}
