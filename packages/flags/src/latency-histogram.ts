/**
 * A fixed-size latency histogram with log-spaced bins (each 15 % wider than the last, 0.05 ms to 10 min), so
 * percentiles cost O(bins) and memory is constant however many calls are recorded. A percentile is reported as
 * the upper edge of its bin, capped at the largest value seen: it over-estimates by at most 15 %, never under.
 */

const FIRST_EDGE_MS = 0.05
const GROWTH = 1.15
const LAST_EDGE_MS = 600_000
const LOG_GROWTH = Math.log(GROWTH)

/** Upper edges of the bins (the last bin also takes everything above {@link LAST_EDGE_MS}). */
export const BIN_EDGES_MS: readonly number[] = (() => {
  const edges: number[] = []
  for (let edge = FIRST_EDGE_MS; edge < LAST_EDGE_MS * GROWTH; edge *= GROWTH) edges.push(edge)
  return edges
})()

/** The bin index a latency falls into. */
export function binOf(ms: number): number {
  if (!(ms > FIRST_EDGE_MS)) return 0
  const i = Math.ceil(Math.log(ms / FIRST_EDGE_MS) / LOG_GROWTH - 1e-9)
  return Math.min(i, BIN_EDGES_MS.length - 1)
}

/** Counts per bin plus the total and the largest value. Mergeable and subtractable (for rolling windows). */
export class LatencyHistogram {
  readonly counts = new Float64Array(BIN_EDGES_MS.length)
  total = 0
  maxMs = 0

  record(ms: number): void {
    const value = Number.isFinite(ms) && ms > 0 ? ms : 0
    this.counts[binOf(value)]! += 1
    this.total += 1
    if (value > this.maxMs) this.maxMs = value
  }

  /** Add (sign 1) or remove (sign -1) another histogram's counts. `maxMs` only grows (it is a cap, see quantile). */
  merge(other: LatencyHistogram, sign: 1 | -1 = 1): void {
    for (let i = 0; i < this.counts.length; i++) this.counts[i]! += sign * (other.counts[i] ?? 0)
    this.total += sign * other.total
    if (sign === 1 && other.maxMs > this.maxMs) this.maxMs = other.maxMs
  }

  clear(): void {
    this.counts.fill(0)
    this.total = 0
    this.maxMs = 0
  }

  /** The `p`th percentile (0–100) in ms, or `undefined` with no data. */
  percentile(p: number): number | undefined {
    if (this.total <= 0) return undefined
    const rank = Math.max(1, Math.ceil((Math.min(100, Math.max(0, p)) / 100) * this.total))
    let seen = 0
    for (let i = 0; i < this.counts.length; i++) {
      seen += this.counts[i] ?? 0
      if (seen >= rank) return Math.min(BIN_EDGES_MS[i] ?? Infinity, this.maxMs)
    }
    return this.maxMs
  }
}
