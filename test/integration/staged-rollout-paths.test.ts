/**
 * staged-rollout's file router, bundled, through the runner harness: router-config is checked on its real path
 * (inside the workspace or RUNNER_TEMP unless router-config-outside-workspace: true), a symlink is never written
 * through, and a file that is not a weights file is never replaced. Every refusal changes nothing.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, type RunResult } from '../support/runner/index.js'

const temps: string[] = []
const temp = (name: string): string => {
  const dir = mkdtempSync(join(tmpdir(), `shipline-rollout-paths-${name}-`))
  temps.push(dir)
  return dir
}
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })))

// A manual gate after the first weight: the run stops there (paused), so the file shows that weight.
const steps = JSON.stringify([{ setWeight: 10 }, { pause: {} }])
const run = (workspace: string, inputs: Record<string, string>): Promise<RunResult> =>
  runAction('staged-rollout', {
    workspace,
    inputs: { stable: 'blue', canary: 'green', router: 'file', steps, ...inputs },
    timeoutMs: 30_000,
  })
const failure = (r: RunResult): string =>
  r.annotations
    .filter((a) => a.kind === 'error')
    .map((a) => a.message)
    .join('\n')

describe('staged-rollout: router-config (file router) stays where it may write', () => {
  it('a weights file in the workspace (relative path) is written; one from an earlier rollout of other versions is replaced', async () => {
    const ws = temp('ws')
    writeFileSync(join(ws, 'weights.json'), JSON.stringify({ v1: 0, v2: 100 }))
    const r = await run(ws, { 'router-config': 'weights.json' })
    expect(failure(r)).toBe('')
    expect(JSON.parse(readFileSync(join(ws, 'weights.json'), 'utf8'))).toEqual({ blue: 90, green: 10 })
    expect(readdirSync(ws).sort()).toEqual(['weights.json', 'weights.json.shipline-state.json'])
  })

  it('a path outside the workspace and RUNNER_TEMP is refused unless router-config-outside-workspace is set', async () => {
    const ws = temp('ws')
    const lb = temp('lb')
    const weights = join(lb, 'weights.json')
    const r = await run(ws, { 'router-config': weights })
    expect(r.exitCode).toBe(1)
    expect(failure(r)).toMatch(
      new RegExp(
        `^Input 'router-config': '${weights}' is outside the allowed roots; give a path inside the workspace \\(.+\\) or RUNNER_TEMP \\(.+\\)\\nHint: .*router-config-outside-workspace: true`,
      ),
    )
    expect(readdirSync(lb)).toEqual([])
    const ok = await run(ws, { 'router-config': weights, 'router-config-outside-workspace': 'true' })
    expect(failure(ok)).toBe('')
    expect(JSON.parse(readFileSync(weights, 'utf8'))).toEqual({ blue: 90, green: 10 })
  })

  it('an absolute path to a file that is not a weights file is never replaced, and the error says what was found', async () => {
    const ws = temp('ws')
    const etc = temp('etc')
    const system = join(etc, 'passwd')
    writeFileSync(system, 'root:x:0:0:root:/root:/bin/bash\n')
    const r = await run(ws, { 'router-config': system, 'router-config-outside-workspace': 'true' })
    expect(r.exitCode).toBe(1)
    expect(failure(r)).toContain(
      `Input 'router-config': '${system}' is not a weights file this router wrote (found 32 bytes that are not JSON (first line: "root:x:0:0:root:/root:/bin/bash")); refusing to replace it`,
    )
    expect(readFileSync(system, 'utf8')).toBe('root:x:0:0:root:/root:/bin/bash\n')
    expect(readdirSync(etc)).toEqual(['passwd'])
    writeFileSync(system, JSON.stringify({ port: 8080, workers: 20 }))
    const json = await run(ws, { 'router-config': system, 'router-config-outside-workspace': 'true' })
    expect(failure(json)).toContain('(found a JSON object whose "port" is 8080, not a whole percent)')
  })

  it('a committed symlink at router-config is refused: out of the workspace by its real path, inside as a symlink', async () => {
    const ws = temp('ws')
    const etc = temp('etc')
    writeFileSync(join(etc, 'weights.json'), JSON.stringify({ blue: 100, green: 0 }))
    symlinkSync(join(etc, 'weights.json'), join(ws, 'weights.json'))
    const out = await run(ws, { 'router-config': 'weights.json' })
    expect(failure(out)).toContain(
      "Input 'router-config': 'weights.json' is outside the allowed roots (through a symlink",
    )
    rmSync(join(ws, 'weights.json'))
    writeFileSync(join(ws, 'real.json'), JSON.stringify({ blue: 100, green: 0 }))
    symlinkSync('real.json', join(ws, 'weights.json'))
    const inside = await run(ws, { 'router-config': 'weights.json' })
    expect(failure(inside)).toContain("Input 'router-config'")
    expect(failure(inside)).toContain('is a symlink')
    expect(JSON.parse(readFileSync(join(ws, 'real.json'), 'utf8'))).toEqual({ blue: 100, green: 0 })
    expect(JSON.parse(readFileSync(join(etc, 'weights.json'), 'utf8'))).toEqual({ blue: 100, green: 0 })
    expect(existsSync(join(ws, 'weights.json.shipline-state.json'))).toBe(false)
  })

  it('the flag router too: a committed link to /proc/self/environ as the flag file is refused, and nothing of it is shown', async () => {
    const ws = temp('ws')
    symlinkSync('/proc/self/environ', join(ws, 'flags.flagd.json'))
    const r = await runAction('staged-rollout', {
      workspace: ws,
      inputs: {
        strategy: 'flag',
        'flag-key': 'new-checkout',
        stable: 'off',
        canary: 'on',
        'router-config': 'flags.flagd.json',
        steps,
      },
      timeoutMs: 30_000,
    })
    expect(r.exitCode).toBe(1)
    expect(failure(r)).toMatch(
      /^Input 'router-config': 'flags\.flagd\.json' is outside the allowed roots \(through a symlink: it resolves to \/proc\/\d+\/environ\)/,
    )
    expect(r.stdout + r.stderr + r.summary).not.toContain('GITHUB_WORKSPACE=')
    expect(readdirSync(ws)).toEqual(['flags.flagd.json'])
  })
})
