/**
 * Percentage rollouts written as flagd flags: an on/off flag whose targeting is
 * `{"fractional": [[on, w], [off, TOTAL - w]]}` with a fixed total of 1,000,000 (0.0001 % steps).
 * "on" is always listed first, so a user's bucket only ever moves from off to on as the share grows (sticky).
 * 0 % and 100 % are written as plain default variants (no targeting), so they hold for users without a key too.
 */
import type { Json } from './jsonlogic.js'
import { FLAGD_SCHEMA, parseFlagFile, type FlagDefinition, type FlagFile } from './flag-file.js'
import { bucketOf, defaultBucketingValue } from './fractional.js'

/** The weight total used for rollout flags: percentages are stored with 4 decimals. */
export const ROLLOUT_TOTAL_WEIGHT = 1_000_000

/** How a rollout flag is shaped. All fields are optional; the defaults make a boolean `on`/`off` flag. */
export interface RolloutOptions {
  /** The variant the rolled-out share gets (default `on`). */
  onVariant?: string
  /** The variant everyone else gets (default `off`). */
  offVariant?: string
  /** Variant values when the flag is created (default `true` / `false`). */
  values?: { on: Json; off: Json }
  /**
   * Context attribute to bucket on (default: flagd's default, `flagKey + targetingKey`). Another attribute is
   * written as `{"cat": [{"var": "$flagd.flagKey"}, {"var": attr}]}`, the form flagd's documentation recommends.
   */
  bucketBy?: string
  /** Overwrite targeting that is not a rollout this module wrote (default false: refuse). */
  replaceTargeting?: boolean
}

/** What {@link readRolloutPercentage} found. */
export interface RolloutState {
  /** Share of users on `onVariant`, 0–100. A DISABLED flag reads as 0. */
  percent: number
  state: 'ENABLED' | 'DISABLED'
  shape: 'static' | 'fractional'
  onVariant: string
  offVariant: string
  bucketBy: string | undefined
}

function names(opts: RolloutOptions): { on: string; off: string } {
  return { on: opts.onVariant ?? 'on', off: opts.offVariant ?? 'off' }
}

/** Weight of the "on" variant for a percentage (0–100, rounded to 4 decimals). Throws RangeError otherwise. */
export function percentToWeight(percent: number): number {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100)
    throw new RangeError(`rollout percentage ${percent} is not a number from 0 to 100`)
  return Math.round((percent * ROLLOUT_TOTAL_WEIGHT) / 100)
}

function bucketExpression(bucketBy: string | undefined): Json[] {
  if (bucketBy === undefined || bucketBy === 'targetingKey') return []
  return [{ cat: [{ var: '$flagd.flagKey' }, { var: bucketBy }] }]
}

/**
 * A copy of `file` with `flagKey` rolled out to `percent` % (the flag is created when missing, and ENABLED).
 * Throws RangeError for a bad percentage, and Error when the flag lacks the on/off variants or has targeting this
 * module did not write (unless `replaceTargeting`).
 */
export function setRolloutPercentage(
  file: FlagFile,
  flagKey: string,
  percent: number,
  opts: RolloutOptions = {},
): FlagFile {
  const weight = percentToWeight(percent)
  const { on, off } = names(opts)
  const existing = file.flags[flagKey]
  const values = opts.values ?? { on: true, off: false }
  const base: FlagDefinition = existing
    ? structuredClone(existing)
    : { state: 'ENABLED', variants: { [on]: values.on, [off]: values.off }, defaultVariant: off }
  for (const v of [on, off])
    if (!(v in base.variants))
      throw new Error(`flag '${flagKey}' has no variant '${v}' (variants: ${Object.keys(base.variants).join(', ')})`)
  if (existing && !opts.replaceTargeting) readRolloutPercentage(file, flagKey, opts) // throws on foreign targeting
  delete base.targeting
  base.state = 'ENABLED' // a DISABLED flag serves nothing at all: setting a share means serving it
  if (weight === 0 || weight === ROLLOUT_TOTAL_WEIGHT) {
    base.defaultVariant = weight === 0 ? off : on
  } else {
    base.defaultVariant = off
    base.targeting = {
      fractional: [...bucketExpression(opts.bucketBy), [on, weight], [off, ROLLOUT_TOTAL_WEIGHT - weight]],
    }
  }
  const next: FlagFile = { ...file, flags: { ...file.flags, [flagKey]: base } }
  if (!next.$schema) next.$schema = FLAGD_SCHEMA
  return parseFlagFile(next)
}

/**
 * The rollout percentage of `flagKey`, or `undefined` when the file has no such flag. Throws when the flag's
 * targeting is not a rollout over the on/off variants (so callers never act on a share they misread).
 */
export function readRolloutPercentage(
  file: FlagFile,
  flagKey: string,
  opts: RolloutOptions = {},
): RolloutState | undefined {
  const flag = file.flags[flagKey]
  if (!flag) return undefined
  const { on, off } = names(opts)
  const common = { state: flag.state, onVariant: on, offVariant: off }
  const targeting = flag.targeting
  if (
    targeting === undefined ||
    (typeof targeting === 'object' && targeting !== null && Object.keys(targeting).length === 0)
  ) {
    const percent = flag.state === 'ENABLED' && flag.defaultVariant === on ? 100 : 0
    return { ...common, percent, shape: 'static', bucketBy: undefined }
  }
  const parsed = parseFractional(targeting, on, off)
  if (!parsed)
    throw new Error(
      `flag '${flagKey}' has targeting that is not a rollout over '${on}'/'${off}': ${JSON.stringify(targeting)}`,
    )
  const percent = flag.state === 'DISABLED' ? 0 : (parsed.onWeight / parsed.total) * 100
  return { ...common, percent, shape: 'fractional', bucketBy: parsed.bucketBy }
}

function parseFractional(
  targeting: Json,
  on: string,
  off: string,
): { onWeight: number; total: number; bucketBy: string | undefined } | undefined {
  if (typeof targeting !== 'object' || targeting === null || Array.isArray(targeting)) return undefined
  const args = targeting.fractional
  if (!Array.isArray(args) || Object.keys(targeting).length !== 1) return undefined
  let bucketBy: string | undefined
  let pairs = args
  if (args.length > 0 && !Array.isArray(args[0])) {
    bucketBy = bucketAttribute(args[0] ?? null)
    if (bucketBy === undefined) return undefined
    pairs = args.slice(1)
  }
  let onWeight = 0
  let total = 0
  for (const pair of pairs) {
    if (!Array.isArray(pair) || (pair[0] !== on && pair[0] !== off)) return undefined
    const w = pair.length > 1 ? pair[1] : 1
    if (typeof w !== 'number' || !Number.isInteger(w)) return undefined
    const weight = Math.max(0, w)
    total += weight
    if (pair[0] === on) onWeight += weight
  }
  if (pairs[0] && Array.isArray(pairs[0]) && pairs[0][0] !== on && onWeight > 0) return undefined // "on" must come first to stay sticky
  return total === 0 ? undefined : { onWeight, total, bucketBy }
}

function bucketAttribute(expr: Json): string | undefined {
  const cat = typeof expr === 'object' && expr !== null && !Array.isArray(expr) ? expr.cat : undefined
  if (!Array.isArray(cat) || cat.length !== 2) return undefined
  const [seed, attr] = cat.map((part) =>
    typeof part === 'object' && part !== null && !Array.isArray(part) ? part.var : undefined,
  )
  return seed === '$flagd.flagKey' && typeof attr === 'string' ? attr : undefined
}

/**
 * Whether `targetingKey` is inside a `percent` % rollout of `flagKey` (the same answer flagd gives for a flag
 * written by {@link setRolloutPercentage} with the default bucketing).
 */
export function isInRollout(flagKey: string, targetingKey: string, percent: number): boolean {
  const weight = percentToWeight(percent)
  return bucketOf(defaultBucketingValue(flagKey, targetingKey), ROLLOUT_TOTAL_WEIGHT) < weight
}
