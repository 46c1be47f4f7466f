/**
 * Percentage rollouts written as flagd flags: an on/off flag whose targeting is
 * `{"fractional": [[on, w], [off, TOTAL - w]]}` with a fixed total of 1,000,000 (0.0001 % steps).
 * "on" is always listed first, so a user's bucket only ever moves from off to on as the share grows (sticky).
 * 0 % and 100 % are written as plain default variants (no targeting), so they hold for users without a key too.
 */
import type { Json } from './jsonlogic.js';
import { type FlagFile } from './flag-file.js';
/** The weight total used for rollout flags: percentages are stored with 4 decimals. */
export declare const ROLLOUT_TOTAL_WEIGHT = 1000000;
/** How a rollout flag is shaped. All fields are optional; the defaults make a boolean `on`/`off` flag. */
export interface RolloutOptions {
    /** The variant the rolled-out share gets (default `on`). */
    onVariant?: string;
    /** The variant everyone else gets (default `off`). */
    offVariant?: string;
    /** Variant values when the flag is created (default `true` / `false`). */
    values?: {
        on: Json;
        off: Json;
    };
    /**
     * Context attribute to bucket on (default: flagd's default, `flagKey + targetingKey`). Another attribute is
     * written as `{"cat": [{"var": "$flagd.flagKey"}, {"var": attr}]}`, the form flagd's documentation recommends.
     */
    bucketBy?: string;
    /** Overwrite targeting that is not a rollout this module wrote (default false: refuse). */
    replaceTargeting?: boolean;
}
/** What {@link readRolloutPercentage} found. */
export interface RolloutState {
    /** Share of users on `onVariant`, 0–100. A DISABLED flag reads as 0. */
    percent: number;
    state: 'ENABLED' | 'DISABLED';
    shape: 'static' | 'fractional';
    onVariant: string;
    offVariant: string;
    bucketBy: string | undefined;
}
/** Weight of the "on" variant for a percentage (0–100, rounded to 4 decimals). Throws RangeError otherwise. */
export declare function percentToWeight(percent: number): number;
/**
 * A copy of `file` with `flagKey` rolled out to `percent` % (the flag is created when missing, and ENABLED).
 * Throws RangeError for a bad percentage, and Error when the flag lacks the on/off variants or has targeting this
 * module did not write (unless `replaceTargeting`).
 */
export declare function setRolloutPercentage(file: FlagFile, flagKey: string, percent: number, opts?: RolloutOptions): FlagFile;
/**
 * The rollout percentage of `flagKey`, or `undefined` when the file has no such flag. Throws when the flag's
 * targeting is not a rollout over the on/off variants (so callers never act on a share they misread).
 */
export declare function readRolloutPercentage(file: FlagFile, flagKey: string, opts?: RolloutOptions): RolloutState | undefined;
/**
 * Whether `targetingKey` is inside a `percent` % rollout of `flagKey` (the same answer flagd gives for a flag
 * written by {@link setRolloutPercentage} with the default bucketing).
 */
export declare function isInRollout(flagKey: string, targetingKey: string, percent: number): boolean;
