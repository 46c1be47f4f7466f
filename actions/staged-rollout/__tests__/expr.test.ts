import { describe, expect, it } from '@jest/globals'
import { compile, ExprError, type Value } from '../src/domain/expr.js'

describe('expr', () => {
  const rows: { name: string; src: string; result: Value; want: Value }[] = [
    { name: 'less than', src: 'result < 0.01', result: 0.005, want: true },
    { name: 'less than, false', src: 'result < 0.01', result: 0.5, want: false },
    { name: 'and / or precedence', src: 'result > 1 || result < 0 && false', result: 2, want: true },
    { name: 'word operators', src: 'not (result >= 10) and result != 3', result: 4, want: true },
    { name: 'isNaN guard', src: 'isNaN(result) || result >= 0.95', result: Number.NaN, want: true },
    { name: 'NaN compares false', src: 'result >= 0.95', result: Number.NaN, want: false },
    { name: 'len of a list', src: 'len(result) > 0', result: [1, 2], want: true },
    { name: 'len of no data', src: 'len(result) == 0', result: null, want: true },
    { name: 'default replaces null', src: 'default(result, 0) < 1', result: null, want: true },
    { name: 'default replaces NaN', src: 'default(result, 5)', result: Number.NaN, want: 5 },
    { name: 'index', src: 'result[1] == 2', result: [1, 2], want: true },
    { name: 'arithmetic', src: 'result * 100 - 1 <= -0.5 + 1', result: 0.015, want: true },
    { name: 'unary minus', src: '-result < 0', result: 3, want: true },
    { name: 'one-element list as a number', src: 'result < 1', result: [0.5], want: true },
    { name: 'max over a list', src: 'max(result) < 0.3', result: [0.1, 0.2], want: true },
    { name: 'isInf', src: 'isInf(result)', result: Number.POSITIVE_INFINITY, want: true },
    { name: 'scientific notation', src: 'result < 1e-3', result: 0.0001, want: true },
  ]
  it.each(rows)('$name', ({ src, result, want }) => {
    expect(compile(src).evaluate(result)).toEqual(want)
  })

  const bad: { name: string; src: string; message: RegExp }[] = [
    { name: 'unknown name', src: 'latency < 5', message: /unknown name 'latency' \(known: result, true, false, isNaN/ },
    { name: 'unknown function', src: 'eval(result)', message: /unknown name 'eval'/ },
    { name: 'property access is not a thing', src: 'result.constructor', message: /unexpected character '\.'/ },
    { name: 'string literals are refused', src: "result == 'x'", message: /unexpected character/ },
    { name: 'unbalanced parenthesis', src: '(result < 1', message: /expected '\)' at the end/ },
    { name: 'dangling operator', src: 'result <', message: /unexpected end of expression/ },
    { name: 'wrong arity', src: 'default(result)', message: /'default' takes 2 arguments, got 1/ },
    { name: 'function without call', src: 'isNaN', message: /'isNaN' is a function/ },
    { name: 'empty', src: '   ', message: /empty expression/ },
    { name: 'chained comparison', src: '1 < result < 3', message: /unexpected '<'/ },
  ]
  it.each(bad)('refuses $name', ({ src, message }) => {
    expect(() => compile(src)).toThrow(message)
  })

  it('reports positions', () => {
    try {
      compile('result < 1 && foo')
      throw new Error('no throw')
    } catch (e) {
      expect(e).toBeInstanceOf(ExprError)
      expect((e as ExprError).position).toBe(14)
    }
  })

  it('type errors surface at evaluation, not as a verdict', () => {
    expect(() => compile('result < 1').evaluate([1, 2])).toThrow(/needs a number but got a list of 2/)
    expect(() => compile('result and true').evaluate(1)).toThrow(/needs true\/false/)
  })

  it('bounds nesting depth', () => {
    expect(() => compile(`${'('.repeat(60)}result${')'.repeat(60)}`)).toThrow(/nested deeper/)
    expect(() => compile('result < 1 or '.repeat(200) + 'true')).toThrow(/longer than/)
  })

  it('knows which functions it calls', () => {
    expect(compile('isNaN(result) || result < 1').uses('isNaN')).toBe(true)
    expect(compile('result < 1').uses('isNaN')).toBe(false)
  })
})
