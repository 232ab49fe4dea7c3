// Splits the action's `args` input into argv the way a POSIX shell would for words: whitespace separates,
// '...' is literal, "..." allows \" \\ \$ \` escapes, a backslash outside quotes escapes the next character.
// No expansion of any kind happens: the program receives exactly the words written.
import { RunnerError } from './errors.js'

export function splitArgs(text: string): string[] {
  const words: string[] = []
  let word = ''
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === "'") {
      const end = text.indexOf("'", i + 1)
      if (end === -1) throw new RunnerError(`unterminated ' in args: ${text}`)
      word += text.slice(i + 1, end)
      inWord = true
      i = end
    } else if (c === '"') {
      inWord = true
      for (i++; ; i++) {
        if (i >= text.length) throw new RunnerError(`unterminated " in args: ${text}`)
        const d = text[i]
        if (d === '"') break
        if (d === '\\' && i + 1 < text.length && '"\\$`'.includes(text[i + 1])) word += text[++i]
        else word += d
      }
    } else if (c === '\\' && i + 1 < text.length) {
      word += text[++i]
      inWord = true
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word)
      word = ''
      inWord = false
    } else {
      word += c
      inWord = true
    }
  }
  if (inWord) words.push(word)
  return words
}
