// The git side of a release, with the git CLI: make sure the version tag is on the released commit, and
// move the major and minor tags to it in one atomic push, so a consumer of @v1 never sees v1 and v1.2 apart.
import { execFileSync } from 'node:child_process'
import { movingTags, parseTag, ReleaseError } from './version.mjs'

export function git(args, cwd) {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
  } catch (e) {
    const detail = (e.stderr || e.message || '').trim().split('\n').slice(-5).join('\n')
    throw new ReleaseError(`git ${args[0]} failed:\n${detail}`)
  }
}

/** The remote's tags: name → commit (annotated tags peeled). */
export function remoteTags(remote, cwd) {
  const tags = new Map()
  const out = git(['ls-remote', '--tags', remote], cwd)
  for (const line of out.split('\n').filter(Boolean)) {
    const [sha, ref] = line.split('\t')
    const name = ref.replace(/^refs\/tags\//, '')
    if (name.endsWith('^{}')) tags.set(name.slice(0, -3), sha)
    else if (!tags.has(name)) tags.set(name, sha)
  }
  return tags
}

const commitOf = (ref, cwd) => git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd)

function localCommitOf(tag, cwd) {
  try {
    return commitOf(`refs/tags/${tag}`, cwd)
  } catch {
    return null
  }
}

/**
 * The version tag on HEAD: kept when it already names HEAD (a tag push, or a re-run), created as an
 * annotated tag and pushed otherwise (workflow_dispatch). A tag on another commit is an error, never moved.
 */
export function ensureVersionTag(tagText, remote, cwd) {
  const { tag } = parseTag(tagText)
  const head = commitOf('HEAD', cwd)
  const where = remoteTags(remote, cwd).get(tag) ?? localCommitOf(tag, cwd)
  if (where && where !== head)
    throw new ReleaseError(`${tag} already exists on ${where.slice(0, 12)}, not on HEAD ${head.slice(0, 12)}`)
  if (!localCommitOf(tag, cwd)) git(['tag', '--annotate', tag, '--message', tag], cwd)
  git(['push', remote, `refs/tags/${tag}`], cwd)
  return { tag, commit: head }
}

/**
 * Points the moving tags of a release (v1, v1.2: see movingTags) at its commit with one
 * `git push --atomic --force`: either every tag moves or none does. Returns the tags moved.
 */
export function moveTags(tagText, remote, cwd) {
  const { tag } = parseTag(tagText)
  const tags = remoteTags(remote, cwd)
  const commit = tags.get(tag)
  if (!commit) throw new ReleaseError(`${tag} is not on ${remote}: push the version tag first`)
  const moving = movingTags(tag, [...tags.keys()])
  if (moving.length === 0) return { commit, moved: [] }
  git(['push', '--atomic', '--force', remote, ...moving.map(t => `${commit}:refs/tags/${t}`)], cwd)
  const after = remoteTags(remote, cwd)
  const wrong = moving.filter(t => after.get(t) !== commit)
  if (wrong.length > 0) throw new ReleaseError(`${wrong.join(', ')} did not move to ${commit} on ${remote}`)
  return { commit, moved: moving }
}
