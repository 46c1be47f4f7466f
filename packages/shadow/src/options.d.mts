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
export declare class ShadowOptionsError extends Error {
    /** @param {string} option @param {string} value @param {string} accepted @param {{ cause?: unknown }} [options] */
    constructor(option: string, value: string, accepted: string, options?: {
        cause?: unknown;
    });
}
/**
 * Split argv into name → values. `--name value`, `--name=value`; `--dark-writes` alone means true.
 * @param {string[]} argv
 * @returns {Map<string, string[]>}
 */
export declare function splitArgs(argv: string[]): Map<string, string[]>;
/** @param {string} name @param {string} text */
export declare function duration(name: string, text: string): number;
/**
 * Parse and validate the proxy's arguments.
 * @param {string[]} argv
 * @returns {ShadowOptions}
 */
export declare function parseOptions(argv: string[]): ShadowOptions;
export declare const USAGE = "shadow-proxy: answer users from production, mirror requests to a dark version, compare the answers\n\n  node shadow-proxy.mjs --production URL --dark URL [options]\n\n  --listen HOST:PORT          user-facing address (default 127.0.0.1:0 = a free port)\n  --admin HOST:PORT           /metrics (Prometheus), /report (JSON), /healthz (default 127.0.0.1:0)\n  --dark-writes true|false    also mirror POST/PUT/PATCH/DELETE\u2026 (default false: GET/HEAD/OPTIONS only)\n  --dark-datastore NAME       required with --dark-writes true; sent to the dark version as X-Shadow-Datastore\n  --compare-headers a,b       response headers to compare (default content-type)\n  --ignore-path PATH          JSON paths to ignore, repeatable or comma-separated (timestamp, items[*].id, **.requestId)\n  --concurrency N             dark requests in flight (default 32)\n  --queue-size N              copies waiting for a slot; beyond this they are dropped (default 256)\n  --mirror-percent P          copy only P% of eligible requests, evenly spread (default 100)\n  --dark-timeout D            per dark request (default 2s)      --production-timeout D  (default 30s)\n  --mirror-body-cap BYTES     request bodies buffered for mirroring up to this (default 65536; larger: not mirrored)\n  --compare-body-cap BYTES    response bodies compared up to this (default 1048576)\n  --samples N                 diff samples kept in the report (default 20)\n  --report FILE               write the JSON report there every --report-interval (default 5s) and at exit\n  --duration D                stop after D; with --max-diff-rate F exit 3 when differed/compared > F,\n                              and exit 4 (inconclusive) when fewer than --min-compared N (default 1) were compared\n\nIt prints one JSON line {\"event\":\"listening\",\"url\":...,\"admin\":...} when ready, and stops cleanly on SIGTERM/SIGINT.";
