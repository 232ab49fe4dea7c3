// The engine as a library: what the CLI and the action use, for programs that embed the audit.
export {
  auditPaths,
  parseFloor,
  parseOverrides,
  AuditError,
  discoverFiles,
  isElfFile,
  wrappedSymbols,
  readWrappedSymbols,
  defaultKnowledge,
  TOOL_VERSION,
  type AuditOptions
} from './audit/index.js'
export type * from './audit/types.js'
export { ElfError, readElf, type ElfInfo } from './elf/index.js'
export {
  renderText,
  renderMarkdown,
  renderJson,
  annotations,
  buildFindings,
  demangle,
  verdictLine,
  type Findings
} from './report/index.js'
