import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  bucketOf,
  evaluateFlag,
  isInRollout,
  MAX_WEIGHT_SUM,
  pickVariant,
  scaleHash,
  setRolloutPercentage,
  type FlagFile,
  type Json,
} from '../src/index.js'

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures')
interface Vector {
  flagKey: string
  targetingKey: string
  weights: [string, number][]
  hash: number
  bucket: number
  variant: string
}
const vectors = JSON.parse(readFileSync(join(fixtures, 'vectors.json'), 'utf8')) as { fractional: Vector[] }

const colors = { red: '#FF0000', blue: '#0000FF', green: '#00FF00', yellow: '#FFFF00' }
function colorFlag(targeting: Json): FlagFile {
  return { flags: { headerColor: { state: 'ENABLED', variants: colors, defaultVariant: 'red', targeting } } }
}

describe('scaleHash', () => {
  test('equals (hash × total) >> 32 computed with BigInt, at the edges', () => {
    for (const hash of [0, 1, 65_535, 65_536, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff]) {
      for (const total of [1, 2, 100, 1_000_000, MAX_WEIGHT_SUM]) {
        expect(scaleHash(hash, total)).toBe(Number((BigInt(hash) * BigInt(total)) >> 32n))
      }
    }
  })
})

describe('fractional bucketing (flagd algorithm)', () => {
  test("matches the Python reference of flagd's algorithm on every vector", () => {
    for (const v of vectors.fractional) {
      const total = v.weights.reduce((s, [, w]) => s + w, 0)
      expect(bucketOf(v.flagKey + v.targetingKey, total)).toBe(v.bucket)
      const variant = pickVariant(
        v.flagKey + v.targetingKey,
        v.weights.map(([variant, weight]) => ({ variant, weight })),
      )
      expect({ key: v.targetingKey, variant }).toEqual({ key: v.targetingKey, variant: v.variant })
    }
  })

  // Outcomes asserted by flagd's own test suite (core/pkg/evaluator/fractional_test.go at bbb05d4b), re-checked here
  // through our JsonLogic + flag evaluation, not just the hash.
  const quarter = [
    ['red', 25],
    ['blue', 25],
    ['green', 25],
    ['yellow', 25],
  ]
  test.each([
    ['rachel@faas.com', 'blue'],
    ['monica@faas.com', 'yellow'],
    ['joey@faas.com', 'red'],
    ['ross@faas.com', 'blue'],
  ])("cat($flagd.flagKey, email) for %s gives %s, as in flagd's tests", (email, variant) => {
    const file = colorFlag({
      if: [
        { in: ['@faas.com', { var: ['email'] }] },
        { fractional: [{ cat: [{ var: '$flagd.flagKey' }, { var: 'email' }] }, ...quarter] },
        null,
      ],
    })
    expect(evaluateFlag(file, 'headerColor', { email })).toMatchObject({ variant, reason: 'TARGETING_MATCH' })
  })

  test.each([
    ['rachel@faas.com', 'green'],
    ['monica@faas.com', 'red'],
    ['joey@faas.com', 'blue'],
    ['ross@faas.com', 'green'],
  ])('a custom seed cat("my-seed", email) for %s gives %s, as in flagd\'s tests', (email, variant) => {
    const file = colorFlag({ fractional: [{ cat: ['my-seed', { var: 'email' }] }, ...quarter] })
    expect(evaluateFlag(file, 'headerColor', { email }).variant).toBe(variant)
  })

  test('the default bucketing value is flagKey + targetingKey; a missing custom value falls back to it', () => {
    const file = colorFlag({
      fractional: [
        ['blue', 50],
        ['green', 50],
      ],
    })
    expect(evaluateFlag(file, 'headerColor', { targetingKey: 'foo@foo.com' }).variant).toBe('green')
    const withVar = colorFlag({ fractional: [{ var: 'email' }, ['red', 50], ['blue', 50]] })
    expect(evaluateFlag(withVar, 'headerColor', { targetingKey: 'foo@foo.com' }).variant).toBe('blue')
    expect(
      evaluateFlag(colorFlag({ fractional: [{ var: 'email' }, ['red'], ['blue']] }), 'headerColor', {
        email: 'foo@foo.com',
      }).variant,
    ).toBe('blue')
  })

  test('no targeting key → the default variant (reason DEFAULT), as in flagd', () => {
    const file = colorFlag({
      fractional: [
        ['blue', 50],
        ['green', 50],
      ],
    })
    for (const targetingKey of [undefined, '']) {
      expect(evaluateFlag(file, 'headerColor', targetingKey === undefined ? {} : { targetingKey })).toMatchObject({
        variant: 'red',
        reason: 'DEFAULT',
      })
    }
  })

  test('all-zero weights give no variant; fractional weights and oversize sums are refused', () => {
    expect(
      pickVariant('k', [
        { variant: 'a', weight: 0 },
        { variant: 'b', weight: -5 },
      ]),
    ).toBeUndefined()
    expect(() => pickVariant('k', [{ variant: 'a', weight: 1.5 }])).toThrow(/whole number/)
    expect(() =>
      pickVariant('k', [
        { variant: 'a', weight: MAX_WEIGHT_SUM },
        { variant: 'b', weight: 1 },
      ]),
    ).toThrow(/above flagd's limit/)
  })
})

describe('rollout distribution and stickiness', () => {
  const keys = Array.from({ length: 100_000 }, (_, i) => `user-${i}`)
  // Each key's fixed position in [0, 1,000,000): a key is in a p% rollout when its position < p × 10,000.
  const position = keys.map((k) => bucketOf(`new-checkout${k}`, 1_000_000))
  const inAt = (percent: number) => keys.filter((_, i) => (position[i] as number) < percent * 10_000)

  test('isInRollout is exactly "position below the share" (checked on all 100k keys at 5%)', () => {
    expect(keys.filter((k) => isInRollout('new-checkout', k, 5))).toEqual(inAt(5))
  })

  test.each([1, 5, 25, 50, 99])(
    '%d%% rollout puts within ±1 point of the target share on over 100k keys',
    (percent) => {
      expect(Math.abs((inAt(percent).length / keys.length) * 100 - percent)).toBeLessThan(1)
    },
  )

  test('a user in at 5% stays in at 25% and 100%; the in-set only grows (1 → 5 → 25 → 50 → 100)', () => {
    let previous = new Set<string>()
    for (const percent of [1, 5, 25, 50, 100]) {
      const current = new Set(inAt(percent))
      expect([...previous].filter((k) => !current.has(k))).toEqual([])
      expect(current.size).toBeGreaterThanOrEqual(previous.size)
      previous = current
    }
    expect(previous.size).toBe(keys.length)
  })

  test('the written flag file gives flagd-identical answers to isInRollout for every key', () => {
    const file = setRolloutPercentage({ flags: {} }, 'new-checkout', 5)
    const sample = keys.slice(0, 5_000)
    const mismatches = sample.filter(
      (k) => evaluateFlag(file, 'new-checkout', { targetingKey: k }).value !== isInRollout('new-checkout', k, 5),
    )
    expect(mismatches).toEqual([])
  })

  test('different flags bucket the same user independently', () => {
    const sample = keys.slice(0, 40_000)
    const a = sample.filter((k) => isInRollout('flag-a', k, 50))
    const both = a.filter((k) => isInRollout('flag-b', k, 50)).length / sample.length
    expect(Math.abs(both - 0.25)).toBeLessThan(0.01)
  })
})
