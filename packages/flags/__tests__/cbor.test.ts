/**
 * Deterministic CBOR against RFC 8949 Appendix A's examples (the ones JSON can express), plus the normalisation
 * flagd's non-string bucketing ADR asks for (an integral number is an integer, -0 is 0) and key order.
 */
import { describe, expect, test } from '@jest/globals'
import { encodeCbor, type Json } from '../src/index.js'

const hex = (value: Json) => Buffer.from(encodeCbor(value)).toString('hex')

describe('encodeCbor (RFC 8949 §4.2.1 core deterministic encoding)', () => {
  test.each([
    [0, '00'],
    [23, '17'],
    [24, '1818'],
    [100, '1864'],
    [1000, '1903e8'],
    [1_000_000, '1a000f4240'],
    [1_000_000_000_000, '1b000000e8d4a51000'],
    [-1, '20'],
    [-100, '3863'],
    [-1000, '3903e7'],
    [1.1, 'fb3ff199999999999a'],
    [1.5, 'f93e00'],
    [-65504.5, 'fac77fe080'],
    [3.4028234663852886e38, 'fa7f7fffff'],
    [1e300, 'fb7e37e43c8800759c'],
    [5.960464477539063e-8, 'f90001'],
    [0.00006103515625, 'f90400'],
    [-4.1, 'fbc010666666666666'],
    [false, 'f4'],
    [true, 'f5'],
    [null, 'f6'],
    ['', '60'],
    ['a', '6161'],
    ['IETF', '6449455446'],
    ['\u00fc', '62c3bc'],
    ['\u6c34', '63e6b0b4'],
    [[], '80'],
    [[1, 2, 3], '83010203'],
    [{}, 'a0'],
    [{ a: 1, b: [2, 3] }, 'a26161016162820203'],
  ] as [Json, string][])('%j → %s', (value, expected) => {
    expect(hex(value)).toBe(expected)
  })

  test('numbers are normalised: integral values are integers, -0 is 0, 2^53 stays exact', () => {
    expect(hex(-0)).toBe('00')
    expect(hex(100000.0)).toBe('1a000186a0')
    expect(hex(2 ** 53)).toBe('1b0020000000000000')
    expect(hex(65504)).toBe('19ffe0') // RFC's f97bff is the float; normalised, it is the integer
    expect(hex(1e20)).toBe('fb4415af1d78b58c40') // beyond int64: a float, double because no shorter one is exact
  })

  test('map keys are ordered by their encoded bytes, whatever the object order', () => {
    expect(hex({ b: 2, a: 1 })).toBe(hex({ a: 1, b: 2 }))
    expect(hex({ aa: 2, z: 1 })).toBe('a2617a01626161' + '02') // "z" (1 byte) sorts before "aa" (2 bytes)
  })
})
