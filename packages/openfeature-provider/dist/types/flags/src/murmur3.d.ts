/**
 * MurmurHash3, x86 32-bit variant (Austin Appleby's public-domain algorithm), written from the algorithm's
 * description: 4-byte little-endian blocks mixed with c1/c2, a tail of 1–3 bytes, then the length and `fmix32`.
 * This is the hash flagd's `fractional` operation uses (`murmur3.StringSum32`, seed 0, over the UTF-8 bytes).
 */
/** MurmurHash3 x86_32 of raw bytes. Returns an unsigned 32-bit integer. */
export declare function murmur3x86_32(bytes: Uint8Array, seed?: number): number;
/** MurmurHash3 x86_32 of a string's UTF-8 bytes (what Go's `murmur3.StringSum32` hashes). */
export declare function murmur3String(text: string, seed?: number): number;
