/**
 * The circuit-breaker gate: while the rollout runs, poll the canary's request and error counts (and optionally a
 * latency percentile) every `interval`, judge the window with @shipline/flags' `judgeWindow` (minimum volume, error
 * rate, latency pN), and trip at once — mid-step, mid-interval — when it says so. Too little traffic is never a
 * trip; a metrics error is logged and the next poll tried (analysis steps own error handling).
 */
import { durationValue, InputError } from '@shipline/core'
import { judgeWindow, type Judgement, type TripThresholds } from '@shipline/flags'
import type { MetricQuery, ProviderResult } from './analysis.js'
import { parseProvider, type MetricSpec } from './metrics.js'

export interface BreakerSpec {
  intervalMs: number
  thresholds: TripThresholds
  requests: MetricSpec
  errors: MetricSpec
  latencyMs: MetricSpec | undefined
}

const KEYS = ['interval', 'min-requests', 'error-rate-percent', 'latency', 'requests', 'errors', 'latency-ms']
const INPUT = 'circuit-breaker'

function asSpec(name: string, raw: unknown, intervalMs: number): MetricSpec {
  const provider = parseProvider(raw, INPUT, `(${name})`, ['canary', 'baseline', 'interval'])
  return {
    name: `circuit-breaker.${name}`,
    provider,
    success: undefined,
    failure: undefined,
    intervalMs,
    count: 1,
    failureLimit: 0,
    inconclusiveLimit: 0,
    consecutiveErrorLimit: 0,
    minSamples: 1,
    dryRun: false,
    compare: undefined,
  }
}

function num(raw: unknown, what: string, min: number, max: number, fallback: number): number {
  if (raw === undefined) return fallback
  if (typeof raw !== 'number' || !(raw >= min && raw <= max))
    throw new InputError(INPUT, JSON.stringify(raw), `is not a number from ${min} to ${max} (${what})`)
  return raw
}

/** Parse the `circuit-breaker` input (a mapping), or return undefined when it is empty. */
export function parseBreaker(raw: unknown): BreakerSpec | undefined {
  if (raw === undefined || raw === null) return undefined
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw new InputError(INPUT, JSON.stringify(raw), 'is not a mapping with requests, errors and thresholds')
  const o = raw as Record<string, unknown>
  const unknown = Object.keys(o).filter((k) => !KEYS.includes(k))
  if (unknown.length)
    throw new InputError(
      INPUT,
      unknown.join(', '),
      `is not a key of the circuit breaker; known keys: ${KEYS.join(', ')}`,
    )
  const intervalMs = o.interval === undefined ? 1000 : durationValue(o.interval)
  if (intervalMs === undefined || intervalMs < 10 || intervalMs > 600_000)
    throw new InputError(INPUT, String(o.interval), "is not an interval from 10ms to 10m, e.g. '1s'")
  if (o.requests === undefined || o.errors === undefined)
    throw new InputError(
      INPUT,
      JSON.stringify(raw),
      'needs both requests and errors providers (counts over a recent window)',
    )
  const thresholds: TripThresholds = {
    minimumRequests: num(o['min-requests'], 'min-requests', 1, 1e9, 20),
    errorRatePercent: num(o['error-rate-percent'], 'error-rate-percent', 0.01, 100, 50),
  }
  let latencyMs: MetricSpec | undefined
  if (o.latency !== undefined || o['latency-ms'] !== undefined) {
    const l = (o.latency ?? {}) as Record<string, unknown>
    if (o['latency-ms'] === undefined)
      throw new InputError(INPUT, JSON.stringify(o.latency), 'sets a latency threshold but no latency-ms provider')
    thresholds.latency = {
      percentile: num(l.percentile, 'latency.percentile', 1, 100, 99),
      thresholdMs: num(l['threshold-ms'], 'latency.threshold-ms', 0, 3_600_000, Number.NaN),
    }
    if (Number.isNaN(thresholds.latency.thresholdMs))
      throw new InputError(INPUT, JSON.stringify(o.latency), 'needs latency.threshold-ms')
    latencyMs = asSpec('latency-ms', o['latency-ms'], intervalMs)
  }
  return {
    intervalMs,
    thresholds,
    requests: asSpec('requests', o.requests, intervalMs),
    errors: asSpec('errors', o.errors, intervalMs),
    latencyMs,
  }
}

function total(r: ProviderResult): number | undefined {
  if (r.kind === 'no-data') return undefined
  const values = r.values.filter((v) => !Number.isNaN(v))
  return values.length ? values.reduce((a, b) => a + b, 0) : undefined
}

export interface BreakerDeps {
  query: MetricQuery
  sleep(ms: number, signal?: AbortSignal): Promise<void>
  log(message: string): void
}

/** One poll: the numbers and the judgement (no data counts as zero requests: insufficient volume, never a trip). */
export async function pollBreaker(spec: BreakerSpec, query: MetricQuery): Promise<Judgement> {
  const [requests, errors, latency] = await Promise.all([
    query(spec.requests, 'canary'),
    query(spec.errors, 'canary'),
    spec.latencyMs ? query(spec.latencyMs, 'canary') : undefined,
  ])
  return judgeWindow(
    { requests: total(requests) ?? 0, failures: total(errors) ?? 0, latencyMs: latency ? total(latency) : undefined },
    spec.thresholds,
  )
}

/** Poll until the breaker trips (resolves with the judgement) or `stop` aborts (resolves undefined). Bounded by `maxPolls`. */
export async function watchBreaker(
  spec: BreakerSpec,
  deps: BreakerDeps,
  stop: AbortSignal,
  maxPolls = 100_000,
): Promise<Judgement | undefined> {
  for (let i = 0; i < maxPolls && !stop.aborted; i++) {
    try {
      const j = await pollBreaker(spec, deps.query)
      if (j.trip) return j
    } catch (error) {
      deps.log(`circuit breaker: metrics error, trying again next poll: ${(error as Error).message}`)
    }
    await deps.sleep(spec.intervalMs, stop)
  }
  return undefined
}
