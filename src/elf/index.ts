export { ElfError, type ElfErrorCode } from './errors.js'
export { hasElfMagic } from './header.js'
export {
  readElf,
  type ElfInfo,
  type ElfType,
  type ExportedSymbol,
  type ReadOptions,
  type ImportedSymbol,
  type VersionDef,
  type VersionNeed
} from './reader.js'
export { readProgramHeaders, type Interpreter } from './interp.js'
