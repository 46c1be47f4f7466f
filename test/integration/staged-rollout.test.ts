/**
 * staged-rollout through the runner harness (the bundled dist/index.js under Node 24), with the `file` router in
 * front of two real app processes on loopback (a tiny load balancer reads the weights file) and the HTTP JSON
 * metrics provider reading the canary's own error rate. Intervals are 150–300 ms so each run takes a few seconds.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, spawnAction, type RunResult } from '../support/runner/index.js'
import { freePort } from '../support/net.js'
import { startEmulator, type Emulator } from '../support/github-emulator/index.js'
import { startApp, startFileLb, type App } from '../fixtures/staged-rollout/apps.js'
// @ts-expect-error -- a plain ESM fixture without types
import { startLoad } from '../fixtures/staged-rollout/load.mjs'

interface Load {
  stop(): Promise<{
    requests: number
    ok: number
    status5xx: number
    failed: number
    byVersion: Record<string, number>
  }>
}

let dir: string
let blue: App
let green: App
let lb: { url: string; stop(): Promise<void> }
let weightsFile: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shipline-rollout-'))
  weightsFile = join(dir, 'weights.json')
  ;[blue, green] = await Promise.all([startApp('blue'), startApp('green')])
  lb = await startFileLb(weightsFile, { blue: blue.port, green: green.port })
})

afterAll(async () => {
  await Promise.all([lb?.stop(), blue?.stop(), green?.stop()])
  rmSync(dir, { recursive: true, force: true })
})

/** A clean slate: no weights or state file, and no request of an earlier test left in green's 400 ms stats window. */
async function reset(): Promise<void> {
  rmSync(weightsFile, { force: true })
  rmSync(`${weightsFile}.shipline-state.json`, { force: true })
  for (let i = 0; i < 40; i++) {
    const stats = (await (await fetch(`${green.url}/stats?window=450`)).json()) as { requests: number }
    if (stats.requests === 0) return
    await new Promise((ok) => setTimeout(ok, 50))
  }
  throw new Error('green kept getting traffic')
}

const errorRate = (app: () => App, extra: Record<string, unknown> = {}) => ({
  name: 'error-rate',
  provider: {
    http: { url: `http://127.0.0.1:${app().port}/stats?window=400&v={{ canary }}`, 'json-path': '$.errorRate' },
  },
  'success-condition': 'result < 0.05',
  interval: '200ms',
  count: 3,
  ...extra,
})

function inputs(over: Record<string, string>): Record<string, string> {
  // The load balancer's weights file lives outside the workspace, as on a real host.
  return {
    stable: 'blue',
    canary: 'green',
    router: 'file',
    'router-config': weightsFile,
    'router-config-outside-workspace': 'true',
    ...over,
  }
}

const weights = (): Record<string, number> => JSON.parse(readFileSync(weightsFile, 'utf8'))
const analysis = (r: RunResult) => JSON.parse(r.outputs.analysis ?? '{}')

async function withLoad<T>(fn: () => Promise<T>): Promise<{ result: T; load: Awaited<ReturnType<Load['stop']>> }> {
  const load = startLoad(lb.url, { concurrency: 2, maxRequests: 20_000, maxMs: 60_000 }) as Load
  try {
    const result = await fn()
    return { result, load: await load.stop() }
  } catch (error) {
    await load.stop()
    throw error
  }
}

describe('staged-rollout (file router, HTTP metrics)', () => {
  it('promotes a good canary under load step by step to 100%', async () => {
    await reset()
    await green.setFailRate(0)
    const steps = JSON.stringify([
      { setWeight: 20 },
      { analysis: {} },
      { setWeight: 50 },
      { pause: '200ms' },
      { analysis: {} },
    ])
    const { result: r, load } = await withLoad(() =>
      runAction('staged-rollout', { inputs: inputs({ steps, metrics: JSON.stringify([errorRate(() => green)]) }) }),
    )
    expect(r.stderr).toBe('')
    expect(r.exitCode).toBe(0)
    expect(r.outputs).toMatchObject({ phase: 'promoted', weight: '100' })
    expect(weights()).toEqual({ blue: 0, green: 100 })
    const a = analysis(r)
    expect(a.steps.map((s: { action: string }) => s.action)).toEqual([
      'setWeight 20%',
      'analysis',
      'setWeight 50%',
      'analysis',
      'promote 100%',
    ])
    expect(a.analyses).toHaveLength(2)
    expect(a.analyses[0].metrics[0].measurements).toHaveLength(3)
    expect(load.failed).toBe(0)
    expect(load.byVersion.green).toBeGreaterThan(0)
    expect(r.summary).toContain('staged-rollout: green — ✅ promoted to 100%')
    expect(r.summary).toContain(
      '| Time (UTC) | Step | Action | Weight | Metrics: value [threshold] → verdict | Verdict | Detail |',
    )
    expect(r.summary).toMatch(/error-rate: 0 \(last of 3\) \[success: result < 0\.05\] → successful/)
    expect(r.summary).toContain('xychart-beta')
    expect(r.summary).toContain('"Canary weight (%) — green"')
  })

  it('rolls a canary returning 5xx back at its first measurement, traffic back on stable', async () => {
    await reset()
    await green.setFailRate(1)
    try {
      const steps = JSON.stringify([{ setWeight: 30 }, { analysis: {} }, { setWeight: 60 }])
      // inconclusive-limit 2: the first query may land before the balancer has sent green any request.
      const metrics = JSON.stringify([errorRate(() => green, { count: 10, 'inconclusive-limit': 2 })])
      const { result: r, load } = await withLoad(() =>
        runAction('staged-rollout', { inputs: inputs({ steps, metrics }) }),
      )
      expect(r.exitCode).toBe(1)
      expect(r.outputs).toMatchObject({ phase: 'aborted', weight: '0' })
      expect(weights()).toEqual({ blue: 100, green: 0 })
      const m = analysis(r).analyses[0].metrics[0]
      expect(m.phase).toBe('failed')
      const outcomes = m.measurements.map((x: { outcome: string }) => x.outcome)
      expect(outcomes.at(-1)).toBe('failed')
      expect(outcomes.filter((o: string) => o !== 'inconclusive')).toEqual(['failed'])
      expect(r.annotations.find((x) => x.kind === 'error')?.message).toMatch(
        /^Rollout of green aborted, canary at 0%: analysis failed: error-rate: failed \(1 failed measurement\(s\), more than failure-limit 0\)/,
      )
      expect(load.status5xx).toBeGreaterThan(0)
    } finally {
      await green.setFailRate(0)
    }
  })

  it('pauses when the canary gets no traffic (no data → inconclusive), never promotes', async () => {
    await reset()
    const steps = JSON.stringify([{ setWeight: 10 }, { analysis: {} }, { setWeight: 100 }])
    const r = await runAction('staged-rollout', {
      inputs: inputs({ steps, metrics: JSON.stringify([errorRate(() => green)]) }),
    })
    expect(r.exitCode).toBe(0)
    expect(r.outputs).toMatchObject({ phase: 'paused', weight: '10' })
    expect(weights()).toEqual({ blue: 90, green: 10 })
    const m = analysis(r).analyses[0].metrics[0]
    expect(m.phase).toBe('inconclusive')
    expect(m.measurements[0]).toMatchObject({
      outcome: 'inconclusive',
      value: null,
      reason: 'nothing at $.errorRate after 3 queries',
    })
    expect(r.summary).toContain('resume: true')
    const rerun = await runAction('staged-rollout', {
      inputs: inputs({ steps, metrics: JSON.stringify([errorRate(() => green)]) }),
    })
    expect(rerun.outputs).toMatchObject({ phase: 'paused', weight: '10' })
    expect(analysis(rerun).analyses).toEqual([])
    expect(weights()).toEqual({ blue: 90, green: 10 })
  })

  it('on-inconclusive: fail exits 1 and leaves traffic where it is', async () => {
    await reset()
    const steps = JSON.stringify([{ setWeight: 10 }, { analysis: {} }])
    const r = await runAction('staged-rollout', {
      inputs: inputs({ steps, metrics: JSON.stringify([errorRate(() => green)]), 'on-inconclusive': 'fail' }),
    })
    expect(r.exitCode).toBe(1)
    expect(r.outputs).toMatchObject({ phase: 'paused', weight: '10' })
    expect(weights()).toEqual({ blue: 90, green: 10 })
  })

  it('aborts after consecutive errors when the metrics endpoint is down', async () => {
    await reset()
    const closed = await freePort()
    const down = {
      name: 'error-rate',
      provider: { http: { url: `http://127.0.0.1:${closed}/stats`, 'json-path': '$.errorRate' } },
      'success-condition': 'result < 0.05',
      interval: '150ms',
      count: 3,
      'consecutive-error-limit': 2,
    }
    const r = await runAction('staged-rollout', {
      inputs: inputs({ steps: JSON.stringify([{ setWeight: 25 }, { analysis: {} }]), metrics: JSON.stringify([down]) }),
    })
    expect(r.exitCode).toBe(1)
    expect(r.outputs).toMatchObject({ phase: 'aborted', weight: '0' })
    expect(weights()).toEqual({ blue: 100, green: 0 })
    const m = analysis(r).analyses[0].metrics[0]
    expect(m.phase).toBe('error')
    expect(m.measurements.map((x: { outcome: string }) => x.outcome)).toEqual(['error', 'error', 'error'])
    expect(m.measurements[0].reason).toBe(`GET http://127.0.0.1:${closed}/stats failed: ECONNREFUSED`)
  })

  it('stops at a manual gate and resumes from the state file in a later run, without repeating steps', async () => {
    await reset()
    const steps = JSON.stringify([{ setWeight: 10 }, { pause: {} }, { setWeight: 50 }])
    const first = await runAction('staged-rollout', { inputs: inputs({ steps }) })
    expect(first.exitCode).toBe(0)
    expect(first.outputs).toMatchObject({ phase: 'paused', weight: '10' })
    const again = await runAction('staged-rollout', { inputs: inputs({ steps }) })
    expect(again.outputs).toMatchObject({ phase: 'paused', weight: '10' })
    const resumed = await runAction('staged-rollout', { inputs: inputs({ steps, resume: 'true' }) })
    expect(resumed.exitCode).toBe(0)
    expect(resumed.outputs).toMatchObject({ phase: 'promoted', weight: '100' })
    const actions = analysis(resumed).steps.map((s: { action: string }) => s.action)
    expect(actions).toEqual(['setWeight 10%', 'pause', 'resume', 'setWeight 50%', 'promote 100%'])
    const rerun = await runAction('staged-rollout', { inputs: inputs({ steps, resume: 'true' }) })
    expect(rerun.outputs).toMatchObject({ phase: 'promoted', weight: '100' })
    expect(analysis(rerun).steps).toHaveLength(5)
  })

  it('a run killed mid-rollout is continued by the next run from the step it was on, without repeating earlier ones', async () => {
    await reset()
    const steps = JSON.stringify([{ setWeight: 10 }, { pause: '1500ms' }, { setWeight: 50 }])
    const killed = spawnAction('staged-rollout', { inputs: inputs({ steps }) })
    const stateFile = `${weightsFile}.shipline-state.json`
    for (let i = 0; i < 200; i++) {
      const state = existsSync(stateFile)
        ? (JSON.parse(readFileSync(stateFile, 'utf8')) as { next: number })
        : undefined
      if (state?.next === 1) break
      await new Promise((ok) => setTimeout(ok, 20))
    }
    killed.child.kill('SIGKILL')
    const dead = await killed.result
    expect(dead.signal).toBe('SIGKILL')
    expect(weights()).toEqual({ blue: 90, green: 10 })
    const again = await runAction('staged-rollout', { inputs: inputs({ steps }) })
    expect(again.exitCode).toBe(0)
    expect(again.outputs).toMatchObject({ phase: 'promoted', weight: '100' })
    expect(analysis(again).steps.map((s: { action: string }) => s.action)).toEqual([
      'setWeight 10%',
      'setWeight 50%',
      'promote 100%',
    ])
  })

  it('a second run of the same rollout while one is running is refused, and changes nothing', async () => {
    await reset()
    const steps = JSON.stringify([{ setWeight: 10 }, { pause: '1500ms' }, { setWeight: 50 }])
    const first = spawnAction('staged-rollout', { inputs: inputs({ steps }) })
    for (let i = 0; i < 200 && !existsSync(weightsFile); i++) await new Promise((ok) => setTimeout(ok, 20))
    const [second, during] = await runAction('staged-rollout', { inputs: inputs({ steps, abort: 'true' }) })
      .then((r) => [r, weights()] as const)
      .finally(() => first.result)
    expect(during).toEqual({ blue: 90, green: 10 }) // the refused abort did not touch traffic
    expect(second.exitCode).toBe(1)
    expect(second.annotations.find((a) => a.kind === 'error')?.message).toMatch(
      /^Another staged-rollout run holds the lock for .*weights\.json: pid \d+ on \S+ since \S+ \(https:\/\/\S+\)\nHint: Give the workflow a concurrency group/,
    )
    const r = await first.result
    expect(r.outputs).toMatchObject({ phase: 'promoted', weight: '100' })
    expect(existsSync(`${weightsFile}.shipline-lock`)).toBe(false)
  })

  it('abort: true sends all traffic back to stable', async () => {
    await reset()
    const steps = JSON.stringify([{ setWeight: 40 }, { pause: {} }])
    await runAction('staged-rollout', { inputs: inputs({ steps }) })
    expect(weights()).toEqual({ blue: 60, green: 40 })
    const r = await runAction('staged-rollout', { inputs: inputs({ steps, abort: 'true' }) })
    expect(r.exitCode).toBe(0)
    expect(r.outputs).toMatchObject({ phase: 'aborted', weight: '0' })
    expect(weights()).toEqual({ blue: 100, green: 0 })
  })

  const bad: { name: string; over: Record<string, string>; message: string }[] = [
    {
      name: 'malformed steps',
      over: { steps: '- setWeight: [' },
      message: "Input 'steps': '- setWeight: [' is not valid JSON or YAML",
    },
    {
      name: 'an unknown step',
      over: { steps: '- setWieght: 5' },
      message: "Input 'steps': 'setWieght' (step 1) is not a step kind; use setWeight, pause or analysis",
    },
    {
      name: 'a weight above 100',
      over: { steps: '- setWeight: 120' },
      message: "Input 'steps': 'setWeight: 120' (step 1) is not a weight: a whole percent from 0 to 100",
    },
    {
      name: 'an unknown router',
      over: { router: 'traefik', steps: '- setWeight: 5' },
      message: "Input 'router': 'traefik' is not one of: nginx, file, haproxy",
    },
    {
      name: 'a condition with an unknown name',
      over: {
        steps: '- analysis: {}',
        metrics: JSON.stringify([
          {
            name: 'error-rate',
            provider: { http: { url: 'http://127.0.0.1:9/', 'json-path': '$.e' } },
            'success-condition': 'errors < 0.05',
          },
        ]),
      },
      message:
        "Input 'metrics': 'errors < 0.05' is not a valid success-condition of metric 'error-rate': unknown name 'errors'",
    },
  ]
  it.each(bad)('refuses $name with a clear error, traffic untouched', async ({ over, message }) => {
    await reset()
    writeFileSync(weightsFile, '{"blue": 100, "green": 0}\n')
    const r = await runAction('staged-rollout', { inputs: inputs(over) })
    expect(r.exitCode).toBe(1)
    expect(r.annotations.filter((a) => a.kind === 'error').map((a) => a.message)[0]).toContain(message)
    expect(readFileSync(weightsFile, 'utf8')).toBe('{"blue": 100, "green": 0}\n')
    expect(existsSync(`${weightsFile}.shipline-state.json`)).toBe(false)
    expect(existsSync(`${weightsFile}.shipline-lock`)).toBe(false)
  })
})

describe('staged-rollout blue-green (file router)', () => {
  const check = (name: string, port: () => number) => ({
    name,
    provider: { http: { url: `http://127.0.0.1:${port()}/stats?window=400`, 'json-path': '$.errorRate' } },
    'success-condition': 'result < 0.05',
    interval: '150ms',
    count: 2,
  })

  it('does not switch when the preview check fails', async () => {
    await reset()
    writeFileSync(weightsFile, '{"blue": 100, "green": 0}\n')
    await green.setFailRate(1)
    try {
      // Preview traffic straight to the idle colour (the switch has not happened, so the LB sends it nothing).
      const preview = startLoad(green.url, { concurrency: 1, maxRequests: 5_000, maxMs: 30_000 }) as Load
      const r = await runAction('staged-rollout', {
        inputs: inputs({
          strategy: 'blue-green',
          'preview-checks': JSON.stringify([check('preview-errors', () => green.port)]),
        }),
      }).finally(() => preview.stop())
      expect(r.exitCode).toBe(1)
      expect(r.outputs).toMatchObject({ phase: 'aborted', weight: '0' })
      expect(weights()).toEqual({ blue: 100, green: 0 })
      expect(analysis(r).steps.map((s: { action: string }) => s.action)).toEqual([
        'preview checks',
        'rollback',
        'canary 0%',
      ])
    } finally {
      await green.setFailRate(0)
    }
  })

  it('switches, then switches back when the post-switch check fails', async () => {
    await reset()
    await green.setFailRate(1)
    try {
      const { result: r } = await withLoad(() =>
        runAction('staged-rollout', {
          inputs: inputs({
            strategy: 'blue-green',
            metrics: JSON.stringify([check('post-errors', () => green.port)]),
            'scale-down-delay': '200ms',
          }),
        }),
      )
      expect(r.exitCode).toBe(1)
      expect(analysis(r).steps.map((s: { action: string; weight: number }) => `${s.action}@${s.weight}`)).toEqual([
        'setWeight 100%@100',
        'analysis@100',
        'rollback@100',
        'canary 0%@0',
      ])
      expect(weights()).toEqual({ blue: 100, green: 0 })
    } finally {
      await green.setFailRate(0)
    }
  })

  it('switches atomically and keeps the old colour for scale-down-delay when checks pass', async () => {
    await reset()
    const { result: r } = await withLoad(() =>
      runAction('staged-rollout', {
        inputs: inputs({
          strategy: 'blue-green',
          'preview-checks': '[]',
          metrics: JSON.stringify([check('post-errors', () => green.port)]),
          'scale-down-delay': '200ms',
        }),
      }),
    )
    expect(r.exitCode).toBe(0)
    expect(r.outputs).toMatchObject({ phase: 'promoted', weight: '100' })
    expect(weights()).toEqual({ blue: 0, green: 100 })
  })
})

describe('staged-rollout compare metric (Mann-Whitney against the baseline, same window)', () => {
  let stats: Server
  let statsPort: number
  beforeAll(async () => {
    // A tiny metrics endpoint: /stats/<version> answers that version's recent error rate (its app's /stats).
    stats = createServer((req, res) => {
      const version = /^\/stats\/(\w+)$/.exec(req.url ?? '')?.[1]
      const app = version === 'green' ? green : version === 'blue' ? blue : undefined
      if (!app) return void res.writeHead(404).end()
      fetch(`${app.url}/stats?window=300`).then(
        async (r) => res.writeHead(200, { 'content-type': 'application/json' }).end(await r.text()),
        () => res.writeHead(502).end(),
      )
    })
    await new Promise<void>((ok) => stats.listen(0, '127.0.0.1', ok))
    statsPort = (stats.address() as AddressInfo).port
  })
  afterAll(async () => {
    await new Promise((ok) => stats?.close(ok))
  })

  const compare = () => ({
    name: 'errors-vs-baseline',
    compare: { direction: 'increase', 'effect-size': 1.5, confidence: 0.95 },
    provider: { http: { url: `http://127.0.0.1:${statsPort}/stats/{{ target }}`, 'json-path': '$.errorRate' } },
    interval: '150ms',
    count: 8,
    'min-samples': 4,
  })

  it('fails a canary whose error rate is significantly and substantially above the baseline', async () => {
    await reset()
    await green.setFailRate(0.5)
    try {
      const { result: r } = await withLoad(() =>
        runAction('staged-rollout', {
          inputs: inputs({
            steps: JSON.stringify([{ setWeight: 50 }, { analysis: {} }]),
            metrics: JSON.stringify([compare()]),
          }),
        }),
      )
      expect(r.exitCode).toBe(1)
      expect(r.outputs).toMatchObject({ phase: 'aborted', weight: '0' })
      const last = analysis(r).analyses[0].metrics[0].measurements.at(-1)
      expect(last).toMatchObject({ outcome: 'failed', baseline: 0 })
      expect(last.reason).toMatch(/^canary higher than baseline: p=\S+ < 0\.050, mean ratio ∞ beyond 1\.5$/)
    } finally {
      await green.setFailRate(0)
    }
  })

  it('passes a canary that behaves like the baseline', async () => {
    await reset()
    const { result: r } = await withLoad(() =>
      runAction('staged-rollout', {
        inputs: inputs({
          steps: JSON.stringify([{ setWeight: 50 }, { analysis: {} }]),
          metrics: JSON.stringify([{ ...compare(), count: 5 }]),
        }),
      }),
    )
    expect(r.exitCode).toBe(0)
    expect(r.outputs).toMatchObject({ phase: 'promoted', weight: '100' })
    const m = analysis(r).analyses[0].metrics[0]
    expect(m.phase).toBe('successful')
    expect(m.measurements.at(-1).reason).toMatch(/^no significant difference \(p=1\.00, mean ratio 1\.000\)$/)
  })
})

describe('staged-rollout state in a GitHub Deployment (emulator)', () => {
  let emu: Emulator
  beforeAll(async () => {
    emu = await startEmulator()
  }, 30_000)
  afterAll(async () => {
    await emu?.stop()
  })

  it('pauses at a manual gate, then a new run resumes from the deployment statuses and promotes', async () => {
    await reset()
    const { owner, repo } = await emu.repo()
    const head = (await (
      await fetch(`${emu.url}/repos/${owner}/${repo}/commits/main`, { headers: { authorization: 'token t0k3n' } })
    ).json()) as { sha: string }
    const run = (over: Record<string, string>) =>
      runAction('staged-rollout', {
        inputs: inputs({
          steps: JSON.stringify([{ setWeight: 10 }, { pause: {} }, { setWeight: 50 }]),
          environment: 'staging',
          ...over,
        }),
        token: 't0k3n',
        repository: `${owner}/${repo}`,
        sha: head.sha,
        env: { GITHUB_API_URL: emu.url },
      })
    const first = await run({})
    expect(first.stderr).toBe('')
    expect(first.exitCode).toBe(0)
    expect(first.outputs).toMatchObject({ phase: 'paused', weight: '10' })
    expect(existsSync(`${weightsFile}.shipline-state.json`)).toBe(false)
    expect(first.leakedSecrets).toEqual([])
    const resumed = await run({ resume: 'true' })
    expect(resumed.exitCode).toBe(0)
    expect(resumed.outputs).toMatchObject({ phase: 'promoted', weight: '100' })
    expect(analysis(resumed).steps.map((s: { action: string }) => s.action)).toEqual([
      'resume',
      'setWeight 50%',
      'promote 100%',
    ])
    expect(weights()).toEqual({ blue: 0, green: 100 })
    const state = await emu.state(owner, repo)
    const deployments = Object.values(state.deployments ?? {}) as {
      environment: string
      task: string
      payload: { canary: string }
      statuses: { state: string; description: string }[]
    }[]
    expect(deployments).toHaveLength(1)
    const d = deployments[0]
    expect(d).toMatchObject({ environment: 'staging', task: 'shipline:staged-rollout', payload: { canary: 'green' } })
    expect(d?.statuses.at(-1)).toMatchObject({
      state: 'success',
      description: '[shipline next=3 weight=100 phase=promoted] all steps passed',
    })
    expect(d?.statuses.map((s) => s.state)).toContain('queued')
    expect(await emu.violations()).toEqual([])
  }, 60_000)
})
