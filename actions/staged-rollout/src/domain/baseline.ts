/**
 * The baseline check: before any traffic moves, measure the stable version's SLIs for a window, record its normal
 * band (samples, mean, p50, p95, min, max per metric), and refuse to start when the stable is already outside the
 * thresholds or has no data. Later analyses can name the band in their conditions (`result < band_p95 * 1.5`).
 * Pure: the measuring is an ordinary analysis run against the stable (see the adapter).
 */
import { InputError } from '@shipline/core'
import type { AnalysisResult, MetricRun } from './analysis.js'
import type { BandValues } from './expr.js'
import type { MetricSpec } from './metrics.js'
import type { Step } from './steps.js'

export interface Band extends BandValues {
  samples: number
}

/** The band recorded in the state: which stable, when, and the band of each metric. */
export interface BaselineRecord {
  stable: string
  at: number
  metrics: Record<string, Band>
}

/** The q-quantile (0..1) of sorted values, linear interpolation between closest ranks (numpy's default). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  const a = sorted[lo] as number
  const b = sorted[hi] as number
  return a + (b - a) * (pos - lo)
}

/** The band of some values (NaN and infinities left out). */
export function bandOf(values: readonly number[]): Band {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b)
  const mean = v.length ? v.reduce((s, x) => s + x, 0) / v.length : Number.NaN
  return {
    samples: v.length,
    mean,
    p50: quantile(v, 0.5),
    p95: quantile(v, 0.95),
    min: v[0] ?? Number.NaN,
    max: v.at(-1) ?? Number.NaN,
  }
}

/** Every finite value a metric measured (a list value contributes each element). */
export function valuesOf(run: MetricRun): number[] {
  return run.measurements
    .flatMap((m) => (m.outcome === 'error' || m.value === null ? [] : Array.isArray(m.value) ? m.value : [m.value]))
    .filter(Number.isFinite)
}

export type BaselineVerdict =
  { ok: true; record: BaselineRecord; detail: string } | { ok: false; reason: string; record: BaselineRecord }

function fmt(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(4))) : String(v)
}

/** A band in words: `mean 0.002, p50 0.001, p95 0.004 (n=5)`. */
export function describeBand(b: Band): string {
  return b.samples ? `mean ${fmt(b.mean)}, p50 ${fmt(b.p50)}, p95 ${fmt(b.p95)} (n=${b.samples})` : 'no data'
}

/**
 * Judge the stable's measurements. Every (non-dry-run) metric must have data and pass its conditions, as a canary
 * would have to; otherwise the rollout does not start, and the reason says which metric and why.
 */
export function judgeBaseline(result: AnalysisResult, stable: string, at: number): BaselineVerdict {
  const metrics: Record<string, Band> = {}
  for (const m of result.metrics) metrics[m.name] = bandOf(valuesOf(m))
  const record = { stable, at, metrics }
  const problems: string[] = []
  for (const m of result.metrics) {
    if (m.dryRun) continue
    const band = metrics[m.name] as Band
    if (band.samples === 0)
      problems.push(`${m.name} has no data for ${stable} (${m.measurements.at(-1)?.reason ?? 'not measured'})`)
    else if (m.phase === 'failed')
      problems.push(`${m.name} is already outside its thresholds on ${stable} [${m.condition}]: ${describeBand(band)}`)
    else if (m.phase === 'error')
      problems.push(`${m.name} could not be measured on ${stable}: ${m.measurements.at(-1)?.reason ?? m.message}`)
    else if (m.phase !== 'successful') problems.push(`${m.name} is ${m.phase} on ${stable}: ${m.message}`)
  }
  if (problems.length) return { ok: false, reason: problems.join('; '), record }
  const detail = result.metrics.map((m) => `${m.name}: ${describeBand(metrics[m.name] as Band)}`).join('; ')
  return { ok: true, record, detail }
}

/**
 * The metrics a baseline check measures: the named ones, or every threshold metric. Compare metrics judge canary
 * against baseline, so they have no meaning before the canary gets traffic; step overrides of count/interval apply.
 */
export function baselineMetrics(step: Step & { kind: 'baselineCheck' }, all: readonly MetricSpec[]): MetricSpec[] {
  const chosen = all.filter((m) => !m.compare && (!step.metrics || step.metrics.includes(m.name)))
  return chosen.map((m) => ({
    ...m,
    count: step.count ?? m.count,
    intervalMs: step.intervalMs ?? m.intervalMs,
    inconclusiveLimit: -1,
  }))
}

/**
 * Input checks across steps and metrics: a baseline check comes before any traffic moves (before every setWeight
 * and darkLaunch), at most once, measures at least one threshold metric; a condition naming `band_*` needs a
 * baseline check that measures its metric.
 */
export function checkBaselinePlan(steps: readonly Step[], metrics: readonly MetricSpec[]): void {
  const at = steps.findIndex((s) => s.kind === 'baselineCheck')
  const check = at >= 0 ? (steps[at] as Step & { kind: 'baselineCheck' }) : undefined
  if (check) {
    if (steps.filter((s) => s.kind === 'baselineCheck').length > 1)
      throw new InputError(
        'steps',
        'baselineCheck',
        'appears more than once; measure the stable once, before any traffic moves',
      )
    const moved = steps.slice(0, at).findIndex((s) => s.kind === 'setWeight' || s.kind === 'darkLaunch')
    if (moved >= 0)
      throw new InputError(
        'steps',
        `baselineCheck (step ${at + 1})`,
        `comes after step ${moved + 1} moves traffic; put it before every setWeight and darkLaunch`,
      )
    if (baselineMetrics(check, metrics).length === 0)
      throw new InputError(
        'metrics',
        metrics.map((m) => m.name).join(', ') || '(none)',
        'has no threshold metric for the baselineCheck step to measure (compare metrics need the canary)',
      )
  }
  const measured = check ? new Set(baselineMetrics(check, metrics).map((m) => m.name)) : new Set<string>()
  for (const m of metrics) {
    const expr = [m.success, m.failure].find((e) => e?.usesBand)
    if (expr && !measured.has(m.name)) {
      throw new InputError(
        'metrics',
        expr.source,
        `(metric '${m.name}') names the stable's band, but no baselineCheck step measures '${m.name}'; add '- baselineCheck: {}' before the first setWeight`,
      )
    }
  }
}
