/**
 * staged-rollout's `baselineCheck` step through the bundle, against a real nginx in front of two real app
 * processes and a real Prometheus scraping them every second, under a steady client load. The step measures the
 * stable (blue) before any traffic moves, records its normal band, and refuses to start — snippet untouched,
 * nginx still serving only blue — when blue is already failing or has no data. A later analysis compares the
 * canary against the recorded band (`band_p95` in its condition).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runAction, type RunResult } from '../support/runner/index.js'
import type { Nginx } from '../support/servers/nginx.js'
import type { Prometheus } from '../support/servers/prometheus.js'
import { startEmulator } from '../support/github-emulator/index.js'
import { startNginxRollout, type NginxRollout } from '../support/staged-rollout-nginx.js'
import type { App } from '../fixtures/staged-rollout/apps.js'
// @ts-expect-error -- a plain ESM fixture without types
import { startLoad } from '../fixtures/staged-rollout/load.mjs'

interface LoadStats {
  requests: number
  failed: number
  status5xx: number
  byVersion: Record<string, number>
  errors: string[]
}

let rig: NginxRollout
let dir: string
let snippet: string
let blue: App
let green: App
let nginx: Nginx
let prom: Prometheus

beforeAll(async () => {
  rig = await startNginxRollout('baseline', '/shipline-probe')
  ;({ dir, snippet, blue, green, nginx, prom } = rig)
}, 60_000)

afterAll(async () => {
  await rig?.stop()
})

const rate = (version: string, code = '') =>
  `sum(rate(app_requests_total{version="${version}"${code ? `,code="${code}"` : ''}}[3s]))`
const metric = (extra?: Record<string, unknown>) => rig.metric(extra)
const inputs = (over: Record<string, string>) => rig.inputs(over)
const fresh = () => rig.fresh()
const versions = (n: number) => rig.versions(n)

/** Run under a steady load that started early enough for Prometheus' 3 s rate window to see blue's traffic. */
async function underLoad(
  before: () => Promise<unknown>,
  fn: () => Promise<RunResult>,
): Promise<{ r: RunResult; load: LoadStats }> {
  const load = startLoad(`http://127.0.0.1:${nginx.port}/`, { concurrency: 3, maxRequests: 50_000, maxMs: 60_000 })
  try {
    await before()
    const r = await fn()
    return { r, load: (await load.stop()) as LoadStats }
  } catch (error) {
    await load.stop()
    throw error
  }
}

const analysis = (r: RunResult) => JSON.parse(r.outputs.analysis ?? '{}')
const blueServing = () => prom.waitFor(rate('blue'), (s) => Number(s[0]?.value[1] ?? 0) > 0, 15_000)

describe('staged-rollout baselineCheck (nginx, Prometheus)', () => {
  it('records the stable band before traffic moves, then promotes a canary that stays within it; 0 failed requests', async () => {
    await fresh()
    const steps = JSON.stringify([
      { baselineCheck: { count: 3, interval: '1s' } },
      { setWeight: 20 },
      { analysis: {} },
      { setWeight: 60 },
    ])
    const m = metric({ 'success-condition': 'result <= max(0.05, band_p95 * 2)' })
    const { r, load } = await underLoad(blueServing, () =>
      runAction('staged-rollout', { inputs: inputs({ steps, metrics: JSON.stringify([m]) }) }),
    )
    expect(r.stderr).toBe('')
    expect(r.exitCode).toBe(0)
    expect(r.outputs).toMatchObject({ phase: 'promoted', weight: '100' })
    expect({ failed: load.failed, errors: load.errors, status5xx: load.status5xx }).toEqual({
      failed: 0,
      errors: [],
      status5xx: 0,
    })
    const baseline = JSON.parse(r.outputs.baseline ?? '{}')
    expect(baseline).toEqual({
      stable: 'blue',
      measuredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      metrics: { 'error-rate': { samples: 3, mean: 0, p50: 0, p95: 0, min: 0, max: 0 } },
    })
    const a = analysis(r)
    expect(a.baseline).toEqual(baseline)
    expect(a.steps[0]).toMatchObject({
      step: 1,
      action: 'baselineCheck of stable',
      weight: 0,
      verdict: 'successful',
      detail: 'normal band of blue: error-rate: mean 0, p50 0, p95 0 (n=3)',
    })
    expect(a.steps[1]).toMatchObject({ action: 'setWeight 20%', verdict: 'applied' })
    expect(r.summary).toContain('### Baseline: normal band of stable `blue` before any traffic moved')
    expect(r.summary).toMatch(/\| error-rate \| 3 \| 0 \| 0 \| 0 \| 0 \| 0 \|/)
    expect(await versions(10)).toEqual({ green: 10 })
  }, 60_000)

  it('refuses to start when the stable is already outside the thresholds: nothing changed', async () => {
    await fresh()
    const before = readFileSync(snippet, 'utf8')
    const hookMarker = join(dir, 'hook-ran')
    await blue.setFailRate(0.5)
    try {
      const steps = JSON.stringify([
        { baselineCheck: { count: 2, interval: '1s' } },
        { setWeight: 20 },
        { analysis: {} },
      ])
      const { r, load } = await underLoad(
        () =>
          prom.waitFor(`${rate('blue', '500')} / ${rate('blue')}`, (s) => Number(s[0]?.value[1] ?? 0) > 0.2, 15_000),
        () =>
          runAction('staged-rollout', {
            inputs: inputs({
              steps,
              metrics: JSON.stringify([metric()]),
              'on-rollback': JSON.stringify(['touch', hookMarker]),
            }),
          }),
      )
      expect(r.exitCode).toBe(1)
      expect(r.outputs).toMatchObject({ phase: 'aborted', weight: '0' })
      const err = r.annotations.find((x) => x.kind === 'error')?.message
      expect(err).toMatch(
        /^Rollout of green did not start, no traffic moved: baseline check refused the start: error-rate is already outside its thresholds on blue \[success: result < 0\.05\]: mean 0\.\d+, p50 0\.\d+, p95 0\.\d+ \(n=\d\)$/,
      )
      expect(readFileSync(snippet, 'utf8')).toBe(before)
      expect(load.byVersion.green ?? 0).toBe(0)
      expect(existsSync(hookMarker)).toBe(false)
      expect(analysis(r).steps.map((s: { action: string; verdict: string }) => `${s.action}: ${s.verdict}`)).toEqual([
        'baselineCheck of stable: refused',
      ])
      expect(JSON.parse(r.outputs.baseline ?? '{}').metrics['error-rate'].mean).toBeGreaterThan(0.2)
      expect(r.summary).toContain('refused to start: no traffic moved')
    } finally {
      await blue.setFailRate(0)
    }
  }, 60_000)

  it('refuses to start when the stable has no data (an empty vector), and changes nothing', async () => {
    await fresh()
    const before = readFileSync(snippet, 'utf8')
    const missing = {
      ...metric(),
      provider: { prometheus: { address: prom.url, query: 'app_missing_metric{version="{{ canary }}"}' } },
      interval: '200ms',
      count: 1,
    }
    const r = await runAction('staged-rollout', {
      inputs: inputs({
        steps: JSON.stringify([{ baselineCheck: {} }, { setWeight: 50 }]),
        metrics: JSON.stringify([missing]),
      }),
    })
    expect(r.exitCode).toBe(1)
    expect(r.annotations.find((x) => x.kind === 'error')?.message).toBe(
      'Rollout of green did not start, no traffic moved: baseline check refused the start: error-rate has no data for blue (empty vector after 3 queries)',
    )
    expect(readFileSync(snippet, 'utf8')).toBe(before)
    expect(await versions(5)).toEqual({ blue: 5 })
  }, 60_000)

  it('rolls back a canary that is worse than the recorded band even though it is under the fixed limit', async () => {
    await fresh()
    await prom.waitFor(rate('blue', '500'), (s) => s.length === 0 || s[0]?.value[1] === '0', 15_000) // blue's earlier errors aged out
    await green.setFailRate(0.2)
    try {
      // the pause lets Prometheus' 3 s rate window fill with the canary's traffic before it is judged
      const steps = JSON.stringify([
        { baselineCheck: { count: 2, interval: '1s' } },
        { setWeight: 50 },
        { pause: '3s' },
        { analysis: {} },
        { setWeight: 80 },
      ])
      // 20% errors pass `result < 0.5`, but not `result <= band_p95 + 0.05` with a healthy blue (band 0).
      const m = metric({ 'success-condition': 'result < 0.5 && result <= band_p95 + 0.05', count: 3 })
      const { r } = await underLoad(blueServing, () =>
        runAction('staged-rollout', { inputs: inputs({ steps, metrics: JSON.stringify([m]) }) }),
      )
      expect(r.exitCode).toBe(1)
      expect(r.outputs).toMatchObject({ phase: 'aborted', weight: '0' })
      const a = analysis(r)
      expect(a.steps[0]).toMatchObject({ action: 'baselineCheck of stable', verdict: 'successful' })
      expect(a.reason).toMatch(/^analysis failed: error-rate: failed/)
      expect(a.analyses[0].metrics[0].measurements.at(-1)).toMatchObject({
        outcome: 'failed',
        reason: "failure: 'result < 0.5 && result <= band_p95 + 0.05' is false",
      })
      expect(await versions(5)).toEqual({ blue: 5 })
    } finally {
      await green.setFailRate(0)
    }
  }, 60_000)

  it('with the state in a GitHub Deployment (emulator), a resumed run measures the stable again and judges with the band', async () => {
    await fresh()
    const emu = await startEmulator()
    try {
      const { owner, repo } = await emu.repo()
      const head = (await (
        await fetch(`${emu.url}/repos/${owner}/${repo}/commits/main`, { headers: { authorization: 'token t0k3n' } })
      ).json()) as { sha: string }
      const steps = JSON.stringify([
        { baselineCheck: { count: 2, interval: '1s' } },
        { setWeight: 20 },
        { pause: {} },
        { pause: '3s' },
        { analysis: {} },
      ])
      const m = metric({ 'success-condition': 'result <= max(0.05, band_p95 * 2)' })
      const run = (over: Record<string, string>) =>
        runAction('staged-rollout', {
          inputs: inputs({ steps, metrics: JSON.stringify([m]), environment: 'staging', ...over }),
          token: 't0k3n',
          repository: `${owner}/${repo}`,
          sha: head.sha,
          env: { GITHUB_API_URL: emu.url },
        })
      const { r: first } = await underLoad(blueServing, () => run({}))
      expect(first.outputs).toMatchObject({ phase: 'paused', weight: '20' })
      expect(existsSync(`${snippet}.shipline-state.json`)).toBe(false)
      const { r: resumed, load } = await underLoad(blueServing, () => run({ resume: 'true' }))
      expect(resumed.exitCode).toBe(0)
      expect(resumed.outputs).toMatchObject({ phase: 'promoted', weight: '100' })
      expect(load.failed).toBe(0)
      const a = analysis(resumed)
      expect(a.steps.map((s: { action: string }) => s.action)).toEqual([
        'resume',
        'baselineCheck of stable (again: no band in the saved state)',
        'analysis',
        'promote 100%',
      ])
      expect(a.analyses[0].metrics[0].phase).toBe('successful')
      expect(JSON.parse(resumed.outputs.baseline ?? '{}').metrics['error-rate'].samples).toBe(2)
      expect(await emu.violations()).toEqual([])
    } finally {
      await emu.stop()
    }
  }, 60_000)

  it.each([
    [
      [{ setWeight: 10 }, { baselineCheck: {} }],
      "Input 'steps': 'baselineCheck (step 2)' comes after step 1 moves traffic; put it before every setWeight and darkLaunch",
    ],
    [
      [{ baselineCheck: { count: 0 } }, { setWeight: 10 }],
      "Input 'steps': 'baselineCheck count: 0' (step 1) is not a count: a whole number from 1 to 1000",
    ],
    [
      [{ baselineCheck: { metrics: ['latency'] } }],
      "Input 'steps': 'latency' (step 1) is not a metric in 'metrics'; known: error-rate",
    ],
  ])('refuses a bad baselineCheck plan before touching anything (%j)', async (steps, message) => {
    await fresh()
    const before = readFileSync(snippet, 'utf8')
    const r = await runAction('staged-rollout', {
      inputs: inputs({ steps: JSON.stringify(steps), metrics: JSON.stringify([metric()]) }),
    })
    expect(r.exitCode).toBe(1)
    expect(r.annotations.find((x) => x.kind === 'error')?.message).toBe(message)
    expect(readFileSync(snippet, 'utf8')).toBe(before)
  })

  it('refuses a condition naming the band when no baselineCheck measures that metric', async () => {
    const r = await runAction('staged-rollout', {
      inputs: inputs({
        steps: JSON.stringify([{ setWeight: 10 }, { analysis: {} }]),
        metrics: JSON.stringify([metric({ 'success-condition': 'result < band_p95 * 2' })]),
      }),
    })
    expect(r.exitCode).toBe(1)
    expect(r.annotations.find((x) => x.kind === 'error')?.message).toBe(
      "Input 'metrics': 'result < band_p95 * 2' (metric 'error-rate') names the stable's band, but no baselineCheck step measures 'error-rate'; add '- baselineCheck: {}' before the first setWeight",
    )
  })
})
