// Captures what the code under test writes to stdout (workflow commands), restored after each test.
import { afterEach, beforeEach, jest } from '@jest/globals'

/** Install the capture for the calling test file; `written()` returns everything written since the test began. */
export function captureStdout(): { written: () => string; chunks: () => string[] } {
  let chunks: string[] = []
  beforeEach(() => {
    chunks = []
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      chunks.push(String(chunk))
      return true
    })
  })
  afterEach(() => {
    jest.restoreAllMocks()
  })
  return { written: () => chunks.join(''), chunks: () => chunks }
}
