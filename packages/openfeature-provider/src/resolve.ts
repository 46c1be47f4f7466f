/**
 * Pure parts of the provider: a Shipline resolution in OpenFeature's shape, and which flags a reload changed.
 * No I/O, no SDK state.
 */
import type { FlagFile, FlagValueType, Resolution } from '@shipline/flags'

/** The fields of OpenFeature's `ResolutionDetails` (kept structural so this file needs no SDK import). */
export interface Details<T> {
  value: T
  variant?: string
  reason?: string
  errorCode?: string
  errorMessage?: string
  flagMetadata?: Record<string, string | number | boolean>
}

/** OpenFeature's error codes for what Shipline reports (`GENERAL` for anything else). */
const ERROR_CODES = new Set(['FLAG_NOT_FOUND', 'PARSE_ERROR', 'TYPE_MISMATCH', 'GENERAL'])

/**
 * A resolution as OpenFeature details: the caller's default when the flag gives no value (DISABLED, no default
 * variant, errors), with the reason, error code and metadata kept. `extra` metadata (e.g. the breaker's) is added.
 */
export function toDetails<T>(
  resolution: Resolution,
  defaultValue: T,
  extra: Record<string, string | number | boolean> = {},
): Details<T> {
  const metadata = { ...resolution.flagMetadata, ...extra }
  const details: Details<T> = {
    value: resolution.value === undefined ? defaultValue : (resolution.value as T),
    reason: resolution.reason,
  }
  if (resolution.variant !== undefined && resolution.value !== undefined) details.variant = resolution.variant
  if (resolution.errorCode) {
    details.errorCode = ERROR_CODES.has(resolution.errorCode) ? resolution.errorCode : 'GENERAL'
    if (resolution.errorMessage) details.errorMessage = resolution.errorMessage
  }
  if (Object.keys(metadata).length > 0) details.flagMetadata = metadata
  return details
}

/** The OpenFeature type name of a JavaScript default value. */
export function typeOf(value: unknown): FlagValueType {
  if (typeof value === 'boolean') return 'boolean'
  if (typeof value === 'string') return 'string'
  return typeof value === 'number' ? 'number' : 'object'
}

/** Keys of the flags that differ between two files (added, removed or changed), plus all when shared rules changed. */
export function changedFlags(before: FlagFile | undefined, after: FlagFile): string[] {
  const keys = new Set([...Object.keys(before?.flags ?? {}), ...Object.keys(after.flags)])
  const shared =
    JSON.stringify([before?.$evaluators, before?.metadata]) !== JSON.stringify([after.$evaluators, after.metadata])
  return [...keys].filter((k) => shared || JSON.stringify(before?.flags[k]) !== JSON.stringify(after.flags[k])).sort()
}
