#!/usr/bin/env node
// The steps of .github/workflows/release.yml, runnable (and tested) anywhere:
//
//   release.mjs check VERSION [--notes FILE]  tag syntax, package.json/package-lock.json = VERSION, the dated
//                                            CHANGELOG.md section (written to FILE); outputs tag, version,
//                                            prerelease (also to $GITHUB_OUTPUT)
//   release.mjs notes VERSION                 print the CHANGELOG.md section of VERSION
//   release.mjs tag VERSION [--remote R]      the annotated version tag on HEAD, pushed (kept if already there)
//   release.mjs publish VERSION --notes FILE [--asset FILE]...
//                                            create or update the GitHub release and attach the files
//                                            (GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL)
//   release.mjs move-tags VERSION [--remote R]  point vMAJOR and vMAJOR.MINOR at it (atomic, forced;
//                                            never for prereleases, never backwards)
//
// VERSION is 1.2.3, v1.2.3 or refs/tags/v1.2.3. Run from the repository root. Exit 1 with one line on error.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs'
import { releaseNotes } from './changelog.mjs'
import { ensureVersionTag, moveTags } from './git.mjs'
import { publishRelease } from './github.mjs'
import { checkPackageVersion, parseTag, ReleaseError } from './version.mjs'

function option(args, name, fallback) {
  const i = args.indexOf(name)
  if (i < 0) return fallback
  const v = args[i + 1]
  if (!v || v.startsWith('--')) throw new ReleaseError(`${name} needs a value`)
  return v
}

function output(values) {
  for (const [k, v] of Object.entries(values)) console.log(`${k}=${v}`)
  if (process.env.GITHUB_OUTPUT)
    appendFileSync(
      process.env.GITHUB_OUTPUT,
      Object.entries(values)
        .map(([k, v]) => `${k}=${v}\n`)
        .join('')
    )
}

const changelog = () => {
  try {
    return readFileSync('CHANGELOG.md', 'utf8')
  } catch (e) {
    throw new ReleaseError(`cannot read CHANGELOG.md: ${e.message}`)
  }
}

async function main([command, versionText, ...args]) {
  if (!versionText)
    throw new ReleaseError(`usage: release.mjs check|notes|tag|publish|move-tags VERSION [options]`)
  const v = parseTag(versionText)
  const remote = option(args, '--remote', 'origin')
  switch (command) {
    case 'check': {
      checkPackageVersion(process.cwd(), v.tag)
      const notes = releaseNotes(changelog(), v.version)
      const file = option(args, '--notes', null)
      if (file) writeFileSync(file, notes)
      output({ tag: v.tag, version: v.version, prerelease: String(v.prerelease !== null) })
      return
    }
    case 'notes':
      process.stdout.write(releaseNotes(changelog(), v.version))
      return
    case 'tag': {
      const { tag, commit } = ensureVersionTag(v.tag, remote, process.cwd())
      console.log(`${tag} is on ${commit} on ${remote}`)
      return
    }
    case 'publish': {
      const file = option(args, '--notes', null)
      if (!file) throw new ReleaseError('publish needs --notes FILE (from the check step)')
      const r = await publishRelease({
        apiUrl: process.env.GITHUB_API_URL,
        repository: process.env.GITHUB_REPOSITORY,
        token: process.env.GITHUB_TOKEN,
        tag: v.tag,
        notes: readFileSync(file, 'utf8'),
        prerelease: v.prerelease !== null,
        assets: args.flatMap((a, i) => (a === '--asset' ? [option(args.slice(i), '--asset')] : []))
      })
      console.log(`release ${v.tag} ${r.action}${r.url ? `: ${r.url}` : ''}`)
      for (const name of r.assets) console.log(`attached ${name}`)
      return
    }
    case 'move-tags': {
      const { commit, moved } = moveTags(v.tag, remote, process.cwd())
      console.log(
        moved.length
          ? `moved ${moved.join(' and ')} to ${v.tag} (${commit})`
          : `${v.tag}: no moving tag follows it (a prerelease, or an older release than the tags' current one)`
      )
      return
    }
    default:
      throw new ReleaseError(`unknown command "${command}": check, notes, tag, publish or move-tags`)
  }
}

try {
  await main(process.argv.slice(2))
} catch (e) {
  console.error(`release: ${e instanceof ReleaseError ? e.message : `unexpected error: ${e?.stack ?? e}`}`)
  process.exitCode = 1
}
