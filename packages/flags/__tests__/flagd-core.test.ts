/**
 * Cross-check against OpenFeature's own flagd evaluator for JavaScript (@openfeature/flagd-core 4.0.1, what flagd's
 * in-process providers run; a test-only devDependency): the files we write pass its strict schema validation, and it
 * resolves every key to the same variant as we do. flagd-core hashes JavaScript strings with imurmurhash, which
 * differs from flagd's Go daemon (UTF-8 bytes) for non-ASCII keys, so this compares ASCII keys only; the UTF-8
 * behaviour is pinned by the Python reference vectors (murmur3.test.ts / fractional.test.ts).
 */
import { describe, expect, test } from '@jest/globals'
import { FlagdCore, MemoryStorage } from '@openfeature/flagd-core'
import { evaluateFlag, setRolloutPercentage, formatFlagFile, type FlagFile } from '../src/index.js'

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }

/** flagd-core over a storage loaded with strict validation (it throws when the file fails flagd's JSON schemas). */
function strictCore(text: string): FlagdCore {
  const storage = new MemoryStorage(quiet)
  storage.setConfigurations(text, true)
  return new FlagdCore(storage, quiet)
}

function flagdCore(file: FlagFile): FlagdCore {
  return strictCore(formatFlagFile(file))
}

const keys = Array.from({ length: 10_000 }, (_, i) => `user-${i}@example.com`)

describe('agreement with @openfeature/flagd-core', () => {
  test('its strict validation is real: it rejects a file we also reject', () => {
    expect(() => strictCore('{"flags":{"a":{"state":"ON","variants":{"x":1}}}}')).toThrow(
      /invalid flagd flag configuration/,
    )
    expect(() =>
      strictCore('{"flags":{"a":{"state":"ENABLED","variants":{"x":1},"targeting":{"fractional":"nope"}}}}'),
    ).toThrow(/invalid flagd flag configuration/)
  })

  test.each([0.5, 5, 25, 50, 100])(
    'a %d%% rollout written by setRolloutPercentage resolves identically for 10k users',
    (percent) => {
      const file = setRolloutPercentage({ flags: {} }, 'new-checkout', percent)
      const core = flagdCore(file)
      const mismatches = keys.filter(
        (targetingKey) =>
          core.resolveBooleanEvaluation('new-checkout', false, { targetingKey }).value !==
          evaluateFlag(file, 'new-checkout', { targetingKey }).value,
      )
      expect(mismatches).toEqual([])
    },
  )

  test('bucketBy (cat of $flagd.flagKey and an attribute) and multi-variant weights resolve identically', () => {
    let file = setRolloutPercentage({ flags: {} }, 'search', 30, {
      bucketBy: 'email',
      onVariant: 'v2',
      offVariant: 'v1',
      values: { on: 'v2', off: 'v1' },
    })
    file = {
      ...file,
      flags: {
        ...file.flags,
        color: {
          state: 'ENABLED',
          variants: { red: 'r', blue: 'b', green: 'g' },
          defaultVariant: 'red',
          targeting: {
            if: [
              { in: ['@example.com', { var: 'email' }] },
              {
                fractional: [
                  ['red', 5],
                  ['blue', 3],
                  ['green', 2],
                ],
              },
              null,
            ],
          },
        },
      },
    }
    const core = flagdCore(file)
    for (const flag of ['search', 'color']) {
      const mismatches = keys.slice(0, 5_000).filter((email, i) => {
        const context = { email, targetingKey: `t-${i}` }
        return core.resolveStringEvaluation(flag, 'none', context).variant !== evaluateFlag(file, flag, context).variant
      })
      expect({ flag, mismatches }).toEqual({ flag, mismatches: [] })
    }
  })
})
