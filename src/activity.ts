// What the process is doing right now, in words. An exception thrown from a socket or timer callback has no
// caller to catch it; the action's last-resort handler reads this to say which asset and which phase it
// was on instead of printing a bare stack trace. Work is sequential, so one stack is enough.

interface Entry {
  what: string
  phase?: string
}

const stack: Entry[] = []

export interface Activity {
  /** Refines the current step, e.g. "reading the body from objects.example:443". */
  phase(text: string): void
  done(): void
}

export function begin(what: string): Activity {
  const entry: Entry = { what }
  stack.push(entry)
  return {
    phase: text => void (entry.phase = text),
    done: () => {
      const i = stack.lastIndexOf(entry)
      if (i >= 0) stack.splice(i, 1)
    }
  }
}

/** Runs `fn` as one named step of the work. */
export async function during<T>(what: string, fn: (a: Activity) => Promise<T>): Promise<T> {
  const a = begin(what)
  try {
    return await fn(a)
  } finally {
    a.done()
  }
}

/** "downloading asset x (reading the body from host)", outermost step first; undefined when idle. */
export function currentActivity(): string | undefined {
  if (stack.length === 0) return undefined
  return stack.map(e => (e.phase ? `${e.what} (${e.phase})` : e.what)).join(' › ')
}
