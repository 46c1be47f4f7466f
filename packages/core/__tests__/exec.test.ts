import { describe, expect, it } from '@jest/globals'
import { exec, ExecError, UserError } from '@shipline/core'

describe('exec', () => {
  it('passes arguments without a shell (metacharacters stay literal)', async () => {
    const r = await exec('printf', ['%s|', 'a b', '$(echo pwned)', '; rm -rf /'])
    expect(r.stdout).toBe('a b|$(echo pwned)|; rm -rf /|')
    expect(r.code).toBe(0)
  })
  it('reports how long the program ran, in milliseconds', async () => {
    const r = await exec('sleep', ['0.05'])
    // At least the sleep; a unit slip (ns, s) would be off by a factor of 1000.
    expect(r.durationMs).toBeGreaterThanOrEqual(45)
    expect(r.durationMs).toBeLessThan(45_000)
  })
  it('gives a program reading stdin an empty one when there is no input', async () => {
    const r = await exec('sh', ['-c', 'cat; echo end'])
    expect(r.stdout).toBe('end\n')
  })
  it('feeds stdin', async () => {
    const r = await exec('cat', [], { input: 'hello' })
    expect(r.stdout).toBe('hello')
  })
  it('throws an ExecError with the output tail on failure', async () => {
    const e = await exec('sh', ['-c', 'echo first; echo oops >&2; exit 3']).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(ExecError)
    expect((e as ExecError).message).toBe("Command 'sh -c echo first; echo oops >&2; exit 3' exited with code 3:\noops")
  })
  it('resolves with allowFailure', async () => {
    const r = await exec('sh', ['-c', 'exit 2'], { allowFailure: true })
    expect(r.code).toBe(2)
  })
  it('kills on timeout and says so', async () => {
    const e = await exec('sleep', ['5'], { timeoutMs: 100 }).catch((x: unknown) => x)
    expect((e as ExecError).message).toBe("Command 'sleep 5' timed out")
    expect((e as ExecError).result.timedOut).toBe(true)
  })
  it('explains a missing program', async () => {
    const e = await exec('no-such-program-xyz', []).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(UserError)
    expect((e as UserError).hint).toBe("Is 'no-such-program-xyz' installed and on PATH?")
  })
  it('keeps only the tail of large output', async () => {
    const r = await exec('sh', ['-c', 'yes x | head -c 100000'], { maxBuffer: 1000 })
    expect(r.stdout.length).toBeLessThanOrEqual(1000)
  })
})
