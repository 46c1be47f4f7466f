import { describe, expect, it } from '@jest/globals'
import {
  assessMetric,
  errorBackoff,
  evaluateValue,
  runAnalysis,
  runMetric,
  type Counters,
} from '../src/domain/analysis.js'
import { compile } from '../src/domain/expr.js'
import { data, metric, noData, scripted } from './fakes.js'

const limits = { count: 3, failureLimit: 0, inconclusiveLimit: 0, consecutiveErrorLimit: 4, minSamples: 1 }
const c = (over: Partial<Counters>): Counters => ({
  measured: 0,
  failed: 0,
  inconclusive: 0,
  errors: 0,
  consecutiveErrors: 0,
  samples: 0,
  ...over,
})

describe('assessMetric', () => {
  const rows = [
    { name: 'running before count', counters: c({ measured: 1, samples: 1 }), lim: limits, want: 'running' },
    { name: 'successful at count', counters: c({ measured: 3, samples: 3 }), lim: limits, want: 'successful' },
    {
      name: 'first failure fails with failure-limit 0',
      counters: c({ measured: 1, failed: 1 }),
      lim: limits,
      want: 'failed',
    },
    {
      name: 'failure within failure-limit',
      counters: c({ measured: 3, failed: 1, samples: 3 }),
      lim: { ...limits, failureLimit: 1 },
      want: 'successful',
    },
    {
      name: 'negative failure-limit disables failing',
      counters: c({ measured: 3, failed: 3, samples: 3 }),
      lim: { ...limits, failureLimit: -1 },
      want: 'successful',
    },
    {
      name: 'errors up to the limit keep running',
      counters: c({ consecutiveErrors: 4 }),
      lim: limits,
      want: 'running',
    },
    { name: 'errors past the limit', counters: c({ consecutiveErrors: 5 }), lim: limits, want: 'error' },
    {
      name: 'inconclusive past its limit',
      counters: c({ measured: 1, inconclusive: 1 }),
      lim: limits,
      want: 'inconclusive',
    },
    {
      name: 'finished without enough data never passes',
      counters: c({ measured: 3, samples: 2 }),
      lim: { ...limits, minSamples: 3, inconclusiveLimit: 5 },
      want: 'inconclusive',
    },
    { name: 'failure outranks errors', counters: c({ failed: 1, consecutiveErrors: 9 }), lim: limits, want: 'failed' },
  ]
  it.each(rows)('$name', ({ counters, lim, want }) => {
    expect(assessMetric(counters, lim)).toBe(want)
  })
})

describe('evaluateValue', () => {
  const s = compile('result < 0.05')
  const f = compile('result > 0.2')
  const rows = [
    {
      name: 'no conditions → successful',
      spec: { success: undefined, failure: undefined },
      value: 1,
      want: 'successful',
    },
    { name: 'success only, true', spec: { success: s, failure: undefined }, value: 0.01, want: 'successful' },
    { name: 'success only, false → failed', spec: { success: s, failure: undefined }, value: 0.1, want: 'failed' },
    {
      name: 'failure only, false → successful',
      spec: { success: undefined, failure: f },
      value: 0.1,
      want: 'successful',
    },
    { name: 'failure only, true → failed', spec: { success: undefined, failure: f }, value: 0.3, want: 'failed' },
    { name: 'both, neither true → inconclusive', spec: { success: s, failure: f }, value: 0.1, want: 'inconclusive' },
    { name: 'both, failure wins', spec: { success: compile('result > 0'), failure: f }, value: 0.3, want: 'failed' },
    { name: 'type error → error', spec: { success: s, failure: undefined }, value: [1, 2], want: 'error' },
    {
      name: 'non-boolean condition → error',
      spec: { success: compile('result + 1'), failure: undefined },
      value: 1,
      want: 'error',
    },
  ]
  it.each(rows)('$name', ({ spec, value, want }) => {
    expect(evaluateValue(spec, value).outcome).toBe(want)
  })
})

const run = (m: ReturnType<typeof metric>, deps: ReturnType<typeof scripted>['deps']) =>
  runMetric(m, deps, new AbortController().signal)

describe('runMetric', () => {
  it('passes a healthy canary after count measurements at the interval', async () => {
    const s = scripted({ errors: [data(0.01)] })
    const r = await run(metric(), s.deps)
    expect(r.phase).toBe('successful')
    expect(r.measurements.map((m) => m.outcome)).toEqual(['successful', 'successful', 'successful'])
    expect(s.clock.slept).toEqual([1000, 1000])
  })
  it('fails on the first bad measurement, without waiting for the rest', async () => {
    const s = scripted({ errors: [data(0.5)] })
    const r = await run(metric(), s.deps)
    expect(r.phase).toBe('failed')
    expect(r.measurements).toHaveLength(1)
    expect(r.message).toBe('1 failed measurement(s), more than failure-limit 0')
  })
  it('re-queries no data, then calls it inconclusive, never failed', async () => {
    const s = scripted({ errors: [noData] })
    const r = await run(metric(), s.deps)
    expect(r.phase).toBe('inconclusive')
    expect(s.calls).toHaveLength(3)
    expect(r.measurements[0]).toMatchObject({
      outcome: 'inconclusive',
      value: null,
      requeries: 2,
      reason: 'no data after 3 queries',
    })
  })
  it('a re-query that finds data is judged normally', async () => {
    const s = scripted({ errors: [noData, data(0.01)] })
    const r = await run(metric({ count: 1 }), s.deps)
    expect(r.phase).toBe('successful')
    expect(r.measurements[0]?.requeries).toBe(1)
  })
  it('treats an all-NaN result as no data unless the condition handles NaN', async () => {
    const plain = await run(metric({ count: 1 }), scripted({ errors: [data(Number.NaN)] }).deps)
    expect(plain.measurements[0]?.reason).toMatch(/^NaN/)
    expect(plain.phase).toBe('inconclusive')
    const guarded = await run(
      metric({ count: 1, 'success-condition': 'isNaN(result) || result < 0.05' }),
      scripted({ errors: [data(Number.NaN)] }).deps,
    )
    expect(guarded.phase).toBe('successful')
  })
  it('retries errors with backoff and gives up past consecutive-error-limit', async () => {
    const s = scripted({ errors: [new Error('connect ECONNREFUSED 127.0.0.1:9')] })
    const r = await run(metric({ 'consecutive-error-limit': 2 }), s.deps)
    expect(r.phase).toBe('error')
    expect(r.measurements).toHaveLength(3)
    expect(s.clock.slept).toEqual([250, 500])
    expect(r.message).toBe('3 consecutive errors, more than consecutive-error-limit 2')
  })
  it('an error streak is reset by a good measurement', async () => {
    const boom = new Error('HTTP 500')
    const s = scripted({ errors: [boom, boom, data(0.01), boom, boom, data(0.01), data(0.01)] })
    const r = await run(metric({ 'consecutive-error-limit': 2 }), s.deps)
    expect(r.phase).toBe('successful')
    expect(r.counters).toMatchObject({ errors: 4, measured: 3 })
  })
  it('needs min-samples measurements with data to pass', async () => {
    const s = scripted({ errors: [data(0.01), noData, noData, noData, data(0.01)] })
    const r = await run(metric({ count: 2, 'min-samples': 2, 'inconclusive-limit': 1 }), s.deps)
    expect(r.phase).toBe('inconclusive')
    expect(r.message).toBe('only 1 sample(s) with data, min-samples is 2')
  })
  it('compare: warm-up measurements wait for min-samples, then Mann-Whitney decides', async () => {
    const s = scripted({
      'lat:canary': [data(10, 11), data(12, 13), data(14)],
      'lat:baseline': [data(5, 5.5), data(6, 6.5), data(7)],
    })
    const m = metric({ name: 'lat', 'success-condition': undefined, compare: { 'effect-size': 1.2 }, 'min-samples': 5 })
    const r = await run(m, s.deps)
    expect(r.measurements.map((x) => [x.outcome, x.counted])).toEqual([
      ['inconclusive', false],
      ['inconclusive', false],
      ['failed', true],
    ])
    expect(r.phase).toBe('failed')
  })
  it('compare: removes NaN and ends inconclusive when samples never reach min-samples', async () => {
    const s = scripted({ 'lat:canary': [data(Number.NaN)], 'lat:baseline': [data(1)] })
    const r = await run(metric({ name: 'lat', 'success-condition': undefined, compare: {} }), s.deps)
    expect(r.phase).toBe('inconclusive')
    expect(r.measurements.at(-1)?.reason).toBe('0 canary / 3 baseline samples, need 3 each')
  })
  it('backs off within the interval', () => {
    expect([1, 2, 3, 4].map((n) => errorBackoff(1000, n))).toEqual([250, 500, 1000, 1000])
  })
})

describe('runAnalysis', () => {
  it('a failing metric stops the others and fails the run', async () => {
    const s = scripted({ errors: [data(0.01)], latency: [data(0.9)] })
    const r = await runAnalysis(
      [metric({ count: 10 }), metric({ name: 'latency', 'success-condition': 'result < 0.5', count: 10 })],
      s.deps,
    )
    expect(r.phase).toBe('failed')
    const errors = r.metrics.find((m) => m.name === 'errors')
    expect(errors?.phase).toBe('inconclusive')
    expect(errors?.message).toMatch(/stopped early/)
    expect(errors?.measurements.length).toBeLessThan(10)
  })
  it('dry-run metrics are measured but never decide', async () => {
    const s = scripted({ errors: [data(0.01)], latency: [data(0.9)] })
    const r = await runAnalysis(
      [
        metric({ count: 2 }),
        metric({ name: 'latency', 'success-condition': 'result < 0.5', count: 2, 'dry-run': true }),
      ],
      s.deps,
    )
    expect(r.phase).toBe('successful')
    expect(r.metrics.find((m) => m.name === 'latency')?.phase).toBe('failed')
  })
  it('takes the worst phase: error outranks inconclusive', async () => {
    const s = scripted({ errors: [noData], latency: [new Error('down')] })
    const r = await runAnalysis(
      [metric({ count: 1 }), metric({ name: 'latency', count: 1, 'consecutive-error-limit': 0 })],
      s.deps,
    )
    expect(r.phase).toBe('error')
  })
})
