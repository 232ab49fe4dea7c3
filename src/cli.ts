#!/usr/bin/env node
// `glibc-floor`: runs the CLI bundle beside this file with its V8 code cache (src/cli/code-cache.ts).
import { runBundle } from './cli/code-cache.js'

runBundle(new URL('./cli-main.cjs', import.meta.url))
