export type ShadowConfig = import('./options.mjs').ShadowConfig;
export type ShadowOptions = import('./options.mjs').ShadowOptions;
/**
 * Split argv into name → values. `--name value`, `--name=value`; `--dark-writes` alone means true.
 * @param {string[]} argv
 * @returns {Map<string, string[]>}
 */
export declare function splitArgs(argv: string[]): Map<string, string[]>;
/**
 * A duration as text: `250ms`, `2s`, `5m`; a bare number is milliseconds.
 * @param {string} name @param {string} text
 */
export declare function duration(name: string, text: string): number;
/**
 * Parse and validate the proxy's arguments.
 * @param {string[]} argv
 * @returns {ShadowOptions}
 */
export declare function parseOptions(argv: string[]): ShadowOptions;
export declare const USAGE = "shadow-proxy: answer users from production, mirror requests to a dark version, compare the answers\n\n  node shadow-proxy.mjs --production URL --dark URL [options]\n\n  --listen HOST:PORT          user-facing address (default 127.0.0.1:0 = a free port)\n  --admin HOST:PORT           /metrics (Prometheus), /report (JSON), /healthz (default 127.0.0.1:0)\n  --dark-writes true|false    also mirror POST/PUT/PATCH/DELETE\u2026 (default false: GET/HEAD/OPTIONS only)\n  --dark-datastore NAME       required with --dark-writes true; sent to the dark version as X-Shadow-Datastore\n  --compare-headers a,b       response headers to compare (default content-type)\n  --ignore-path PATH          JSON paths to ignore, repeatable or comma-separated (timestamp, items[*].id, **.requestId)\n  --concurrency N             dark requests in flight (default 32)\n  --queue-size N              copies waiting for a slot; beyond this they are dropped (default 256)\n  --mirror-percent P          copy only P% of eligible requests, evenly spread (default 100)\n  --dark-timeout D            per dark request (default 2s)      --production-timeout D  (default 30s)\n  --mirror-body-cap BYTES     request bodies buffered for mirroring up to this (default 65536; larger: not mirrored)\n  --compare-body-cap BYTES    response bodies compared up to this (default 1048576)\n  --samples N                 diff samples kept in the report (default 20)\n  --report FILE               write the JSON report there every --report-interval (default 5s) and at exit\n  --duration D                stop after D; with --max-diff-rate F exit 3 when differed/compared > F,\n                              and exit 4 (inconclusive) when fewer than --min-compared N (default 1) were compared\n\nIt prints one JSON line {\"event\":\"listening\",\"url\":...,\"admin\":...} when ready, and stops cleanly on SIGTERM/SIGINT.";
