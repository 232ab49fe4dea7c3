// Validates SARIF logs against the SARIF 2.1.0 JSON schema (draft-04), as published by Microsoft in the
// @microsoft/jest-sarif package (lib/schemas/sarif-2.1.0-rtm.5.json, MIT; the schema text is the OASIS
// SARIF TC's): Ajv with its draft-04 class and the standard formats (uri, uri-reference, date-time).
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { ErrorObject } from 'ajv'
import Ajv04 from 'ajv-draft-04'
import formats from 'ajv-formats'

const require = createRequire(import.meta.url)
export const sarifSchemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
const schema = JSON.parse(readFileSync(sarifSchemaPath, 'utf8'))

// The packages are CommonJS: their default export may arrive as the module object under ts-jest's ESM mode,
// and TypeScript sees a namespace; both are typed here by what this file uses.
interface Validator {
  (data: unknown): boolean
  errors?: ErrorObject[] | null
}
interface AjvLike {
  compile(schema: object): Validator
}
const interop = <T>(m: unknown): T => ((m as { default?: T }).default ?? m) as T
const Ajv = interop<new (options: object) => AjvLike>(Ajv04)
const addFormats = interop<(ajv: AjvLike) => void>(formats)

// unicodeRegExp off: the schema's `language` pattern has a stray `]` that only non-unicode RegExps accept.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
addFormats(ajv)
const validate = ajv.compile(schema)

/** Schema violations as "instancePath message" lines; empty when the log is valid. */
export function sarifErrors(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map(e => `${e.instancePath || '/'} ${e.message}`)
}
