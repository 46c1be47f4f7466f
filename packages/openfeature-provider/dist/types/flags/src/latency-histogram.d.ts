/**
 * A fixed-size latency histogram with log-spaced bins (each 15 % wider than the last, 0.05 ms to 10 min), so
 * percentiles cost O(bins) and memory is constant however many calls are recorded. A percentile is reported as
 * the upper edge of its bin, capped at the largest value seen: it over-estimates by at most 15 %, never under.
 */
/** Upper edges of the bins (the last bin also takes everything above {@link LAST_EDGE_MS}). */
export declare const BIN_EDGES_MS: readonly number[];
/** The bin index a latency falls into. */
export declare function binOf(ms: number): number;
/** Counts per bin plus the total and the largest value. Mergeable and subtractable (for rolling windows). */
export declare class LatencyHistogram {
    readonly counts: Float64Array<ArrayBuffer>;
    total: number;
    maxMs: number;
    record(ms: number): void;
    /** Add (sign 1) or remove (sign -1) another histogram's counts. `maxMs` only grows (it is a cap, see quantile). */
    merge(other: LatencyHistogram, sign?: 1 | -1): void;
    clear(): void;
    /** The `p`th percentile (0–100) in ms, or `undefined` with no data. */
    percentile(p: number): number | undefined;
}
