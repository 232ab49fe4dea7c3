// Creates the GitHub release of a tag, or updates it when a re-run finds it: notes from CHANGELOG.md, the
// prerelease flag from the version, and "latest" left to GitHub's date-and-version rule (make_latest:
// legacy) so a backport never becomes the latest release. Files given are attached as assets (replacing
// a same-named asset of an earlier run), e.g. the npm package tarball of the CLI.
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { ReleaseError } from './version.mjs'

async function call(api, token, method, path, body, contentType = 'application/json') {
  const raw = Buffer.isBuffer(body)
  const res = await globalThis.fetch(path.startsWith('http') ? path : `${api}${path}`, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${token}`,
      'x-github-api-version': '2022-11-28',
      'user-agent': 'glibc-floor-action-release',
      ...(body ? { 'content-type': contentType } : {})
    },
    body: body ? (raw ? body : JSON.stringify(body)) : undefined
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

/** { action: 'created' | 'updated', url, assets: names uploaded } */
export async function publishRelease({ apiUrl, repository, token, tag, notes, prerelease, assets = [] }) {
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
  let r
  let action
  if (found.status === 200 && found.json?.id) {
    r = await call(api, token, 'PATCH', `${base}/${found.json.id}`, release)
    if (r.status !== 200) throw fail(`updating release ${tag}`, r)
    action = 'updated'
  } else {
    if (found.status !== 404) throw fail(`looking up release ${tag}`, found)
    r = await call(api, token, 'POST', base, release)
    if (r.status !== 201) throw fail(`creating release ${tag}`, r)
    action = 'created'
  }
  const uploaded = []
  for (const file of assets) {
    const name = basename(file)
    for (const old of (r.json?.assets ?? []).filter(a => a.name === name)) {
      const d = await call(api, token, 'DELETE', `${base}/assets/${old.id}`)
      if (d.status !== 204) throw fail(`deleting the earlier ${name}`, d)
    }
    // upload_url is a URI template: ".../assets{?name,label}".
    const uploadUrl = String(r.json?.upload_url ?? '').replace(/\{[^}]*\}$/, '')
    if (!uploadUrl) throw new ReleaseError(`GitHub API: release ${tag} has no upload_url`)
    const u = await call(
      api,
      token,
      'POST',
      `${uploadUrl}?name=${encodeURIComponent(name)}`,
      readFileSync(file),
      'application/octet-stream'
    )
    if (u.status !== 201) throw fail(`uploading ${name}`, u)
    uploaded.push(name)
  }
  return { action, url: r.json?.html_url ?? '', assets: uploaded }
}
