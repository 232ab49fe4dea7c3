// Creates the GitHub release of a tag, or updates it when a re-run finds it: notes from CHANGELOG.md, the
// prerelease flag from the version, and "latest" left to GitHub's date-and-version rule (make_latest:
// legacy) so a backport never becomes the latest release.
import { ReleaseError } from './version.mjs'

async function call(api, token, method, path, body) {
  const res = await globalThis.fetch(`${api}${path}`, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${token}`,
      'x-github-api-version': '2022-11-28',
      'user-agent': 'glibc-floor-action-release',
      ...(body ? { 'content-type': 'application/json' } : {})
    },
    body: body ? JSON.stringify(body) : undefined
  })
  const text = await res.text()
  let json = null
  try {
    json = text ? JSON.parse(text) : null
  } catch {
    // An HTML error page: the status says enough.
  }
  return { status: res.status, json }
}

/** { action: 'created' | 'updated', url } */
export async function publishRelease({ apiUrl, repository, token, tag, notes, prerelease }) {
  if (!token) throw new ReleaseError('GITHUB_TOKEN is not set: the release step needs contents: write')
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository ?? ''))
    throw new ReleaseError(`GITHUB_REPOSITORY "${repository ?? ''}" is not owner/name`)
  const api = (apiUrl || 'https://api.github.com').replace(/\/+$/, '')
  const base = `/repos/${repository}/releases`
  const fail = (what, r) =>
    new ReleaseError(
      `GitHub API: ${what} answered ${r.status}${r.json?.message ? `: ${r.json.message}` : ''}`
    )
  const release = {
    tag_name: tag,
    name: tag,
    body: notes,
    draft: false,
    prerelease,
    make_latest: prerelease ? 'false' : 'legacy'
  }
  const found = await call(api, token, 'GET', `${base}/tags/${encodeURIComponent(tag)}`)
  if (found.status === 200 && found.json?.id) {
    const r = await call(api, token, 'PATCH', `${base}/${found.json.id}`, release)
    if (r.status !== 200) throw fail(`updating release ${tag}`, r)
    return { action: 'updated', url: r.json?.html_url ?? '' }
  }
  if (found.status !== 404) throw fail(`looking up release ${tag}`, found)
  const r = await call(api, token, 'POST', base, release)
  if (r.status !== 201) throw fail(`creating release ${tag}`, r)
  return { action: 'created', url: r.json?.html_url ?? '' }
}
