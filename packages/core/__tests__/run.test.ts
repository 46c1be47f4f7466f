import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { InputError, RemoteError, UserError, run } from '@shipline/core'
import { captureStdout } from './stdout.js'

const out = captureStdout().written
beforeEach(() => {
  process.exitCode = undefined
})
afterEach(() => {
  process.exitCode = undefined
  delete process.env.RUNNER_DEBUG
})

describe('run', () => {
  it('leaves the exit code alone when main succeeds', async () => {
    await run(async () => undefined)
    expect(process.exitCode).toBeUndefined()
    expect(out()).toBe('')
  })

  it('reports an InputError as one error annotation, exit 1, no stack', async () => {
    await run(async () => {
      throw new InputError('steps', '5,x', 'is not a list of whole percents from 1 to 100')
    })
    expect(process.exitCode).toBe(1)
    expect(out()).toBe("::error::Input 'steps': '5,x' is not a list of whole percents from 1 to 100\n")
  })

  it('adds the hint on a second line, escaped as the runner expects', async () => {
    await run(async () => {
      throw new UserError('History is missing', { hint: 'Use fetch-depth: 0' })
    })
    expect(out()).toBe('::error::History is missing%0AHint: Use fetch-depth: 0\n')
  })

  it('attaches file and line to the annotation when the error names them', async () => {
    await run(async () => {
      throw new UserError('bad commit', { file: 'src/a.ts', line: 3 })
    })
    expect(out()).toBe('::error title=Shipline,file=src/a.ts,line=3::bad commit\n')
    expect(process.exitCode).toBe(1)
  })

  it('reports a RemoteError with its status', async () => {
    await run(async () => {
      throw new RemoteError('Upload asset app.tgz', 502, 'Bad Gateway')
    })
    expect(out()).toBe('::error::Upload asset app.tgz failed (HTTP 502): Bad Gateway\n')
  })

  it('reports other errors as internal, without the stack unless debugging', async () => {
    await run(async () => {
      throw new TypeError('x is undefined')
    })
    expect(out()).toBe('::error::Internal error: x is undefined (re-run with debug logging for the stack trace)\n')
    expect(process.exitCode).toBe(1)
  })

  it('prints the stack when RUNNER_DEBUG=1', async () => {
    process.env.RUNNER_DEBUG = '1'
    await run(async () => {
      throw new TypeError('boom')
    })
    expect(out()).toContain('::error::Internal error: boom\n')
    expect(out()).toContain('TypeError: boom\n    at ')
  })

  it('stringifies non-Error throws', async () => {
    await run(async () => {
      throw { code: 42 }
    })
    expect(out()).toBe('::error::Internal error: {"code":42} (re-run with debug logging for the stack trace)\n')
  })
})
