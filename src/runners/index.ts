// The runners the action calls for its build, smoke and wrap-flags modes (docs/kit.md lists the inputs).
// Plain functions: dependencies (exec, logger, cache, audit) are injected, nothing here imports @actions/*.
export { splitArgs } from './args.js'
export type { AuditFn, AuditOptions } from './audit-fn.js'
export {
  buildCommand,
  checkBuilder,
  checkBuildTool,
  DEFAULT_PLATFORMS,
  KIT_CONTEXT,
  kitDockerfile,
  parseBuildArgs,
  parseBuildxInspect,
  runBuild,
  type BuildCommand,
  type BuilderInfo,
  type BuildDeps,
  type BuildOptions,
  type BuildResult
} from './build.js'
export { compareWithAudit, type Comparison, type ComparisonRow } from './compare.js'
export {
  containerCommand,
  runInContainer,
  type ContainerDeps,
  type ContainerRunOptions
} from './container.js'
export { patchElfInterp, readElfInterp, type ElfInterp, type SmokeArch } from './elf-interp.js'
export { RunnerError } from './errors.js'
export { findOnPath, spawnExec, type ExecFn, type ExecOptions, type ExecResult } from './exec.js'
export {
  EXPORT_BIN_DIR,
  EXPORT_BUILD_INFO,
  EXPORT_REPORT,
  parseBuildInfo,
  platformDir,
  readExports,
  type ExportedPlatform
} from './export-layout.js'
export {
  describeLoaderFailures,
  hasLoaderFailures,
  parseLoaderErrors,
  type LoaderFailures,
  type MissingVersion
} from './loader-errors.js'
export { consoleLogger, silentLogger, type Logger } from './logger.js'
export { CENTOS7_IMAGE, DOCKER_PLATFORM, SYSROOT_PINS, type SysrootPin } from './pins.js'
export {
  DEFAULT_SMOKE_TIMEOUT_MS,
  runSmoke,
  type SmokeDeps,
  type SmokeOptions,
  type SmokeResult,
  type SmokeRuntime
} from './smoke.js'
export { buildSummaryMarkdown, smokeSummaryMarkdown } from './summary.js'
export { ensureSysroot, SYSROOT_TOOL, sysrootLayout, type Sysroot, type SysrootDeps } from './sysroot.js'
export {
  hostSmokeArch,
  runUnderSysroot,
  type RunMethod,
  type RunOutcome,
  type SysrootRunOptions
} from './sysroot-run.js'
export { defaultCache, directoryCache, type ToolCache } from './tool-cache.js'
export { runWrapFlags, symbolsFromWrapFlag, type WrapFlags } from './wrap-flags.js'
