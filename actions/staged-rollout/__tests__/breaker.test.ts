import { describe, expect, it } from '@jest/globals'
import { parseBreaker, pollBreaker, watchBreaker } from '../src/domain/breaker.js'
import { advance, newState, type EngineDeps } from '../src/domain/rollout.js'
import { parseSteps } from '../src/domain/steps.js'
import { data, noData, scripted, virtualClock } from './fakes.js'

const http = (path: string) => ({ http: { url: 'http://127.0.0.1:1/stats', 'json-path': path } })
const spec = parseBreaker({
  interval: '100ms',
  'min-requests': 10,
  'error-rate-percent': 5,
  requests: http('$.requests'),
  errors: http('$.errors'),
})!

describe('parseBreaker', () => {
  it('reads thresholds and providers', () => {
    expect(spec.intervalMs).toBe(100)
    expect(spec.thresholds).toEqual({ minimumRequests: 10, errorRatePercent: 5 })
    expect(parseBreaker(undefined)).toBeUndefined()
  })
  it('reads interval by core’s bare-number rule: a number (or bare text) is seconds', () => {
    const providers = { requests: http('$.r'), errors: http('$.e') }
    expect(parseBreaker({ ...providers, interval: 2 })?.intervalMs).toBe(2000)
    expect(parseBreaker({ ...providers, interval: '0.5' })?.intervalMs).toBe(500)
    expect(parseBreaker(providers)?.intervalMs).toBe(1000)
  })
  const bad = [
    {
      name: 'unknown key',
      raw: { requests: http('$.r'), errors: http('$.e'), threshold: 5 },
      message: "Input 'circuit-breaker': 'threshold' is not a key of the circuit breaker",
    },
    { name: 'missing errors', raw: { requests: http('$.r') }, message: 'needs both requests and errors providers' },
    {
      name: 'bad rate',
      raw: { requests: http('$.r'), errors: http('$.e'), 'error-rate-percent': 500 },
      message: "'500' is not a number from 0.01 to 100 (error-rate-percent)",
    },
    {
      name: 'latency without provider',
      raw: { requests: http('$.r'), errors: http('$.e'), latency: { 'threshold-ms': 5 } },
      message: 'sets a latency threshold but no latency-ms provider',
    },
  ]
  it.each(bad)('refuses $name', ({ raw, message }) => expect(() => parseBreaker(raw)).toThrow(message))
})

describe('pollBreaker / watchBreaker', () => {
  it('too little traffic never trips, even at 100% errors', async () => {
    const s = scripted({ 'circuit-breaker.requests': [data(5)], 'circuit-breaker.errors': [data(5)] })
    expect((await pollBreaker(spec, s.deps.query)).kind).toBe('insufficient-volume')
  })
  it('no data counts as no traffic', async () => {
    const s = scripted({ 'circuit-breaker.requests': [noData], 'circuit-breaker.errors': [noData] })
    expect((await pollBreaker(spec, s.deps.query)).trip).toBe(false)
  })
  it('trips on the error rate with enough volume, and on latency', async () => {
    const s = scripted({
      'circuit-breaker.requests': [data(100), data(100), data(100)],
      'circuit-breaker.errors': [data(1), data(2), data(9)],
    })
    const clock = virtualClock()
    const j = await watchBreaker(
      spec,
      { query: s.deps.query, sleep: clock.sleep, log: () => undefined },
      new AbortController().signal,
    )
    expect(j).toMatchObject({ trip: true, kind: 'error-rate', reason: 'error rate 9.0% (9/100) is at or above 5%' })
    expect(clock.slept).toEqual([100, 100])
    const lat = parseBreaker({
      requests: http('$.r'),
      errors: http('$.e'),
      latency: { percentile: 99, 'threshold-ms': 300 },
      'latency-ms': http('$.p99'),
    })!
    const s2 = scripted({
      'circuit-breaker.requests': [data(50)],
      'circuit-breaker.errors': [data(0)],
      'circuit-breaker.latency-ms': [data(450)],
    })
    expect((await pollBreaker(lat, s2.deps.query)).kind).toBe('latency')
  })
  it('a metrics error is logged, not a trip', async () => {
    const s = scripted({
      'circuit-breaker.requests': [new Error('down'), data(10)],
      'circuit-breaker.errors': [data(0)],
    })
    const stop = new AbortController()
    const logs: string[] = []
    const clock = virtualClock()
    const sleep = async (ms: number) => {
      if (clock.slept.length >= 2) stop.abort()
      await clock.sleep(ms)
    }
    expect(
      await watchBreaker(spec, { query: s.deps.query, sleep, log: (m) => void logs.push(m) }, stop.signal),
    ).toBeUndefined()
    expect(logs[0]).toBe('circuit breaker: metrics error, trying again next poll: down')
  })
})

describe('advance with a circuit breaker', () => {
  it('rolls back mid-analysis when the breaker opens', async () => {
    const breaker = new AbortController()
    const weights: number[] = []
    const clock = virtualClock()
    const deps: EngineDeps = {
      router: { setWeight: async (w) => (weights.push(w), {}) },
      analyse: async (_step, signal) => {
        breaker.abort('error rate 60.0% (60/100) is at or above 5%')
        expect(signal.aborted).toBe(true)
        return { phase: 'inconclusive', startedAt: 0, finishedAt: 0, metrics: [] }
      },
      save: async () => undefined,
      now: clock.now,
      sleep: clock.sleep,
      log: () => undefined,
      breaker: breaker.signal,
    }
    const state = newState({ key: 'k', strategy: 'canary', stable: 'a', canary: 'b' }, 0)
    const r = await advance(state, parseSteps([{ setWeight: 20 }, { analysis: {} }, { setWeight: 50 }], ['m']), deps, {
      resume: false,
    })
    expect(weights).toEqual([20, 0])
    expect(r.state).toMatchObject({
      phase: 'aborted',
      weight: 0,
      reason: 'circuit breaker opened: error rate 60.0% (60/100) is at or above 5%',
    })
    expect(r.state.history.map((h) => h.verdict)).toEqual(['applied', 'interrupted', 'aborting', 'aborted'])
  })
  it('an open breaker cuts a pause short', async () => {
    const breaker = new AbortController()
    breaker.abort('tripped')
    const weights: number[] = []
    const deps: EngineDeps = {
      router: { setWeight: async (w) => (weights.push(w), {}) },
      analyse: async () => ({ phase: 'successful', startedAt: 0, finishedAt: 0, metrics: [] }),
      save: async () => undefined,
      now: () => 0,
      sleep: async () => undefined,
      log: () => undefined,
      breaker: breaker.signal,
    }
    const r = await advance(
      newState({ key: 'k', strategy: 'flag', stable: 'off', canary: 'on' }, 0),
      parseSteps([{ setWeight: 5 }, { pause: '1h' }, { setWeight: 50 }], []),
      deps,
      { resume: false },
    )
    expect(weights).toEqual([5, 0])
    expect(r.state.phase).toBe('aborted')
  })
})
