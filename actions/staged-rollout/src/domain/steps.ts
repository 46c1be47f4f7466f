/**
 * Rollout steps (Argo's vocabulary): `- setWeight: 20`, `- pause: 2m`, `- pause: {}` (a manual gate, passed by a
 * later run with `resume: true`), `- analysis: {}` (every metric) or `- analysis: {metrics: [a, b]}`, and
 * `- darkLaunch: {production, dark, listen, duration, ...}` (shadow traffic to a dark version, judge the diffs).
 * Blue-green is the same machine with a fixed plan: preview checks, switch, post-switch analysis, scale-down delay.
 */
import { durationValue, formatDuration, InputError } from '@shipline/core'
import { parseDarkLaunch, type DarkLaunchSpec } from './dark-launch.js'

export type Step =
  | { kind: 'setWeight'; weight: number }
  | { kind: 'pause'; durationMs: number | undefined }
  /** `set` picks the metric list: the `metrics` input, or `preview-checks` for blue-green's idle colour. */
  | { kind: 'analysis'; set: 'metrics' | 'preview'; metrics: string[] | undefined }
  /** Run the shadow proxy for a duration and judge the diff rate (see dark-launch.ts). */
  | { kind: 'darkLaunch'; spec: DarkLaunchSpec }
  /** Measure the stable before any traffic moves; record its band, or refuse to start (see baseline.ts). */
  | { kind: 'baselineCheck'; metrics: string[] | undefined; count: number | undefined; intervalMs: number | undefined }

const EXAMPLE = '- setWeight: 10\n- pause: 1m\n- analysis: {}\n- setWeight: 50\n- pause: {}'
const MAX_PAUSE_MS = 6 * 3_600_000

function show(v: unknown): string {
  return typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v))
}

/** Parse the `steps` input; `metricNames` are the names an analysis step may pick from. */
export function parseSteps(raw: unknown, metricNames: readonly string[]): Step[] {
  if (!Array.isArray(raw) || raw.length === 0)
    throw new InputError('steps', show(raw ?? ''), `is not a non-empty YAML list of steps, e.g.\n${EXAMPLE}`)
  if (raw.length > 100) throw new InputError('steps', `${raw.length} steps`, 'is too many; at most 100 steps')
  return raw.map((item, i) => parseStep(item, i + 1, metricNames))
}

function parseStep(item: unknown, n: number, metricNames: readonly string[]): Step {
  const keys = item !== null && typeof item === 'object' && !Array.isArray(item) ? Object.keys(item) : []
  if (keys.length !== 1) {
    throw new InputError(
      'steps',
      show(item),
      `(step ${n}) is not a step: each step is a mapping with exactly one of setWeight, pause, analysis, darkLaunch, baselineCheck`,
    )
  }
  const key = keys[0] as string
  const value = (item as Record<string, unknown>)[key]
  switch (key) {
    case 'setWeight':
      return { kind: 'setWeight', weight: weight(value, n) }
    case 'pause':
      return { kind: 'pause', durationMs: pause(value, n) }
    case 'analysis':
      return { kind: 'analysis', set: 'metrics', metrics: analysis(value, n, metricNames) }
    case 'darkLaunch':
      return { kind: 'darkLaunch', spec: parseDarkLaunch(value, n) }
    case 'baselineCheck':
      return baselineCheck(value, n, metricNames)
    default:
      throw new InputError(
        'steps',
        key,
        `(step ${n}) is not a step kind; use setWeight, pause or analysis (or darkLaunch for a dark launch); baselineCheck measures the stable before traffic moves`,
      )
  }
}

function weight(value: unknown, n: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100) {
    throw new InputError(
      'steps',
      `setWeight: ${show(value)}`,
      `(step ${n}) is not a weight: a whole percent from 0 to 100`,
    )
  }
  return value
}

function pause(value: unknown, n: number): number | undefined {
  const accepted = `(step ${n}) is not a pause: use a duration ('30s', '2m', up to 6h) or {} for a manual gate`
  if (value === null || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0))
    return undefined
  let raw: unknown = value
  if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).join() === 'duration')
    raw = (value as { duration: unknown }).duration
  const ms = durationValue(raw)
  if (ms === undefined || ms < 0 || ms > MAX_PAUSE_MS) throw new InputError('steps', `pause: ${show(value)}`, accepted)
  return ms
}

function analysis(value: unknown, n: number, metricNames: readonly string[]): string[] | undefined {
  const accepted = `(step ${n}) is not an analysis step: use {} for every metric or {metrics: [name, ...]}`
  if (value === null || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)) {
    if (metricNames.length === 0)
      throw new InputError('metrics', '', `is empty, but step ${n} is an analysis step; list the metrics to analyse`)
    return undefined
  }
  const obj = value as Record<string, unknown>
  if (
    typeof value !== 'object' ||
    Array.isArray(value) ||
    Object.keys(obj).join() !== 'metrics' ||
    !Array.isArray(obj.metrics) ||
    obj.metrics.length === 0
  ) {
    throw new InputError('steps', `analysis: ${show(value)}`, accepted)
  }
  for (const m of obj.metrics) {
    if (typeof m !== 'string' || !metricNames.includes(m)) {
      throw new InputError(
        'steps',
        show(m),
        `(step ${n}) is not a metric in 'metrics'; known: ${metricNames.join(', ') || '(none)'}`,
      )
    }
  }
  return obj.metrics as string[]
}

/** `baselineCheck: {}` or `{metrics: [names], count: 5, interval: 10s}` (count/interval override each metric's). */
function baselineCheck(value: unknown, n: number, metricNames: readonly string[]): Step {
  const accepted = `(step ${n}) is not a baselineCheck step: use {} or {metrics: [name, ...], count: 1-1000, interval: '10s'}`
  const obj = (value ?? {}) as Record<string, unknown>
  if (
    typeof obj !== 'object' ||
    Array.isArray(obj) ||
    Object.keys(obj).some((k) => !['metrics', 'count', 'interval'].includes(k))
  ) {
    throw new InputError('steps', `baselineCheck: ${show(value)}`, accepted)
  }
  if (metricNames.length === 0)
    throw new InputError('metrics', '', `is empty, but step ${n} is a baselineCheck step; list the metrics to measure`)
  let metrics: string[] | undefined
  if (obj.metrics !== undefined) {
    if (!Array.isArray(obj.metrics) || obj.metrics.length === 0)
      throw new InputError('steps', `baselineCheck: ${show(value)}`, accepted)
    for (const m of obj.metrics) {
      if (typeof m !== 'string' || !metricNames.includes(m))
        throw new InputError(
          'steps',
          show(m),
          `(step ${n}) is not a metric in 'metrics'; known: ${metricNames.join(', ')}`,
        )
    }
    metrics = obj.metrics as string[]
  }
  const count = obj.count
  if (count !== undefined && (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 1000)) {
    throw new InputError(
      'steps',
      `baselineCheck count: ${show(count)}`,
      `(step ${n}) is not a count: a whole number from 1 to 1000`,
    )
  }
  const raw = obj.interval
  const intervalMs = raw === undefined ? undefined : durationValue(raw)
  if (raw !== undefined && (intervalMs === undefined || intervalMs < 10 || intervalMs > 3_600_000)) {
    throw new InputError(
      'steps',
      `baselineCheck interval: ${show(raw)}`,
      `(step ${n}) is not an interval from 10ms to 1h, e.g. '10s'`,
    )
  }
  return { kind: 'baselineCheck', metrics, count: count as number | undefined, intervalMs }
}

/** The plan of a blue-green rollout as steps of the same machine. */
export function blueGreenSteps(opts: {
  hasPreviewChecks: boolean
  hasMetrics: boolean
  scaleDownDelayMs: number
}): Step[] {
  const steps: Step[] = []
  if (opts.hasPreviewChecks) steps.push({ kind: 'analysis', set: 'preview', metrics: undefined })
  steps.push({ kind: 'setWeight', weight: 100 })
  if (opts.hasMetrics) steps.push({ kind: 'analysis', set: 'metrics', metrics: undefined })
  if (opts.scaleDownDelayMs > 0) steps.push({ kind: 'pause', durationMs: opts.scaleDownDelayMs })
  return steps
}

/** A one-line description of a step, for logs and the summary. */
export function describeStep(step: Step): string {
  switch (step.kind) {
    case 'setWeight':
      return `setWeight ${step.weight}%`
    case 'pause':
      return step.durationMs === undefined ? 'pause (manual gate)' : `pause ${formatDuration(step.durationMs)}`
    case 'analysis':
      return `${step.set === 'preview' ? 'preview checks' : 'analysis'}${step.metrics ? ` (${step.metrics.join(', ')})` : ''}`
    case 'darkLaunch':
      return `darkLaunch ${formatDuration(step.spec.durationMs)} via ${step.spec.listen} (max diff rate ${step.spec.maxDiffRate * 100}%)`
    case 'baselineCheck':
      return `baselineCheck of stable${step.metrics ? ` (${step.metrics.join(', ')})` : ''}`
  }
}
