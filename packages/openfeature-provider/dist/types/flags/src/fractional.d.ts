/** flagd's limit on the sum of the weights (math.MaxInt32). */
export declare const MAX_WEIGHT_SUM = 2147483647;
/** One `[variant, weight]` pair. A missing weight means 1; negative weights count as 0 (as in flagd). */
export interface WeightedVariant {
    variant: string | number | boolean | null;
    weight: number;
}
/** `(hash × total) >> 32` for an unsigned 32-bit hash and a total below 2³¹, exact without BigInt. */
export declare function scaleHash(hash: number, total: number): number;
/** The bucket in `[0, totalWeight)` for a bucketing value (flagd's "high-precision" bucket). */
export declare function bucketOf(value: string, totalWeight: number): number;
/** The bucket in `[0, totalWeight)` for raw bytes (the third generation hashes a value's CBOR encoding). */
export declare function bucketOfBytes(bytes: Uint8Array, totalWeight: number): number;
/**
 * The variant a bucketing value lands in, or `undefined` when every weight is 0.
 * Throws a RangeError for weights flagd refuses (non-integers, a sum above {@link MAX_WEIGHT_SUM}).
 */
export declare function pickVariant(value: string, variants: readonly WeightedVariant[]): WeightedVariant['variant'] | undefined;
/** {@link pickVariant} with the bucket computed by `bucket(total)` (whatever was hashed). */
export declare function pickVariantAt(bucketFor: (total: number) => number, variants: readonly WeightedVariant[]): WeightedVariant['variant'] | undefined;
/** flagd's default bucketing value when the rule gives none: the flag key followed by the targeting key. */
export declare function defaultBucketingValue(flagKey: string, targetingKey: string): string;
