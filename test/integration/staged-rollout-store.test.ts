/**
 * staged-rollout, bundled, through the runner harness, when the state store fails mid-rollout (the GitHub
 * Deployment store on the emulator, refusing a chosen save) and when the runner cancels the step: traffic is
 * never left at a weight no saved state knows, a rollback moves traffic even with the store down, and a re-run
 * with the store back converges. The file router writes a weights file in the workspace.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, spawnAction, type RunOptions, type RunResult } from '../support/runner/index.js'
import { waitUntil } from '../support/net.js'
import { startEmulator, type Emulator } from '../support/github-emulator/index.js'

let emu: Emulator
let metrics: Server
let errorRate = 0
const temps: string[] = []
beforeAll(async () => {
  emu = await startEmulator()
  // The canary's error rate, as a metrics endpoint would report it.
  metrics = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ errorRate })),
  )
  await new Promise<void>((ok) => metrics.listen(0, '127.0.0.1', ok))
}, 30_000)
afterAll(async () => {
  await emu?.stop()
  await new Promise((ok) => metrics?.close(ok))
  temps.forEach((t) => rmSync(t, { recursive: true, force: true }))
})

const workspace = (): string => {
  const ws = mkdtempSync(join(tmpdir(), 'shipline-rollout-store-'))
  temps.push(ws)
  return ws
}
const weights = (ws: string): Record<string, number> => JSON.parse(readFileSync(join(ws, 'weights.json'), 'utf8'))
const failure = (r: RunResult): string =>
  r.annotations
    .filter((a) => a.kind === 'error')
    .map((a) => a.message)
    .join('\n')
const metric = () => ({
  name: 'error-rate',
  provider: {
    http: { url: `http://127.0.0.1:${(metrics.address() as AddressInfo).port}/`, 'json-path': '$.errorRate' },
  },
  'success-condition': 'result < 0.05',
  interval: '50ms',
  count: 2,
})

/** A repository on the emulator, and a run of the action whose state lives in its GitHub Deployment. */
async function deploymentRollout(steps: unknown[]) {
  const { owner, repo } = await emu.repo()
  const head = (await (
    await fetch(`${emu.url}/repos/${owner}/${repo}/commits/main`, { headers: { authorization: 'token t0k3n' } })
  ).json()) as { sha: string }
  const ws = workspace()
  const run = (): Promise<RunResult> =>
    runAction('staged-rollout', {
      workspace: ws,
      token: 't0k3n',
      repository: `${owner}/${repo}`,
      sha: head.sha,
      env: { GITHUB_API_URL: emu.url },
      inputs: {
        stable: 'blue',
        canary: 'green',
        router: 'file',
        'router-config': 'weights.json',
        environment: 'staging',
        steps: JSON.stringify(steps),
        metrics: JSON.stringify([metric()]),
      },
    })
  const saved = async (): Promise<string | undefined> => {
    const state = await emu.state(owner, repo)
    const d = Object.values(state.deployments ?? {})[0] as { statuses: { description: string }[] } | undefined
    return d?.statuses.at(-1)?.description
  }
  const refuseSaves = (after: number, times = 1): Promise<void> =>
    emu.fault({
      operation: 'repos/create-deployment-status',
      kind: 'status',
      status: 403,
      after,
      times,
      repo: `${owner}/${repo}`,
    })
  const refuse = (operation: string, status: number, times = 10): Promise<void> =>
    emu.fault({ operation, kind: 'status', status, times, repo: `${owner}/${repo}` })
  return { ws, run, saved, refuseSaves, refuse }
}

describe('staged-rollout: the state store fails mid-rollout', () => {
  it('a refused save after a weight step: traffic goes back to the last saved weight; the re-run continues from there', async () => {
    errorRate = 0
    const r = await deploymentRollout([{ setWeight: 20 }, { analysis: {} }, { setWeight: 60 }, { pause: {} }])
    // Saves: 1 queued status (20% applied), 2 next, 3 analysis, 4 next, 5 = 60% applied → refused.
    await r.refuseSaves(4)
    const first = await r.run()
    expect(first.exitCode).toBe(1)
    expect(failure(first)).toContain('Rollout of green stopped: the rollout state could not be saved:')
    expect(failure(first)).toContain('traffic put back from 60% to 20%, the last saved state')
    expect(weights(r.ws)).toEqual({ blue: 80, green: 20 })
    expect(await r.saved()).toMatch(/^\[shipline next=2 weight=20 phase=progressing\]/)
    const again = await r.run()
    expect(failure(again)).toBe('')
    expect(again.outputs).toMatchObject({ phase: 'paused', weight: '60' })
    expect(weights(r.ws)).toEqual({ blue: 40, green: 60 })
    expect(JSON.parse(again.outputs.analysis ?? '{}').steps.map((s: { action: string }) => s.action)).toEqual([
      'setWeight 60%',
      'pause',
    ])
    expect(await emu.violations()).toEqual([])
  })

  it('the store down from a failed analysis on: the rollback still moves traffic to stable; the re-run ends aborted', async () => {
    errorRate = 0.5
    const r = await deploymentRollout([{ setWeight: 20 }, { analysis: {} }, { setWeight: 60 }])
    await r.refuseSaves(2, 10) // saves 1-2 (20% applied, next) go through; the analysis verdict and all after are refused
    const first = await r.run()
    expect(first.exitCode).toBe(1)
    expect(failure(first)).toContain('the rollback went ahead: all traffic is on stable')
    expect(weights(r.ws)).toEqual({ blue: 100, green: 0 })
    expect(first.stdout).toContain('moving traffic back to stable anyway')
    await emu.clearFaults() // the store is back
    const again = await r.run()
    expect(again.outputs).toMatchObject({ phase: 'aborted', weight: '0' })
    expect(weights(r.ws)).toEqual({ blue: 100, green: 0 })
    expect(await r.saved()).toMatch(/^\[shipline next=\d+ weight=0 phase=aborted\] analysis failed/)
  })
})

describe('staged-rollout: the GitHub state store answers with an HTTP error', () => {
  it('a 403 on reading the state: a clear error naming the read, the status, GitHub’s message and the permission; traffic untouched', async () => {
    errorRate = 0
    const r = await deploymentRollout([{ setWeight: 20 }])
    await r.refuse('repos/list-deployments', 403)
    const res = await r.run()
    await emu.clearFaults()
    expect(res.exitCode).toBe(1)
    const text = failure(res)
    expect(text).toContain('Read the rollout state (deployments of environment staging) failed (HTTP 403):')
    expect(text).toContain("Hint: The token needs 'deployments: write'")
    expect(text).not.toContain('Internal error')
    expect(() => weights(r.ws)).toThrow() // no weights file written: nothing was changed
  })

  it('a 502 on the first save: reported as a GitHub server error, not an internal one', async () => {
    errorRate = 0
    const r = await deploymentRollout([{ setWeight: 20 }])
    await r.refuse('repos/create-deployment', 502)
    const res = await r.run()
    await emu.clearFaults()
    expect(res.exitCode).toBe(1)
    const text = failure(res)
    expect(text).toContain('Save the rollout state (create a deployment in environment staging) failed (HTTP 502)')
    expect(text).not.toContain('Internal error')
  })
})

describe('staged-rollout: cancelled by the runner, then run again', () => {
  it('cancelled during a pause (SIGINT, then SIGTERM): the re-run takes over the lock, re-applies the saved weight and finishes', async () => {
    errorRate = 0
    const ws = workspace()
    const options: RunOptions = {
      workspace: ws,
      inputs: {
        stable: 'blue',
        canary: 'green',
        router: 'file',
        'router-config': 'weights.json',
        steps: JSON.stringify([{ setWeight: 30 }, { pause: '2s' }, { setWeight: 60 }]),
      },
    }
    const run = spawnAction('staged-rollout', options)
    // Cancel once the state says the pause has begun (30% applied and saved): a fixed point, not a race.
    const pausing = async (): Promise<boolean> => {
      try {
        const state = JSON.parse(readFileSync(join(ws, 'weights.json.shipline-state.json'), 'utf8')) as {
          next: number
          weight: number
        }
        return state.next === 1 && state.weight === 30
      } catch {
        return false // not written yet
      }
    }
    await waitUntil(pausing, { what: 'the pause step under way', timeoutMs: 20_000, intervalMs: 20 })
    const cancelled = await run.cancel({ sigintMs: 500, sigtermMs: 500 })
    expect(cancelled.exitCode).not.toBe(0)
    expect(weights(ws)).toEqual({ blue: 70, green: 30 })
    const again = await runAction('staged-rollout', options)
    expect(failure(again)).toBe('')
    expect(again.outputs).toMatchObject({ phase: 'promoted', weight: '100' })
    expect(again.stdout).toContain('Continuing an interrupted rollout: canary at 30%, as the saved state says')
    // The step table spans both runs (the file store keeps the history): 30% applied once, then the re-run's steps.
    expect(JSON.parse(again.outputs.analysis ?? '{}').steps.map((s: { action: string }) => s.action)).toEqual([
      'setWeight 30%',
      'setWeight 60%',
      'promote 100%',
    ])
  })
})
