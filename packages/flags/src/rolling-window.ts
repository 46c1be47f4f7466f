/**
 * Time-bucketed counters over a rolling window: `buckets` slots of `windowMs / buckets` each. Buckets are rotated
 * lazily from the injected clock on every read or write (no timers), so the window is exact to one bucket and
 * costs nothing when idle. Totals are kept incrementally: a bucket's counts are subtracted when it expires.
 */
import { LatencyHistogram } from './latency-histogram.js'

/** What the window saw (sums over the live buckets). */
export interface WindowStats {
  requests: number
  failures: number
  /** failures / requests × 100, or 0 with no requests. */
  errorRatePercent: number
  /** The latency histogram of every recorded call in the window. */
  latency: LatencyHistogram
}

interface Bucket {
  epoch: number
  requests: number
  failures: number
  latency: LatencyHistogram
}

export class RollingWindow {
  readonly bucketMs: number
  private readonly slots: Bucket[]
  private readonly totals = { requests: 0, failures: 0, latency: new LatencyHistogram() }
  private epoch: number

  constructor(
    readonly windowMs: number,
    readonly buckets: number,
    private readonly clock: () => number,
  ) {
    if (!(windowMs > 0) || !Number.isInteger(buckets) || buckets < 1)
      throw new RangeError(
        `a rolling window needs windowMs > 0 and a whole number of buckets ≥ 1 (got ${windowMs} ms, ${buckets})`,
      )
    this.bucketMs = windowMs / buckets
    this.epoch = Math.floor(clock() / this.bucketMs)
    this.slots = Array.from({ length: buckets }, () => ({
      epoch: -Infinity,
      requests: 0,
      failures: 0,
      latency: new LatencyHistogram(),
    }))
  }

  private rotate(): Bucket {
    const now = Math.floor(this.clock() / this.bucketMs)
    const steps = Math.min(Math.max(now - this.epoch, 0), this.buckets)
    for (let e = now - steps + 1; e <= now; e++) this.expire(this.slot(e), e)
    if (now > this.epoch) this.epoch = now
    const current = this.slot(this.epoch)
    if (current.epoch !== this.epoch) this.expire(current, this.epoch)
    return current
  }

  private slot(epoch: number): Bucket {
    return this.slots[((epoch % this.buckets) + this.buckets) % this.buckets] as Bucket
  }

  private expire(bucket: Bucket, newEpoch: number): void {
    if (bucket.epoch === newEpoch) return
    this.totals.requests -= bucket.requests
    this.totals.failures -= bucket.failures
    this.totals.latency.merge(bucket.latency, -1)
    bucket.epoch = newEpoch
    bucket.requests = 0
    bucket.failures = 0
    bucket.latency.clear()
  }

  /** Record one call. */
  record(ok: boolean, latencyMs: number): void {
    const bucket = this.rotate()
    bucket.requests += 1
    this.totals.requests += 1
    if (!ok) {
      bucket.failures += 1
      this.totals.failures += 1
    }
    bucket.latency.record(latencyMs)
    this.totals.latency.record(latencyMs)
  }

  /** Totals over the live window. */
  stats(): WindowStats {
    this.rotate()
    const { requests, failures } = this.totals
    // maxMs of the running total only grows; recompute it from live buckets so an old outlier leaves the window.
    this.totals.latency.maxMs = Math.max(
      0,
      ...this.slots.filter((s) => s.epoch > this.epoch - this.buckets).map((s) => s.latency.maxMs),
    )
    return {
      requests,
      failures,
      errorRatePercent: requests > 0 ? (failures / requests) * 100 : 0,
      latency: this.totals.latency,
    }
  }

  /** Forget everything (used when a breaker closes again). */
  reset(): void {
    for (const s of this.slots) this.expire(s, -Infinity)
  }
}
