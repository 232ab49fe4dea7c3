// The SourceError a promise must reject with: a fulfilled promise or any other error fails the test.
import { expect } from '@jest/globals'
import { SourceError } from '../../src/sources/index.js'

export async function sourceError(p: Promise<unknown>): Promise<SourceError> {
  const e = await p.then(
    () => new Error('expected a SourceError, the promise was fulfilled'),
    (err: unknown) => err
  )
  expect(e).toBeInstanceOf(SourceError)
  return e as SourceError
}
