// Node's crypto and child_process modules pull in streams, net and dgram: ~8 ms of start-up that an audit,
// the CLI's common run, never uses. They load on first use instead.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

export const childProcess = (): typeof import('node:child_process') => require('node:child_process')
export const crypto = (): typeof import('node:crypto') => require('node:crypto')
