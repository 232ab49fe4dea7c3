// CHANGELOG.md in the Keep a Changelog layout: `## [1.2.3] - 2026-11-30` sections, newest first, an
// `## [Unreleased]` section on top and link reference definitions at the end. The release notes of a
// version are its section's body.
import { ReleaseError } from './version.mjs'

const HEADING = /^## \[?([^\]\s]+)\]?(?:\s+-\s+(\S+))?\s*$/
const LINK_DEFINITION = /^\[[^\]]+\]:\s+\S+/

/** The sections of a changelog, in file order: { name, date, body }. */
export function changelogSections(text) {
  const sections = []
  let current = null
  for (const line of text.split(/\r?\n/)) {
    const m = /^## /.test(line) ? HEADING.exec(line) : null
    if (/^## /.test(line)) {
      if (!m) throw new ReleaseError(`CHANGELOG.md: cannot read the heading "${line}"`)
      current = { name: m[1], date: m[2] ?? null, lines: [] }
      sections.push(current)
    } else if (current) current.lines.push(line)
  }
  return sections.map(({ name, date, lines }) => {
    // The link definitions after the last section belong to the whole file, not to its notes.
    while (lines.length && (lines.at(-1).trim() === '' || LINK_DEFINITION.test(lines.at(-1)))) lines.pop()
    while (lines.length && lines[0].trim() === '') lines.shift()
    return { name, date, body: lines.join('\n') }
  })
}

/** The release notes of `version` ("1.2.3"); a missing, undated, duplicated or empty section is an error. */
export function releaseNotes(text, version) {
  const found = changelogSections(text).filter(s => s.name === version)
  if (found.length === 0)
    throw new ReleaseError(
      `CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section: move the Unreleased entries under it`
    )
  if (found.length > 1) throw new ReleaseError(`CHANGELOG.md has ${found.length} sections for ${version}`)
  const [s] = found
  if (!s.date || !/^\d{4}-\d{2}-\d{2}$/.test(s.date))
    throw new ReleaseError(
      `CHANGELOG.md: the ${version} section needs a date: "## [${version}] - YYYY-MM-DD"`
    )
  if (!/\S/.test(s.body)) throw new ReleaseError(`CHANGELOG.md: the ${version} section is empty`)
  return s.body + '\n'
}
