// One action step in-process: run() from src with exactly the runner's environment, capturing stdout (where
// @actions/core writes workflow commands), the outputs file, the summary file and the exit code.
import { jest } from '@jest/globals'
import { copyFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import * as core from '@actions/core'
import { run } from '../../src/action/main.js'
import { collect, stepEnv, type Context, type Runner, type StepResult } from './action-runner.js'

export async function step(
  r: Runner,
  inputs: Record<string, string>,
  ctx: Context = {},
  extraEnv: Record<string, string> = {}
): Promise<StepResult> {
  const saved = process.env
  process.env = { PATH: saved.PATH, HOME: saved.HOME, ...stepEnv(r, inputs, ctx), ...extraEnv }
  let stdout = ''
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk)
    return true
  })
  process.exitCode = undefined
  // @actions/core remembers the summary file of the first step in a process; every runner step is a new process.
  ;(core.summary as unknown as { _filePath?: string })._filePath = undefined
  try {
    await run()
  } finally {
    spy.mockRestore()
    process.env = saved
  }
  const code = Number(process.exitCode ?? 0)
  process.exitCode = undefined
  return collect(r, code, stdout, '')
}

/** Copies `from` to `rel` inside the runner's workspace. */
export function place(r: Runner, rel: string, from: string): void {
  mkdirSync(dirname(join(r.workspace, rel)), { recursive: true })
  copyFileSync(from, join(r.workspace, rel))
}

export const errors = (res: StepResult) => res.commands.filter(c => c.command === 'error')
export const warnings = (res: StepResult) => res.commands.filter(c => c.command === 'warning')
export const notices = (res: StepResult) => res.commands.filter(c => c.command === 'notice')

/** Did any line but the runner's ::add-mask:: (how it learns the secret) carry the token? */
export function tokenLeaked(res: StepResult, token: string): boolean {
  return [...res.stdout.split('\n'), ...res.stderr.split('\n'), res.summary].some(
    l => l.includes(token) && !l.startsWith('::add-mask::')
  )
}
