/**
 * flagd flag definitions (https://flagd.dev/schema/v0/flags.json) as plain objects: validate what was read,
 * evaluate a flag for a context, and produce the JSON to write. No I/O here (see `flag-file-io.ts`).
 */
import { type FractionalGeneration, type Json } from './jsonlogic.js';
/** A flag's variant values: all booleans, all strings, all numbers or all objects (flagd's four flag types). */
export type Variants = Record<string, Json>;
/** One flag, as flagd reads it. Unknown properties are kept as they are when the file is rewritten. */
export interface FlagDefinition {
    state: 'ENABLED' | 'DISABLED';
    variants: Variants;
    /** The variant served when targeting gives nothing; `null` defers to the code default. */
    defaultVariant?: string | null;
    /** A JsonLogic rule returning a variant name (or null for the default). */
    targeting?: Json;
    metadata?: Record<string, string | number | boolean>;
    [extra: string]: unknown;
}
/** A flagd flag file (`{"flags": {...}}` plus optional `$schema`, `$evaluators`, `metadata`). */
export interface FlagFile {
    $schema?: string;
    flags: Record<string, FlagDefinition>;
    /** Shared targeting rules, used from a flag's targeting as `{"$ref": "name"}`. */
    $evaluators?: Record<string, Json>;
    /** Metadata every flag of the file carries (a flag's own metadata wins). */
    metadata?: Record<string, string | number | boolean>;
    [extra: string]: unknown;
}
/** The schema URL flagd publishes; written into new files so editors can validate them. */
export declare const FLAGD_SCHEMA = "https://flagd.dev/schema/v0/flags.json";
/** A flag file that does not follow flagd's format. `problems` lists every issue with its JSON path. */
export declare class FlagFileError extends Error {
    readonly problems: string[];
    constructor(problems: string[], source?: string);
}
/** The problems with one flag definition ([] when it is valid). */
export declare function flagProblems(key: string, flag: unknown): string[];
/** Check `value` against flagd's format and return it typed. Throws {@link FlagFileError} listing every problem. */
export declare function parseFlagFile(value: unknown, source?: string): FlagFile;
/** Parse flag-file text (JSON). Throws {@link FlagFileError} for bad JSON or a bad format. */
export declare function parseFlagFileText(text: string, source?: string): FlagFile;
/** The JSON text to write for a flag file (2-space indented, trailing newline, stable key order as given). */
export declare function formatFlagFile(file: FlagFile): string;
/** The outcome of evaluating a flag, in OpenFeature's vocabulary. */
export interface Resolution {
    /** The variant's value; `undefined` means "use the caller's default" (DISABLED, no default variant, errors). */
    value: Json | undefined;
    variant: string | undefined;
    reason: 'STATIC' | 'TARGETING_MATCH' | 'DEFAULT' | 'DISABLED' | 'ERROR';
    errorCode?: 'FLAG_NOT_FOUND' | 'PARSE_ERROR' | 'TYPE_MISMATCH' | 'GENERAL';
    errorMessage?: string;
    /** The file's `metadata` merged with the flag's own (the flag's wins), as flagd returns it. */
    flagMetadata?: Record<string, string | number | boolean>;
    /** What flagd would only log (e.g. a malformed `fractional` that fell back to the default variant). */
    warnings?: string[];
}
/** Evaluation context: `targetingKey` plus any attributes the targeting rule reads. */
export type EvaluationContext = Record<string, Json> & {
    targetingKey?: string;
};
/** Options for {@link evaluateFlag}. */
export interface EvaluateFlagOptions {
    /** `$flagd.timestamp` in Unix seconds (default: the current time, as flagd does). */
    nowSeconds?: number;
    /** The `fractional` bucketing generation (default `v2`, flagd 0.15.0–0.16.1; see {@link FractionalGeneration}). */
    fractional?: FractionalGeneration;
}
/** The flag types OpenFeature resolves; a variant value of another type is a TYPE_MISMATCH. */
export type FlagValueType = 'boolean' | 'string' | 'number' | 'object';
/**
 * Replace every `{"$ref": "name"}` in a rule by the file's `$evaluators[name]` (itself resolved, so evaluators may
 * use each other). Throws {@link JsonLogicError} for an unknown name or a cycle (flagd: PARSE_ERROR).
 */
export declare function resolveRefs(rule: Json, evaluators?: Record<string, Json>, seen?: readonly string[]): Json;
/**
 * Evaluate `flagKey` as flagd does: DISABLED → no value (reason DISABLED); no targeting → the default variant
 * (STATIC); targeting → its variant (TARGETING_MATCH), or the default variant when it returns null (DEFAULT).
 * A flag without a default variant resolves to no value with reason DEFAULT (the caller's default applies).
 * `$ref`s to the file's `$evaluators` are resolved first. A number as 4th argument is `nowSeconds` (older form).
 */
export declare function evaluateFlag(file: FlagFile, flagKey: string, context?: EvaluationContext, options?: EvaluateFlagOptions | number): Resolution;
/**
 * A resolution checked against the type the caller asked for: a value of another type becomes an ERROR with
 * TYPE_MISMATCH (no value, so the caller's default applies), as flagd and OpenFeature do.
 */
export declare function expectType(resolution: Resolution, type: FlagValueType): Resolution;
