// The retry policy (src/sources/retry.ts) shared by the API calls and the downloads: which statuses are worth
// repeating, how long the server asked us to wait, exact attempt counts, and the wait a step refuses. The
// loopback suites (sources-release, sources-faults) prove it end to end; here each rule is pinned at its edge
// with a recording `sleep` and a fixed clock, the options the policy takes for exactly this purpose.
import { describe, expect, it } from '@jest/globals'
import { SourceError } from '../src/sources/errors.js'
import {
  classifyStatus,
  serverDelayMs,
  Transient,
  withRetry,
  type RetryOptions
} from '../src/sources/retry.js'

const NOW = Date.parse('2026-01-01T00:00:00Z')
const headers = (h: Record<string, string>) => {
  const real = new Headers(h)
  return (name: string) => real.get(name)
}

describe('serverDelayMs', () => {
  it.each([
    [{}, undefined],
    [{ 'retry-after': '3' }, 3000],
    [{ 'retry-after': ' 10 ' }, 10_000],
    [{ 'retry-after': '0' }, 0],
    // Neither seconds nor a date: no hint (not the digits inside it, not a year parsed out of it).
    [{ 'retry-after': '3x' }, undefined],
    [{ 'retry-after': 'x3' }, undefined],
    // Date.parse reads it as the year -5: a date long past, so no wait (rather than a negative one).
    [{ 'retry-after': '-5' }, 0],
    [{ 'retry-after': '' }, undefined],
    // An HTTP date: the time left until then, never negative.
    [{ 'retry-after': 'Thu, 01 Jan 2026 00:00:07 GMT' }, 7000],
    [{ 'retry-after': 'Wed, 31 Dec 2025 23:59:00 GMT' }, 0],
    // The primary rate limit: whole epoch seconds, plus one second of margin.
    [{ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 30) }, 31_000],
    [{ 'x-ratelimit-remaining': ' 0 ', 'x-ratelimit-reset': ` ${NOW / 1000 + 30} ` }, 31_000],
    [{ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 - 60) }, 0],
    [{ 'x-ratelimit-remaining': '1', 'x-ratelimit-reset': String(NOW / 1000 + 30) }, undefined],
    [{ 'x-ratelimit-remaining': '0' }, undefined],
    [{ 'x-ratelimit-reset': String(NOW / 1000 + 30) }, undefined],
    [{ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': 'soon' }, undefined],
    [{ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': `${NOW / 1000 + 30}s` }, undefined],
    [{ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': `+${NOW / 1000 + 30}` }, undefined],
    // retry-after wins over the reset; an unusable one falls back to it.
    [
      { 'retry-after': '2', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 30) },
      2000
    ],
    [
      { 'retry-after': 'later', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 30) },
      31_000
    ]
  ])('%j → %s', (h, expected) => {
    expect(serverDelayMs(headers(h), NOW)).toBe(expected)
  })
})

describe('classifyStatus', () => {
  const classify = (status: number, h: Record<string, string> = {}) =>
    classifyStatus(status, headers(h), 'asset t', NOW)
  const transient = (status: number, h: Record<string, string> = {}) => {
    const r = classify(status, h)
    expect(r).toBeInstanceOf(Transient)
    const t = r as Transient
    expect(t.error).toBeInstanceOf(SourceError)
    expect(t.error.status).toBe(status)
    expect(t.message).toBe(t.error.message)
    return { code: t.error.code, delayMs: t.delayMs }
  }
  const final = (status: number, h: Record<string, string> = {}) => {
    const r = classify(status, h)
    expect(r).toBeInstanceOf(SourceError)
    expect(r).not.toBeInstanceOf(Transient)
    expect((r as SourceError).status).toBe(status)
    return (r as SourceError).code
  }

  it('below 400 is success, at 400 it is not', () => {
    for (const s of [200, 204, 302, 399]) expect(classify(s)).toBeUndefined()
    expect(final(400)).toBe('HTTP')
  })

  it('429 is a rate limit with or without a hint', () => {
    expect(transient(429)).toEqual({ code: 'RATE_LIMITED', delayMs: undefined })
    expect(transient(429, { 'retry-after': '5' })).toEqual({ code: 'RATE_LIMITED', delayMs: 5000 })
  })

  it('403 is a rate limit only with a hint or no requests left; otherwise the token lacks access', () => {
    expect(transient(403, { 'retry-after': '5' })).toEqual({ code: 'RATE_LIMITED', delayMs: 5000 })
    expect(transient(403, { 'x-ratelimit-remaining': '0' })).toEqual({
      code: 'RATE_LIMITED',
      delayMs: undefined
    })
    expect(final(403)).toBe('FORBIDDEN')
    expect(final(403, { 'x-ratelimit-remaining': '12' })).toBe('FORBIDDEN')
  })

  it('5xx and 408 are retried, carrying the server hint', () => {
    expect(transient(500)).toEqual({ code: 'HTTP', delayMs: undefined })
    expect(transient(503, { 'retry-after': '2' })).toEqual({ code: 'HTTP', delayMs: 2000 })
    expect(transient(599)).toEqual({ code: 'HTTP', delayMs: undefined })
    expect(transient(408, { 'retry-after': '1' })).toEqual({ code: 'HTTP', delayMs: 1000 })
  })

  it('other 4xx fail at once, each with its own code', () => {
    expect(final(401)).toBe('UNAUTHORIZED')
    expect(final(404)).toBe('NOT_FOUND')
    expect(final(499)).toBe('HTTP')
    expect(final(410)).toBe('HTTP')
    expect(final(407)).toBe('HTTP')
    expect(final(409)).toBe('HTTP')
  })
})

describe('withRetry', () => {
  function recorder(extra: Partial<RetryOptions> = {}) {
    const slept: number[] = []
    const retried: { attempt: number; delayMs: number; reason: string }[] = []
    const opts: Partial<RetryOptions> = {
      baseDelayMs: 100,
      maxDelayMs: 10_000,
      sleep: async ms => {
        slept.push(ms)
      },
      now: () => NOW,
      onRetry: info => retried.push(info),
      ...extra
    }
    return { slept, retried, opts }
  }
  const transient = (delayMs?: number, code: 'HTTP' | 'RATE_LIMITED' = 'HTTP') =>
    new Transient(new SourceError(code, `asset t: server error HTTP 503`, 503), delayMs)

  it('returns the first success, passing the attempt number', async () => {
    const { slept, opts } = recorder()
    const seen: number[] = []
    const r = await withRetry(async n => {
      seen.push(n)
      if (n < 3) throw transient(0)
      return 'done'
    }, opts)
    expect(r).toBe('done')
    expect(seen).toEqual([1, 2, 3])
    expect(slept).toEqual([0, 0])
  })

  it('anything but a Transient is thrown at once', async () => {
    const { slept, opts } = recorder()
    let calls = 0
    const boom = new SourceError('NOT_FOUND', 'asset t: HTTP 404', 404)
    await expect(
      withRetry(async () => {
        calls++
        throw boom
      }, opts)
    ).rejects.toBe(boom)
    expect(calls).toBe(1)
    expect(slept).toEqual([])
  })

  it.each([1, 2, 5])('gives up after exactly %i attempts with the error the caller sees', async attempts => {
    const { slept, retried, opts } = recorder({ attempts })
    let calls = 0
    const t = transient(7)
    await expect(
      withRetry(async () => {
        calls++
        throw t
      }, opts)
    ).rejects.toBe(t.error)
    expect(calls).toBe(attempts)
    expect(slept).toEqual(Array(attempts - 1).fill(7))
    expect(retried).toEqual(
      Array.from({ length: attempts - 1 }, (_, i) => ({
        attempt: i + 1,
        delayMs: 7,
        reason: t.error.message
      }))
    )
  })

  it('defaults to 5 attempts', async () => {
    let calls = 0
    await expect(
      withRetry(
        async () => {
          calls++
          throw transient(0)
        },
        { sleep: async () => {} }
      )
    ).rejects.toBeInstanceOf(SourceError)
    expect(calls).toBe(5)
  })

  it('without a server hint: exponential backoff with up to 25% jitter, whole milliseconds, capped', async () => {
    const { slept, opts } = recorder({ attempts: 6, baseDelayMs: 1000, maxDelayMs: 6000 })
    await expect(
      withRetry(async () => {
        throw transient()
      }, opts)
    ).rejects.toBeInstanceOf(SourceError)
    expect(slept).toHaveLength(5)
    for (const ms of slept) expect(Number.isInteger(ms)).toBe(true)
    const [a, b, c, d, e] = slept
    expect(a).toBeGreaterThanOrEqual(1000)
    expect(a).toBeLessThanOrEqual(1250)
    expect(b).toBeGreaterThanOrEqual(2000)
    expect(b).toBeLessThanOrEqual(2500)
    expect(c).toBeGreaterThanOrEqual(4000)
    expect(c).toBeLessThanOrEqual(5000)
    expect([d, e]).toEqual([6000, 6000])
  })

  it('the jitter varies between runs (parallel jobs must not retry in lockstep)', async () => {
    const firsts = new Set<number>()
    for (let i = 0; i < 20; i++) {
      const { slept, opts } = recorder({ attempts: 2, baseDelayMs: 100_000, maxDelayMs: 1_000_000 })
      await expect(
        withRetry(async () => {
          throw transient()
        }, opts)
      ).rejects.toBeInstanceOf(SourceError)
      expect(slept[0]).toBeGreaterThanOrEqual(100_000)
      expect(slept[0]).toBeLessThanOrEqual(125_000)
      firsts.add(slept[0])
    }
    expect(firsts.size).toBeGreaterThan(1)
  })

  it('waits exactly as long as the longest wait allowed, and not a millisecond longer', async () => {
    const ok = recorder({ attempts: 2, maxDelayMs: 60_000 })
    let calls = 0
    await expect(
      withRetry(async () => {
        if (++calls === 1) throw transient(60_000, 'RATE_LIMITED')
        return calls
      }, ok.opts)
    ).resolves.toBe(2)
    expect(ok.slept).toEqual([60_000])

    const over = recorder({ attempts: 3, maxDelayMs: 60_000 })
    calls = 0
    const err = (await withRetry(async () => {
      calls++
      throw transient(60_001, 'RATE_LIMITED')
    }, over.opts).catch(e => e)) as SourceError
    expect(calls).toBe(1)
    expect(over.slept).toEqual([])
    expect(over.retried).toEqual([])
    expect(err).toBeInstanceOf(SourceError)
    expect(err.code).toBe('RATE_LIMITED')
    expect(err.status).toBe(503)
    expect(err.message).toBe(
      'asset t: server error HTTP 503; the server asks to wait until 2026-01-01T00:01:00.001Z, longer than the 60 s ' +
        'this step will wait'
    )
  })

  it('by default really waits the delay asked for', async () => {
    let calls = 0
    const started = Date.now()
    await withRetry(async () => {
      if (++calls < 2) throw transient(50)
      return 'ok'
    })
    expect(Date.now() - started).toBeGreaterThanOrEqual(45)
  })

  it('runs without an onRetry callback', async () => {
    const slept: number[] = []
    let calls = 0
    const r = await withRetry(
      async () => {
        if (++calls < 2) throw transient(3)
        return 'ok'
      },
      { sleep: async ms => void slept.push(ms) }
    )
    expect(r).toBe('ok')
    expect(slept).toEqual([3])
  })
})
