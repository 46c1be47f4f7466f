import { afterEach, describe, expect, test } from '@jest/globals'
import { checkVersion, InputError, isVersion, normalVersion, parseVersion, readVersion } from '@shipline/core'

afterEach(() => {
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) delete process.env[k]
})

describe('normalVersion', () => {
  test.each([
    ['1.2.3', '1.2.3'],
    ['0.0.0', '0.0.0'],
    ['v1.2.3', '1.2.3'],
    ['10.20.30-rc.1', '10.20.30-rc.1'],
    ['1.0.0-alpha-a.b-c-somethinglong+build.1-aef.1-its-okay', '1.0.0-alpha-a.b-c-somethinglong'],
    ['1.0.0-0A.is.legal', '1.0.0-0A.is.legal'],
  ])('%s → %s', (text, clean) => expect(normalVersion(text)).toBe(clean))
  test.each([
    '1',
    '1.2',
    '01.1.1',
    '1.2.3-0123',
    '1.2.3-',
    '1.2.3+',
    '1.2.3.4',
    '=1.2.3',
    'x1.2.3',
    '1.2.3-a..b',
    '99999999999999999999.0.0',
    '',
  ])('%s is not a version', (text) => expect(normalVersion(text)).toBeNull())
})

describe('checkVersion', () => {
  test('returns the normal form; names the input, the value and the form when it is not a version', () => {
    expect(checkVersion('version', 'v2.0.0-rc.1+build.5')).toBe('2.0.0-rc.1')
    expect(() => checkVersion('version', 'one')).toThrow(
      "Input 'version': 'one' is not a semantic version (e.g. '1.4.0' or '2.0.0-rc.1')",
    )
    expect(() => checkVersion('version', 'one')).toThrow(InputError)
  })
  test('exact: no v prefix, no build metadata', () => {
    expect(checkVersion('release-as', '1.0.0', { exact: true })).toBe('1.0.0')
    for (const bad of ['v1.0.0', '1.0.0+b', ' 1.0.0'])
      expect(() => checkVersion('release-as', bad, { exact: true })).toThrow("without a 'v' prefix or build metadata")
    expect(['1.0.0', '2.0.0-rc.1', 'v1.0.0', '1.0.0+b', '1.0'].map(isVersion)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ])
  })
  test('parseVersion: the normal form parsed once (for comparing), null where isVersion is false', () => {
    const v = parseVersion('2.0.0-rc.1')
    expect([v?.major, v?.prerelease, v?.compare('2.0.0')]).toEqual([2, ['rc', 1], -1])
    expect(['v1.0.0', '1.0.0+b', '1.0', ' 1.0.0', 'x'].map(parseVersion)).toEqual([null, null, null, null, null])
  })
  test('max: a version that names files', () => {
    expect(() => checkVersion('version', `1.0.0-${'a'.repeat(60)}`, { max: 64 })).toThrow(
      'is 66 characters long; a version that names files can be at most 64',
    )
  })
})

describe('readVersion', () => {
  test('reads, checks and normalises; the fallback when empty', () => {
    process.env.INPUT_VERSION = 'v1.2.3'
    expect(readVersion('version')).toBe('1.2.3')
    const initial: string = readVersion('initial-version', { fallback: '0.1.0', exact: true })
    expect(initial).toBe('0.1.0')
    process.env['INPUT_INITIAL-VERSION'] = 'v1'
    expect(() => readVersion('initial-version', { fallback: '0.1.0', exact: true })).toThrow(
      "Input 'initial-version': 'v1' is not a semantic version",
    )
  })
})
