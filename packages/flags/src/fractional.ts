/**
 * flagd's `fractional` bucketing: hash the bucketing value with murmur3 (x86 32-bit, seed 0, UTF-8), scale the
 * hash into `[0, totalWeight)` with integer math (`(hash × total) >> 32`, no modulo bias), then walk the
 * cumulative weights. A key's position `hash / 2³²` never changes, so raising the first variant's share only adds
 * users: everyone who was in at 5% is still in at 25% (as long as the "on" variant is listed first).
 */
import { murmur3String, murmur3x86_32 } from './murmur3.js'

/** flagd's limit on the sum of the weights (math.MaxInt32). */
export const MAX_WEIGHT_SUM = 2_147_483_647

/** One `[variant, weight]` pair. A missing weight means 1; negative weights count as 0 (as in flagd). */
export interface WeightedVariant {
  variant: string | number | boolean | null
  weight: number
}

/** `(hash × total) >> 32` for an unsigned 32-bit hash and a total below 2³¹, exact without BigInt. */
export function scaleHash(hash: number, total: number): number {
  const high = Math.floor(hash / 65_536)
  const low = hash % 65_536
  // hash × total = (high × total) × 2¹⁶ + low × total; both products stay below 2⁴⁷, so doubles hold them exactly.
  return Math.floor((high * total + Math.floor((low * total) / 65_536)) / 65_536)
}

/** The bucket in `[0, totalWeight)` for a bucketing value (flagd's "high-precision" bucket). */
export function bucketOf(value: string, totalWeight: number): number {
  return scaleHash(murmur3String(value), totalWeight)
}

/** The bucket in `[0, totalWeight)` for raw bytes (the third generation hashes a value's CBOR encoding). */
export function bucketOfBytes(bytes: Uint8Array, totalWeight: number): number {
  return scaleHash(murmur3x86_32(bytes), totalWeight)
}

/**
 * The variant a bucketing value lands in, or `undefined` when every weight is 0.
 * Throws a RangeError for weights flagd refuses (non-integers, a sum above {@link MAX_WEIGHT_SUM}).
 */
export function pickVariant(
  value: string,
  variants: readonly WeightedVariant[],
): WeightedVariant['variant'] | undefined {
  return pickVariantAt((total) => bucketOf(value, total), variants)
}

/** {@link pickVariant} with the bucket computed by `bucket(total)` (whatever was hashed). */
export function pickVariantAt(
  bucketFor: (total: number) => number,
  variants: readonly WeightedVariant[],
): WeightedVariant['variant'] | undefined {
  const weights = variants.map((v) => checkedWeight(v.weight))
  const total = weights.reduce((sum, w) => sum + w, 0)
  if (total > MAX_WEIGHT_SUM)
    throw new RangeError(`the weights add up to ${total}, above flagd's limit ${MAX_WEIGHT_SUM}`)
  if (total === 0) return undefined
  const bucket = bucketFor(total)
  let end = 0
  for (let i = 0; i < variants.length; i++) {
    end += weights[i] ?? 0
    if (bucket < end) return variants[i]?.variant
  }
  return undefined
}

function checkedWeight(weight: number): number {
  if (!Number.isInteger(weight))
    throw new RangeError(`weight ${weight} is not a whole number (flagd accepts integers only)`)
  if (weight > MAX_WEIGHT_SUM) throw new RangeError(`weight ${weight} is above flagd's limit ${MAX_WEIGHT_SUM}`)
  return Math.max(0, weight)
}

/** flagd's default bucketing value when the rule gives none: the flag key followed by the targeting key. */
export function defaultBucketingValue(flagKey: string, targetingKey: string): string {
  return `${flagKey}${targetingKey}`
}
