/**
 * How a step's result folds into the step table: an analysis' metrics as cells (last value, tally, condition,
 * phase) and the one-line detail naming the metrics that did not pass. Pure.
 */
import type { AnalysisResult } from './analysis.js'
import type { HistoryRow } from './rollout-state.js'

/** Per metric: its last value with a tally, the thresholds and its phase (a cell of the step table). */
export function metricCells(result: AnalysisResult): NonNullable<HistoryRow['metrics']> {
  return result.metrics.map((m) => {
    const last = m.measurements.at(-1)
    const shown =
      last === undefined || last.value === null
        ? 'no data'
        : Array.isArray(last.value)
          ? `[${last.value.map(fmt).join(', ')}]`
          : fmt(last.value)
    const c = m.counters
    const tally = [
      c.failed && `${c.failed} failed`,
      c.inconclusive && `${c.inconclusive} inconclusive`,
      c.errors && `${c.errors} error(s)`,
    ]
      .filter(Boolean)
      .join(', ')
    const value = `${shown} (last of ${m.measurements.length}${tally ? `; ${tally}` : ''})`
    return { name: m.name, value, condition: m.condition, phase: m.phase, dryRun: m.dryRun }
  })
}

function fmt(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(4))) : String(v)
}

/** The detail of an analysis row: the metrics that did not pass and why, or how many passed. */
export function analysisDetail(result: AnalysisResult): string {
  const bad = result.metrics.filter((m) => !m.dryRun && m.phase !== 'successful')
  return bad.length
    ? bad.map((m) => `${m.name}: ${m.phase} (${m.message})`).join('; ')
    : `${result.metrics.length} metric(s) successful`
}
