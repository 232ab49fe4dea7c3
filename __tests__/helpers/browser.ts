// A person's view of a job summary: GitHub-flavoured markdown (marked with GFM: like github.com it autolinks
// `expf@GLIBC_2.2.5` as an e-mail address, which micromark does not) with GitHub's markdown CSS, laid out by headless Chromium from Debian at a 1280 px window
// with GitHub's 964 px markdown column. A load script writes layout facts into the page; --dump-dom reads them.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { marked } from 'marked'
import { repoRoot } from './fixtures.js'

/** Width of the markdown column of a job summary page at a 1280 px window (measured on github.com). */
export const COLUMN_PX = 964
export const WINDOW_PX = 1280

export interface LayoutFacts {
  columnWidth: number
  /** Each table's rendered box: GitHub's CSS scrolls a table (display: block) when it is wider than the column. */
  tables: { clientWidth: number; scrollWidth: number; right: number }[]
  mailtoLinks: number
  /** Visible text that still looks like a mangled C++ name. */
  rawMangled: string[]
  /** Text of the first paragraph (the verdict line). */
  verdict: string
  heightClosed: number
  heightOpen: number
  /** Text of emphasis/strong elements that came from markdown (underscores read as emphasis). */
  emphasis: string[]
}

export function chromiumPath(): string {
  const r = spawnSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
    encoding: 'utf8'
  })
  const p = r.stdout.trim()
  if (!p) throw new Error('chromium is not installed (apt-get install chromium; .ci/run installs it)')
  return p
}

const LOAD_SCRIPT = `
addEventListener('load', () => {
  const body = document.querySelector('.markdown-body')
  const facts = {}
  facts.columnWidth = body.clientWidth
  facts.tables = [...body.querySelectorAll('table')].map(t => ({
    clientWidth: t.clientWidth, scrollWidth: t.scrollWidth, right: Math.round(t.getBoundingClientRect().right - body.getBoundingClientRect().left)
  }))
  facts.mailtoLinks = body.querySelectorAll('a[href^="mailto:"]').length
  facts.verdict = body.querySelector('p') ? body.querySelector('p').textContent : ''
  facts.emphasis = [...body.querySelectorAll('em')].map(e => e.textContent)
  facts.heightClosed = Math.ceil(body.getBoundingClientRect().height)
  for (const d of body.querySelectorAll('details')) d.open = true
  facts.heightOpen = Math.ceil(body.getBoundingClientRect().height)
  facts.rawMangled = (body.innerText.match(/\\b_Z[A-Za-z0-9_]{4,}/g) || [])
  for (const d of body.querySelectorAll('details')) d.open = false
  const out = document.createElement('script')
  out.type = 'application/json'
  out.id = 'layout-facts'
  out.textContent = JSON.stringify(facts)
  document.body.appendChild(out)
})`

export function summaryPage(markdown: string): string {
  const css = readFileSync(
    join(repoRoot, 'node_modules', 'github-markdown-css', 'github-markdown-light.css'),
    'utf8'
  )
  const html = marked.parse(markdown, { gfm: true, async: false })
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; }
.markdown-body { box-sizing: border-box; width: ${COLUMN_PX}px; margin: 0 auto; padding: 16px 0; }
</style><script>${LOAD_SCRIPT}</script></head><body><article class="markdown-body">${html}</article></body></html>`
}

function chromium(args: string[], profile: string): string {
  const r = spawnSync(
    chromiumPath(),
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--hide-scrollbars',
      `--user-data-dir=${profile}`,
      ...args
    ],
    { encoding: 'utf8', timeout: 90_000, maxBuffer: 64 * 1024 * 1024 }
  )
  if (r.status !== 0) throw new Error(`chromium failed (${r.status ?? r.signal}): ${r.stderr.slice(-2000)}`)
  return r.stdout
}

/** Lays the summary out in Chromium, returns the facts and writes a screenshot (details closed) to `png`. */
export function renderSummary(markdown: string, png: string): LayoutFacts {
  const dir = mkdtempSync(join(tmpdir(), 'glibc-floor-chromium-'))
  try {
    const page = join(dir, 'summary.html')
    writeFileSync(page, summaryPage(markdown))
    const dom = chromium([`--window-size=${WINDOW_PX},2000`, '--dump-dom', `file://${page}`], join(dir, 'p1'))
    const m = /<script type="application\/json" id="layout-facts">([\s\S]*?)<\/script>/.exec(dom)
    if (!m) throw new Error('the load script wrote no layout facts')
    const facts = JSON.parse(m[1]) as LayoutFacts
    mkdirSync(join(png, '..'), { recursive: true })
    const height = Math.min(Math.max(facts.heightClosed + 40, 400), 6000)
    chromium(
      [`--window-size=${WINDOW_PX},${height}`, `--screenshot=${png}`, `file://${page}`],
      join(dir, 'p2')
    )
    return facts
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
