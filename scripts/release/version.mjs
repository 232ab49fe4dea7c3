// Release versions: what a tag may look like, which moving tags (v1, v1.2) follow it, and whether the
// repository's package.json and package-lock.json say the same version.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export class ReleaseError extends Error {
  name = 'ReleaseError'
}

// SemVer 2.0.0 without build metadata: numeric identifiers have no leading zeros.
const NUM = '(0|[1-9]\\d*)'
const PRE =
  '(?:-((?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*))*))?'
const TAG = new RegExp(`^v${NUM}\\.${NUM}\\.${NUM}${PRE}$`)

/**
 * "v1.2.3", "1.2.3" or "refs/tags/v1.2.3" → { tag: "v1.2.3", version: "1.2.3", major: 1, minor: 2, patch: 3,
 * prerelease: null }; anything else is a ReleaseError naming the expected form.
 */
export function parseTag(text) {
  const raw = String(text ?? '')
    .trim()
    .replace(/^refs\/tags\//, '')
  const tag = raw.startsWith('v') ? raw : `v${raw}`
  const m = TAG.exec(tag)
  if (!m)
    throw new ReleaseError(
      `"${text}" is not a release version: expected vMAJOR.MINOR.PATCH (e.g. v1.2.3) or a prerelease such as v1.3.0-rc.1`
    )
  return {
    tag,
    version: tag.slice(1),
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    prerelease: m[4] ?? null
  }
}

const releaseOrNull = t => {
  try {
    const v = parseTag(t)
    return v.prerelease === null && t.startsWith('v') ? v : null
  } catch {
    return null
  }
}

const newer = (a, b) => a.major - b.major || a.minor - b.minor || a.patch - b.patch

/**
 * The moving tags to point at this release: v1 when it is the newest release of major 1, v1.2 when it is the
 * newest of 1.2. A backport (v1.1.5 after v1.2.0) moves v1.1 only; a prerelease moves nothing.
 * `existing` lists the repository's tag names (any: non-version and prerelease tags are ignored).
 */
export function movingTags(tag, existing) {
  const v = parseTag(tag)
  if (v.prerelease !== null) return []
  const releases = existing.map(releaseOrNull).filter(Boolean)
  const major = releases.filter(r => r.major === v.major)
  const minor = major.filter(r => r.minor === v.minor)
  const out = []
  if (!major.some(r => newer(r, v) > 0)) out.push(`v${v.major}`)
  if (!minor.some(r => newer(r, v) > 0)) out.push(`v${v.major}.${v.minor}`)
  return out
}

/** package.json and package-lock.json (both of its version fields) must name the tag's version. */
export function checkPackageVersion(dir, tag) {
  const { version } = parseTag(tag)
  const read = name => {
    try {
      return JSON.parse(readFileSync(join(dir, name), 'utf8'))
    } catch (e) {
      throw new ReleaseError(`cannot read ${name}: ${e.message}`)
    }
  }
  const pkg = read('package.json')
  const lock = read('package-lock.json')
  const found = [
    ['package.json version', pkg.version],
    ['package-lock.json version', lock.version],
    ['package-lock.json packages[""].version', lock.packages?.['']?.version]
  ].filter(([, v]) => v !== version)
  if (found.length > 0)
    throw new ReleaseError(
      `the tag says ${version} but ${found.map(([k, v]) => `${k} is ${v ?? 'missing'}`).join(', ')}; ` +
        `run \`npm version ${version} --no-git-tag-version\`, rebundle dist/ and commit before tagging`
    )
  return version
}
