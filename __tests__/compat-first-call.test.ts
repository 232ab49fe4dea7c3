// Issue 12: a wrapper's first call must not look anything up. On glibc <= 2.33 a thread's first dl* call
// callocs (_dlerror_run), so a first call from a signal handler that interrupted malloc deadlocked on the arena
// lock; and any dl* call replaces the dlerror() message a program has not read yet. compat/test/first_call.cc
// provokes both on the real glibc 2.17 (x86_64, natively through its loader), built with the layer as shipped
// (lookups in a start-up constructor) and with -DGLIBC_2_17_COMPAT_LAZY_ONLY (lookup on first use, as before),
// the control that shows each case really deadlocks or loses the message.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { buildProbe, exec, firstCallSource, tempDir } from './helpers/compat.js'

const { dir, cleanup } = tempDir('compat-first-call')
afterAll(cleanup)

// Async-signal-safe in POSIX (fcntl), C11 (quick_exit) or glibc's manual (AS-Safe: getrandom, getentropy,
// memfd_create, pkey_*). The layer's other wrappers allocate (__cxa_thread_atexit_impl, at_quick_exit) or never
// look anything up (the libm ones).
const SIGNAL_SAFE = [
  'getrandom',
  'getentropy',
  'quick_exit',
  'fcntl64',
  'memfd_create',
  'pkey_alloc',
  'pkey_free',
  'pkey_mprotect',
  'pkey_get',
  'pkey_set'
]
// A deadlocked run never ends; a healthy one takes milliseconds. Generous for a loaded machine, short enough
// that the ten deadlocking control runs stay cheap.
const HANG_MS = 1500

let eager: string
let lazy: string
let hostEager: string
let hostLazy: string

beforeAll(async () => {
  ;[eager, lazy, hostEager, hostLazy] = await Promise.all([
    buildProbe({ source: firstCallSource, target: 'x86_64', compat: true, out: join(dir, 'first-call') }),
    buildProbe({
      source: firstCallSource,
      target: 'x86_64',
      compat: true,
      lazy: true,
      out: join(dir, 'lazy')
    }),
    buildProbe({ source: firstCallSource, target: 'host', compat: true, out: join(dir, 'host-first-call') }),
    buildProbe({
      source: firstCallSource,
      target: 'host',
      compat: true,
      lazy: true,
      out: join(dir, 'host-lazy')
    })
  ])
}, 120_000)

/** Runs each function's case, two at a time: [function, outcome] with outcome 'hang', 'exit <code>' or the output. */
async function outcomes(bin: string, timeoutMs: number): Promise<[string, string][]> {
  const out: [string, string][] = []
  for (let i = 0; i < SIGNAL_SAFE.length; i += 2) {
    const pair = SIGNAL_SAFE.slice(i, i + 2)
    const runs = await Promise.all(pair.map(f => exec(bin, ['locked', f], {}, { timeoutMs })))
    runs.forEach((r, j) => {
      const outcome = r.signal === 'SIGKILL' ? 'hang' : r.code === 0 ? r.stdout : `exit ${r.code}`
      out.push([pair[j], outcome])
    })
  }
  return out
}

describe('first call from a signal handler that interrupted malloc, on the real glibc 2.17', () => {
  it('control: looked up on first use, every signal-safe wrapper deadlocks', async () => {
    expect(await outcomes(lazy, HANG_MS)).toEqual(SIGNAL_SAFE.map(f => [f, 'hang']))
  }, 60_000)

  it('looked up at start-up, every signal-safe wrapper returns (quick_exit exits with its status)', async () => {
    expect(await outcomes(eager, 20_000)).toEqual(
      SIGNAL_SAFE.map(f => [f, f === 'quick_exit' ? 'exit 7' : `${f}: returned\n`])
    )
  }, 60_000)
})

describe('a pending dlerror() survives the first call', () => {
  it.each([
    ['the real glibc 2.17', () => eager, () => lazy],
    ['the host glibc', () => hostEager, () => hostLazy]
  ])('on %s', async (_libc, shipped, control) => {
    const kept = await exec(shipped(), ['dlerror'])
    expect(kept.code).toBe(0)
    // "none" at start: the constructor's misses (most symbols, on 2.17) leave no message (RTLD_NEXT lookups
    // report none), and its successful lookups ran before the program could have a message to lose.
    expect(kept.stdout).toBe("dlerror at start: none\ndlerror after getentropy: dlopen's message\n")
    const lost = await exec(control(), ['dlerror'])
    expect(lost.stdout).toContain('dlerror after getentropy: lost\n')
  })
})
