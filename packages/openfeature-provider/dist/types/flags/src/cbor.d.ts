/**
 * Deterministic CBOR (RFC 8949 §4.2.1 core deterministic encoding) of JSON values: the bytes flagd's third
 * `fractional` generation hashes, so a bucketing value of any JSON type lands in the same bucket in every
 * language. Written from the RFC: shortest heads, definite lengths, map keys sorted by their encoded bytes, and
 * floats in the shortest of half/single/double precision that keeps the value exactly. Numbers are normalised
 * first, as flagd's ADR asks: a number without a fractional part inside the 64-bit integer range is an integer
 * (so `1.0`, `1` and `-0.0`/`0` encode alike whatever the JSON parser kept).
 */
import type { Json } from './jsonlogic.js';
/** The deterministic CBOR bytes of a JSON value. */
export declare function encodeCbor(value: Json): Uint8Array;
