/**
 * The evaluator of the condition language (expr.ts): a plain interpreter over the parser's AST, with type errors
 * (a list where a number is needed, a `band_*` name with no band recorded) thrown as {@link ExprError}. Pure.
 */
import { ExprError } from './expr-tokens.js'
import type { BandStat, FnName, Node } from './expr-parser.js'

/** What a condition can see: the measured value (a number, a list of numbers, or null when there was no data). */
export type Value = number | boolean | number[] | null

/** The stable's band for this metric, recorded by a `baselineCheck` step. */
export type BandValues = Record<BandStat, number>

export interface Env {
  result: Value
  band: BandValues | undefined
}

function describe(v: Value): string {
  return v === null
    ? 'no data (null)'
    : Array.isArray(v)
      ? `a list of ${v.length}`
      : typeof v === 'boolean'
        ? `boolean ${v}`
        : String(v)
}

function num(v: Value, what: string): number {
  if (typeof v === 'number') return v
  if (Array.isArray(v) && v.length === 1) return v[0] as number
  throw new ExprError(
    `${what} needs a number but got ${describe(v)}${Array.isArray(v) ? ' (use result[0], len(), min() or max())' : ''}`,
  )
}

function bool(v: Value, what: string): boolean {
  if (typeof v === 'boolean') return v
  throw new ExprError(`${what} needs true/false but got ${describe(v)}`)
}

export function evaluate(node: Node, env: Env): Value {
  switch (node.t) {
    case 'num':
    case 'bool':
      return node.v
    case 'result':
      return env.result
    case 'band':
      if (!env.band)
        throw new ExprError(
          `band_${node.stat}: no baseline band was recorded for this metric (a baselineCheck step measures it)`,
        )
      return env.band[node.stat]
    case 'index': {
      const target = evaluate(node.target, env)
      if (!Array.isArray(target)) return node.index === 0 && typeof target === 'number' ? target : null
      return target[node.index] ?? null
    }
    case 'unary':
      return node.op === '-' ? -num(evaluate(node.arg, env), "'-'") : !bool(evaluate(node.arg, env), "'not'")
    case 'call':
      return call(
        node.fn,
        node.args.map((a) => evaluate(a, env)),
      )
    case 'bin':
      return binary(node, env)
  }
}

function binary(node: Node & { t: 'bin' }, env: Env): Value {
  const { op } = node
  if (op === '&&') return bool(evaluate(node.left, env), "'and'") && bool(evaluate(node.right, env), "'and'")
  if (op === '||') return bool(evaluate(node.left, env), "'or'") || bool(evaluate(node.right, env), "'or'")
  const l = evaluate(node.left, env)
  const r = evaluate(node.right, env)
  if ((op === '==' || op === '!=') && typeof l === 'boolean' && typeof r === 'boolean')
    return op === '==' ? l === r : l !== r
  const a = num(l, `'${op}'`)
  const b = num(r, `'${op}'`)
  switch (op) {
    case '+':
      return a + b
    case '-':
      return a - b
    case '*':
      return a * b
    case '/':
      return a / b
    case '<':
      return a < b
    case '<=':
      return a <= b
    case '>':
      return a > b
    case '>=':
      return a >= b
    case '==':
      return a === b
    case '!=':
      return a !== b
  }
}

function call(fn: FnName, args: Value[]): Value {
  const [x, y] = args as [Value, Value]
  switch (fn) {
    case 'isNaN':
      return Array.isArray(x) ? x.length > 0 && x.every(Number.isNaN) : typeof x === 'number' && Number.isNaN(x)
    case 'isInf':
      return typeof x === 'number' && !Number.isNaN(x) && !Number.isFinite(x)
    case 'len':
      return x === null ? 0 : Array.isArray(x) ? x.length : 1
    case 'default':
      return x === null || (typeof x === 'number' && Number.isNaN(x)) || (Array.isArray(x) && x.length === 0) ? y : x
    case 'abs':
      return Math.abs(num(x, "'abs'"))
    case 'min':
    case 'max': {
      const all = args.flatMap((a) => (Array.isArray(a) ? a : [num(a, `'${fn}'`)]))
      if (all.length === 0) return null
      return fn === 'min' ? Math.min(...all) : Math.max(...all)
    }
  }
}
