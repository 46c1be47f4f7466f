/**
 * A small, safe expression language for metric conditions (`result < 0.01`, `isNaN(result) || result >= 0.95`).
 * Tokenizer (expr-tokens.ts) → recursive-descent parser (expr-parser.ts) → an AST evaluated by a plain interpreter
 * (expr-evaluate.ts); this module compiles and is the one others import. There is no `eval`, no `Function`, no
 * property access and no names except `result`, `true`, `false`, the stable's recorded band (`band_mean`,
 * `band_p50`, `band_p95`, `band_min`, `band_max`, from a `baselineCheck` step) and a fixed set of functions, so
 * an unknown name is refused when the expression is compiled (at input-validation time), not mid-rollout.
 */
import { evaluate, type BandValues, type Value } from './expr-evaluate.js'
import { Parser, type FnName, type Node } from './expr-parser.js'
import { ExprError, tokenize } from './expr-tokens.js'

export { ExprError } from './expr-tokens.js'
export { BAND_STATS, KNOWN_NAMES, type BandStat } from './expr-parser.js'
export type { BandValues, Value } from './expr-evaluate.js'

const MAX_LENGTH = 1000

/** A compiled condition. */
export interface Expression {
  readonly source: string
  /**
   * Evaluate against a measured value (and the stable's recorded band, for `band_*` names); throws
   * {@link ExprError} on a type error (e.g. comparing a list) or a `band_*` name with no band recorded.
   */
  evaluate(result: Value, band?: BandValues): Value
  /** True when the expression calls the named function (e.g. `isNaN`: the user handles NaN explicitly). */
  uses(fn: FnName): boolean
  /** True when the expression names the stable's band (`band_p95`, ...). */
  readonly usesBand: boolean
}

/** Compile an expression, or throw an {@link ExprError} naming what is wrong and where. */
export function compile(source: string): Expression {
  if (source.length > MAX_LENGTH) throw new ExprError(`expression longer than ${MAX_LENGTH} characters`)
  const ast = new Parser(tokenize(source), source.length).parse()
  const called = new Set<string>()
  let usesBand = false
  walk(ast, (n) => {
    if (n.t === 'call') called.add(n.fn)
    if (n.t === 'band') usesBand = true
  })
  return { source, evaluate: (result, band) => evaluate(ast, { result, band }), uses: (fn) => called.has(fn), usesBand }
}

function walk(node: Node, visit: (n: Node) => unknown): void {
  visit(node)
  if (node.t === 'call') node.args.forEach((a) => walk(a, visit))
  else if (node.t === 'index') walk(node.target, visit)
  else if (node.t === 'unary') walk(node.arg, visit)
  else if (node.t === 'bin') {
    walk(node.left, visit)
    walk(node.right, visit)
  }
}
