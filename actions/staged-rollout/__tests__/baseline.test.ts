import { describe, expect, it } from '@jest/globals'
import { runAnalysis } from '../src/domain/analysis.js'
import { bandOf, baselineMetrics, checkBaselinePlan, judgeBaseline, quantile } from '../src/domain/baseline.js'
import { compile } from '../src/domain/expr.js'
import { advance, newState, type EngineDeps, type RolloutState } from '../src/domain/rollout.js'
import { parseSteps, type Step } from '../src/domain/steps.js'
import { data, metric, noData, scripted, virtualClock } from './fakes.js'

describe('band statistics', () => {
  it('quantiles interpolate between closest ranks (numpy default) and the band leaves NaN/Inf out', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5)
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95)).toBeCloseTo(9.55, 10)
    expect(bandOf([3, Number.NaN, 1, 2, Infinity])).toEqual({ samples: 3, mean: 2, p50: 2, p95: 2.9, min: 1, max: 3 })
    expect(bandOf([]).samples).toBe(0)
  })
})

describe('judging the stable', () => {
  const run = async (script: Parameters<typeof scripted>[0], extra: Record<string, unknown> = {}) => {
    const { deps } = scripted(script)
    return runAnalysis([metric({ count: 3, 'inconclusive-limit': -1, ...extra })], deps)
  }

  it('records the band of a healthy stable', async () => {
    const v = judgeBaseline(await run({ errors: [data(0.01), data(0.02), data(0.03)] }), 'blue', 5)
    expect(v).toMatchObject({
      ok: true,
      detail: 'errors: mean 0.02, p50 0.02, p95 0.029 (n=3)',
      record: { stable: 'blue', at: 5, metrics: { errors: { samples: 3, mean: 0.02 } } },
    })
  })

  it('refuses a stable outside its thresholds, naming the metric, the thresholds and the band', async () => {
    const v = judgeBaseline(await run({ errors: [data(0.01), data(0.2)] }), 'blue', 5)
    expect(v).toMatchObject({
      ok: false,
      reason:
        'errors is already outside its thresholds on blue [success: result < 0.05]: mean 0.105, p50 0.105, p95 0.1905 (n=2)',
    })
  })

  it('refuses a stable with no data, and one that cannot be measured', async () => {
    expect(judgeBaseline(await run({ errors: [noData] }), 'blue', 5)).toMatchObject({
      ok: false,
      reason: 'errors has no data for blue (no data after 3 queries)',
    })
    const err = judgeBaseline(
      await run({ errors: [new Error('ECONNREFUSED')] }, { 'consecutive-error-limit': 0 }),
      'blue',
      5,
    )
    expect(err).toMatchObject({ ok: false, reason: 'errors has no data for blue (ECONNREFUSED)' })
  })

  it('a dry-run metric is recorded but never refuses', async () => {
    const v = judgeBaseline(await run({ errors: [data(0.9)] }, { 'dry-run': true }), 'blue', 5)
    expect(v.ok).toBe(true)
  })
})

describe('baseline plan checks', () => {
  const m = [metric({ name: 'errors' }), metric({ name: 'lat', compare: {}, 'success-condition': undefined })]
  const steps = (raw: unknown[]): Step[] => parseSteps(raw, ['errors', 'lat'])

  it('measures threshold metrics only, with the step overriding count and interval', () => {
    const step = steps([{ baselineCheck: { count: 7, interval: '2s' } }])[0] as Step & { kind: 'baselineCheck' }
    expect(baselineMetrics(step, m).map((x) => [x.name, x.count, x.intervalMs])).toEqual([['errors', 7, 2000]])
  })

  it('refuses a baseline check after traffic moved, twice, or with only compare metrics', () => {
    expect(() => checkBaselinePlan(steps([{ setWeight: 5 }, { baselineCheck: {} }]), m)).toThrow(
      "Input 'steps': 'baselineCheck (step 2)' comes after step 1 moves traffic",
    )
    expect(() => checkBaselinePlan(steps([{ baselineCheck: {} }, { baselineCheck: {} }]), m)).toThrow(
      'appears more than once',
    )
    expect(() => checkBaselinePlan(steps([{ baselineCheck: { metrics: ['lat'] } }]), m)).toThrow(
      'has no threshold metric for the baselineCheck step to measure',
    )
    expect(() => checkBaselinePlan(steps([{ pause: '1s' }, { baselineCheck: {} }, { setWeight: 5 }]), m)).not.toThrow()
  })

  it('refuses band_* in a condition unless a baseline check measures that metric', () => {
    const banded = [metric({ name: 'errors', 'success-condition': 'result < band_p95 * 2' })]
    expect(() => checkBaselinePlan(steps([{ setWeight: 5 }]), banded)).toThrow(
      "names the stable's band, but no baselineCheck step measures 'errors'",
    )
    expect(() => checkBaselinePlan(steps([{ baselineCheck: {} }, { setWeight: 5 }]), banded)).not.toThrow()
  })

  it('conditions evaluate band_* against the recorded band', () => {
    const e = compile('result <= max(0.01, band_p95 * 1.5)')
    expect(e.usesBand).toBe(true)
    expect(e.evaluate(0.02, { mean: 0.01, p50: 0.01, p95: 0.02, min: 0, max: 0.03 })).toBe(true)
    expect(e.evaluate(0.04, { mean: 0.01, p50: 0.01, p95: 0.02, min: 0, max: 0.03 })).toBe(false)
    expect(() => e.evaluate(0.02)).toThrow('band_p95: no baseline band was recorded')
    expect(compile('result < 1').usesBand).toBe(false)
  })
})

describe('engine: baselineCheck step', () => {
  function harness(stable: number[] | 'none') {
    const clock = virtualClock()
    const weights: number[] = []
    const saved: RolloutState[] = []
    const bands: unknown[] = []
    const spec = metric({ count: 2, 'inconclusive-limit': -1 })
    const deps: EngineDeps = {
      router: { setWeight: async (w) => (weights.push(w), {}) },
      analyse: async (_step, _signal, baseline) => {
        bands.push(baseline?.metrics.errors?.p95)
        return { phase: 'successful', startedAt: 0, finishedAt: 0, metrics: [] }
      },
      baselineCheck: async () => {
        const { deps: d } = scripted({ errors: stable === 'none' ? [noData] : stable.map((v) => data(v)) })
        return runAnalysis([spec], d)
      },
      save: async (s) => void saved.push(s),
      now: clock.now,
      sleep: (ms) => clock.sleep(ms),
      log: () => undefined,
    }
    return { deps, weights, saved, bands }
  }
  const plan = parseSteps([{ baselineCheck: {} }, { setWeight: 20 }, { analysis: {} }], ['errors'])
  const start = () => newState({ key: 'k', strategy: 'canary', stable: 'blue', canary: 'green' }, 0)

  it('records the band, then later analyses get it', async () => {
    const h = harness([0.01, 0.03])
    const out = await advance(start(), plan, h.deps, { resume: false })
    expect(out.state.phase).toBe('promoted')
    expect(out.state.baseline?.metrics.errors).toMatchObject({ samples: 2, mean: 0.02 })
    expect(h.bands).toHaveLength(1)
    expect(h.bands[0]).toBeCloseTo(0.029, 10)
    expect(h.weights).toEqual([20, 100])
    expect(out.baselineCheck?.metrics[0]?.name).toBe('errors')
  })

  it.each([[[0.5, 0.5]], ['none' as const]])('refuses to start with the router never called (%j)', async (stable) => {
    const h = harness(stable)
    const out = await advance(start(), plan, h.deps, { resume: false })
    expect(h.weights).toEqual([])
    expect(out.state).toMatchObject({
      phase: 'aborted',
      weight: 0,
      reason: expect.stringMatching(/^baseline check refused the start: errors /),
    })
    expect(out.state.history.map((r) => r.verdict)).toEqual(['refused'])
  })
})

describe('engine: the band after a resume without it in the saved state (Deployment store)', () => {
  it('measures the stable again before continuing, and later analyses get the band', async () => {
    const clock = virtualClock()
    const weights: number[] = []
    const bands: unknown[] = []
    let checks = 0
    const spec = metric({ count: 2, 'inconclusive-limit': -1 })
    const deps: EngineDeps = {
      router: { setWeight: async (w) => (weights.push(w), {}) },
      analyse: async (_s, _sig, baseline) => (
        bands.push(baseline?.metrics.errors?.mean),
        { phase: 'successful', startedAt: 0, finishedAt: 0, metrics: [] }
      ),
      baselineCheck: async () => {
        checks++
        return runAnalysis([spec], scripted({ errors: [data(0.01), data(0.03)] }).deps)
      },
      save: async () => undefined,
      now: clock.now,
      sleep: (ms) => clock.sleep(ms),
      log: () => undefined,
    }
    const plan = parseSteps([{ baselineCheck: {} }, { setWeight: 20 }, { pause: {} }, { analysis: {} }], ['errors'])
    // as a Deployment store loads it: paused at the gate, weight 20, no history and no band
    const loaded: RolloutState = {
      ...newState({ key: 'k', strategy: 'canary', stable: 'blue', canary: 'green' }, 0, 20),
      phase: 'paused',
      reason: 'manual gate',
      next: 3,
    }
    const out = await advance(loaded, plan, deps, { resume: true })
    expect(checks).toBe(1)
    expect(bands).toEqual([0.02])
    expect(out.state.phase).toBe('promoted')
    expect(out.state.history.map((r) => r.action)).toContain(
      'baselineCheck of stable (again: no band in the saved state)',
    )
    // with the band saved (file store), nothing is measured again
    const again = await advance({ ...loaded, baseline: out.state.baseline }, plan, deps, { resume: true })
    expect(checks).toBe(1)
    expect(again.state.phase).toBe('promoted')
  })
})
