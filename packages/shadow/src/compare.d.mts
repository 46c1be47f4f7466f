/**
 * Response comparison for dark launches (the Diffy idea, written small): status, chosen headers, and JSON bodies
 * compared structurally with ignored paths (timestamps, ids, request ids). Non-JSON bodies are compared byte for
 * byte. Pure functions, no I/O.
 *
 * Ignore-path syntax: dot-separated keys; `*` matches any one key or array index; `**` matches any number of
 * levels (including none); `[3]` / `[*]` index arrays. Examples: `timestamp`, `meta.requestId`, `items[*].id`,
 * `**.updatedAt`.
 */
export type CapturedResponse = {
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: Buffer;
    truncated: boolean;
};
export type Difference = {
    kind: 'status' | 'header' | 'body';
    path: string;
    production: string;
    dark: string;
};
export type CompareOptions = {
    headers?: string[];
    ignorePaths?: string[][];
    maxDifferences?: number;
};
export type Comparison = {
    equal: boolean;
    kinds: ('status' | 'header' | 'body')[];
    differences: Difference[];
    bodyCompared: 'json' | 'bytes' | 'skipped';
};
/**
 * Parse one ignore path into segments. Throws on an empty path or an empty segment.
 * @param {string} text
 * @returns {string[]}
 */
export declare function parseIgnorePath(text: string): string[];
/**
 * Whether a concrete path (keys/indexes) is matched by a parsed ignore pattern.
 * @param {string[]} pattern
 * @param {string[]} path
 * @returns {boolean}
 */
export declare function matchesPath(pattern: string[], path: string[]): boolean;
/**
 * Structural diff of two JSON values, skipping ignored paths. Appends at most `limit` differences.
 * @param {unknown} a
 * @param {unknown} b
 * @param {string[][]} ignore
 * @param {number} limit
 * @param {string[]} [path]
 * @param {Difference[]} [out]
 * @returns {Difference[]}
 */
export declare function diffJson(a: unknown, b: unknown, ignore: string[][], limit: number, path?: string[], out?: Difference[]): Difference[];
/**
 * Compare a production response with the dark one.
 * @param {CapturedResponse} production
 * @param {CapturedResponse} dark
 * @param {CompareOptions} [options]
 * @returns {Comparison}
 */
export declare function compareResponses(production: CapturedResponse, dark: CapturedResponse, options?: CompareOptions): Comparison;
