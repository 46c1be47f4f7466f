import { afterEach, describe, expect, it } from '@jest/globals'
import {
  InputError,
  readBoolean,
  readDuration,
  readEnum,
  readGlobList,
  readInteger,
  readList,
  readObject,
  readPercentList,
  readString,
  requireString,
} from '@shipline/core'

const set = (name: string, value: string): void => {
  process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
}
afterEach(() => {
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) delete process.env[k]
})

describe('readString', () => {
  it('returns the trimmed value, the fallback when empty', () => {
    set('name', '  hello ')
    expect(readString('name')).toBe('hello')
    expect(readString('missing', { fallback: 'x' })).toBe('x')
  })
  it('reads names with spaces and hyphens the way the runner sets them', () => {
    process.env['INPUT_MY_INPUT-NAME'] = 'v'
    expect(readString('my input-name')).toBe('v')
  })
  it('rejects a value that does not match the pattern, naming the form', () => {
    set('tag', 'v1 2')
    expect(() => readString('tag', { pattern: /^\S+$/, accepted: 'is not a tag name (no spaces)' })).toThrow(
      "Input 'tag': 'v1 2' is not a tag name (no spaces)",
    )
  })
  it('requireString names the empty input', () => {
    expect(() => requireString('version')).toThrow("Input 'version': '' is required but was empty or not given")
  })
})

describe('readBoolean', () => {
  it.each([
    ['true', true],
    ['false', false],
    ['', false],
  ])('%p → %p', (v, want) => {
    set('flag', v)
    expect(readBoolean('flag')).toBe(want)
  })
  it('uses the fallback when empty', () => expect(readBoolean('flag', true)).toBe(true))
  it.each(['yes', 'True', '1', 'on'])('rejects %p', (v) => {
    set('flag', v)
    expect(() => readBoolean('flag')).toThrow(`Input 'flag': '${v}' is not a boolean: use 'true' or 'false'`)
  })
})

describe('readInteger', () => {
  it('reads a whole number in range', () => {
    set('n', '5')
    expect(readInteger('n', { min: 1, max: 10 })).toBe(5)
  })
  it.each([
    ['0', { min: 1, max: 10 }, "Input 'n': '0' is not a whole number from 1 to 10"],
    ['2.5', { min: 1, max: 10 }, "Input 'n': '2.5' is not a whole number from 1 to 10"],
    ['abc', { min: 1 }, "Input 'n': 'abc' is not a whole number of at least 1"],
    ['99', { max: 10 }, "Input 'n': '99' is not a whole number of at most 10"],
  ])('rejects %p', (v, range, message) => {
    set('n', v)
    expect(() => readInteger('n', range)).toThrow(message)
  })
})

describe('readDuration', () => {
  it.each([
    ['90s', 90_000],
    ['5m', 300_000],
    ['1h30m', 5_400_000],
    ['250ms', 250],
    ['30', 30_000],
  ])('%p → %p ms', (v, ms) => {
    set('wait', v)
    expect(readDuration('wait')).toBe(ms)
  })
  it.each(['5 minutes', '1x', 'm5', '-5s'])('rejects %p', (v) => {
    set('wait', v)
    expect(() => readDuration('wait')).toThrow(`Input 'wait': '${v}' is not a duration (e.g. '90s', '5m', '1h30m')`)
  })
  it('rejects one longer than the maximum', () => {
    set('wait', '2h')
    expect(() => readDuration('wait', { max: 3_600_000 })).toThrow(
      "Input 'wait': '2h' is longer than the maximum of 3600s",
    )
  })
})

describe('readPercentList', () => {
  it('reads an increasing list', () => {
    set('steps', '5, 25,50,100')
    expect(readPercentList('steps')).toEqual([5, 25, 50, 100])
  })
  it.each(['5,x,100', '0,50', '5,101', '5,,100'])('rejects %p', (v) => {
    set('steps', v)
    expect(() => readPercentList('steps')).toThrow(
      `Input 'steps': '${v}' is not a list of whole percents from 1 to 100 (e.g. '5,25,100')`,
    )
  })
  it('rejects a list that goes down', () => {
    set('steps', '50,25')
    expect(() => readPercentList('steps')).toThrow("Input 'steps': '50,25' is not increasing")
  })
})

describe('readEnum', () => {
  it('accepts a listed value and falls back when empty', () => {
    set('mode', 'rollback')
    expect(readEnum('mode', ['deploy', 'rollback'] as const)).toBe('rollback')
    expect(readEnum('other', ['a', 'b'] as const, 'a')).toBe('a')
  })
  it('lists the accepted values', () => {
    set('mode', 'Deploy')
    expect(() => readEnum('mode', ['deploy', 'rollback'] as const)).toThrow(
      "Input 'mode': 'Deploy' is not one of: deploy, rollback",
    )
  })
})

describe('readList and readGlobList', () => {
  it('splits lines, drops blanks and comments, optionally splits commas', () => {
    set('hosts', 'a@h1\n\n# comment\n  b@h2  \n')
    expect(readList('hosts')).toEqual(['a@h1', 'b@h2'])
    set('paths', 'a, b\nc')
    expect(readList('paths', { commas: true })).toEqual(['a', 'b', 'c'])
  })
  it('accepts relative globs and negations', () => {
    set('artifacts', 'dist/*.tgz\n!dist/skip.tgz')
    expect(readGlobList('artifacts')).toEqual(['dist/*.tgz', '!dist/skip.tgz'])
  })
  it.each(['/etc/passwd', '../secrets/*', 'dist/../../x', '!../x'])('refuses %p', (g) => {
    set('artifacts', g)
    expect(() => readGlobList('artifacts')).toThrow(
      `Input 'artifacts': '${g}' is not a relative glob inside the workspace (no leading '/', no '..')`,
    )
  })
})

describe('readObject', () => {
  it('parses JSON and YAML mappings', async () => {
    set('labels', '{"feature": "Features"}')
    await expect(readObject('labels')).resolves.toEqual({ feature: 'Features' })
    set('labels', 'feature: Features\nbug: Fixes\n')
    await expect(readObject('labels')).resolves.toEqual({ feature: 'Features', bug: 'Fixes' })
  })
  it('parses a list when asked', async () => {
    set('steps', '- setWeight: 5\n- pause: 1m\n')
    await expect(readObject('steps', { array: true })).resolves.toEqual([{ setWeight: 5 }, { pause: '1m' }])
  })
  it('rejects a scalar, naming the form and example', async () => {
    set('labels', 'just text')
    await expect(readObject('labels', { example: "'bug: Fixes'" })).rejects.toThrow(
      "Input 'labels': 'just text' is not a YAML/JSON mapping (e.g. 'bug: Fixes')",
    )
  })
  it('rejects invalid YAML as an InputError', async () => {
    set('labels', '{ a: [ }')
    await expect(readObject('labels')).rejects.toBeInstanceOf(InputError)
  })
})

describe('reader overloads', () => {
  // Type-checked by `npm run typecheck`: with a fallback or `required` a reader returns T, without it T | undefined.
  it('a fallback or required gives the plain type; nothing gives T | undefined', async () => {
    set('n', '7')
    set('list', '[1]')
    const s: string = readString('absent', { fallback: 'x' })
    const r: string = readString('n', { required: true })
    const i: number = readInteger('absent', { fallback: 3 })
    const d: number = readDuration('absent', { fallback: 1000 })
    const p: number[] = readPercentList('absent', { fallback: [100] })
    const e: 'a' | 'b' = readEnum('absent', ['a', 'b'] as const, 'b')
    const o: unknown[] = await readObject('list', { array: true, required: true })
    const maybe: string | undefined = readString('absent')
    // @ts-expect-error without a fallback the reader may return undefined
    const notSure: string = readString('absent')
    expect([s, r, i, d, p, e, o, maybe, notSure]).toEqual(['x', '7', 3, 1000, [100], 'b', [1], undefined, undefined])
  })
})
