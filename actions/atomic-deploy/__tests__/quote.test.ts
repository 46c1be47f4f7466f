import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { shellQuote, shellCommand } from '../src/domain/quote.js'

const HOSTILE = [
  '',
  "it's",
  "'",
  "''''",
  '"; rm -rf / #',
  '$(touch /tmp/pwned)',
  '`id`',
  '$HOME ${PATH} $1 $@ $*',
  'a\nb\n',
  '\\',
  "\\'",
  '--help',
  '-c',
  '*',
  '~root',
  'tab\there',
  ' spaces  ',
  '!history !!',
  'émoji 🚀 ünïcode',
  '\u0001\u001b[31mctrl',
  'a;b|c&d>e<f',
]

describe('shellQuote', () => {
  test.each(HOSTILE)('round-trips %j through a real sh unchanged', (value) => {
    // What the remote login shell does with our command line: parse it, run sh -c with the args.
    const line = shellCommand('printf %s "$1"', [value])
    const out = execFileSync('sh', ['-c', line], { encoding: 'utf8' })
    expect(out).toBe(value)
  })

  test('keeps every argument separate, in order', () => {
    const line = shellCommand('for a in "$@"; do printf "[%s]" "$a"; done', HOSTILE)
    expect(execFileSync('sh', ['-c', line], { encoding: 'utf8' })).toBe(HOSTILE.map((v) => `[${v}]`).join(''))
  })

  test('quotes as plain single-quoted words', () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`)
    expect(shellQuote('')).toBe("''")
  })

  test('refuses NUL', () => {
    expect(() => shellQuote('a\0b')).toThrow(/NUL/)
  })
})
