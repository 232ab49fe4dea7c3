// The octokit edge: release look-ups through @actions/github's client (base URL from GITHUB_API_URL, so
// GHES works), with our retry policy and errors. Everything else in src/sources is plain functions.
import type { getOctokit } from '@actions/github'
import { SourceError } from './errors.js'
import { classifyStatus, withRetry, type RetryOptions } from './retry.js'

export type Octokit = ReturnType<typeof getOctokit>

export interface RepoRef {
  owner: string
  repo: string
}

export interface ReleaseAsset {
  id: number
  name: string
  size: number
  contentType?: string
}

export interface Release {
  id: number
  tag: string
  name: string
  draft: boolean
  prerelease: boolean
  /** ISO date the release was published (created, for drafts). */
  date: string
  url: string
  assets: ReleaseAsset[]
}

/** What the release source needs from GitHub; tests drive it against the fake server. */
export interface ReleasesApi {
  /** null when the repository exists but has no (published, non-prerelease) release. */
  latest(repo: RepoRef): Promise<Release | null>
  /** null when no release has that tag. */
  byTag(repo: RepoRef, tag: string): Promise<Release | null>
  /** Every release, newest first as GitHub lists them. */
  list(repo: RepoRef): Promise<Release[]>
}

export function parseRepository(text: string): RepoRef {
  const m = /^([A-Za-z0-9-_.]+)\/([A-Za-z0-9-_.]+)$/.exec(text.trim())
  if (!m) throw new SourceError('BAD_INPUT', `repository must be owner/name, got ${JSON.stringify(text)}`)
  return { owner: m[1], repo: m[2] }
}

interface RawRelease {
  id: number
  tag_name: string
  name?: string | null
  draft: boolean
  prerelease: boolean
  published_at?: string | null
  created_at: string
  html_url: string
  assets: { id: number; name: string; size: number; content_type?: string }[]
}

function toRelease(r: RawRelease): Release {
  return {
    id: r.id,
    tag: r.tag_name,
    name: r.name || r.tag_name,
    draft: r.draft,
    prerelease: r.prerelease,
    date: r.published_at || r.created_at,
    url: r.html_url,
    assets: r.assets.map(a => ({ id: a.id, name: a.name, size: a.size, contentType: a.content_type }))
  }
}

/** Octokit's RequestError → Transient/SourceError with our wording (never the request, which holds the token). */
function mapError(e: unknown, what: string): unknown {
  const err = e as {
    status?: number
    response?: { headers?: Record<string, string | undefined> }
    message?: string
  }
  if (typeof err?.status !== 'number') return e
  const headers = err.response?.headers ?? {}
  const classified = classifyStatus(err.status, n => headers[n.toLowerCase()], what, Date.now())
  if (classified) return classified
  // octokit reports network failures as status 500 with no response; anything else odd is fatal.
  return new SourceError('HTTP', `${what}: ${err.message ?? 'request failed'}`, err.status)
}

export function octokitReleasesApi(octokit: Octokit, retry: Partial<RetryOptions> = {}): ReleasesApi {
  const call = <T>(what: string, fn: () => Promise<T>): Promise<T> =>
    withRetry(async () => {
      try {
        return await fn()
      } catch (e) {
        throw mapError(e, what)
      }
    }, retry)

  /** GitHub answers 404 both for "no release" and "no such repository"; ask which one it is. */
  const missing = async (repo: RepoRef): Promise<null> => {
    await call(`repository ${repo.owner}/${repo.repo}`, () => octokit.rest.repos.get({ ...repo }))
    return null
  }

  const orNull = async (
    repo: RepoRef,
    what: string,
    fn: () => Promise<{ data: unknown }>
  ): Promise<Release | null> => {
    try {
      return toRelease((await call(what, fn)).data as RawRelease)
    } catch (e) {
      if (e instanceof SourceError && e.code === 'NOT_FOUND') return missing(repo)
      throw e
    }
  }

  return {
    latest: repo =>
      orNull(repo, `latest release of ${repo.owner}/${repo.repo}`, () =>
        octokit.rest.repos.getLatestRelease({ ...repo })
      ),
    byTag: (repo, tag) =>
      orNull(repo, `release ${tag} of ${repo.owner}/${repo.repo}`, () =>
        octokit.rest.repos.getReleaseByTag({ ...repo, tag })
      ),
    list: async repo => {
      const what = `releases of ${repo.owner}/${repo.repo}`
      const all = await call(what, () =>
        octokit.paginate(octokit.rest.repos.listReleases, { ...repo, per_page: 100 })
      )
      return (all as RawRelease[]).map(toRelease)
    }
  }
}

/** The published, non-prerelease release just before `current` by date (for `baseline: previous-release`). */
export function previousRelease(all: Release[], current: Release): Release | null {
  const stable = all
    .filter(
      // Strictly earlier: the current release itself, and any of the same instant, are not its predecessor.
      r => !r.draft && !r.prerelease && Date.parse(r.date) < Date.parse(current.date)
    )
    .sort((a, b) => Date.parse(b.date) - Date.parse(a.date))
  return stable[0] ?? null
}
