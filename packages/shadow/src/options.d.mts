export type ShadowOptions = {
    /**
     * where users connect (port 0 = any free port)
     */
    listen: {
        host: string;
        port: number;
    };
    /**
     * where /metrics, /report and /healthz are served
     */
    admin: {
        host: string;
        port: number;
    };
    /**
     * the live version; its responses go to users
     */
    production: URL;
    /**
     * the dark version; gets copies with X-Shadow: true
     */
    dark: URL;
    /**
     * also copy unsafe methods (needs darkDatastore)
     */
    darkWrites: boolean;
    /**
     * the dark version's separate datastore (sent as X-Shadow-Datastore)
     */
    darkDatastore: string | undefined;
    /**
     * response headers compared (lower case)
     */
    compareHeaders: string[];
    /**
     * parsed JSON ignore paths
     */
    ignorePaths: string[][];
    /**
     * the same, as given
     */
    ignorePathTexts: string[];
    /**
     * dark requests in flight at most
     */
    concurrency: number;
    /**
     * copies waiting at most; more are dropped
     */
    queueSize: number;
    /**
     * share of eligible requests copied (evenly spread, 0–100)
     */
    mirrorPercent: number;
    darkTimeoutMs: number;
    productionTimeoutMs: number;
    /**
     * request bodies above this many bytes are not mirrored
     */
    mirrorBodyCap: number;
    /**
     * response bodies above this are not compared
     */
    compareBodyCap: number;
    /**
     * diff samples kept
     */
    samples: number;
    /**
     * JSON report file (rewritten atomically)
     */
    report: string | undefined;
    reportIntervalMs: number;
    /**
     * stop by itself after this long
     */
    durationMs: number | undefined;
    /**
     * with durationMs: exit 3 when the diff rate is above it
     */
    maxDiffRate: number | undefined;
    /**
     * with maxDiffRate: fewer comparisons → inconclusive (exit 4)
     */
    minCompared: number;
};
export type ShadowConfig = {
    /**
     * base URL of the live version
     */
    production: string | URL;
    /**
     * base URL of the dark version
     */
    dark: string | URL;
    /**
     * HOST:PORT users connect to (default 127.0.0.1:0)
     */
    listen?: string;
    /**
     * HOST:PORT of /metrics, /report, /healthz (default 127.0.0.1:0)
     */
    admin?: string;
    /**
     * also copy unsafe methods (default false; needs darkDatastore)
     */
    darkWrites?: boolean;
    darkDatastore?: string;
    /**
     * default ['content-type']
     */
    compareHeaders?: string[];
    /**
     * JSON paths: a.b, items[*].id, **.requestId
     */
    ignorePaths?: string[];
    concurrency?: number;
    queueSize?: number;
    mirrorPercent?: number;
    darkTimeoutMs?: number;
    productionTimeoutMs?: number;
    mirrorBodyCap?: number;
    compareBodyCap?: number;
    samples?: number;
    report?: string;
    reportIntervalMs?: number;
    durationMs?: number;
    maxDiffRate?: number;
    minCompared?: number;
};
/**
 * @typedef {object} ShadowOptions
 * @property {{ host: string, port: number }} listen   where users connect (port 0 = any free port)
 * @property {{ host: string, port: number }} admin    where /metrics, /report and /healthz are served
 * @property {URL} production                          the live version; its responses go to users
 * @property {URL} dark                                 the dark version; gets copies with X-Shadow: true
 * @property {boolean} darkWrites                       also copy unsafe methods (needs darkDatastore)
 * @property {string | undefined} darkDatastore        the dark version's separate datastore (sent as X-Shadow-Datastore)
 * @property {string[]} compareHeaders                  response headers compared (lower case)
 * @property {string[][]} ignorePaths                   parsed JSON ignore paths
 * @property {string[]} ignorePathTexts                 the same, as given
 * @property {number} concurrency                       dark requests in flight at most
 * @property {number} queueSize                         copies waiting at most; more are dropped
 * @property {number} mirrorPercent                     share of eligible requests copied (evenly spread, 0–100)
 * @property {number} darkTimeoutMs
 * @property {number} productionTimeoutMs
 * @property {number} mirrorBodyCap                     request bodies above this many bytes are not mirrored
 * @property {number} compareBodyCap                    response bodies above this are not compared
 * @property {number} samples                           diff samples kept
 * @property {string | undefined} report               JSON report file (rewritten atomically)
 * @property {number} reportIntervalMs
 * @property {number | undefined} durationMs            stop by itself after this long
 * @property {number | undefined} maxDiffRate          with durationMs: exit 3 when the diff rate is above it
 * @property {number} minCompared                       with maxDiffRate: fewer comparisons → inconclusive (exit 4)
 */
/**
 * What a program passes to start the proxy: typed values, each optional but the two URLs; a missing one takes the
 * CLI's default (see `USAGE`). The option named in an error is the CLI's (`darkTimeoutMs` → `--dark-timeout`).
 * @typedef {object} ShadowConfig
 * @property {string | URL} production                 base URL of the live version
 * @property {string | URL} dark                       base URL of the dark version
 * @property {string} [listen]                         HOST:PORT users connect to (default 127.0.0.1:0)
 * @property {string} [admin]                          HOST:PORT of /metrics, /report, /healthz (default 127.0.0.1:0)
 * @property {boolean} [darkWrites]                    also copy unsafe methods (default false; needs darkDatastore)
 * @property {string} [darkDatastore]
 * @property {string[]} [compareHeaders]               default ['content-type']
 * @property {string[]} [ignorePaths]                  JSON paths: a.b, items[*].id, **.requestId
 * @property {number} [concurrency]
 * @property {number} [queueSize]
 * @property {number} [mirrorPercent]
 * @property {number} [darkTimeoutMs]
 * @property {number} [productionTimeoutMs]
 * @property {number} [mirrorBodyCap]
 * @property {number} [compareBodyCap]
 * @property {number} [samples]
 * @property {string} [report]
 * @property {number} [reportIntervalMs]
 * @property {number} [durationMs]
 * @property {number} [maxDiffRate]
 * @property {number} [minCompared]
 */
export declare class ShadowOptionsError extends Error {
    /** The option's documented name, without `--`. */
    option: string;
    /** @param {string} option @param {string} value @param {string} accepted @param {{ cause?: unknown }} [options] */
    constructor(option: string, value: string, accepted: string, options?: {
        cause?: unknown;
    });
}
export type NumberRule = {
    key: keyof ShadowConfig & keyof ShadowOptions;
    kind: 'integer' | 'percent' | 'fraction' | 'duration';
    fallback: number | undefined;
    min?: number;
    max?: number;
};
/**
 * @typedef {object} NumberRule
 * @property {keyof ShadowConfig & keyof ShadowOptions} key
 * @property {'integer' | 'percent' | 'fraction' | 'duration'} kind
 * @property {number | undefined} fallback
 * @property {number} [min]
 * @property {number} [max]
 */
/**
 * The numeric options by CLI name: config key, kind, default and range.
 * @type {Record<string, NumberRule>}
 */
export declare const NUMBER_OPTIONS: Record<string, NumberRule>;
/**
 * A numeric option checked against its rule; `shown` is the value as the user wrote it (the CLI's text).
 * @param {string} name @param {number | undefined} value @param {string} [shown]
 * @returns {number | undefined}
 */
export declare function numberOption(name: string, value: number | undefined, shown?: string): number | undefined;
/**
 * Validate a typed config and fill in the defaults: the options {@link startShadowProxy} takes.
 * @param {ShadowConfig} config
 * @returns {ShadowOptions}
 */
export declare function resolveOptions(config: ShadowConfig): ShadowOptions;
