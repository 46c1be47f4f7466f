/**
 * Explaining every decision: the step table (time, weight, metric values against thresholds, verdict), mermaid
 * charts of the weight and of each metric over time, and the `analysis` output (every measurement and verdict).
 */
import { formatDuration, literalValues, Summary, timeChart } from '@shipline/core'
import type { AnalysisResult } from './analysis.js'
import type { DarkLaunchResult } from './dark-launch.js'
import { darkLaunchOutput, darkLaunchSummary } from './dark-launch-report.js'
import type { HistoryRow, RolloutState } from './rollout.js'
import type { Band } from './baseline.js'

/** At most `max` evenly spaced items (first and last kept), so charts stay readable. */
export function thin<T>(items: readonly T[], max = 60): T[] {
  if (items.length <= max) return [...items]
  return Array.from({ length: max }, (_, i) => items[Math.round((i * (items.length - 1)) / (max - 1))] as T)
}

/** Rows of one analysis kept in the summary (the `analysis` output keeps them all). */
const MAX_ROWS = 200

function clock(at: number): string {
  return new Date(at).toISOString().slice(11, 23)
}

function metricsCell(row: HistoryRow): string {
  if (!row.metrics?.length) return ''
  return row.metrics
    .map((m) => `${m.name}${m.dryRun ? ' (dry-run)' : ''}: ${m.value} [${m.condition}] → ${m.phase}`)
    .join('\n')
}

/** Did this rollout refuse to start (a baselineCheck found the stable outside its thresholds or without data)? */
export function refused(state: RolloutState): boolean {
  return state.phase === 'aborted' && state.history.at(-1)?.verdict === 'refused'
}

const finite = (v: number): number | null => (Number.isFinite(v) ? Number(v.toPrecision(6)) : null)

/** The `baseline` output: the stable's normal band per metric, as recorded (empty object without a baselineCheck). */
export function baselineOutput(state: RolloutState): object {
  const b = state.baseline
  if (!b) return {}
  const metrics = Object.fromEntries(
    Object.entries(b.metrics).map(([name, band]) => [
      name,
      {
        samples: band.samples,
        mean: finite(band.mean),
        p50: finite(band.p50),
        p95: finite(band.p95),
        min: finite(band.min),
        max: finite(band.max),
      },
    ]),
  )
  return { stable: b.stable, measuredAt: new Date(b.at).toISOString(), metrics }
}

function baselineTable(state: RolloutState): Summary | undefined {
  const b = state.baseline
  if (!b) return undefined
  const cell = (v: number): string => (Number.isFinite(v) ? String(Number(v.toPrecision(4))) : '—')
  const rows = Object.entries(b.metrics).map(([name, band]: [string, Band]) => [
    name,
    band.samples,
    cell(band.mean),
    cell(band.p50),
    cell(band.p95),
    cell(band.min),
    cell(band.max),
  ])
  return new Summary()
    .heading(`Baseline: normal band of stable \`${b.stable}\` before any traffic moved`, 3)
    .table(['Metric', 'Samples', 'Mean', 'p50', 'p95', 'Min', 'Max'], rows, ['l', 'r', 'r', 'r', 'r', 'r', 'r'])
    .paragraph(
      'Conditions can name this band: `band_mean`, `band_p50`, `band_p95`, `band_min`, `band_max` (e.g. `result <= max(0.01, band_p95 * 1.5)`).',
    )
}

/** The `analysis` output: the decision, the steps, and every measurement of this run. */
export function analysisOutput(
  state: RolloutState,
  analyses: readonly AnalysisResult[],
  darkLaunches: readonly DarkLaunchResult[] = [],
): object {
  return {
    ...(darkLaunches.length ? { darkLaunches: darkLaunches.map(darkLaunchOutput) } : {}),
    phase: state.phase,
    weight: state.weight,
    reason: state.reason,
    ...(state.baseline ? { baseline: baselineOutput(state) } : {}),
    steps: state.history.map((h) => ({
      at: new Date(h.at).toISOString(),
      step: h.step,
      action: h.action,
      weight: h.weight,
      verdict: h.verdict,
      detail: h.detail,
    })),
    analyses: analyses.map((a) => ({
      phase: a.phase,
      startedAt: new Date(a.startedAt).toISOString(),
      durationMs: a.finishedAt - a.startedAt,
      metrics: a.metrics.map((m) => ({
        name: m.name,
        phase: m.phase,
        dryRun: m.dryRun,
        condition: m.condition,
        message: m.message,
        counters: m.counters,
        measurements: m.measurements.map((x) => ({
          at: new Date(x.at).toISOString(),
          outcome: x.outcome,
          value: x.value,
          reason: x.reason,
          ...(x.pValue === undefined ? {} : { pValue: x.pValue, meanRatio: x.meanRatio, baseline: x.baseline }),
        })),
      })),
    })),
  }
}

/** The canary's weight over time, on the one 0-100 axis every rollout summary shows (held between steps). */
function weightChart(state: RolloutState): string | undefined {
  return timeChart(
    state.history.map((r) => ({ at: r.at, value: r.weight })),
    { title: `Canary weight (%) — ${state.canary}`, yLabel: 'weight %', range: [0, 100], step: true },
  )
}

function metricCharts(analyses: readonly AnalysisResult[]): string[] {
  const series = new Map<string, { points: { at: number; value: number }[]; failed: boolean }>()
  for (const a of analyses) {
    for (const m of a.metrics) {
      const s = series.get(m.name) ?? { points: [], failed: false }
      if (m.phase === 'failed' || m.phase === 'error') s.failed = true
      for (const x of m.measurements) {
        const v = Array.isArray(x.value) ? x.value[0] : x.value
        if (typeof v === 'number' && Number.isFinite(v)) s.points.push({ at: x.at, value: v })
      }
      series.set(m.name, s)
    }
  }
  // Every metric with a value is charted, the one that failed (in red) even with a single measurement.
  return [...series].flatMap(([name, s]) => {
    const chart = timeChart(s.points, {
      title: `${name} over time${s.failed ? ' (failed)' : ''}`,
      yLabel: name,
      tone: s.failed ? 'bad' : 'ok',
    })
    return chart ? [chart] : []
  })
}

const REFUSED = '🛑 refused to start: no traffic moved'
const VERB: Record<RolloutState['phase'], string> = {
  promoted: '✅ promoted to 100%',
  aborted: '⛔ aborted: all traffic back on stable',
  aborting: '⚠️ rollback interrupted',
  paused: '⏸️ paused: traffic left where it is',
  progressing: '▶️ progressing',
}

/** The job summary for a run. */
export function buildSummary(
  state: RolloutState,
  analyses: readonly AnalysisResult[],
  ctx: { where: string; router: string },
  darkLaunches: readonly DarkLaunchResult[] = [],
): Summary {
  const s = new Summary()
    .heading(`staged-rollout: ${state.canary} — ${refused(state) ? REFUSED : VERB[state.phase]}`)
    .paragraph(
      `**Strategy** ${state.strategy} · **stable** \`${state.stable}\` · **canary** \`${state.canary}\` at **${state.weight}%** · **router** ${ctx.router} · **state** ${ctx.where}`,
    )
    .paragraph(`**Why:** ${literalValues(state.reason.split('\n')[0] ?? '')}`)
  // A multi-line reason (several metrics failing, a router error with its output) keeps its lines.
  if (state.reason.includes('\n')) s.code(state.reason.split('\n').slice(1).join('\n'), 'text')
  const bt = baselineTable(state)
  if (bt) s.raw(bt.toString())
  if (state.phase === 'paused')
    s.paragraph(
      'Run the workflow again with `resume: true` to continue, or `abort: true` to send all traffic back to stable.',
    )
  s.heading('Steps', 3).table(
    ['Time (UTC)', 'Step', 'Action', 'Weight', 'Metrics: value [threshold] → verdict', 'Verdict', 'Detail'],
    state.history.map((h) => [
      clock(h.at),
      h.step || '',
      h.action,
      `${h.weight}%`,
      metricsCell(h),
      h.verdict,
      literalValues(h.detail),
    ]),
    ['l', 'r', 'l', 'r', 'l', 'l', 'l'],
  )
  if (darkLaunches.length) s.raw(darkLaunchSummary(darkLaunches).toString())
  const wc = weightChart(state)
  if (wc) s.mermaid(wc)
  for (const chart of metricCharts(analyses)) s.mermaid(chart)
  for (const a of analyses) {
    const rows = a.metrics.flatMap((m) =>
      m.measurements.map((x) => [
        clock(x.at),
        m.name,
        Array.isArray(x.value) ? x.value.join(', ') : x.value === null ? 'no data' : String(x.value),
        x.outcome,
        x.reason,
      ]),
    )
    const note =
      rows.length > MAX_ROWS
        ? `\n\nThe first ${MAX_ROWS} of ${rows.length} measurements; the \`analysis\` output has them all.`
        : ''
    const body =
      new Summary().table(['Time', 'Metric', 'Value', 'Outcome', 'Reason'], rows.slice(0, MAX_ROWS)).toString() + note
    s.details(
      `Analysis at ${clock(a.startedAt)}: ${a.phase} (${formatDuration(a.finishedAt - a.startedAt)}, ${rows.length} measurements)`,
      body,
    )
  }
  return s
}
