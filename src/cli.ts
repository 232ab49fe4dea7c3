#!/usr/bin/env node
// `glibc-floor`: runs the CLI bundle beside this file with its V8 code cache (src/cli/code-cache.ts).
import { bundleBeside, runBundle } from './cli/code-cache.js'

runBundle(bundleBeside(import.meta.url, 'cli-main.cjs'))
