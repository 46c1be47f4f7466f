/**
 * Time-bucketed counters over a rolling window: `buckets` slots of `windowMs / buckets` each. Buckets are rotated
 * lazily from the injected clock on every read or write (no timers), so the window is exact to one bucket and
 * costs nothing when idle. Totals are kept incrementally: a bucket's counts are subtracted when it expires.
 */
import { LatencyHistogram } from './latency-histogram.js';
/** What the window saw (sums over the live buckets). */
export interface WindowStats {
    requests: number;
    failures: number;
    /** failures / requests × 100, or 0 with no requests. */
    errorRatePercent: number;
    /** The latency histogram of every recorded call in the window. */
    latency: LatencyHistogram;
}
export declare class RollingWindow {
    readonly windowMs: number;
    readonly buckets: number;
    private readonly clock;
    readonly bucketMs: number;
    private readonly slots;
    private readonly totals;
    private epoch;
    constructor(windowMs: number, buckets: number, clock: () => number);
    private rotate;
    private slot;
    private expire;
    /** Record one call. */
    record(ok: boolean, latencyMs: number): void;
    /** Totals over the live window. */
    stats(): WindowStats;
    /** Forget everything (used when a breaker closes again). */
    reset(): void;
}
