/** What went wrong while reading an ELF file. */
export type ElfErrorCode = 'not-elf' | 'truncated' | 'malformed' | 'unsupported' | 'io'

/**
 * The one error type of the ELF layer. `structure` and `offset` say where in the file reading stopped, so a
 * user can check the claim with `readelf` or a hex dump.
 */
export class ElfError extends Error {
  override readonly name = 'ElfError'
  constructor(
    readonly code: ElfErrorCode,
    message: string,
    readonly structure?: string,
    readonly offset?: number
  ) {
    super(
      structure === undefined
        ? message
        : `${structure}${offset === undefined ? '' : ` at offset 0x${offset.toString(16)}`}: ${message}`
    )
  }
}
