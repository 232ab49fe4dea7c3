// One temporary directory per test run: every test (and every compiler, loader and server it starts) writes
// below it through TMPDIR, and jest-tmpdir-teardown.mjs removes it, so runs leave nothing behind in /tmp.
import { chmodSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export default async function setup() {
  const root = mkdtempSync(join(tmpdir(), 'glibc-floor-run-'))
  // Some tests run programs as an unprivileged user below it.
  chmodSync(root, 0o755)
  process.env.GLIBC_FLOOR_TEST_TMP = root
  process.env.TMPDIR = root
}
