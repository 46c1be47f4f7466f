/**
 * MurmurHash3, x86 32-bit variant (Austin Appleby's public-domain algorithm), written from the algorithm's
 * description: 4-byte little-endian blocks mixed with c1/c2, a tail of 1–3 bytes, then the length and `fmix32`.
 * This is the hash flagd's `fractional` operation uses (`murmur3.StringSum32`, seed 0, over the UTF-8 bytes).
 */

const C1 = 0xcc9e2d51
const C2 = 0x1b873593
const encoder = new TextEncoder()

function rotl32(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r))
}

function fmix32(input: number): number {
  let h = input
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** MurmurHash3 x86_32 of raw bytes. Returns an unsigned 32-bit integer. */
export function murmur3x86_32(bytes: Uint8Array, seed = 0): number {
  return murmur3Prefix(bytes, bytes.length, seed)
}

/** MurmurHash3 x86_32 of the first `length` bytes. */
function murmur3Prefix(bytes: Uint8Array, length: number, seed: number): number {
  const blocks = length - (length % 4)
  let h = seed >>> 0
  for (let i = 0; i < blocks; i += 4) {
    let k = (bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8) | ((bytes[i + 2] ?? 0) << 16) | ((bytes[i + 3] ?? 0) << 24)
    k = Math.imul(k, C1)
    k = rotl32(k, 15)
    k = Math.imul(k, C2)
    h ^= k
    h = rotl32(h, 13)
    h = (Math.imul(h, 5) + 0xe6546b64) | 0
  }
  let k = 0
  switch (length & 3) {
    case 3:
      k ^= (bytes[blocks + 2] ?? 0) << 16
    // falls through
    case 2:
      k ^= (bytes[blocks + 1] ?? 0) << 8
    // falls through
    case 1:
      k ^= bytes[blocks] ?? 0
      k = Math.imul(k, C1)
      k = rotl32(k, 15)
      k = Math.imul(k, C2)
      h ^= k
  }
  h ^= length
  return fmix32(h)
}

/** A reused buffer for UTF-8 encoding: hashing a bucketing value allocates nothing (the evaluation hot path). */
let scratch = new Uint8Array(256)

/** MurmurHash3 x86_32 of a string's UTF-8 bytes (what Go's `murmur3.StringSum32` hashes). */
export function murmur3String(text: string, seed = 0): number {
  if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3) // UTF-16 unit → at most 3 bytes
  const { written } = encoder.encodeInto(text, scratch)
  return murmur3Prefix(scratch, written, seed)
}
