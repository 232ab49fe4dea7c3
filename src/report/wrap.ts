// Line fitting shared by the text report and the summary's code blocks.

const len = (s: string): number => [...s].length

/** Flag lines wrap with a trailing backslash (make and sh both join them), so a wrapped line still pastes. */
export function wrapFlags(line: string, width: number): string[] {
  if (len(line) <= width) return [line]
  const indent = line.slice(0, line.length - line.trimStart().length)
  const out: string[] = []
  let cur = indent
  for (const w of line.trim().split(' ')) {
    if (cur.trim() && len(cur) + 1 + len(w) + 2 > width) {
      out.push(`${cur} \\`)
      cur = `${indent}    ${w}`
    } else cur = cur.trim() ? `${cur} ${w}` : `${cur}${w}`
  }
  out.push(cur)
  return out
}

/** A `# comment` wrapped at spaces, each line a comment again. */
export function wrapComment(text: string, width: number, indent = ''): string[] {
  const out: string[] = []
  let cur = `${indent}#`
  for (const w of text.split(' ')) {
    if (len(cur) > indent.length + 1 && len(cur) + 1 + len(w) > width) {
      out.push(cur)
      cur = `${indent}#  ${w}`
    } else cur += ` ${w}`
  }
  out.push(cur)
  return out
}

/** The recipe as lines to paste: comments, then the flags of each step. */
export function recipeText(
  steps: { title: string; lines: string[] }[],
  width: number,
  indent = ''
): string[] {
  return steps.flatMap(s => [
    ...wrapComment(s.title, width, indent),
    ...s.lines.flatMap(l => wrapFlags(`${indent}${l}`, width))
  ])
}
