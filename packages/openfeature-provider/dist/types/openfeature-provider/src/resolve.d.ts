/**
 * Pure parts of the provider: a Shipline resolution in OpenFeature's shape, and which flags a reload changed.
 * No I/O, no SDK state.
 */
import type { FlagFile, FlagValueType, Resolution } from '../../flags/src/index.js';
/** The fields of OpenFeature's `ResolutionDetails` (kept structural so this file needs no SDK import). */
export interface Details<T> {
    value: T;
    variant?: string;
    reason?: string;
    errorCode?: string;
    errorMessage?: string;
    flagMetadata?: Record<string, string | number | boolean>;
}
/**
 * A resolution as OpenFeature details: the caller's default when the flag gives no value (DISABLED, no default
 * variant, errors), with the reason, error code and metadata kept. `extra` metadata (e.g. the breaker's) is added.
 */
export declare function toDetails<T>(resolution: Resolution, defaultValue: T, extra?: Record<string, string | number | boolean>): Details<T>;
/** The OpenFeature type name of a JavaScript default value. */
export declare function typeOf(value: unknown): FlagValueType;
/** Keys of the flags that differ between two files (added, removed or changed), plus all when shared rules changed. */
export declare function changedFlags(before: FlagFile | undefined, after: FlagFile): string[];
