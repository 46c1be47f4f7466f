/**
 * Deterministic CBOR (RFC 8949 §4.2.1 core deterministic encoding) of JSON values: the bytes flagd's third
 * `fractional` generation hashes, so a bucketing value of any JSON type lands in the same bucket in every
 * language. Written from the RFC: shortest heads, definite lengths, map keys sorted by their encoded bytes, and
 * floats in the shortest of half/single/double precision that keeps the value exactly. Numbers are normalised
 * first, as flagd's ADR asks: a number without a fractional part inside the 64-bit integer range is an integer
 * (so `1.0`, `1` and `-0.0`/`0` encode alike whatever the JSON parser kept).
 */
import type { Json } from './jsonlogic.js'

const encoder = new TextEncoder()
const INT64_MIN = -(2 ** 63)
const INT64_LIMIT = 2 ** 63 // exclusive

class Writer {
  private bytes: number[] = []

  byte(b: number): void {
    this.bytes.push(b & 0xff)
  }

  /** A head: major type (0–7) and argument, in the fewest bytes (§4.2.1 "preferred serialization"). */
  head(major: number, argument: number | bigint): void {
    const n = BigInt(argument)
    const m = major << 5
    if (n < 24n) this.byte(m | Number(n))
    else if (n < 0x100n) this.push(m | 24, n, 1)
    else if (n < 0x10000n) this.push(m | 25, n, 2)
    else if (n < 0x100000000n) this.push(m | 26, n, 4)
    else this.push(m | 27, n, 8)
  }

  private push(first: number, n: bigint, size: number): void {
    this.byte(first)
    for (let i = size - 1; i >= 0; i--) this.byte(Number((n >> BigInt(i * 8)) & 0xffn))
  }

  raw(data: ArrayLike<number>): void {
    for (let i = 0; i < data.length; i++) this.byte(data[i] ?? 0)
  }

  done(): Uint8Array {
    return Uint8Array.from(this.bytes)
  }
}

/** Half-precision bits for `x` when it is exactly representable, else undefined. */
function toHalf(x: number): number | undefined {
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0
  const a = Math.abs(x)
  if (a === 0) return sign
  if (a === Infinity) return sign | 0x7c00
  if (Number.isNaN(a)) return 0x7e00
  const exponent = Math.floor(Math.log2(a))
  for (const e of [exponent - 1, exponent, exponent + 1]) {
    // log2 may be off by one near powers of two: find e with 2^e ≤ a < 2^(e+1)
    if (2 ** e <= a && a < 2 ** (e + 1)) {
      if (e > 15) return undefined
      if (e >= -14) {
        const mantissa = (a / 2 ** e - 1) * 1024
        return Number.isInteger(mantissa) ? sign | ((e + 15) << 10) | mantissa : undefined
      }
      const sub = a / 2 ** -24 // subnormal: a multiple of 2^-24
      return Number.isInteger(sub) && sub < 1024 ? sign | sub : undefined
    }
  }
  return undefined
}

function writeFloat(w: Writer, x: number): void {
  const half = toHalf(x)
  if (half !== undefined) {
    w.byte(0xf9)
    w.raw([half >> 8, half & 0xff])
    return
  }
  const view = new DataView(new ArrayBuffer(8))
  if (Math.fround(x) === x) {
    view.setFloat32(0, x)
    w.byte(0xfa)
    w.raw(new Uint8Array(view.buffer, 0, 4))
  } else {
    view.setFloat64(0, x)
    w.byte(0xfb)
    w.raw(new Uint8Array(view.buffer, 0, 8))
  }
}

function writeNumber(w: Writer, x: number): void {
  if (Number.isInteger(x) && x >= INT64_MIN && x < INT64_LIMIT) {
    // Integral doubles are exact integers, so BigInt(x) is exact even above 2^53.
    const n = BigInt(x)
    if (n >= 0n) w.head(0, n)
    else w.head(1, -1n - n)
    return
  }
  writeFloat(w, x)
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0)
  return a.length - b.length
}

function write(w: Writer, value: Json): void {
  if (value === null) w.byte(0xf6)
  else if (value === false) w.byte(0xf4)
  else if (value === true) w.byte(0xf5)
  else if (typeof value === 'number') writeNumber(w, value)
  else if (typeof value === 'string') {
    const utf8 = encoder.encode(value)
    w.head(3, utf8.length)
    w.raw(utf8)
  } else if (Array.isArray(value)) {
    w.head(4, value.length)
    for (const item of value) write(w, item)
  } else {
    const entries = Object.entries(value).map(([k, v]) => [encodeCbor(k), encodeCbor(v)] as const)
    entries.sort(([a], [b]) => compareBytes(a, b))
    w.head(5, entries.length)
    for (const [k, v] of entries) {
      w.raw(k)
      w.raw(v)
    }
  }
}

/** The deterministic CBOR bytes of a JSON value. */
export function encodeCbor(value: Json): Uint8Array {
  const w = new Writer()
  write(w, value)
  return w.done()
}
