// Inputs for the audit: files in the workspace and GitHub release assets (downloaded, verified, unpacked).
export { SourceError, isSourceError, type SourceErrorCode } from './errors.js'
export { parsePathList } from './paths.js'
export { DEFAULT_ASSET_PATTERN, selectAssets, safeFileName, type AssetSelection } from './assets.js'
export { parseNameFilter, matchesFilter, globToRegExp, type NameFilter } from './glob.js'
export { parseChecksums, isChecksumAsset, type Digest } from './checksums.js'
export { defaultRetry, withRetry, type RetryOptions } from './retry.js'
export {
  downloadToFile,
  progressLogger,
  DEFAULT_IDLE_TIMEOUT_MS,
  type DownloadOptions,
  type DownloadResult
} from './download.js'
export { nodeGet, type HttpGet, type GetOptions } from './http-get.js'
export {
  extractArchive,
  detectArchive,
  defaultLimits,
  type ArchiveKind,
  type ExtractLimits
} from './archive/index.js'
export {
  octokitReleasesApi,
  parseRepository,
  previousRelease,
  type Octokit,
  type Release,
  type ReleaseAsset,
  type ReleasesApi,
  type RepoRef
} from './github-releases.js'
export {
  fetchReleaseAssets,
  githubAssetDownloader,
  resolveRelease,
  type AssetDownloader,
  type FetchedAsset,
  type FetchOptions,
  type SourceLog
} from './release-source.js'
