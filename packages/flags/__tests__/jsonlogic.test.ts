import { describe, expect, test } from '@jest/globals'
import { evaluateJsonLogic as evaluate, JsonLogicError } from '../src/index.js'

describe('JsonLogic-lite', () => {
  const data = {
    email: 'ann@example.com',
    locale: 'ca',
    tier: 3,
    nested: { list: [{ id: 7 }] },
    $flagd: { flagKey: 'f', timestamp: 100 },
  }

  test('var reads dot paths, array indexes and defaults', () => {
    expect(evaluate({ var: 'nested.list.0.id' }, data)).toBe(7)
    expect(evaluate({ var: ['missing', 'fallback'] }, data)).toBe('fallback')
    expect(evaluate({ var: 'missing' }, data)).toBeNull()
    expect(evaluate({ var: '$flagd.flagKey' }, data)).toBe('f')
  })

  test('if / in / == / comparisons / cat', () => {
    expect(evaluate({ if: [{ in: [{ var: 'locale' }, ['us', 'ca']] }, 'north', 'elsewhere'] }, data)).toBe('north')
    expect(evaluate({ if: [false, 'a', { '==': [{ var: 'tier' }, '3'] }, 'b', 'c'] }, data)).toBe('b')
    expect(evaluate({ if: [false, 'a'] }, data)).toBeNull()
    expect(evaluate({ in: ['@example.com', { var: 'email' }] }, data)).toBe(true)
    expect(evaluate({ '===': [{ var: 'tier' }, '3'] }, data)).toBe(false)
    expect(evaluate({ '<': [1, { var: 'tier' }, 5] }, data)).toBe(true)
    expect(evaluate({ '>=': [{ var: 'tier' }, 4] }, data)).toBe(false)
    expect(evaluate({ cat: [{ var: '$flagd.flagKey' }, { var: 'email' }] }, data)).toBe('fann@example.com')
    expect(evaluate({ '-': [{ var: '$flagd.timestamp' }, 40] }, data)).toBe(60)
    expect(evaluate({ and: [true, { '!': [false] }, 'x'] }, data)).toBe('x')
    expect(evaluate({ or: [0, '', []] }, data)).toEqual([])
    expect(evaluate({ starts_with: [{ var: 'email' }, 'ann'] }, data)).toBe(true)
  })

  test('an unsupported operator is refused by name, never guessed', () => {
    expect(() => evaluate({ reduce: [[1], { var: '' }, 0] }, data)).toThrow(JsonLogicError)
    expect(() => evaluate({ map: [[1], { var: '' }] }, data)).toThrow(
      /unsupported JsonLogic operator 'map' \(supported: .*fractional/,
    )
  })

  test('var reads own properties only: nothing from Object.prototype, whatever the path', () => {
    expect(evaluate({ var: 'constructor' }, data)).toBeNull()
    expect(evaluate({ var: 'user.__proto__' }, { user: { a: 1 } })).toBeNull()
    expect(evaluate({ var: 'toString' }, data)).toBeNull()
    expect(evaluate({ var: ['constructor', 'dflt'] }, data)).toBe('dflt')
  })

  test('starts_with / ends_with: two strings, else null with a warning (flagd), never false', () => {
    const warnings: string[] = []
    expect(evaluate({ ends_with: [{ var: 'email' }, '@example.com'] }, data, warnings)).toBe(true)
    expect(evaluate({ starts_with: [{ var: 'email' }, 'zed'] }, data, warnings)).toBe(false)
    expect(warnings).toEqual([])
    expect(evaluate({ starts_with: [{ var: 'tier' }, 'abc'] }, data, warnings)).toBeNull()
    expect(evaluate({ ends_with: [{ var: 'email' }, 3] }, data, warnings)).toBeNull()
    expect(evaluate({ starts_with: ['abc'] }, data, warnings)).toBeNull()
    expect(evaluate({ ends_with: ['a', 'b', 'c'] }, data, warnings)).toBeNull()
    expect(warnings).toHaveLength(4)
    expect(warnings[0]).toMatch(/^starts_with: needs \[string, string\]/)
  })

  test.each([
    ['1.0.0', '=', '1.0.0', true],
    ['v1.0.0', '=', 'V1.0.0', true],
    ['1.0.0+build.7', '=', '1.0.0+other', true],
    ['2.0.0-alpha', '<', '2.0.0', true],
    ['2.0.0-alpha.2', '>', '2.0.0-alpha.10', false],
    ['1.2.3', '!=', '1.2.4', true],
    ['1.2.3', '<=', '1.2.3', true],
    ['1.10.0', '>=', '1.9.9', true],
    ['1', '=', '1.0.0', true],
    ['1.5', '^', '1', true],
    [1.2, '>', '1.1', true],
    [2, '>', '1.1', true],
    ['3.0.9', '~', '3.0.0', true],
    ['3.1.0', '~', '3.0.0', false],
    ['3.9.1', '^', '3.0.0', true],
    ['4.0.0', '^', '3.0.0', false],
  ] as const)('sem_ver %j %s %j is %j', (version, op, target, expected) => {
    expect(evaluate({ sem_ver: [version, op, target] }, data)).toBe(expected)
  })

  test.each([
    [['not-a-version', '=', '1.0.0'], /is not a semantic version/],
    [['2.0.0.0', '=', '2.0.0'], /is not a semantic version/],
    [['01.0.0', '=', '1.0.0'], /is not a semantic version/],
    [['1.0-rc', '=', '1.0.0'], /is not a semantic version/],
    [['1.0.0', '===', '1.0.0'], /unknown operator "==="/],
    [['1.0.0', '='], /needs \[version, operator, target\] \(got 2/],
  ] as const)('sem_ver %j is null with a warning', (args, message) => {
    const warnings: string[] = []
    expect(evaluate({ sem_ver: [...args] }, data, warnings)).toBeNull()
    expect(warnings).toEqual([expect.stringMatching(message)])
  })

  test('fractional takes computed weights and nested variant expressions (flagd docs)', () => {
    const rule = {
      fractional: [
        'fixed-key',
        [{ if: [{ in: [{ var: 'locale' }, ['us', 'ca']] }, 'red', 'grey'] }, 1],
        ['blue', { '-': [1, 1] }],
      ],
    }
    expect(evaluate(rule, data)).toBe('red')
    const warnings: string[] = []
    expect(evaluate({ fractional: ['k'] }, data, warnings)).toBeNull() // as flagd: logged, evaluates to null
    expect(evaluate({ fractional: ['k', ['a', 'ten']] }, data, warnings)).toBeNull()
    expect(evaluate({ fractional: ['k', ['a', 1.5]] }, data, warnings)).toBeNull()
    expect(warnings).toEqual([
      'fractional: at least one [variant, weight] pair is needed',
      'fractional: a weight must be a number',
      'fractional: weight 1.5 is not a whole number (flagd accepts integers only)',
    ])
  })
})
