// The job summary as a person sees it: dist/cli.js renders markdown for real binaries, headless Chromium lays it
// out with GitHub's markdown CSS in GitHub's 964 px column, and the assertions read the browser's own layout.
// Screenshots stay in test-output/summary-*.png for a person to look at.
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { compile, run } from './helpers/build.js'
import { COLUMN_PX, renderSummary, type LayoutFacts } from './helpers/browser.js'
import { repoRoot, thirdParty } from './helpers/fixtures.js'

const cli = join(repoRoot, 'dist', 'cli.js')
const out = join(repoRoot, 'test-output')

function summaryOf(name: string, ...paths: string[]): { md: string; facts: LayoutFacts } {
  const r = run(process.execPath, [cli, 'audit', '--format', 'markdown', ...paths])
  expect(r.stderr).toBe('')
  const facts = renderSummary(r.stdout, join(out, `summary-${name}.png`))
  return { md: r.stdout, facts }
}

function expectReadable(facts: LayoutFacts): void {
  expect(facts.columnWidth).toBe(COLUMN_PX)
  expect(facts.tables.length).toBeGreaterThan(0)
  for (const t of facts.tables) {
    // GitHub's CSS makes a table a scrolling block: wider content shows as scrollWidth > clientWidth.
    expect(t.scrollWidth).toBeLessThanOrEqual(t.clientWidth)
    expect(t.right).toBeLessThanOrEqual(COLUMN_PX)
  }
  expect(facts.mailtoLinks).toBe(0)
  expect(facts.rawMangled).toEqual([])
  expect(facts.emphasis).toEqual([])
}

describe('job summary in Chromium (GitHub markdown CSS, 1280 px window)', () => {
  it('the checks can fail: a bare versioned name autolinks, a mangled name and a wide table are seen', () => {
    const wide = `| ${'`' + 'x'.repeat(200) + '`'} | b |\n|---|---|\n| c | d |\n`
    const facts = renderSummary(
      `fcntl@GLIBC_2.2.5 and _ZNKSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEE3strEv\n\n${wide}`,
      join(out, 'summary-negative.png')
    )
    expect(facts.mailtoLinks).toBe(1)
    expect(facts.rawMangled).toHaveLength(1)
    expect(facts.tables).toHaveLength(1)
    expect(facts.tables[0].scrollWidth).toBeGreaterThan(facts.tables[0].clientWidth)
  })

  it('official Node 24 x64: verdict in distro terms, narrow tables, fits two screens with details closed', () => {
    const { md, facts } = summaryOf('node24-x64', thirdParty('node24-x64'))
    expectReadable(facts)
    expect(facts.verdict).toMatch(
      /^❌ FAIL — fails on RHEL\/CentOS 7, Amazon Linux 1, .* · loads on RHEL 8\+/
    )
    expect(facts.verdict).toContain('GLIBC_2.28')
    expect(facts.heightClosed).toBeLessThanOrEqual(1800)
    // The reference material is there, just closed.
    expect(facts.heightOpen).toBeGreaterThan(facts.heightClosed + 1000)
    // C++ names demangled in the summary; the fix recipe is a paste-able block.
    expect(md).toContain('`std::__codecvt_utf8_base`')
    expect(md).toMatch(
      /```make\n# compat layer: wraps expf, fcntl64, [\s\S]*?\nSOURCES {2}\+= compat\/glibc_2_17_compat\.cc\nLDFLAGS {2}\+= -Wl,--wrap=expf -Wl,--wrap=fcntl64 /
    )
    expect(md).toContain('-static-libstdc++ -static-libgcc')
  })

  it('a binary built on the real glibc 2.17 toolchain passes and names the distributions', () => {
    const ok = compile('#include <stdio.h>\nint main(){puts("ok");return 0;}', {
      with: 'x86_64',
      name: 'browser-ok'
    })
    const { facts } = summaryOf('pass', ok)
    expectReadable(facts)
    expect(facts.verdict).toMatch(/^✅ PASS — loads on RHEL\/CentOS 7\+, Amazon Linux 1\+, .*Debian 9\+/)
    expect(facts.heightClosed).toBeLessThanOrEqual(900)
  })

  it('a mixed release set (x64, arm64, ppc64le, s390x, Bun, a passing file) stays within the column', () => {
    const ok = compile('int main(){return 0;}', { with: 'aarch64', name: 'browser-ok-a64' })
    const { md, facts } = summaryOf(
      'mixed',
      thirdParty('node24-x64'),
      thirdParty('node24-arm64'),
      thirdParty('node20-ppc64le'),
      thirdParty('node20-s390x'),
      thirdParty('bun-x64'),
      ok
    )
    expectReadable(facts)
    expect(facts.verdict).toMatch(/fails on RHEL\/CentOS 7/)
    expect(facts.heightClosed).toBeLessThanOrEqual(2400)
    // The libm wraps call old versions that exist on x86_64/aarch64 only: the ppc64le/s390x expf rows are not
    // covered by the compat layer.
    const expfRows = md.split('\n').filter(l => l.startsWith('| `GLIBC_2.27` |') && l.includes('`expf`'))
    expect(expfRows).toHaveLength(2)
    const wrapped = expfRows.filter(r => r.includes('compat\u00a0wrap'))
    expect(wrapped).toHaveLength(1)
    expect(wrapped[0]).toMatch(/compat\u00a0wrap \(aarch64, x86_64\) \|/)
    expect(expfRows.find(r => r !== wrapped[0])).toMatch(
      /rebuild\u00a0on\u00a0floor\u00a0image \(ppc64le, s390x\) \|/
    )
    // Only split rows name their architectures.
    expect(md).toMatch(/\| `GLIBC_2\.28` \| `fcntl64` \| compat\u00a0wrap \| 4\u00a0of\u00a06 \|/)
  })
})
