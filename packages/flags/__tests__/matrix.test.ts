import { describe, expect, it } from '@jest/globals'
import { allPairs, flagMatrix, MatrixError, pairsOf, variantEnv, type FlagFile } from '../src/index.js'

/** A flag file with flags f0..f(n-1), each with `v` variants named a, b, c... */
function file(n: number, v: number | number[]): FlagFile {
  const flags: FlagFile['flags'] = {}
  for (let i = 0; i < n; i++) {
    const count = Array.isArray(v) ? (v[i] as number) : v
    const variants = Object.fromEntries(Array.from({ length: count }, (_, k) => [String.fromCharCode(97 + k), k]))
    flags[`f${i}`] = { state: 'ENABLED', variants, defaultVariant: 'a' }
  }
  return { flags }
}
const keys = (n: number) => Array.from({ length: n }, (_, i) => `f${i}`)

describe('flag matrix', () => {
  it('mode all: every combination exactly once, first flag slowest', () => {
    const m = flagMatrix(file(3, [2, 3, 2]), { keys: keys(3), mode: 'all', max: 256 })
    expect(m.mode).toBe('all')
    expect(m.combinations).toHaveLength(12)
    expect(new Set(m.combinations.map((r) => JSON.stringify(r))).size).toBe(12)
    expect(m.combinations[0]).toEqual({ f0: 'a', f1: 'a', f2: 'a' })
    expect(m.combinations[11]).toEqual({ f0: 'b', f1: 'c', f2: 'b' })
    expect(m.pairs).toEqual({ total: 6 + 4 + 6, covered: 16 })
  })

  it('one flag: all of its variants', () => {
    expect(flagMatrix(file(1, 4), { keys: ['f0'], mode: 'pairwise', max: 10 }).combinations).toEqual([
      { f0: 'a' },
      { f0: 'b' },
      { f0: 'c' },
      { f0: 'd' },
    ])
  })

  it('mode auto switches to pairwise above the bound; pairwise covers every pair in far fewer rows', () => {
    const m = flagMatrix(file(10, 2), { keys: keys(10), mode: 'auto', max: 64 })
    expect(m).toMatchObject({ mode: 'pairwise', product: 1024, pairs: { total: 180, covered: 180 } })
    expect(m.combinations.length).toBeLessThanOrEqual(12)
    const three = flagMatrix(file(4, 3), { keys: keys(4), mode: 'pairwise', max: 64 })
    expect(three.pairs).toEqual({ total: 54, covered: 54 })
    expect(three.combinations.length).toBeLessThanOrEqual(15) // the optimum is 9, the full product 81
  })

  it('pairwise covers every pair for many shapes (bounded sweep), and is deterministic', () => {
    for (let n = 2; n <= 7; n++) {
      for (let v = 2; v <= 4; v++) {
        const f = file(n, v)
        const m = flagMatrix(f, { keys: keys(n), mode: 'pairwise', max: 256 })
        const flags = m.flags
        const covered = new Set(m.combinations.flatMap((r) => pairsOf(flags, r)))
        expect(allPairs(flags).filter((p) => !covered.has(p))).toEqual([])
        expect(m.combinations.length).toBeLessThanOrEqual(Math.min(v ** n, 3 * v * v))
        expect(flagMatrix(f, { keys: keys(n), mode: 'pairwise', max: 256 }).combinations).toEqual(m.combinations)
      }
    }
  })

  it('is bounded: too many rows is an error naming the numbers, never a silently cut matrix', () => {
    expect(() => flagMatrix(file(10, 2), { keys: keys(10), mode: 'all', max: 256 })).toThrow(
      'give 1024 combinations, more than max-combinations 256',
    )
    expect(() => flagMatrix(file(6, 4), { keys: keys(6), mode: 'pairwise', max: 8 })).toThrow(
      /need \d+ pairwise combinations, more than max-combinations 8/,
    )
  })

  it('refuses unknown, repeated and single-variant flags', () => {
    const f = file(2, 2)
    f.flags.solo = { state: 'ENABLED', variants: { on: true }, defaultVariant: 'on' }
    const err = (k: string[]) => {
      try {
        flagMatrix(f, { keys: k, mode: 'auto', max: 64 })
      } catch (e) {
        return `${(e as MatrixError).subject}: ${(e as Error).message}`
      }
      return 'no error'
    }
    expect(err(['f0', 'nope'])).toBe('nope: is not a flag in the file (flags: f0, f1, solo)')
    expect(err(['f0', 'f0'])).toBe('f0: is named twice')
    expect(err(['solo'])).toBe('solo: has only 1 variant; nothing to vary')
  })

  it('gives a test step its variants as environment variables', () => {
    expect(variantEnv({ 'new-checkout': 'on', 'dark.mode': 'off' })).toEqual({
      SHIPLINE_FLAG_VARIANTS: '{"new-checkout":"on","dark.mode":"off"}',
      SHIPLINE_FLAG_NEW_CHECKOUT: 'on',
      SHIPLINE_FLAG_DARK_MODE: 'off',
    })
    expect(() => variantEnv({ 'a-b': 'x', a_b: 'y' })).toThrow("and 'a-b' both map to SHIPLINE_FLAG_A_B")
  })
})
