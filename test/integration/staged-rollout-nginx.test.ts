/**
 * staged-rollout against a real nginx (the action owns an included snippet, runs `nginx -t` and a graceful reload
 * by argv, then probes) and a real Prometheus scraping two real app processes, under a steady client load whose
 * failures are counted. Prometheus scrapes every second, so analysis intervals here are 1 s.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { runAction, type RunResult } from '../support/runner/index.js'
import { freePort } from '../support/net.js'
import type { Nginx } from '../support/servers/nginx.js'
import type { Prometheus } from '../support/servers/prometheus.js'
import { startNginxRollout, type NginxRollout } from '../support/staged-rollout-nginx.js'
import type { App } from '../fixtures/staged-rollout/apps.js'
// @ts-expect-error -- a plain ESM fixture without types
import { startLoad } from '../fixtures/staged-rollout/load.mjs'

interface LoadStats {
  requests: number
  ok: number
  status5xx: number
  failed: number
  retriedResets: number
  byVersion: Record<string, number>
  errors: string[]
}

let rig: NginxRollout
let snippet: string
let blue: App
let green: App
let nginx: Nginx
let prom: Prometheus

beforeAll(async () => {
  rig = await startNginxRollout('nginx')
  ;({ snippet, blue, green, nginx, prom } = rig)
}, 60_000)

afterAll(async () => {
  await rig?.stop()
})

const metric = (extra?: Record<string, unknown>) => rig.metric(extra)
const inputs = (over: Record<string, string>) => rig.inputs(over)
const fresh = () => rig.fresh()
const versions = (n: number, headers?: Record<string, string>, path?: string) => rig.versions(n, headers, path)

/** Wait until green has had no requests in Prometheus' 3 s rate window (earlier tests' traffic has aged out). */
async function quiet(): Promise<void> {
  await prom.waitFor(
    'sum(rate(app_requests_total{version="green"}[3s]))',
    (s) => s.length === 0 || s[0]?.value[1] === '0',
    15_000,
  )
}

async function underLoad(fn: () => Promise<RunResult>): Promise<{ r: RunResult; load: LoadStats }> {
  const load = startLoad(`http://127.0.0.1:${nginx.port}/`, { concurrency: 4, maxRequests: 50_000, maxMs: 60_000 })
  const r = await fn().finally(() => undefined)
  return { r, load: (await load.stop()) as LoadStats }
}

const analysis = (r: RunResult) => JSON.parse(r.outputs.analysis ?? '{}')

describe('staged-rollout (nginx router, Prometheus metrics)', () => {
  it('promotes a good canary under steady load: nginx then serves only green, and no request failed', async () => {
    await fresh()
    const steps = JSON.stringify([
      { setWeight: 10 },
      { analysis: {} },
      { setWeight: 50 },
      { analysis: {} },
      { setWeight: 80 },
    ])
    const { r, load } = await underLoad(() =>
      runAction('staged-rollout', { inputs: inputs({ steps, metrics: JSON.stringify([metric()]) }) }),
    )
    expect(r.stderr).toBe('')
    expect(r.exitCode).toBe(0)
    expect(r.outputs).toMatchObject({ phase: 'promoted', weight: '100' })
    expect({ failed: load.failed, errors: load.errors }).toEqual({ failed: 0, errors: [] })
    expect(load.status5xx).toBe(0)
    expect(load.byVersion.green).toBeGreaterThan(0)
    expect(await versions(20)).toEqual({ green: 20 })
    expect(readFileSync(snippet, 'utf8')).toMatch(/upstream shipline \{\n {4}server 127\.0\.0\.1:\d+;\n\}/)
    const applied = analysis(r).steps.filter((s: { verdict: string }) => s.verdict === 'applied')
    expect(applied.map((s: { detail: string }) => s.detail)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^served after \d+ ms; served \(generation /)]),
    )
  }, 60_000)

  it('rolls a canary answering 5xx back within one analysis interval of seeing it', async () => {
    await fresh()
    await quiet()
    await green.setFailRate(1)
    try {
      const steps = JSON.stringify([{ setWeight: 30 }, { analysis: {} }, { setWeight: 60 }])
      const { r, load } = await underLoad(() =>
        runAction('staged-rollout', { inputs: inputs({ steps, metrics: JSON.stringify([metric({ count: 5 })]) }) }),
      )
      expect(r.exitCode).toBe(1)
      expect({ outputs: r.outputs, annotations: r.annotations }).toMatchObject({
        outputs: { phase: 'aborted', weight: '0' },
      })
      const m = analysis(r).analyses[0].metrics[0]
      expect(m.phase).toBe('failed')
      expect(m.measurements.at(-1)).toMatchObject({ outcome: 'failed' })
      expect(m.measurements.filter((x: { outcome: string }) => x.outcome === 'successful')).toEqual([])
      expect({ failed: load.failed, errors: load.errors }).toEqual({ failed: 0, errors: [] })
      expect(await versions(10)).toEqual({ blue: 10 })
    } finally {
      await green.setFailRate(0)
    }
  }, 60_000)

  it('pauses, never promotes, when the canary gets no traffic: NaN and an empty vector are no data', async () => {
    await fresh()
    await quiet()
    const empty = {
      name: 'latency',
      provider: { prometheus: { address: prom.url, query: 'app_missing_metric{version="{{ canary }}"}' } },
      'success-condition': 'result < 1',
      interval: '300ms',
      count: 2,
    }
    // Probe a location that answers from nginx itself: probes through the upstream would be canary traffic.
    const probe = `http://127.0.0.1:${nginx.port}/shipline-probe`
    const r = await runAction('staged-rollout', {
      inputs: inputs({
        'probe-url': probe,
        steps: JSON.stringify([{ setWeight: 10 }, { analysis: {} }, { setWeight: 100 }]),
        metrics: JSON.stringify([metric({ interval: '300ms', 'inconclusive-limit': 0 }), empty]),
      }),
    })
    expect(r.exitCode).toBe(0)
    expect(r.outputs).toMatchObject({ phase: 'paused', weight: '10' })
    const [nan, none] = analysis(r).analyses[0].metrics
    expect(nan.measurements[0]).toMatchObject({
      outcome: 'inconclusive',
      value: null,
      reason: 'NaN (no events in the window?) after 3 queries',
    })
    expect(none.measurements[0]).toMatchObject({
      outcome: 'inconclusive',
      value: null,
      reason: 'empty vector after 3 queries',
    })
    const served = await versions(40)
    expect(Object.keys(served).sort()).toEqual(['blue', 'green'])
  }, 60_000)

  it('aborts at the consecutive-error limit when Prometheus is down, and on a bad query', async () => {
    await fresh()
    const down = `http://127.0.0.1:${await freePort()}`
    const steps = JSON.stringify([{ setWeight: 20 }, { analysis: {} }])
    const r = await runAction('staged-rollout', {
      inputs: inputs({
        steps,
        metrics: JSON.stringify([
          metric({
            provider: { prometheus: { address: down, query: 'up' } },
            interval: '200ms',
            'consecutive-error-limit': 2,
          }),
        ]),
      }),
    })
    expect(r.exitCode).toBe(1)
    expect(r.outputs).toMatchObject({ phase: 'aborted', weight: '0' })
    const m = analysis(r).analyses[0].metrics[0]
    expect(m.measurements.map((x: { outcome: string }) => x.outcome)).toEqual(['error', 'error', 'error'])
    expect(m.measurements[0].reason).toBe(`GET ${down}/api/v1/query?query=up failed: ECONNREFUSED`)
    expect(await versions(10)).toEqual({ blue: 10 })

    await fresh()
    const bad = await runAction('staged-rollout', {
      inputs: inputs({
        steps,
        metrics: JSON.stringify([
          metric({
            provider: { prometheus: { address: prom.url, query: 'sum(rate(' } },
            interval: '200ms',
            'consecutive-error-limit': 0,
          }),
        ]),
      }),
    })
    expect(bad.outputs).toMatchObject({ phase: 'aborted', weight: '0' })
    expect(analysis(bad).analyses[0].metrics[0].measurements[0].reason).toMatch(
      /^Prometheus query failed \(HTTP 400, 'bad_data'\)/,
    )
  }, 60_000)

  it('keeps each user on one version with split_clients on a header (sticky)', async () => {
    await fresh()
    const r = await runAction('staged-rollout', {
      inputs: inputs({
        steps: JSON.stringify([{ setWeight: 50 }, { pause: {} }]),
        sticky: 'header:X-User-Id',
        'probe-url': `http://127.0.0.1:${nginx.port}/sticky`,
      }),
    })
    expect(r.exitCode).toBe(0)
    expect(r.outputs).toMatchObject({ phase: 'paused', weight: '50' })
    expect(readFileSync(snippet, 'utf8')).toContain(
      'split_clients "$http_x_user_id" $shipline {\n    50% shipline_canary;\n    * shipline_stable;\n}',
    )
    const per: Record<string, string> = {}
    for (let u = 0; u < 20; u++) {
      const seen = await versions(3, { 'x-user-id': `user-${u}` }, '/sticky')
      expect(Object.keys(seen)).toHaveLength(1)
      per[u] = Object.keys(seen)[0] as string
    }
    expect(new Set(Object.values(per))).toEqual(new Set(['blue', 'green']))
  }, 60_000)

  it('blue-green: switches atomically under load, then switches back when the post-switch check fails', async () => {
    await fresh()
    await green.setFailRate(1)
    try {
      const post = {
        name: 'post-switch',
        provider: { http: { url: `http://127.0.0.1:${green.port}/stats?window=300`, 'json-path': '$.errorRate' } },
        'success-condition': 'result < 0.05',
        interval: '200ms',
        count: 3,
        'inconclusive-limit': 2,
      }
      const { r, load } = await underLoad(() =>
        runAction('staged-rollout', { inputs: inputs({ strategy: 'blue-green', metrics: JSON.stringify([post]) }) }),
      )
      expect(r.exitCode).toBe(1)
      expect(r.outputs).toMatchObject({ phase: 'aborted', weight: '0' })
      expect(analysis(r).steps.map((s: { action: string }) => s.action)).toEqual([
        'setWeight 100%',
        'analysis',
        'rollback',
        'canary 0%',
      ])
      expect({ failed: load.failed, errors: load.errors }).toEqual({ failed: 0, errors: [] })
      expect(load.status5xx).toBeGreaterThan(0) // green did answer while it was live
      expect(await versions(10)).toEqual({ blue: 10 })
    } finally {
      await green.setFailRate(0)
    }
  }, 60_000)

  it('falls back to the version header when a location hides the generation header', async () => {
    await fresh()
    const r = await runAction('staged-rollout', {
      inputs: inputs({ strategy: 'blue-green', 'probe-url': `http://127.0.0.1:${nginx.port}/hidden` }),
    })
    expect(r.exitCode).toBe(0)
    expect(r.outputs).toMatchObject({ phase: 'promoted', weight: '100' })
    expect(analysis(r).steps[0].detail).toMatch(/^served after \d+ ms; served \(x-version: green\)$/)
    expect(await versions(10, {}, '/hidden')).toEqual({ green: 10 })
  }, 60_000)

  it('when nginx -t refuses the new config, the old snippet is put back and the rollout aborts on stable', async () => {
    await fresh()
    const r = await runAction('staged-rollout', {
      inputs: inputs({
        steps: JSON.stringify([{ setWeight: 20 }]),
        backends: JSON.stringify({ blue: `127.0.0.1:${blue.port}`, green: '127.0.0.1:99999' }),
      }),
    })
    expect(r.exitCode).toBe(1)
    expect(r.outputs).toMatchObject({ phase: 'aborted', weight: '0' })
    expect(analysis(r).steps[0].detail).toMatch(/^router could not apply 20%: nginx config test failed .*invalid port/)
    expect(await versions(10)).toEqual({ blue: 10 })
  }, 60_000)
})
