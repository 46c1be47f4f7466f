/**
 * A circuit breaker over a rolling window: CLOSED → OPEN when, with at least `minimumRequests` calls in the
 * window, the error rate reaches `errorRatePercent` OR the latency percentile `latency.percentile` exceeds
 * `latency.thresholdMs`. After `openMs` it is HALF_OPEN: exactly `halfOpenTrials` calls are let through; if all
 * succeed (and are not slow) it closes with a fresh window, the first failure reopens it. Only the calls admitted
 * as trials of the current HALF_OPEN period are judged as trials: a call started before the trip that finishes
 * during HALF_OPEN only feeds the window (use {@link CircuitBreaker.acquire} + `record(..., permit)`, or
 * `execute`, to tell them apart). The clock is injected; there are no timers, so the state advances when read.
 */
import { RollingWindow, type WindowStats } from './rolling-window.js'

export type BreakerState = 'CLOSED' | 'OPEN' | 'HALF_OPEN'

/** Thresholds shared by the breaker and by {@link judgeWindow} (which a rollout gate can call on metrics). */
export interface TripThresholds {
  /** No decision below this many calls in the window (default 20). */
  minimumRequests?: number
  /** Trip when failures / calls × 100 is at or above this (default 50). */
  errorRatePercent?: number
  /** Trip when the `percentile`th latency is above `thresholdMs`. Off when not set. */
  latency?: { percentile: number; thresholdMs: number }
}

export interface BreakerOptions extends TripThresholds {
  /** Rolling window length (default 10 s) and its number of buckets (default 10). */
  windowMs?: number
  buckets?: number
  /** How long to stay OPEN before letting trial calls through (default 30 s). */
  openMs?: number
  /** Trial calls allowed in HALF_OPEN; all must succeed to close (default 3). */
  halfOpenTrials?: number
  /** A trial call not reported (via `record`) within this long counts as failed (default: `openMs`). */
  trialTimeoutMs?: number
  /** Milliseconds clock (default Date.now). */
  clock?: () => number
}

/** Why a window does or does not trip. */
export interface Judgement {
  trip: boolean
  kind: 'insufficient-volume' | 'error-rate' | 'latency' | 'healthy'
  reason: string
}

/** Numbers to judge: calls, failures, and (optional) the configured latency percentile in ms. */
export interface WindowNumbers {
  requests: number
  failures: number
  latencyMs?: number | undefined
}

/** Judge a window against thresholds. Pure: the breaker uses it, and so can a gate fed by Prometheus queries. */
export function judgeWindow(numbers: WindowNumbers, thresholds: TripThresholds = {}): Judgement {
  const minimum = thresholds.minimumRequests ?? 20
  const maxErrorRate = thresholds.errorRatePercent ?? 50
  const { requests, failures, latencyMs } = numbers
  if (requests < minimum)
    return {
      trip: false,
      kind: 'insufficient-volume',
      reason: `${requests} calls in the window, fewer than the minimum ${minimum}: no decision`,
    }
  const rate = (failures / requests) * 100
  if (rate >= maxErrorRate)
    return {
      trip: true,
      kind: 'error-rate',
      reason: `error rate ${rate.toFixed(1)}% (${failures}/${requests}) is at or above ${maxErrorRate}%`,
    }
  const lat = thresholds.latency
  if (lat && latencyMs !== undefined && latencyMs > lat.thresholdMs) {
    return {
      trip: true,
      kind: 'latency',
      reason: `p${lat.percentile} latency ${latencyMs.toFixed(1)} ms is above ${lat.thresholdMs} ms (${requests} calls)`,
    }
  }
  return {
    trip: false,
    kind: 'healthy',
    reason: `error rate ${rate.toFixed(1)}%${lat && latencyMs !== undefined ? `, p${lat.percentile} ${latencyMs.toFixed(1)} ms` : ''} over ${requests} calls`,
  }
}

/** One state change, given to listeners. */
export interface TransitionEvent {
  from: BreakerState
  to: BreakerState
  at: number
  reason: string
  stats: { requests: number; failures: number; errorRatePercent: number; latencyMs: number | undefined }
}

export type TransitionListener = (event: TransitionEvent) => void

/** What {@link CircuitBreaker.acquire} hands out: pass it back to `record` so the breaker knows which call ended. */
export interface Permit {
  /** True when the call is one of the trial calls of a HALF_OPEN period. */
  readonly trial: boolean
  /** The HALF_OPEN period the trial belongs to (trials of an earlier period are not judged as trials). */
  readonly period: number
}

/** Thrown by {@link CircuitBreaker.execute} when the breaker refuses the call. */
export class CircuitOpenError extends Error {
  constructor(readonly state: BreakerState) {
    super(
      state === 'OPEN'
        ? 'circuit is open: call refused'
        : 'circuit is half-open and its trial calls are taken: call refused',
    )
    this.name = 'CircuitOpenError'
  }
}

export class CircuitBreaker {
  private current: BreakerState = 'CLOSED'
  private openedAt = 0
  private halfOpenedAt = 0
  private trialsIssued = 0
  private trialsPassed = 0
  private period = 0
  private rejectedCount = 0
  private readonly window: RollingWindow
  private readonly clock: () => number
  private readonly listeners = new Map<BreakerState | 'transition', Set<TransitionListener>>()

  constructor(private readonly options: BreakerOptions = {}) {
    this.clock = options.clock ?? Date.now
    this.window = new RollingWindow(options.windowMs ?? 10_000, options.buckets ?? 10, this.clock)
    const trials = options.halfOpenTrials ?? 3
    if (!Number.isInteger(trials) || trials < 1)
      throw new RangeError(`halfOpenTrials must be a whole number ≥ 1 (got ${trials})`)
  }

  /** The state now (OPEN becomes HALF_OPEN here once `openMs` has passed). */
  get state(): BreakerState {
    const openMs = this.options.openMs ?? 30_000
    if (this.current === 'OPEN' && this.clock() - this.openedAt >= openMs) {
      this.transition('HALF_OPEN', `open for ${openMs} ms: letting ${this.trials} trial call(s) through`)
    }
    const trialTimeout = this.options.trialTimeoutMs ?? openMs
    if (
      this.current === 'HALF_OPEN' &&
      this.trialsIssued > this.trialsPassed &&
      this.clock() - this.halfOpenedAt >= trialTimeout
    ) {
      // A caller took a trial slot and never reported back: without this the breaker would refuse calls forever.
      this.transition(
        'OPEN',
        `${this.trialsIssued - this.trialsPassed} trial call(s) not reported within ${trialTimeout} ms`,
      )
    }
    return this.current
  }

  private get trials(): number {
    return this.options.halfOpenTrials ?? 3
  }

  /** Calls refused since the breaker was made. */
  get rejected(): number {
    return this.rejectedCount
  }

  /**
   * Ask to make a call. CLOSED: yes. OPEN: no. HALF_OPEN: yes for the first `halfOpenTrials` asks, then no
   * until the trials are judged. Every `true` must be followed by one {@link record}.
   */
  allow(): boolean {
    return this.acquire() !== undefined
  }

  /**
   * {@link allow}, returning a permit to hand back to {@link record} (undefined when refused). With the permit the
   * breaker knows whether the call that ended was a trial of the current HALF_OPEN period.
   */
  acquire(): Permit | undefined {
    const state = this.state
    if (state === 'CLOSED') return { trial: false, period: this.period }
    if (state === 'HALF_OPEN' && this.trialsIssued < this.trials) {
      this.trialsIssued += 1
      return { trial: true, period: this.period }
    }
    this.rejectedCount += 1
    return undefined
  }

  /**
   * Record the outcome of an allowed call. In HALF_OPEN only a trial of the current period is judged (a trial
   * slower than the latency threshold counts as failed); any other call only feeds the window. Without a permit,
   * a call ending in HALF_OPEN is taken as a trial while trial slots are outstanding (the older contract).
   */
  record(ok: boolean, latencyMs: number, permit?: Permit): void {
    const state = this.state
    this.window.record(ok, latencyMs)
    if (state === 'CLOSED') {
      const j = this.judge()
      if (j.trip) this.transition('OPEN', j.reason)
    } else if (state === 'HALF_OPEN') {
      const isTrial = permit ? permit.trial && permit.period === this.period : this.trialsIssued > this.trialsPassed
      if (!isTrial) return // started before the trip (or in an earlier period): not a trial
      const slow = this.options.latency !== undefined && latencyMs > this.options.latency.thresholdMs
      if (!ok || slow)
        this.transition(
          'OPEN',
          `trial call ${ok ? `took ${latencyMs} ms (above ${this.options.latency?.thresholdMs} ms)` : 'failed'}`,
        )
      else if (++this.trialsPassed >= this.trials) this.transition('CLOSED', `${this.trials} trial call(s) succeeded`)
    }
    // Calls that finish while OPEN (started before the trip) only feed the window.
  }

  /** Run `fn` through the breaker: refuse with {@link CircuitOpenError}, or time it and record its outcome. */
  async execute<T>(fn: () => Promise<T>): Promise<T> {
    const permit = this.acquire()
    if (!permit) throw new CircuitOpenError(this.current)
    const started = this.clock()
    try {
      const value = await fn()
      this.record(true, this.clock() - started, permit)
      return value
    } catch (error) {
      this.record(false, this.clock() - started, permit)
      throw error
    }
  }

  /** The window's numbers and the verdict they give now. */
  judge(): Judgement & { stats: WindowStats } {
    const stats = this.window.stats()
    const latencyMs = this.options.latency ? stats.latency.percentile(this.options.latency.percentile) : undefined
    return { ...judgeWindow({ requests: stats.requests, failures: stats.failures, latencyMs }, this.options), stats }
  }

  /** Listen to every transition (`'transition'`) or to entering one state. Returns an unsubscribe function. */
  on(event: BreakerState | 'transition', listener: TransitionListener): () => void {
    const set = this.listeners.get(event) ?? new Set()
    set.add(listener)
    this.listeners.set(event, set)
    return () => set.delete(listener)
  }

  /** Force a state (an operator override); emits a transition like any other. */
  force(state: BreakerState, reason = 'forced'): void {
    if (state !== this.current) this.transition(state, reason)
  }

  private transition(to: BreakerState, reason: string): void {
    const from = this.current
    const stats = this.window.stats()
    const latencyMs = this.options.latency ? stats.latency.percentile(this.options.latency.percentile) : undefined
    this.current = to
    const at = this.clock()
    if (to === 'OPEN') this.openedAt = at
    if (to === 'HALF_OPEN') {
      this.halfOpenedAt = at
      this.period += 1
    }
    if (to === 'HALF_OPEN' || to === 'OPEN') {
      this.trialsIssued = 0
      this.trialsPassed = 0
    }
    if (to === 'CLOSED') this.window.reset()
    const event: TransitionEvent = {
      from,
      to,
      at,
      reason,
      stats: {
        requests: stats.requests,
        failures: stats.failures,
        errorRatePercent: stats.errorRatePercent,
        latencyMs,
      },
    }
    for (const key of [to, 'transition'] as const) for (const listener of this.listeners.get(key) ?? []) listener(event)
  }
}
