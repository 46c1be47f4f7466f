/**
 * Analysis: Argo Rollouts' semantics, with the no-data pains fixed. Each measurement is one of four outcomes:
 * successful, failed, inconclusive (no data, too few samples, neither condition true) or error (the provider or the
 * condition could not produce a verdict). No data never fails and never passes: it is re-queried, then counted as
 * inconclusive. Errors are retried with backoff and only end the metric past `consecutive-error-limit`.
 * Clock and sleep are injected, so tests run instantly.
 */
import { judgeCompare } from './mann-whitney.js'
import type { MetricSpec } from './metrics.js'
import type { BandValues, Value } from './expr.js'

export type Outcome = 'successful' | 'failed' | 'inconclusive' | 'error'
/** A metric's phase: an outcome once decided, `running` before. */
export type MetricPhase = Outcome | 'running'

/** Outcomes from best to worst: a run takes the worst phase among its (non-dry-run) metrics. */
export const SEVERITY: readonly Outcome[] = ['successful', 'inconclusive', 'error', 'failed']

/** What a metrics provider returns; it throws for an error (API error, network, bad response). */
export type ProviderResult = { kind: 'data'; values: number[] } | { kind: 'no-data'; detail?: string }

/** Query one metric for one target (`canary`, or `baseline` in a compare metric). */
export type MetricQuery = (metric: MetricSpec, target: 'canary' | 'baseline') => Promise<ProviderResult>

export interface AnalysisDeps {
  now(): number
  /** Resolve after `ms`, or early when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
  query: MetricQuery
  onMeasurement?(m: Measurement): void
  /** The stable's band for a metric, recorded by a baselineCheck step (for `band_*` names in conditions). */
  band?(metric: string): BandValues | undefined
}

export interface Measurement {
  metric: string
  /** Epoch milliseconds when the measurement finished. */
  at: number
  outcome: Outcome
  /** The value the conditions saw (null: no data); for compare metrics, the canary's mean. */
  value: number | number[] | null
  reason: string
  /** False for a compare metric's warm-up measurements (not yet `min-samples`), which count toward no limit. */
  counted: boolean
  /** How many times the provider was re-queried because it had no data. */
  requeries: number
  pValue?: number
  meanRatio?: number
  baseline?: number
}

export interface Counters {
  /** Measurements taken (errors excluded), compared with `count`. */
  measured: number
  failed: number
  inconclusive: number
  errors: number
  consecutiveErrors: number
  /** Measurements that had data (threshold metrics) or samples per group (compare metrics, the smaller group). */
  samples: number
}

export interface MetricRun {
  name: string
  dryRun: boolean
  /** The thresholds in words, for the step table. */
  condition: string
  phase: MetricPhase
  message: string
  counters: Counters
  measurements: Measurement[]
}

export interface AnalysisResult {
  phase: Outcome
  startedAt: number
  finishedAt: number
  metrics: MetricRun[]
}

/** Re-queries of a provider with no data before the measurement is inconclusive. */
export const NO_DATA_REQUERIES = 2

type Limits = Pick<MetricSpec, 'count' | 'failureLimit' | 'inconclusiveLimit' | 'consecutiveErrorLimit' | 'minSamples'>

/**
 * A metric's phase from its counters. Limits are "more than" (Argo): failure-limit 0 fails on the first failed
 * measurement; a negative limit disables that check. A finished metric with fewer than `min-samples` data points
 * is inconclusive, never successful.
 */
export function assessMetric(c: Counters, limits: Limits): MetricPhase {
  if (limits.failureLimit >= 0 && c.failed > limits.failureLimit) return 'failed'
  if (c.consecutiveErrors > limits.consecutiveErrorLimit) return 'error'
  if (limits.inconclusiveLimit >= 0 && c.inconclusive > limits.inconclusiveLimit) return 'inconclusive'
  if (c.measured < limits.count) return 'running'
  return c.samples < limits.minSamples ? 'inconclusive' : 'successful'
}

/**
 * Map a measured value to an outcome with the metric's conditions (Argo's table, spelled out):
 * no conditions → successful; only a success condition → failed when it is false; only a failure condition →
 * successful when it is false; failure true → failed; success true → successful; neither → inconclusive.
 */
export function evaluateValue(
  spec: Pick<MetricSpec, 'success' | 'failure'>,
  value: Value,
  band?: BandValues,
): { outcome: Outcome; reason: string } {
  const check = (which: 'success' | 'failure'): boolean | undefined => {
    const expr = spec[which]
    if (!expr) return undefined
    const v = expr.evaluate(value, band)
    if (typeof v !== 'boolean')
      throw new Error(`${which}-condition '${expr.source}' gave ${JSON.stringify(v)}, not true/false`)
    return v
  }
  let success: boolean | undefined
  let failure: boolean | undefined
  if (!band && (spec.success?.usesBand || spec.failure?.usesBand)) {
    // e.g. a later run resumed from a Deployment state, which keeps no band: never a verdict without it
    return {
      outcome: 'inconclusive',
      reason: 'no baseline band recorded for this metric in this run (band_* in the condition)',
    }
  }
  try {
    success = check('success')
    failure = check('failure')
  } catch (error) {
    return { outcome: 'error', reason: `condition could not be evaluated: ${(error as Error).message}` }
  }
  if (success === undefined && failure === undefined) return { outcome: 'successful', reason: 'no conditions' }
  if (failure === undefined) failure = !success
  if (success === undefined) success = !failure
  if (failure)
    return {
      outcome: 'failed',
      reason: `failure: ${spec.failure ? `'${spec.failure.source}' is true` : `'${spec.success?.source}' is false`}`,
    }
  if (success)
    return {
      outcome: 'successful',
      reason: spec.success ? `'${spec.success.source}' is true` : `'${spec.failure?.source}' is false`,
    }
  return { outcome: 'inconclusive', reason: 'neither condition is true' }
}

/** Provider data counts as "no data" when empty, or all NaN and the conditions do not handle NaN with isNaN(). */
function isNoData(spec: MetricSpec, r: ProviderResult): string | undefined {
  if (r.kind === 'no-data') return r.detail ?? 'no data'
  if (r.values.length === 0) return 'no data'
  const handlesNaN = spec.success?.uses('isNaN') || spec.failure?.uses('isNaN')
  if (!handlesNaN && r.values.every(Number.isNaN)) return 'NaN (no events in the window?)'
  return undefined
}

async function queryWithRequery(
  spec: MetricSpec,
  deps: AnalysisDeps,
  signal: AbortSignal,
): Promise<{ values?: number[]; noData?: string; requeries: number }> {
  const delay = Math.min(5_000, Math.max(20, spec.intervalMs / 4))
  for (let requeries = 0; ; requeries++) {
    const r = await deps.query(spec, 'canary')
    const noData = isNoData(spec, r)
    if (!noData) return { values: (r as { values: number[] }).values, requeries }
    if (requeries >= NO_DATA_REQUERIES || signal.aborted) return { noData, requeries }
    await deps.sleep(delay, signal)
  }
}

async function measureThreshold(
  spec: MetricSpec,
  deps: AnalysisDeps,
  signal: AbortSignal,
): Promise<Omit<Measurement, 'metric' | 'at'>> {
  let got: Awaited<ReturnType<typeof queryWithRequery>>
  try {
    got = await queryWithRequery(spec, deps, signal)
  } catch (error) {
    return { outcome: 'error', value: null, reason: (error as Error).message, counted: true, requeries: 0 }
  }
  if (!got.values) {
    return {
      outcome: 'inconclusive',
      value: null,
      reason: `${got.noData} after ${got.requeries + 1} queries`,
      counted: true,
      requeries: got.requeries,
    }
  }
  const value = got.values.length === 1 ? (got.values[0] as number) : got.values
  return { ...evaluateValue(spec, value, deps.band?.(spec.name)), value, counted: true, requeries: got.requeries }
}

/** A compare metric keeps pools of samples across its measurements and judges once both reach min-samples. */
async function measureCompare(
  spec: MetricSpec,
  pools: { canary: number[]; baseline: number[] },
  last: boolean,
  deps: AnalysisDeps,
): Promise<Omit<Measurement, 'metric' | 'at'>> {
  try {
    for (const target of ['canary', 'baseline'] as const) {
      const r = await deps.query(spec, target)
      if (r.kind === 'data') pools[target].push(...r.values.filter((v) => !Number.isNaN(v)))
    }
  } catch (error) {
    return { outcome: 'error', value: null, reason: (error as Error).message, counted: true, requeries: 0 }
  }
  const n = Math.min(pools.canary.length, pools.baseline.length)
  if (n < spec.minSamples) {
    const reason = `${pools.canary.length} canary / ${pools.baseline.length} baseline samples, need ${spec.minSamples} each`
    return { outcome: 'inconclusive', value: null, reason, counted: last, requeries: 0 }
  }
  const v = judgeCompare(pools.canary, pools.baseline, spec.compare as NonNullable<MetricSpec['compare']>)
  return {
    outcome: v.outcome,
    value: v.canaryMean,
    baseline: v.baselineMean,
    pValue: v.pValue,
    meanRatio: v.meanRatio,
    reason: v.reason,
    counted: true,
    requeries: 0,
  }
}

function count(c: Counters, m: Measurement): void {
  if (m.outcome === 'error') {
    c.errors++
    c.consecutiveErrors++
    return
  }
  c.consecutiveErrors = 0
  c.measured++
  if (!m.counted) return
  if (m.outcome === 'failed') c.failed++
  if (m.outcome === 'inconclusive') c.inconclusive++
}

/** Backoff after an error: a quarter interval, doubling per consecutive error, never longer than the interval. */
export function errorBackoff(intervalMs: number, consecutiveErrors: number): number {
  const base = Math.max(10, intervalMs / 4)
  return Math.min(intervalMs, base * 2 ** Math.max(0, consecutiveErrors - 1))
}

/** Run one metric to its verdict (or until `signal` aborts because another metric failed). */
export async function runMetric(spec: MetricSpec, deps: AnalysisDeps, signal: AbortSignal): Promise<MetricRun> {
  const c: Counters = { measured: 0, failed: 0, inconclusive: 0, errors: 0, consecutiveErrors: 0, samples: 0 }
  const measurements: Measurement[] = []
  const pools = { canary: [] as number[], baseline: [] as number[] }
  const maxAttempts = spec.count * (spec.consecutiveErrorLimit + 2)
  let phase: MetricPhase = 'running'
  for (let attempt = 0; attempt < maxAttempts && phase === 'running' && !signal.aborted; attempt++) {
    const last = c.measured + 1 >= spec.count
    const body = spec.compare
      ? await measureCompare(spec, pools, last, deps)
      : await measureThreshold(spec, deps, signal)
    const m: Measurement = { metric: spec.name, at: deps.now(), ...body }
    measurements.push(m)
    count(c, m)
    c.samples = spec.compare
      ? Math.min(pools.canary.length, pools.baseline.length)
      : c.samples + (m.value === null || m.outcome === 'error' ? 0 : 1)
    deps.onMeasurement?.(m)
    phase = assessMetric(c, spec)
    if (phase !== 'running') break
    await deps.sleep(
      m.outcome === 'error' ? errorBackoff(spec.intervalMs, c.consecutiveErrors) : spec.intervalMs,
      signal,
    )
  }
  if (phase === 'running') phase = signal.aborted ? 'inconclusive' : 'error'
  return {
    name: spec.name,
    dryRun: spec.dryRun,
    condition: describeCondition(spec),
    phase,
    message: explain(spec, phase, c, signal.aborted),
    counters: c,
    measurements,
  }
}

/** The thresholds of a metric in words. */
export function describeCondition(spec: MetricSpec): string {
  if (spec.compare) {
    const c = spec.compare
    return `Mann-Whitney p < ${(1 - c.confidence).toFixed(3)} and mean ratio ≥ ${c.effectSize} (${c.direction}) fails`
  }
  const parts = [
    spec.success ? `success: ${spec.success.source}` : '',
    spec.failure ? `failure: ${spec.failure.source}` : '',
  ]
  return parts.filter(Boolean).join('; ') || 'no conditions'
}

function explain(spec: MetricSpec, phase: MetricPhase, c: Counters, aborted: boolean): string {
  switch (phase) {
    case 'failed':
      return `${c.failed} failed measurement(s), more than failure-limit ${spec.failureLimit}`
    case 'error':
      return c.consecutiveErrors > spec.consecutiveErrorLimit
        ? `${c.consecutiveErrors} consecutive errors, more than consecutive-error-limit ${spec.consecutiveErrorLimit}`
        : 'too many errors'
    case 'inconclusive':
      if (aborted && c.measured < spec.count) return 'stopped early: another metric decided the run'
      if (c.inconclusive > spec.inconclusiveLimit && spec.inconclusiveLimit >= 0)
        return `${c.inconclusive} inconclusive measurement(s), more than inconclusive-limit ${spec.inconclusiveLimit}`
      return `only ${c.samples} sample(s) with data, min-samples is ${spec.minSamples}`
    case 'successful':
      return `${c.measured} measurement(s), ${c.failed} failed, ${c.inconclusive} inconclusive, ${c.errors} error(s)`
    case 'running':
      return 'running'
  }
}

/** The worst of some outcomes (successful when there are none). */
export function worst(outcomes: readonly Outcome[]): Outcome {
  return outcomes.reduce<Outcome>((w, o) => (SEVERITY.indexOf(o) > SEVERITY.indexOf(w) ? o : w), 'successful')
}

/**
 * Run every metric concurrently, each at its own interval. A failed or errored (non-dry-run) metric stops the
 * others at once, so a bad canary is rolled back within one interval. Dry-run metrics are measured and reported
 * but never decide.
 */
export async function runAnalysis(
  specs: readonly MetricSpec[],
  deps: AnalysisDeps,
  external?: AbortSignal,
): Promise<AnalysisResult> {
  const startedAt = deps.now()
  const stop = new AbortController()
  if (external?.aborted) stop.abort()
  external?.addEventListener('abort', () => stop.abort(), { once: true })
  const metrics = await Promise.all(
    specs.map(async (spec) => {
      const run = await runMetric(spec, deps, stop.signal)
      if (!spec.dryRun && (run.phase === 'failed' || run.phase === 'error')) stop.abort()
      return run
    }),
  )
  const phase = worst(metrics.filter((m) => !m.dryRun).map((m) => m.phase as Outcome))
  return { phase, startedAt, finishedAt: deps.now(), metrics }
}
