import { describe, expect, test } from '@jest/globals'
import {
  CircuitBreaker,
  CircuitBreakerFlag,
  CircuitOpenError,
  isInRollout,
  judgeWindow,
  LatencyHistogram,
  setRolloutPercentage,
  type TransitionEvent,
} from '../src/index.js'

function fakeClock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let t = start
  return { now: () => t, advance: (ms) => (t += ms) }
}

function breaker(overrides: ConstructorParameters<typeof CircuitBreaker>[0] = {}) {
  const clock = fakeClock()
  const events: TransitionEvent[] = []
  const b = new CircuitBreaker({
    windowMs: 10_000,
    buckets: 10,
    minimumRequests: 20,
    errorRatePercent: 50,
    openMs: 5_000,
    halfOpenTrials: 3,
    clock: clock.now,
    ...overrides,
  })
  b.on('transition', (e) => events.push(e))
  return { b, clock, events }
}

function calls(b: CircuitBreaker, n: number, ok: boolean, latencyMs = 10): void {
  for (let i = 0; i < n; i++) if (b.allow()) b.record(ok, latencyMs)
}

describe('CircuitBreaker', () => {
  test('trips on error rate once the minimum volume is reached, and says why', () => {
    const { b, events } = breaker()
    calls(b, 9, true)
    calls(b, 10, false)
    expect(b.state).toBe('CLOSED') // 19 calls: below the minimum of 20, however bad
    calls(b, 1, false)
    expect(b.state).toBe('OPEN')
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({
      from: 'CLOSED',
      to: 'OPEN',
      reason: 'error rate 55.0% (11/20) is at or above 50%',
      stats: { requests: 20, failures: 11 },
    })
    expect(b.allow()).toBe(false)
    expect(b.rejected).toBe(1)
  })

  test('never trips below the minimum volume, even at 100% errors', () => {
    const { b } = breaker({ minimumRequests: 50 })
    calls(b, 49, false)
    expect(b.state).toBe('CLOSED')
    expect(b.judge()).toMatchObject({ trip: false, kind: 'insufficient-volume' })
  })

  test('trips on a latency percentile with no errors at all', () => {
    const { b, events } = breaker({ latency: { percentile: 99, thresholdMs: 500 } })
    calls(b, 200, true, 20)
    calls(b, 2, true, 900) // 2 slow of 202: the p99 (rank 200) is still a 20 ms call
    expect(b.state).toBe('CLOSED')
    calls(b, 1, true, 900) // 3 slow of 203: rank 201 is slow
    expect(b.state).toBe('OPEN')
    expect(events[0]?.reason).toBe('p99 latency 900.0 ms is above 500 ms (203 calls)')
  })

  test('old buckets leave the rolling window', () => {
    const { b, clock } = breaker()
    calls(b, 15, false)
    clock.advance(10_000) // the whole window has passed: those failures no longer count
    calls(b, 15, true)
    expect(b.judge().stats).toMatchObject({ requests: 15, failures: 0 })
    calls(b, 5, false)
    expect(b.state).toBe('CLOSED') // 5/20 = 25 %
    clock.advance(5_000) // half the window: the 15 successes from 5 s ago are still in
    expect(b.judge().stats.requests).toBe(20)
  })

  test('half-open lets exactly N trial calls through; all succeed → CLOSED with a fresh window', () => {
    const { b, clock, events } = breaker()
    calls(b, 20, false)
    expect(b.state).toBe('OPEN')
    clock.advance(4_999)
    expect(b.allow()).toBe(false)
    clock.advance(1)
    expect(b.state).toBe('HALF_OPEN')
    expect([b.allow(), b.allow(), b.allow(), b.allow()]).toEqual([true, true, true, false])
    b.record(true, 5)
    b.record(true, 5)
    expect(b.state).toBe('HALF_OPEN')
    b.record(true, 5)
    expect(b.state).toBe('CLOSED')
    expect(b.judge().stats.requests).toBe(0)
    expect(events.map((e) => `${e.from}→${e.to}`)).toEqual(['CLOSED→OPEN', 'OPEN→HALF_OPEN', 'HALF_OPEN→CLOSED'])
  })

  test('a failed or slow trial reopens at once and restarts the open timer', () => {
    const { b, clock, events } = breaker({ latency: { percentile: 90, thresholdMs: 100 } })
    calls(b, 20, false)
    clock.advance(5_000)
    expect(b.allow()).toBe(true)
    b.record(true, 250)
    expect(b.state).toBe('OPEN')
    expect(events.at(-1)?.reason).toBe('trial call took 250 ms (above 100 ms)')
    clock.advance(4_000)
    expect(b.state).toBe('OPEN')
    clock.advance(1_000)
    expect(b.allow()).toBe(true)
    b.record(false, 1)
    expect(events.at(-1)).toMatchObject({ from: 'HALF_OPEN', to: 'OPEN', reason: 'trial call failed' })
  })

  test('a trial slot that is never reported does not leave the breaker stuck half-open', () => {
    const { b, clock, events } = breaker({ halfOpenTrials: 1, trialTimeoutMs: 1_000 })
    calls(b, 20, false)
    clock.advance(5_000)
    expect(b.allow()).toBe(true) // taken, never recorded
    expect(b.allow()).toBe(false)
    clock.advance(999)
    expect(b.state).toBe('HALF_OPEN')
    clock.advance(1)
    expect(b.state).toBe('OPEN')
    expect(events.at(-1)?.reason).toBe('1 trial call(s) not reported within 1000 ms')
    clock.advance(5_000)
    expect(b.allow()).toBe(true) // a fresh trial
  })

  test('a call started before the trip that succeeds during half-open is not a trial: all trials must pass', () => {
    const { b, clock, events } = breaker({ halfOpenTrials: 2 })
    const early = b.acquire() // started while CLOSED, still running when the breaker trips
    expect(early).toEqual({ trial: false, period: 0 })
    calls(b, 20, false)
    expect(b.state).toBe('OPEN')
    clock.advance(5_000)
    expect(b.state).toBe('HALF_OPEN')
    const t1 = b.acquire()
    const t2 = b.acquire()
    expect([t1?.trial, t2?.trial, b.acquire()]).toEqual([true, true, undefined])
    b.record(true, 5, early) // the old call ends now: it only feeds the window
    b.record(true, 5, t1)
    expect(b.state).toBe('HALF_OPEN') // one trial of two passed; the early call did not count
    b.record(false, 5, t2) // the second real trial fails → reopen
    expect(b.state).toBe('OPEN')
    expect(events.map((e) => `${e.from}→${e.to}`)).toEqual(['CLOSED→OPEN', 'OPEN→HALF_OPEN', 'HALF_OPEN→OPEN'])
  })

  test('a trial of an earlier half-open period is not a trial of the next one', () => {
    const { b, clock } = breaker({ halfOpenTrials: 1, trialTimeoutMs: 1_000 })
    calls(b, 20, false)
    clock.advance(5_000)
    const stale = b.acquire() // reported too late: the breaker reopens after 1 s
    clock.advance(1_000)
    expect(b.state).toBe('OPEN')
    clock.advance(5_000)
    const fresh = b.acquire()
    expect(fresh).toMatchObject({ trial: true })
    b.record(true, 5, stale)
    expect(b.state).toBe('HALF_OPEN')
    b.record(true, 5, fresh)
    expect(b.state).toBe('CLOSED')
  })

  test('execute(): a slow call from before the trip that resolves during half-open does not close the breaker', async () => {
    const { b, clock } = breaker({ halfOpenTrials: 1, minimumRequests: 2 })
    let finishEarly!: (v: string) => void
    const early = b.execute(() => new Promise<string>((ok) => (finishEarly = ok)))
    await expect(b.execute(async () => Promise.reject(new Error('x')))).rejects.toThrow('x')
    await expect(b.execute(async () => Promise.reject(new Error('y')))).rejects.toThrow('y')
    expect(b.state).toBe('OPEN')
    clock.advance(5_000)
    expect(b.state).toBe('HALF_OPEN')
    finishEarly('late')
    await expect(early).resolves.toBe('late')
    expect(b.state).toBe('HALF_OPEN') // not closed by a call that was never a trial
    await expect(b.execute(async () => 'trial')).resolves.toBe('trial')
    expect(b.state).toBe('CLOSED')
  })

  test('per-state listeners, unsubscribe, execute() and force()', async () => {
    const { b } = breaker({ minimumRequests: 2 })
    const opened: string[] = []
    const off = b.on('OPEN', (e) => opened.push(e.reason))
    await expect(b.execute(async () => 'ok')).resolves.toBe('ok')
    await expect(b.execute(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    expect(b.state).toBe('OPEN')
    await expect(b.execute(async () => 'never')).rejects.toBeInstanceOf(CircuitOpenError)
    b.force('CLOSED', 'operator')
    off()
    b.force('OPEN', 'operator')
    expect(opened).toEqual(['error rate 50.0% (1/2) is at or above 50%'])
  })

  test('rejects bad settings', () => {
    expect(() => new CircuitBreaker({ halfOpenTrials: 0 })).toThrow(
      /halfOpenTrials must be a whole number ≥ 1 \(got 0\)/,
    )
    expect(() => new CircuitBreaker({ buckets: 0 })).toThrow(/whole number of buckets/)
  })
})

describe('judgeWindow (for gates fed by metrics)', () => {
  test('error rate, latency, volume', () => {
    const t = { minimumRequests: 100, errorRatePercent: 5, latency: { percentile: 95, thresholdMs: 300 } }
    expect(judgeWindow({ requests: 99, failures: 99 }, t).kind).toBe('insufficient-volume')
    expect(judgeWindow({ requests: 200, failures: 10 }, t)).toMatchObject({ trip: true, kind: 'error-rate' })
    expect(judgeWindow({ requests: 200, failures: 9, latencyMs: 301 }, t)).toMatchObject({
      trip: true,
      kind: 'latency',
    })
    expect(judgeWindow({ requests: 200, failures: 9, latencyMs: 300 }, t)).toMatchObject({
      trip: false,
      kind: 'healthy',
      reason: 'error rate 4.5%, p95 300.0 ms over 200 calls',
    })
  })
})

describe('LatencyHistogram', () => {
  test('percentiles over-estimate by at most 15% and never under-estimate', () => {
    const h = new LatencyHistogram()
    const values = Array.from({ length: 1000 }, (_, i) => 1 + i * 0.7)
    for (const v of values) h.record(v)
    for (const p of [50, 90, 99, 100]) {
      const exact = values[Math.ceil((p / 100) * values.length) - 1] as number
      const got = h.percentile(p) as number
      expect(got).toBeGreaterThanOrEqual(exact)
      expect(got).toBeLessThanOrEqual(exact * 1.15)
    }
    expect(new LatencyHistogram().percentile(50)).toBeUndefined()
  })
})

describe('CircuitBreakerFlag', () => {
  test('serves the written rollout while closed, off while open, and only trial calls while half-open', () => {
    const { b, clock } = breaker({ halfOpenTrials: 1 })
    const flag = new CircuitBreakerFlag({ flagKey: 'new-checkout', breaker: b })
    const desired = setRolloutPercentage({ flags: {} }, 'new-checkout', 100)
    expect(flag.evaluate(desired, { targetingKey: 'u1' })).toMatchObject({ value: true, breaker: 'CLOSED' })
    expect(flag.effectiveFlagFile(desired)).toBe(desired)
    calls(b, 20, false)
    expect(flag.enabled).toBe(false)
    expect(flag.evaluate(desired, { targetingKey: 'u1' })).toMatchObject({
      value: false,
      variant: 'off',
      breaker: 'OPEN',
      trial: false,
    })
    const published = flag.effectiveFlagFile(desired)
    expect(published.flags['new-checkout']).toMatchObject({
      defaultVariant: 'off',
      metadata: { circuitBreaker: 'OPEN' },
    })
    expect(desired.flags['new-checkout']?.defaultVariant).toBe('on')
    clock.advance(5_000)
    expect(flag.evaluate(desired, { targetingKey: 'u1' })).toMatchObject({
      value: true,
      breaker: 'HALF_OPEN',
      trial: true,
    })
    expect(flag.evaluate(desired, { targetingKey: 'u2' })).toMatchObject({ value: false, trial: false })
    b.record(true, 3)
    expect(flag.evaluate(desired, { targetingKey: 'u2' })).toMatchObject({ value: true, breaker: 'CLOSED' })
  })

  test('half-open with a partial rollout: users outside it take no trial slot, so the trials still happen', () => {
    const { b, clock } = breaker({ halfOpenTrials: 1 })
    const flag = new CircuitBreakerFlag({ flagKey: 'new-checkout', breaker: b })
    const desired = setRolloutPercentage({ flags: {} }, 'new-checkout', 10)
    calls(b, 20, false)
    clock.advance(5_000)
    const users = Array.from({ length: 200 }, (_, i) => `user-${i}`)
    const outside = users.filter((u) => !isInRollout('new-checkout', u, 10))
    expect(outside.length).toBeGreaterThan(150) // ~90 % of users are outside a 10 % rollout...
    for (const u of outside)
      expect(flag.evaluate(desired, { targetingKey: u })).toMatchObject({
        variant: 'off',
        breaker: 'HALF_OPEN',
        trial: false,
      })
    expect(b.state).toBe('HALF_OPEN')
    const inside = users.find((u) => !outside.includes(u))!
    const trial = flag.evaluate(desired, { targetingKey: inside }) // ...and the slot is still there for a user inside
    expect(trial).toMatchObject({ value: true, trial: true })
    b.record(true, 3, trial.permit)
    expect(b.state).toBe('CLOSED')
  })
})
