/**
 * Mermaid xychart-beta charts of a value over time, drawn the way a reader expects: the x axis is proportional to
 * time (points are resampled on an even time grid, so a 5-minute pause looks 5 minutes long), the y axis is fitted
 * to the data or fixed (a weight is always 0-100), a flat zero line sits above the axis instead of on it, and the
 * line has a colour that reads on light and dark themes. Pure.
 */

/** One measurement: when (ms since the epoch) and what. */
export interface TimePoint {
  at: number
  value: number
}

export interface TimeChartOptions {
  title: string
  yLabel: string
  /** A fixed y range, e.g. [0, 100] for a weight; default: fitted to the data. */
  range?: readonly [number, number]
  /** The value holds until the next point (a weight set at each step); default: straight lines between points. */
  step?: boolean
  /** Points on the time grid (default 40). */
  samples?: number
  /** `ok` draws blue, `bad` red (a metric that failed). */
  tone?: 'ok' | 'bad'
}

/** GitHub's own blue and red (Primer): readable on the light and the dark theme. */
const COLOURS = { ok: '#0969da', bad: '#cf222e' } as const

const quote = (s: string): string => `"${s.replace(/["\n\r]/g, "'")}"`
const round = (n: number): number => Number(n.toPrecision(4))

/** A y range that shows every value off the axes: 10% headroom, and a band around a flat series (all zeros too). */
export function fitRange(values: readonly number[]): [number, number] {
  const finite = values.filter(Number.isFinite)
  if (!finite.length) return [0, 1]
  const lo = Math.min(...finite)
  const hi = Math.max(...finite)
  const pad = hi === lo ? Math.max(Math.abs(hi) * 0.1, hi === 0 ? 1 : 0) : (hi - lo) * 0.1
  return [round(lo - pad), round(hi + pad)]
}

/** The value at time `t`: the last point at or before it (`step`), or linear between its neighbours. */
function valueAt(points: readonly TimePoint[], t: number, step: boolean): number {
  let i = 0
  while (i + 1 < points.length && (points[i + 1] as TimePoint).at <= t) i++
  const a = points[i] as TimePoint
  const b = points[i + 1]
  if (step || !b || b.at === a.at) return a.value
  return a.value + ((b.value - a.value) * (t - a.at)) / (b.at - a.at)
}

/** A chart of `points` (sorted by time) against time since the first point; undefined when there is none. */
export function timeChart(points: readonly TimePoint[], o: TimeChartOptions): string | undefined {
  const pts = points.filter((p) => Number.isFinite(p.value) && Number.isFinite(p.at))
  const first = pts[0]
  if (!first) return undefined
  const span = (pts.at(-1) as TimePoint).at - first.at
  const minutes = span >= 120_000
  const unit = minutes ? 60_000 : 1000
  const [lo, hi] = o.range ?? fitRange(pts.map((p) => p.value))
  const head = [
    '---',
    'config:',
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${COLOURS[o.tone ?? 'ok']}"`,
    '---',
    'xychart-beta',
    `  title ${quote(o.title)}`,
  ]
  const yAxis = `  y-axis ${quote(o.yLabel)} ${round(lo)} --> ${round(hi)}`
  if (span <= 0) return [...head, `  x-axis [${quote('+0s')}]`, yAxis, `  bar [${round(first.value)}]`].join('\n')
  const n = Math.max(2, o.samples ?? 40)
  const values = Array.from({ length: n }, (_, i) =>
    round(valueAt(pts, first.at + (span * i) / (n - 1), o.step ?? false)),
  )
  return [
    ...head,
    `  x-axis ${quote(minutes ? 'minutes since start' : 'seconds since start')} 0 --> ${round(span / unit)}`,
    yAxis,
    `  line [${values.join(', ')}]`,
  ].join('\n')
}
