import { afterEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  evaluateFlag,
  expectType,
  FlagFileError,
  formatFlagFile,
  parseFlagFile,
  parseFlagFileText,
  readFlagFile,
  readRolloutPercentage,
  setRolloutPercentage,
  updateFlagFile,
  writeFlagFile,
  type FlagFile,
} from '../src/index.js'

describe('flag file format', () => {
  test('accepts flagd files and keeps unknown properties', () => {
    const file = parseFlagFile({
      $schema: 'https://flagd.dev/schema/v0/flags.json',
      $evaluators: {},
      flags: {
        a: { state: 'ENABLED', variants: { on: true, off: false }, defaultVariant: 'on', metadata: { team: 'x' } },
      },
    })
    expect(file.flags.a?.defaultVariant).toBe('on')
    expect(formatFlagFile(file)).toContain('"$evaluators": {}')
  })

  test('lists every problem with its path', () => {
    const bad = {
      flags: {
        a: { state: 'ON', variants: {} },
        b: { state: 'ENABLED', variants: { x: 1, y: 'two' }, defaultVariant: 'z', targeting: [] },
      },
    }
    let caught: unknown
    try {
      parseFlagFile(bad, 'flags.json')
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(FlagFileError)
    expect((caught as FlagFileError).problems).toEqual([
      'flags.a.state must be "ENABLED" or "DISABLED" (got "ON")',
      'flags.a.variants must be an object with at least one variant',
      'flags.b.variants must all be booleans, all strings, all numbers or all objects (got number, string)',
      'flags.b.defaultVariant "z" is not one of the variants (x, y)',
      'flags.b.targeting must be a JsonLogic object',
    ])
    expect((caught as Error).message).toMatch(/^flags.json is not a valid flagd flag file:/)
    expect(() => parseFlagFileText('{"flags": ', 'f.json')).toThrow(
      /f.json is not a valid flagd flag file:\n {2}- not JSON/,
    )
  })

  test('evaluates DISABLED, STATIC, missing flags and targeting that names no variant', () => {
    const file: FlagFile = {
      flags: {
        d: { state: 'DISABLED', variants: { on: true }, defaultVariant: 'on' },
        s: { state: 'ENABLED', variants: { on: true }, defaultVariant: 'on' },
        t: { state: 'ENABLED', variants: { on: true }, defaultVariant: 'on', targeting: { if: [true, 'nope'] } },
      },
    }
    expect(evaluateFlag(file, 'd')).toMatchObject({ reason: 'DISABLED', value: undefined })
    expect(evaluateFlag(file, 's')).toMatchObject({ reason: 'STATIC', value: true, variant: 'on' })
    expect(evaluateFlag(file, 'zz')).toMatchObject({ reason: 'ERROR', errorCode: 'FLAG_NOT_FOUND' })
    expect(evaluateFlag(file, 't')).toMatchObject({ reason: 'ERROR', errorCode: 'GENERAL' })
    const bad: FlagFile = {
      flags: {
        f: {
          state: 'ENABLED',
          variants: { on: true, off: false },
          defaultVariant: 'off',
          targeting: {
            fractional: [
              ['on', 0.5],
              ['off', 1],
            ],
          },
        },
      },
    }
    expect(evaluateFlag(bad, 'f', { targetingKey: 'u' })).toEqual({
      value: false,
      variant: 'off',
      reason: 'DEFAULT',
      warnings: ['fractional: weight 0.5 is not a whole number (flagd accepts integers only)'],
    })
    expect(
      evaluateFlag(
        { flags: { g: { state: 'ENABLED', variants: { on: true }, targeting: { map: [[1], { var: '' }] } } } },
        'g',
      ),
    ).toMatchObject({ reason: 'ERROR', errorCode: 'PARSE_ERROR' })
  })

  test('a flag with no default variant resolves to no value with reason DEFAULT (OpenFeature), never FALLBACK', () => {
    const file: FlagFile = {
      flags: {
        n: { state: 'ENABLED', variants: { a: 'A', b: 'B' }, defaultVariant: null },
        u: {
          state: 'ENABLED',
          variants: { a: 'A', b: 'B' },
          targeting: { if: [{ '==': [{ var: 'email' }, 'x@y'] }, 'b', null] },
        },
      },
    }
    expect(evaluateFlag(file, 'n')).toEqual({ value: undefined, variant: undefined, reason: 'DEFAULT' })
    expect(evaluateFlag(file, 'u', { email: 'z@y' })).toEqual({
      value: undefined,
      variant: undefined,
      reason: 'DEFAULT',
    })
    expect(evaluateFlag(file, 'u', { email: 'x@y' })).toMatchObject({ value: 'B', reason: 'TARGETING_MATCH' })
  })

  test('$flagd.timestamp is the current time unless the caller passes nowSeconds', () => {
    const file: FlagFile = {
      flags: {
        t: {
          state: 'ENABLED',
          variants: { past: 'p', future: 'f' },
          defaultVariant: 'past',
          targeting: { if: [{ '>': [{ var: '$flagd.timestamp' }, 1_700_000_000] }, 'future', 'past'] },
        },
      },
    }
    expect(evaluateFlag(file, 't').variant).toBe('future') // the tests run after Nov 2023
    expect(evaluateFlag(file, 't', {}, { nowSeconds: 5 }).variant).toBe('past')
    expect(evaluateFlag(file, 't', {}, 5).variant).toBe('past') // the older positional form still works
  })

  test("$ref uses the file's $evaluators (nested refs too); an unknown name or a cycle is a PARSE_ERROR", () => {
    const file: FlagFile = {
      $evaluators: {
        staff: { ends_with: [{ var: 'email' }, '@corp.example'] },
        staffOrBeta: { or: [{ $ref: 'staff' }, { var: 'beta' }] },
        loop: { $ref: 'loop' },
      },
      flags: {
        f: {
          state: 'ENABLED',
          variants: { on: true, off: false },
          defaultVariant: 'off',
          targeting: { if: [{ $ref: 'staffOrBeta' }, 'on', 'off'] },
        },
        g: {
          state: 'ENABLED',
          variants: { on: true, off: false },
          defaultVariant: 'off',
          targeting: { if: [{ $ref: 'nope' }, 'on', 'off'] },
        },
        h: {
          state: 'ENABLED',
          variants: { on: true, off: false },
          defaultVariant: 'off',
          targeting: { if: [{ $ref: 'loop' }, 'on', 'off'] },
        },
      },
    }
    expect(evaluateFlag(file, 'f', { email: 'ann@corp.example' }).value).toBe(true)
    expect(evaluateFlag(file, 'f', { email: 'ann@else.example', beta: true }).value).toBe(true)
    expect(evaluateFlag(file, 'f', { email: 'ann@else.example' }).value).toBe(false)
    expect(evaluateFlag(file, 'g')).toMatchObject({
      reason: 'ERROR',
      errorCode: 'PARSE_ERROR',
      errorMessage: expect.stringMatching(/'nope' names no evaluator/),
    })
    expect(evaluateFlag(file, 'h')).toMatchObject({
      reason: 'ERROR',
      errorCode: 'PARSE_ERROR',
      errorMessage: expect.stringMatching(/cycle: loop → loop/),
    })
    expect(() => parseFlagFile({ flags: {}, $evaluators: [] })).toThrow(/\$evaluators must be an object/)
  })

  test("flagMetadata merges the file's metadata under the flag's; expectType turns a wrong type into TYPE_MISMATCH", () => {
    const file: FlagFile = {
      metadata: { team: 'pay', v: 1 },
      flags: { m: { state: 'ENABLED', variants: { a: 'x' }, defaultVariant: 'a', metadata: { v: 2 } } },
    }
    const r = evaluateFlag(file, 'm')
    expect(r.flagMetadata).toEqual({ team: 'pay', v: 2 })
    expect(expectType(r, 'string')).toBe(r)
    expect(expectType(r, 'number')).toMatchObject({
      reason: 'ERROR',
      errorCode: 'TYPE_MISMATCH',
      value: undefined,
      flagMetadata: { team: 'pay', v: 2 },
    })
  })
})

describe('rollout percentage', () => {
  test('creates a flagd fractional on/off flag and reads the share back', () => {
    const file = setRolloutPercentage({ flags: {} }, 'new-checkout', 5)
    expect(file.flags['new-checkout']).toEqual({
      state: 'ENABLED',
      variants: { on: true, off: false },
      defaultVariant: 'off',
      targeting: {
        fractional: [
          ['on', 50_000],
          ['off', 950_000],
        ],
      },
    })
    expect(file.$schema).toBe('https://flagd.dev/schema/v0/flags.json')
    expect(readRolloutPercentage(file, 'new-checkout')).toEqual({
      percent: 5,
      state: 'ENABLED',
      shape: 'fractional',
      onVariant: 'on',
      offVariant: 'off',
      bucketBy: undefined,
    })
    expect(
      readRolloutPercentage(setRolloutPercentage(file, 'new-checkout', 0.0125), 'new-checkout')?.percent,
    ).toBeCloseTo(0.0125, 6)
  })

  test('0% and 100% are static defaults, so users without a key follow them too', () => {
    let file = setRolloutPercentage({ flags: {} }, 'f', 100)
    expect(file.flags.f?.targeting).toBeUndefined()
    expect(evaluateFlag(file, 'f')).toMatchObject({ value: true, reason: 'STATIC' })
    expect(readRolloutPercentage(file, 'f')?.percent).toBe(100)
    file = setRolloutPercentage(file, 'f', 0)
    expect(evaluateFlag(file, 'f', { targetingKey: 'u' })).toMatchObject({ value: false })
    expect(readRolloutPercentage(file, 'f')?.percent).toBe(0)
  })

  test("bucketBy writes flagd's recommended cat($flagd.flagKey, attr) and evaluates on that attribute", () => {
    const file = setRolloutPercentage({ flags: {} }, 'f', 30, {
      bucketBy: 'email',
      onVariant: 'new',
      offVariant: 'old',
      values: { on: 'v2', off: 'v1' },
    })
    expect(file.flags.f?.targeting).toEqual({
      fractional: [{ cat: [{ var: '$flagd.flagKey' }, { var: 'email' }] }, ['new', 300_000], ['old', 700_000]],
    })
    expect(readRolloutPercentage(file, 'f', { onVariant: 'new', offVariant: 'old' })).toMatchObject({
      percent: 30,
      bucketBy: 'email',
    })
    expect(['v1', 'v2']).toContain(evaluateFlag(file, 'f', { email: 'a@b.c' }).value)
  })

  test('refuses bad percentages, missing variants and targeting it did not write', () => {
    expect(() => setRolloutPercentage({ flags: {} }, 'f', 101)).toThrow(
      /rollout percentage 101 is not a number from 0 to 100/,
    )
    expect(() => setRolloutPercentage({ flags: {} }, 'f', Number.NaN)).toThrow(RangeError)
    const custom: FlagFile = {
      flags: {
        f: {
          state: 'ENABLED',
          variants: { on: true, off: false },
          defaultVariant: 'off',
          targeting: { if: [{ in: ['@corp.com', { var: 'email' }] }, 'on', null] },
        },
      },
    }
    expect(() => setRolloutPercentage(custom, 'f', 10)).toThrow(/targeting that is not a rollout over 'on'\/'off'/)
    expect(setRolloutPercentage(custom, 'f', 10, { replaceTargeting: true }).flags.f?.targeting).toEqual({
      fractional: [
        ['on', 100_000],
        ['off', 900_000],
      ],
    })
    expect(() => setRolloutPercentage({ flags: { g: { state: 'ENABLED', variants: { a: 1 } } } }, 'g', 5)).toThrow(
      /flag 'g' has no variant 'on'/,
    )
    const offFirst: FlagFile = {
      flags: {
        f: {
          state: 'ENABLED',
          variants: { on: true, off: false },
          targeting: {
            fractional: [
              ['off', 9],
              ['on', 1],
            ],
          },
        },
      },
    }
    expect(() => readRolloutPercentage(offFirst, 'f')).toThrow(/not a rollout/)
  })

  test('does not modify its input; a DISABLED flag reads as 0% until a share is set, which enables it', () => {
    const before: FlagFile = {
      flags: { f: { state: 'DISABLED', variants: { on: true, off: false }, defaultVariant: 'on' } },
    }
    const copy = structuredClone(before)
    expect(readRolloutPercentage(before, 'f')).toMatchObject({ percent: 0, state: 'DISABLED' })
    const after = setRolloutPercentage(before, 'f', 50)
    expect(before).toEqual(copy)
    expect(readRolloutPercentage(after, 'f')).toMatchObject({ percent: 50, state: 'ENABLED' })
    expect(readRolloutPercentage(after, 'missing')).toBeUndefined()
  })
})

describe('flag file adapter', () => {
  let dir = ''
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  test('writes atomically, reads back, and leaves nothing when the content is invalid', async () => {
    dir = mkdtempSync(join(tmpdir(), 'flags-'))
    const path = join(dir, 'flags.json')
    await writeFlagFile(path, setRolloutPercentage({ flags: {} }, 'f', 1))
    const next = await updateFlagFile(path, (file) => setRolloutPercentage(file, 'f', 25))
    expect(readRolloutPercentage(await readFlagFile(path), 'f')?.percent).toBe(25)
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(next)
    const invalid = { flags: { f: { state: 'NOPE', variants: { on: true } } } } as unknown as FlagFile
    await expect(writeFlagFile(path, invalid)).rejects.toThrow(FlagFileError)
    expect(readdirSync(dir)).toEqual(['flags.json'])
    expect(readRolloutPercentage(await readFlagFile(path), 'f')?.percent).toBe(25)
  })

  test('names the path when the file is missing or broken', async () => {
    dir = mkdtempSync(join(tmpdir(), 'flags-'))
    await expect(readFlagFile(join(dir, 'nope.json'))).rejects.toThrow(
      /nope.json is not a valid flagd flag file:\n {2}- cannot read it: ENOENT/,
    )
    writeFileSync(join(dir, 'bad.json'), '{"flags": []}')
    await expect(readFlagFile(join(dir, 'bad.json'))).rejects.toThrow(
      /bad.json is not a valid flagd flag file:\n {2}- "flags" must be an object/,
    )
  })
})
