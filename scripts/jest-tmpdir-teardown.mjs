import { rmSync } from 'node:fs'

export default async function teardown() {
  const root = process.env.GLIBC_FLOOR_TEST_TMP
  if (root && !process.env.KEEP_TEST_TMP) rmSync(root, { recursive: true, force: true })
}
