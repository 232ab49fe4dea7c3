// The `paths` input: newline-separated files, directories or globs, relative to the workspace.

/** Splits a multi-line input into entries; blank lines and `#` comments are dropped. */
export function parsePathList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map(l => l.trim())
    .filter(l => l !== '' && !l.startsWith('#'))
}
