// Issue 12: a wrapper's first call must not look anything up. On glibc <= 2.33 a thread's first dl* call
// callocs (_dlerror_run), so a first call from a signal handler that interrupted malloc deadlocked on the arena
// lock; and any dl* call replaces the dlerror() message a program has not read yet. compat/test/first_call.cc
// provokes both on the real glibc 2.17 (x86_64 natively through its loader, aarch64 under qemu-user), built with
// the layer as shipped (lookups in a start-up constructor) and with -DGLIBC_2_17_COMPAT_LAZY_ONLY (lookup on
// first use, as before): the control that shows each case really deadlocks or loses the message.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { buildProbe, exec, firstCallSource, pool, tempDir } from './helpers/compat.js'
import { toolchain } from './helpers/fixtures.js'

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

type Target = 'x86_64' | 'aarch64' | 'host'
const TARGETS: Target[] = ['x86_64', 'aarch64', 'host']
const builds = new Map<string, string>()

/** How to start a build: the kernel runs x86_64 and host builds; aarch64 runs under qemu-user with the sysroot. */
function command(target: Target, lazy: boolean, args: string[]): [string, string[]] {
  const bin = builds.get(`${target}${lazy ? '-lazy' : ''}`)!
  return target === 'aarch64'
    ? ['qemu-aarch64', ['-L', toolchain('aarch64').sysroot, bin, ...args]]
    : [bin, args]
}

beforeAll(async () => {
  const jobs = TARGETS.flatMap(target =>
    [false, true].map(lazy => async () => {
      const name = `${target}${lazy ? '-lazy' : ''}`
      builds.set(
        name,
        await buildProbe({ source: firstCallSource, target, compat: true, lazy, out: join(dir, name) })
      )
    })
  )
  await pool(jobs)
}, 180_000)

/** Each function's case: [function, outcome] with outcome 'hang', 'exit <code>' or the output. */
const outcomes = (target: Target, lazy: boolean, timeoutMs: number): Promise<[string, string][]> =>
  pool(
    SIGNAL_SAFE.map(f => async (): Promise<[string, string]> => {
      const [cmd, args] = command(target, lazy, ['locked', f])
      const r = await exec(cmd, args, {}, { timeoutMs })
      return [f, r.signal === 'SIGKILL' ? 'hang' : r.code === 0 ? r.stdout : `exit ${r.code}`]
    })
  )

describe.each(['x86_64', 'aarch64'] as const)(
  'first call from a signal handler that interrupted malloc, on the real glibc 2.17 (%s)',
  target => {
    it('control: looked up on first use, every signal-safe wrapper deadlocks', async () => {
      expect(await outcomes(target, true, HANG_MS)).toEqual(SIGNAL_SAFE.map(f => [f, 'hang']))
    }, 60_000)

    it('looked up at start-up, every signal-safe wrapper returns (quick_exit exits with its status)', async () => {
      expect(await outcomes(target, false, 20_000)).toEqual(
        SIGNAL_SAFE.map(f => [f, f === 'quick_exit' ? 'exit 7' : `${f}: returned\n`])
      )
    }, 60_000)
  }
)

describe('a pending dlerror() survives the first call', () => {
  it.each([
    ['the real glibc 2.17 (x86_64)', 'x86_64'],
    ['the real glibc 2.17 (aarch64)', 'aarch64'],
    ['the host glibc', 'host']
  ] as const)('on %s', async (_libc, target) => {
    const kept = await exec(...command(target, false, ['dlerror']))
    expect(kept.code).toBe(0)
    // "none" at start: the constructor's misses (most symbols, on 2.17) leave no message (RTLD_NEXT lookups
    // report none), and its successful lookups ran before the program could have a message to lose.
    expect(kept.stdout).toBe("dlerror at start: none\ndlerror after getentropy: dlopen's message\n")
    const lost = await exec(...command(target, true, ['dlerror']))
    expect(lost.stdout).toContain('dlerror after getentropy: lost\n')
  })
})
