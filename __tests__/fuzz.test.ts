// Mutates real ELF files (truncation, random bytes, extreme counts and offsets, cycles) and checks that the
// reader and the audit either answer or raise their one typed error: no other exception, no hang.
// `npm run fuzz` runs the same test with FUZZ_ITERATIONS=200000 (and FUZZ_SEED to replay a failure).
import { describe, expect, it } from '@jest/globals'
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { auditPaths } from '../src/audit/index.js'
import { ElfError, readElf } from '../src/elf/index.js'
import { compile, workDir } from './helpers/build.js'

const ITERATIONS = Number(process.env.FUZZ_ITERATIONS ?? 3000)
// A fixed default seed keeps CI reproducible; `npm run fuzz` with FUZZ_SEED explores others.
const SEED = Number(process.env.FUZZ_SEED ?? 20261126)

/** mulberry32: small, seedable, good enough to spread mutations. */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

const EXTREMES = [0, 1, 0x7f, 0xff, 0xffff, 0x7fffffff, 0xffffffff, 0x10000, 0x1000000]

function mutate(base: Buffer, r: () => number): Buffer {
  const pick = (n: number): number => Math.floor(r() * n)
  const b = Buffer.from(base)
  switch (pick(5)) {
    case 0:
      return b.subarray(0, pick(b.length))
    case 1:
      for (let i = 0, n = 1 + pick(16); i < n; i++) b[pick(Math.min(b.length, 8192))] = pick(256)
      return b
    case 2: {
      // An extreme value in an aligned word of the headers and dynamic tables near the start of the file.
      const at = pick(Math.min(b.length, 16384) / 4) * 4
      b.writeUInt32LE(EXTREMES[pick(EXTREMES.length)], at)
      return b
    }
    case 3: {
      const at = pick(Math.min(b.length, 16384) / 8) * 8
      b.writeBigUInt64LE(BigInt(EXTREMES[pick(EXTREMES.length)]) * BigInt(1 + pick(1 << 20)), at)
      return b
    }
    default: {
      // Point a link field (vn_next, vna_next, vd_next...) back at itself or far away.
      const at = pick(Math.min(b.length, 16384) / 4) * 4
      b.writeUInt32LE(r() < 0.5 ? 0 : 0xfffffff0, at)
      return b
    }
  }
}

describe('fuzzing the ELF reader and the audit', () => {
  const bases = [
    compile(
      '#include <stdio.h>\n#include <math.h>\nint main(int c,char**v){printf("%f\\n",expf(c));return 0;}',
      { with: 'host', name: 'fz-host', flags: ['-lm'] }
    ),
    compile('#include <stdio.h>\nint main(){puts("x");return 0;}', { with: 'x86_64', name: 'fz-217' }),
    compile('#include <iostream>\nint main(){std::cout<<"x"<<std::endl;return 0;}', {
      with: 'host',
      name: 'fz-cxx',
      lang: 'c++',
      flags: ['-shared', '-fPIC']
    }),
    compile('int main(){return 0;}', { with: 'aarch64', name: 'fz-a64' })
  ].map(p => readFileSync(p))

  it(
    `survives ${ITERATIONS} mutations (seed ${SEED})`,
    () => {
      console.log(`fuzz: seed ${SEED}, ${ITERATIONS} mutations (replay with FUZZ_SEED=${SEED})`)
      const r = rng(SEED)
      const target = join(workDir, 'fuzzed')
      const outcomes = { parsed: 0, elfError: 0 }
      // A hang shows as one mutation taking far longer than the rest: count those instead of timing out blind.
      // CPU time, not wall time: on a loaded machine a mutation can wait a second for a core without hanging.
      const HANG_MS = 1000
      let hangs = 0
      let slowest = 0
      const started = Date.now()
      for (let i = 0; i < ITERATIONS; i++) {
        const input = mutate(bases[i % bases.length], r)
        writeFileSync(target, input)
        const t0 = process.cpuUsage()
        try {
          // Every other mutation also reads the defined symbols (the floor generator's path).
          readElf(target, { exports: i % 2 === 1 })
          outcomes.parsed++
        } catch (e) {
          if (!(e instanceof ElfError))
            throw new Error(`iteration ${i} (seed ${SEED}): ${(e as Error).stack}`)
          outcomes.elfError++
        }
        const used = process.cpuUsage(t0)
        const ms = (used.user + used.system) / 1000
        slowest = Math.max(slowest, ms)
        if (ms > HANG_MS) hangs++
        // Long runs leave a trail (FUZZ_LOG=file): the figures so far survive a run cut short by a deadline.
        if (process.env.FUZZ_LOG && (i + 1) % 50000 === 0)
          appendFileSync(
            process.env.FUZZ_LOG,
            `${new Date().toISOString()} ${i + 1} mutations: ${outcomes.parsed} parsed, ${outcomes.elfError} typed errors, 0 untyped, ${hangs} hangs, slowest ${slowest.toFixed(1)} ms, ${((Date.now() - started) / 1000).toFixed(0)} s\n`
          )
        // The audit must turn anything the reader refuses into an error row, never an exception.
        if (i % 10 === 0) {
          const report = auditPaths([target], { floor: '2.17', compatHeader: null })
          expect(['audited', 'skipped', 'error']).toContain(report.files[0].status)
        }
      }
      // Both paths must have been exercised, or the mutations are not reaching the parser.
      expect(outcomes.parsed).toBeGreaterThan(ITERATIONS / 20)
      expect(outcomes.elfError).toBeGreaterThan(ITERATIONS / 20)
      expect(hangs).toBe(0)
      console.log(
        `fuzz: ${ITERATIONS} mutations, seed ${SEED}: ${outcomes.parsed} parsed, ${outcomes.elfError} typed errors, ` +
          `0 untyped exceptions, ${hangs} hangs (> ${HANG_MS} ms of CPU; slowest ${slowest.toFixed(1)} ms), ` +
          `wall ${((Date.now() - started) / 1000).toFixed(1)} s`
      )
      // Large runs (npm run fuzz) need far more than the suite's default timeout.
    },
    Math.max(120_000, ITERATIONS * 10)
  )
})
