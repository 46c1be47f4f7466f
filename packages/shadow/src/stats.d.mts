/**
 * Counters of a shadow-proxy run, rendered as a JSON report and as Prometheus text (exposition format 0.0.4).
 * Diff samples are bounded: the first `maxSamples` differing responses are kept.
 */
export type Difference = import('./compare.mjs').Difference;
export type DiffSample = {
    at: string;
    method: string;
    path: string;
    kinds: string[];
    differences: Difference[];
};
/** A Prometheus-style latency histogram (seconds, cumulative buckets on output). */
export declare class LatencyHistogram {
    /** @type {number[]} */
    counts: number[];
    count: number;
    sum: number;
    constructor();
    /** @param {number} seconds */
    observe(seconds: number): void;
    /** Upper bound (seconds) of the bucket holding the `p`th percentile; undefined with no data, Infinity past 10 s. @param {number} p */
    percentile(p: number): number | undefined;
    /** @param {string} name */
    lines(name: string): string[];
}
export declare class ShadowStats {
    info: {
        maxSamples?: number;
        production: string;
        dark: string;
        darkWrites: boolean;
    };
    startedAt: string;
    requests: number;
    productionErrors: number;
    productionRetries: number;
    mirrored: number;
    /** @type {Record<'unsafe_method' | 'sampled_out' | 'body_too_large' | 'queue_full' | 'production_error', number>} */
    skipped: Record<'unsafe_method' | 'sampled_out' | 'body_too_large' | 'queue_full' | 'production_error', number>;
    /** @type {Record<'timeout' | 'error', number>} */
    darkErrors: Record<'timeout' | 'error', number>;
    compared: number;
    matched: number;
    differed: number;
    /** @type {Record<'status' | 'header' | 'body', number>} */
    diffs: Record<'status' | 'header' | 'body', number>;
    bodiesNotCompared: number;
    queueWaiting: number;
    darkInflight: number;
    /** @type {DiffSample[]} */
    samples: DiffSample[];
    productionLatency: LatencyHistogram;
    darkLatency: LatencyHistogram;
    maxSamples: number;
    /** @param {{ maxSamples?: number, production: string, dark: string, darkWrites: boolean }} info */
    constructor(info: {
        maxSamples?: number;
        production: string;
        dark: string;
        darkWrites: boolean;
    });
    /**
     * @param {{ method: string, path: string }} request
     * @param {import('./compare.mjs').Comparison} result
     */
    recordComparison(request: {
        method: string;
        path: string;
    }, result: import('./compare.mjs').Comparison): void;
    /** Share of compared responses that differed (0 when nothing was compared). */
    get diffRate(): number;
    /** The JSON report. */
    report(): {
        startedAt: string;
        updatedAt: string;
        production: string;
        dark: string;
        darkWrites: boolean;
        requests: number;
        productionErrors: number;
        productionRetries: number;
        mirrored: number;
        skipped: {
            body_too_large: number;
            production_error: number;
            queue_full: number;
            sampled_out: number;
            unsafe_method: number;
        };
        darkErrors: {
            error: number;
            timeout: number;
        };
        compared: number;
        matched: number;
        differed: number;
        diffRate: number;
        diffsByKind: {
            body: number;
            header: number;
            status: number;
        };
        bodiesNotCompared: number;
        latencySeconds: {
            production: {
                p50: number | undefined;
                p99: number | undefined;
                count: number;
            };
            dark: {
                p50: number | undefined;
                p99: number | undefined;
                count: number;
            };
        };
        samples: DiffSample[];
    };
    /** Prometheus text exposition. */
    prometheus(): string;
}
