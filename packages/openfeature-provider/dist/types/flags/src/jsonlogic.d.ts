/** A JSON value (a rule, or the data it is evaluated against). */
export type Json = string | number | boolean | null | Json[] | {
    [key: string]: Json;
};
/** A rule that uses an operator this evaluator does not implement, or uses one wrongly. */
export declare class JsonLogicError extends Error {
    constructor(message: string);
}
/**
 * Which generation of flagd's `fractional` bucketing to use:
 * - `v2` (the default): murmur3 of the bucketing string's UTF-8 bytes, `(hash × total) >> 32` — flagd 0.15.0
 *   (2026-04-01) to 0.16.1 and flagd-testbed's `@fractional-v2` cases; a bucketing value must be a string.
 * - `v3`: murmur3 of the value's deterministic CBOR encoding (any JSON type; the shorthand hashes
 *   `[flagKey, targetingKey]`) — flagd's "non-string randomization units" ADR, flagd-testbed 3.9.0's
 *   `@fractional-v3` cases; not yet in a flagd daemon release as of 0.16.1.
 */
export type FractionalGeneration = 'v2' | 'v3';
/** How to evaluate (today: which `fractional` generation to use). */
export interface EvaluateOptions {
    fractional?: FractionalGeneration;
}
/** JsonLogic truthiness (as in JavaScript, except that an empty array is false). */
export declare function truthy(value: Json | undefined): boolean;
/**
 * Evaluate `rule` against `data`. Throws {@link JsonLogicError} for unsupported operators. Problems flagd only
 * logs (a malformed `fractional`, which then yields null) are appended to `warnings`.
 */
export declare function evaluate(rule: Json, data: Json, warnings?: string[], options?: EvaluateOptions): Json;
/** Resolve a dot path (`a.b.0.c`) in `data`; `undefined` when any step is missing. */
export declare function lookup(data: Json, path: string): Json | undefined;
