import { describe, expect, test } from '@jest/globals'
import reference from 'semver'
import {
  coerceSemver as coerce,
  compareSemver as compare,
  isStrictSemver,
  parseSemver as parse,
  validSemver as valid,
} from '@shipline/core'

// semver.org §11's precedence example, in order.
const ORDERED = [
  '1.0.0-alpha',
  '1.0.0-alpha.1',
  '1.0.0-alpha.beta',
  '1.0.0-beta',
  '1.0.0-beta.2',
  '1.0.0-beta.11',
  '1.0.0-rc.1',
  '1.0.0',
]
const MORE = [
  '0.0.1',
  '0.1.0',
  '1.0.1',
  '1.1.0',
  '2.0.0-0',
  '2.0.0-0.3.7',
  '2.0.0-x.7.z.92',
  '2.0.0-x-y-z.--',
  '2.0.0',
  '10.0.0',
  '1.2.3+build.5',
  'v3.0.0',
]

describe('semver (our own, small)', () => {
  test('precedence as in the spec', () => {
    for (let i = 0; i < ORDERED.length - 1; i++)
      expect(compare(ORDERED[i] as string, ORDERED[i + 1] as string)).toBe(-1)
    expect(compare('1.2.3+a', '1.2.3+b')).toBe(0)
  })

  test('agrees with the semver package on every pair', () => {
    const all = [...ORDERED, ...MORE]
    for (const a of all) for (const b of all) expect([a, b, compare(a, b)]).toEqual([a, b, reference.compare(a, b)])
  })

  test('valid, parse and coerce', () => {
    expect(valid('v1.2.3-rc.1+build')).toBe('1.2.3-rc.1')
    for (const bad of ['01.2.3', '1.2', '1.2.3-', '1.2.3-01', '1.2.3.4', 'x', '']) expect(valid(bad)).toBeUndefined()
    expect(parse('1.2.3-rc.1')).toEqual({ major: 1, minor: 2, patch: 3, prerelease: ['rc', '1'] })
    expect(coerce('npm 11.19.1\n')).toBe('11.19.1')
    expect(coerce('nope')).toBeUndefined()
    expect(() => compare('x', '1.0.0')).toThrow('not semver: x')
  })
})

describe('isStrictSemver', () => {
  test.each(['1.2.3', '1.0.0-0A.is.legal', '1.2.3+build.5'])('%s is strict', (t) =>
    expect(isStrictSemver(t)).toBe(true),
  )
  test.each(['v1.2.3', '=1.2.3', ' 1.2.3', '1.2', '99999999999999999999.0.0'])('%s is not', (t) =>
    expect(isStrictSemver(t)).toBe(false),
  )
})
