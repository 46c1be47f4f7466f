/**
 * staged-rollout's darkLaunch step through the runner harness (the bundled dist/index.js under Node 24): the step
 * starts the shadow proxy in-process on a free loopback port, a bounded load loop plays "production traffic routed
 * to the proxy", and two real JSON app processes are production and dark. Each dark launch lasts 1.5 s.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, type RunResult } from '../support/runner/index.js'
import { freePort } from '../support/net.js'
import { startJsonApp } from '../fixtures/staged-rollout/apps.js'

type JsonApp = Awaited<ReturnType<typeof startJsonApp>>

let dir: string
let prod: JsonApp
let same: JsonApp
let changed: JsonApp

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shipline-dark-'))
  ;[prod, same, changed] = await Promise.all([
    startJsonApp('v1', 10),
    startJsonApp('v2', 10),
    startJsonApp('v2-changed', 12),
  ])
})

afterAll(async () => {
  await Promise.all([prod?.stop(), same?.stop(), changed?.stop()])
  rmSync(dir, { recursive: true, force: true })
})

/** GET /item on `port` from 2 keep-alive loops until stopped (bounded: 3000 requests, 20 s); errors back off. */
function startLoad(port: number): { stop(): Promise<{ ok: number; failed: number }> } {
  const agent = new Agent({ keepAlive: true, maxSockets: 2 })
  const stats = { ok: 0, failed: 0, sent: 0 }
  let stopped = false
  const deadline = Date.now() + 20_000
  const once = () =>
    new Promise<boolean>((ok) => {
      const req = request({ host: '127.0.0.1', port, path: '/item', agent, timeout: 2000 }, (res) => {
        res.resume()
        res.on('end', () => ok(res.statusCode === 200))
        res.on('error', () => ok(false))
      })
      req.on('timeout', () => req.destroy(new Error('timeout')))
      req.on('error', () => ok(false))
      req.end()
    })
  const loop = async () => {
    while (!stopped && stats.sent < 3000 && Date.now() < deadline) {
      stats.sent++
      if (await once()) stats.ok++
      else {
        stats.failed++ // the proxy is not listening yet (or any more): back off
        await new Promise((ok) => setTimeout(ok, 25))
        continue
      }
      await new Promise((ok) => setTimeout(ok, 5))
    }
  }
  const loops = [loop(), loop()]
  return {
    stop: async () => {
      stopped = true
      await Promise.all(loops)
      agent.destroy()
      return { ok: stats.ok, failed: stats.failed }
    },
  }
}

interface Case {
  dark: () => JsonApp
  ignore?: string[]
  steps?: (dark: Record<string, unknown>) => unknown[]
  resume?: boolean
  workDir?: string
  port?: number
  inputs?: Record<string, string>
  /** Send load to the proxy's address during the run (default true). */
  load?: boolean
}

async function darkRun(c: Case): Promise<{ r: RunResult; weightsFile: string; load: { ok: number; failed: number } }> {
  const work = c.workDir ?? mkdtempSync(join(dir, 'run-'))
  const weightsFile = join(work, 'weights.json')
  const port = c.port ?? (await freePort())
  const step = {
    production: prod.url,
    dark: c.dark().url,
    listen: `127.0.0.1:${port}`,
    duration: '1500ms',
    'max-diff-rate': 0.01,
    'min-compared': 20,
    ...(c.ignore ? { 'ignore-paths': c.ignore } : {}),
  }
  const steps = c.steps ? c.steps(step) : [{ darkLaunch: step }, { setWeight: 10 }]
  const load = c.load === false ? { stop: async () => ({ ok: 0, failed: 0 }) } : startLoad(port)
  try {
    const r = await runAction('staged-rollout', {
      inputs: {
        stable: 'blue',
        canary: 'green',
        router: 'file',
        'router-config': weightsFile,
        'router-config-outside-workspace': 'true',
        steps: JSON.stringify(steps),
        resume: String(c.resume ?? false),
        ...c.inputs,
      },
      timeoutMs: 30_000,
    })
    return { r, weightsFile, load: await load.stop() }
  } catch (error) {
    await load.stop()
    throw error
  }
}

const analysis = (r: RunResult) => JSON.parse(r.outputs.analysis ?? '{}')
const weights = (file: string): Record<string, number> => JSON.parse(readFileSync(file, 'utf8'))

describe('staged-rollout darkLaunch step (shadow proxy in-process)', () => {
  it('passes with an identical dark version (timestamp ignored) and the rollout continues', async () => {
    const { r, weightsFile, load } = await darkRun({ dark: () => same, ignore: ['updatedAt'] })
    expect(r.stderr).toBe('')
    expect(r.exitCode).toBe(0)
    expect(load.ok).toBeGreaterThan(20)
    expect(r.outputs.phase).toBe('promoted')
    expect(weights(weightsFile)).toEqual({ blue: 0, green: 100 })
    const [dl] = analysis(r).darkLaunches
    expect(dl).toMatchObject({ verdict: 'pass', differed: 0, diffRate: 0, samples: [] })
    expect(dl.compared).toBeGreaterThanOrEqual(20)
    expect(dl.requests).toBeGreaterThanOrEqual(dl.compared)
    expect(r.summary).toContain('### Dark launch')
    expect(r.summary).toMatch(/darkLaunch 1\.50?s via 127\.0\.0\.1:\d+.*successful/)
    // The proxy is closed after the step: nothing listens on its address any more.
    await expect(fetch(dl.listen)).rejects.toThrow()
  })

  it('fails on a changed timestamp when it is not ignored (what ignore-paths is for)', async () => {
    const { r } = await darkRun({ dark: () => same })
    expect(r.exitCode).toBe(1)
    const [dl] = analysis(r).darkLaunches
    expect(dl.verdict).toBe('fail')
    expect(dl.samples[0].differences[0]).toMatchObject({ kind: 'body', path: '$.updatedAt' })
  })

  it('fails with a changed field: rollout aborted, traffic on stable, the summary shows a diff sample', async () => {
    const { r, weightsFile } = await darkRun({ dark: () => changed, ignore: ['updatedAt'] })
    expect(r.exitCode).toBe(1)
    expect(r.outputs.phase).toBe('aborted')
    expect(weights(weightsFile)).toEqual({ blue: 100, green: 0 })
    const failure = r.annotations.find((a) => a.kind === 'error')?.message ?? ''
    expect(failure).toMatch(
      /aborted, canary at 0%: dark launch fail: diff rate 100\.00% \(\d+\/\d+\) is above 1\.00%.*e\.g\. GET \/item: body \$\.price production 10 ≠ dark 12/,
    )
    const [dl] = analysis(r).darkLaunches
    expect(dl).toMatchObject({ verdict: 'fail', diffRate: 1 })
    expect(dl.samples.length).toBeGreaterThan(0)
    expect(r.summary).toContain('**Diff samples**')
    expect(r.summary).toMatch(/GET \/item \| body \| \$\.price \| 10 \| 12/)
  })

  it('is inconclusive with too few comparisons and pauses (on-inconclusive: pause)', async () => {
    const { r, weightsFile } = await darkRun({
      dark: () => same,
      ignore: ['updatedAt'],
      steps: (s) => [{ darkLaunch: { ...s, 'min-compared': 1_000_000 } }, { setWeight: 10 }],
    })
    expect(r.exitCode).toBe(0)
    expect(r.outputs.phase).toBe('paused')
    expect(existsSync(weightsFile)).toBe(false)
    expect(analysis(r).darkLaunches[0].verdict).toBe('inconclusive')
  })

  it('is inconclusive with too few comparisons and fails with on-inconclusive: fail, traffic untouched', async () => {
    const { r, weightsFile } = await darkRun({
      dark: () => same,
      ignore: ['updatedAt'],
      steps: (s) => [{ darkLaunch: { ...s, 'min-compared': 1_000_000 } }],
      inputs: { 'on-inconclusive': 'fail' },
    })
    expect(r.exitCode).toBe(1)
    expect(r.annotations.find((a) => a.kind === 'error')?.message).toMatch(
      /inconclusive \(on-inconclusive: fail\), canary left at 0%: dark launch inconclusive: only \d+ responses compared, fewer than the minimum 1000000/,
    )
    expect(existsSync(weightsFile)).toBe(false)
  })

  it('rolls back with a clear reason when the proxy cannot listen (address in use)', async () => {
    const squatter = createServer()
    await new Promise<void>((ok) => squatter.listen(0, '127.0.0.1', ok))
    try {
      const port = (squatter.address() as AddressInfo).port
      const { r, weightsFile } = await darkRun({ dark: () => same, port, load: false })
      expect(r.exitCode).toBe(1)
      expect(r.outputs.phase).toBe('aborted')
      expect(weights(weightsFile)).toEqual({ blue: 100, green: 0 })
      expect(r.annotations.find((a) => a.kind === 'error')?.message).toContain(
        `dark launch error: the shadow proxy could not start on 127.0.0.1:${port}: listen EADDRINUSE`,
      )
    } finally {
      await new Promise((ok) => squatter.close(ok))
    }
  })

  it('never repeats a finished dark launch on a re-run', async () => {
    const workDir = mkdtempSync(join(dir, 'rerun-'))
    const port = await freePort()
    const steps = (s: Record<string, unknown>) => [{ darkLaunch: s }, { pause: {} }, { setWeight: 50 }]
    const first = await darkRun({ dark: () => same, ignore: ['updatedAt'], steps, workDir, port })
    expect(first.r.outputs.phase).toBe('paused')
    expect(analysis(first.r).darkLaunches[0].verdict).toBe('pass')
    const before = (await (await fetch(`${same.url}/stats`)).json()) as { requests: number }
    // The same steps (same port), resumed past the manual gate: the dark launch is not run again.
    const again = await darkRun({ dark: () => same, ignore: ['updatedAt'], steps, workDir, port, resume: true })
    expect(again.r.exitCode).toBe(0)
    expect(again.r.outputs.phase).toBe('promoted')
    expect(weights(again.weightsFile)).toEqual({ blue: 0, green: 100 })
    expect(analysis(again.r).darkLaunches).toBeUndefined()
    expect(again.r.stdout).not.toContain('shadow proxy on')
    const after = (await (await fetch(`${same.url}/stats`)).json()) as { requests: number }
    expect(after.requests).toBe(before.requests)
  })

  const bad = [
    {
      name: 'a listen address without a port',
      step: { listen: '127.0.0.1' },
      message: "Input 'steps': 'listen: 127.0.0.1' (step 1) is not HOST:PORT",
    },
    {
      name: 'an ignore path the proxy refuses',
      step: { 'ignore-paths': ['a..b'] },
      message: "Input 'steps': 'darkLaunch (step 1)' is refused by the shadow proxy: Option '--ignore-path': 'a..b'",
    },
    {
      name: 'dark writes without a datastore',
      step: { 'dark-writes': true },
      message: "Input 'steps': 'dark-writes: true' (step 1) needs dark-datastore",
    },
  ]
  it.each(bad)('refuses $name as an input error and changes nothing', async ({ step, message }) => {
    const work = mkdtempSync(join(dir, 'bad-'))
    const weightsFile = join(work, 'weights.json')
    const darkLaunch = { production: prod.url, dark: same.url, listen: '127.0.0.1:1', duration: '1s', ...step }
    const r = await runAction('staged-rollout', {
      inputs: {
        stable: 'blue',
        canary: 'green',
        router: 'file',
        'router-config': weightsFile,
        'router-config-outside-workspace': 'true',
        steps: JSON.stringify([{ darkLaunch }]),
      },
    })
    expect(r.exitCode).toBe(1)
    expect(r.annotations.find((a) => a.kind === 'error')?.message).toContain(message)
    expect(existsSync(weightsFile)).toBe(false)
    expect(existsSync(`${weightsFile}.shipline-state.json`)).toBe(false)
  })
})
