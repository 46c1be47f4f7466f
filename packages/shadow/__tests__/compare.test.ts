import { describe, expect, test } from '@jest/globals'
import { compareResponses, matchesPath, parseIgnorePath } from '../src/compare.mjs'

const json = (
  value: unknown,
  headers: Record<string, string> = { 'content-type': 'application/json' },
  status = 200,
) => ({ status, headers, body: Buffer.from(JSON.stringify(value)), truncated: false })

describe('ignore paths', () => {
  test.each([
    ['timestamp', ['timestamp'], true],
    ['$.meta.requestId', ['meta', 'requestId'], true],
    ['items[*].id', ['items', '3', 'id'], true],
    ['items[1].id', ['items', '3', 'id'], false],
    ['*.id', ['user', 'id'], true],
    ['*.id', ['a', 'b', 'id'], false],
    ['**.id', ['a', 'b', 'id'], true],
    ['**.id', ['id'], true],
    ['meta.**', ['meta', 'x', 'y'], true],
  ])('%s vs %j → %s', (pattern, path, expected) => {
    expect(matchesPath(parseIgnorePath(pattern), path)).toBe(expected)
  })

  test('refuses empty paths and empty segments', () => {
    expect(() => parseIgnorePath('a..b')).toThrow("ignore path 'a..b' is not of the form a.b[*].c")
    expect(() => parseIgnorePath(' ')).toThrow(/is not of the form/)
  })
})

describe('compareResponses', () => {
  test('equal JSON with ignored timestamp and ids is a match', () => {
    const ignore = ['updatedAt', 'items[*].id'].map(parseIgnorePath)
    const r = compareResponses(
      json({ a: 1, updatedAt: 1, items: [{ id: 1, q: 2 }] }),
      json({ updatedAt: 2, a: 1, items: [{ id: 9, q: 2 }] }),
      { ignorePaths: ignore },
    )
    expect(r).toEqual({ equal: true, kinds: [], differences: [], bodyCompared: 'json' })
  })

  test('reports status, chosen headers and body paths, including added/removed keys and array lengths', () => {
    const r = compareResponses(
      json({ a: 1, gone: true, list: [1, 2] }, { 'content-type': 'application/json', 'x-v': '1' }),
      json({ a: 2, added: 'x', list: [1, 2, 3] }, { 'content-type': 'application/json', 'x-v': '2' }, 500),
      { headers: ['X-V', 'content-type'] },
    )
    expect(r.kinds).toEqual(['status', 'header', 'body'])
    expect(r.differences).toEqual([
      { kind: 'status', path: 'status', production: '200', dark: '500' },
      { kind: 'header', path: 'header x-v', production: '"1"', dark: '"2"' },
      { kind: 'body', path: '$.a', production: '1', dark: '2' },
      { kind: 'body', path: '$.gone', production: 'true', dark: '(absent)' },
      { kind: 'body', path: '$.list.2', production: '(absent)', dark: '3' },
      { kind: 'body', path: '$.added', production: '(absent)', dark: '"x"' },
    ])
  })

  test('non-JSON bodies compare byte for byte; truncated bodies are not compared; differences are capped', () => {
    const text = (s: string) => ({
      status: 200,
      headers: { 'content-type': 'text/html' },
      body: Buffer.from(s),
      truncated: false,
    })
    expect(compareResponses(text('<p>a</p>'), text('<p>a</p>')).bodyCompared).toBe('bytes')
    expect(compareResponses(text('<p>a</p>'), text('<p>b</p>')).differences).toEqual([
      { kind: 'body', path: 'body', production: '8 bytes', dark: '8 bytes' },
    ])
    expect(compareResponses({ ...text('x'), truncated: true }, text('y'))).toMatchObject({
      equal: true,
      bodyCompared: 'skipped',
    })
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i]))
    expect(compareResponses(json(many), json({}), { maxDifferences: 5 }).differences).toHaveLength(5)
  })
})
