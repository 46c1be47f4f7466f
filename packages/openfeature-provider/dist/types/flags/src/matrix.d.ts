/**
 * Every flag state tested: the variant combinations of some flags of a flagd flag file, as a CI job matrix. All
 * combinations while there are few; pairwise combinations (every pair of variants of every two flags appears in at
 * least one row) when the full product would exceed a bound. Pure: the file is already parsed.
 */
import type { FlagFile } from './flag-file.js';
export type MatrixMode = 'all' | 'pairwise';
/** One row: flag key → variant name. */
export type Combination = Record<string, string>;
export interface FlagMatrix {
    mode: MatrixMode;
    flags: {
        key: string;
        variants: string[];
    }[];
    combinations: Combination[];
    /** Size of the full product (every combination). */
    product: number;
    /** Pairs of variants of two different flags, and how many of them the rows cover (all of them). */
    pairs: {
        total: number;
        covered: number;
    };
}
/** A matrix that cannot be made as asked: a flag missing or with one variant, or too many rows. */
export declare class MatrixError extends Error {
    readonly subject: string;
    constructor(message: string, subject: string);
}
/** The variant names of a flag, in file order. */
export declare function flagVariants(file: FlagFile, key: string): string[];
/** Every combination, the first flag varying slowest. */
export declare function allCombinations(flags: FlagMatrix['flags']): Combination[];
/** Every pair of variants of two different flags (flag i < flag j). */
export declare function allPairs(flags: FlagMatrix['flags']): string[];
/** The pairs a row covers. */
export declare function pairsOf(flags: FlagMatrix['flags'], row: Combination): string[];
/**
 * Pairwise rows, greedy (AETG-style) and deterministic: each new row is built from several seeds (an uncovered
 * pair, taken at even spacing through the uncovered set), every other flag then, in a seeded shuffled order, taking the variant that covers
 * the most uncovered pairs with the flags already set (the first on a tie); the candidate covering the most new
 * pairs is kept. Every row covers at least its seed pair, so the loop ends within `pairs` rows.
 */
export declare function pairwiseCombinations(flags: FlagMatrix['flags']): Combination[];
export interface MatrixOptions {
    /** The flags to vary, in order. */
    keys: readonly string[];
    /** `all`: every combination (fails above `max`); `pairwise`; `auto`: all while within `max`, else pairwise. */
    mode: MatrixMode | 'auto';
    /** The most rows the matrix may have (GitHub runs at most 256 jobs per matrix). */
    max: number;
}
/** The job matrix for some flags of a flag file. Throws {@link MatrixError} naming what cannot be done. */
export declare function flagMatrix(file: FlagFile, opts: MatrixOptions): FlagMatrix;
/** A combination's name for a job: `new-checkout=on, dark-mode=off`. */
export declare function combinationName(row: Combination): string;
/** The environment variable of one flag: `SHIPLINE_FLAG_NEW_CHECKOUT` for `new-checkout`. */
export declare function flagEnvName(key: string): string;
/**
 * The environment a test step gets for one combination: `SHIPLINE_FLAG_VARIANTS` (the JSON mapping) and one
 * `SHIPLINE_FLAG_<KEY>` per flag. Throws {@link MatrixError} when two keys map to the same variable name.
 */
export declare function variantEnv(row: Combination): Record<string, string>;
