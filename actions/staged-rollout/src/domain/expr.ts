/**
 * A small, safe expression language for metric conditions (`result < 0.01`, `isNaN(result) || result >= 0.95`).
 * Tokenizer → recursive-descent parser → an AST evaluated by a plain interpreter. There is no `eval`, no
 * `Function`, no property access and no names except `result`, `true`, `false`, the stable's recorded band
 * (`band_mean`, `band_p50`, `band_p95`, `band_min`, `band_max`, from a `baselineCheck` step) and a fixed set of
 * functions, so an unknown name is refused when the expression is compiled (at input-validation time), not mid-rollout.
 */

/** What a condition can see: the measured value (a number, a list of numbers, or null when there was no data). */
export type Value = number | boolean | number[] | null

/** A compile error (with the character position) or a type error during evaluation. */
export class ExprError extends Error {
  constructor(
    message: string,
    readonly position?: number,
  ) {
    super(position === undefined ? message : `${message} at position ${position + 1}`)
    this.name = 'ExprError'
  }
}

type Tok =
  | { kind: 'num'; value: number; pos: number }
  | { kind: 'name'; value: string; pos: number }
  | { kind: 'op'; value: string; pos: number }

type Node =
  | { t: 'num'; v: number }
  | { t: 'bool'; v: boolean }
  | { t: 'result' }
  | { t: 'band'; stat: BandStat }
  | { t: 'call'; fn: FnName; args: Node[] }
  | { t: 'index'; target: Node; index: number }
  | { t: 'unary'; op: '-' | '!'; arg: Node }
  | { t: 'bin'; op: BinOp; left: Node; right: Node }

type BinOp = '+' | '-' | '*' | '/' | '<' | '<=' | '>' | '>=' | '==' | '!=' | '&&' | '||'

const FUNCTIONS = { isNaN: 1, isInf: 1, len: 1, default: 2, abs: 1, min: -1, max: -1 } as const
type FnName = keyof typeof FUNCTIONS

/** The statistics of the stable's normal band a condition can name as `band_<stat>`. */
export const BAND_STATS = ['mean', 'p50', 'p95', 'min', 'max'] as const
export type BandStat = (typeof BAND_STATS)[number]
/** The stable's band for this metric, recorded by a `baselineCheck` step. */
export type BandValues = Record<BandStat, number>

/** The names a condition may use, for error messages. */
export const KNOWN_NAMES = ['result', 'true', 'false', ...Object.keys(FUNCTIONS), ...BAND_STATS.map((s) => `band_${s}`)]

interface Env {
  result: Value
  band: BandValues | undefined
}

const MAX_LENGTH = 1000
const MAX_DEPTH = 40

function tokenize(text: string): Tok[] {
  const toks: Tok[] = []
  const re =
    /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+)|([A-Za-z_][A-Za-z0-9_]*)|(<=|>=|==|!=|&&|\|\||[-+*/<>!(),[\]]))/y
  let pos = 0
  while (pos < text.length) {
    if (/^\s*$/.test(text.slice(pos))) break
    re.lastIndex = pos
    const m = re.exec(text)
    if (!m) {
      const at = pos + (text.slice(pos).length - text.slice(pos).trimStart().length)
      throw new ExprError(`unexpected character '${text[at]}'`, at)
    }
    const start = re.lastIndex - m[0].trimStart().length
    if (m[1] !== undefined) toks.push({ kind: 'num', value: Number(m[1]), pos: start })
    else if (m[2] !== undefined) toks.push(wordToken(m[2], start))
    else toks.push({ kind: 'op', value: m[3] as string, pos: start })
    pos = re.lastIndex
  }
  return toks
}

function wordToken(word: string, pos: number): Tok {
  const ops: Record<string, string> = { and: '&&', or: '||', not: '!' }
  return ops[word] ? { kind: 'op', value: ops[word], pos } : { kind: 'name', value: word, pos }
}

class Parser {
  private i = 0
  private depth = 0
  constructor(
    private readonly toks: Tok[],
    private readonly end: number,
  ) {}

  parse(): Node {
    if (this.toks.length === 0) throw new ExprError('empty expression')
    const node = this.or()
    const extra = this.toks[this.i]
    if (extra) throw new ExprError(`unexpected '${extra.value}'`, extra.pos)
    return node
  }

  private peek(value: string): boolean {
    const t = this.toks[this.i]
    return t !== undefined && t.kind === 'op' && t.value === value
  }

  private take(value: string): void {
    const t = this.toks[this.i]
    if (!this.peek(value))
      throw new ExprError(
        t ? `expected '${value}' but found '${t.value}'` : `expected '${value}' at the end`,
        t?.pos ?? this.end,
      )
    this.i++
  }

  private binary(ops: readonly string[], next: () => Node): Node {
    let left = next()
    for (;;) {
      const op = ops.find((o) => this.peek(o))
      if (!op) return left
      this.i++
      left = { t: 'bin', op: op as BinOp, left, right: next() }
    }
  }

  private or = (): Node => this.nested(() => this.binary(['||'], this.and))
  private and = (): Node => this.binary(['&&'], this.not)
  private not = (): Node => {
    if (!this.peek('!')) return this.compare()
    this.i++
    return this.nested(() => ({ t: 'unary', op: '!', arg: this.not() }))
  }
  private compare = (): Node => {
    const left = this.additive()
    const op = ['<=', '>=', '==', '!=', '<', '>'].find((o) => this.peek(o))
    if (!op) return left
    this.i++
    return { t: 'bin', op: op as BinOp, left, right: this.additive() }
  }
  private additive = (): Node => this.binary(['+', '-'], this.multiplicative)
  private multiplicative = (): Node => this.binary(['*', '/'], this.unary)
  private unary = (): Node => {
    if (!this.peek('-')) return this.postfix()
    this.i++
    return this.nested(() => ({ t: 'unary', op: '-', arg: this.unary() }))
  }

  private postfix(): Node {
    let node = this.primary()
    while (this.peek('[')) {
      this.i++
      const t = this.toks[this.i]
      if (!t || t.kind !== 'num' || !Number.isInteger(t.value))
        throw new ExprError('an index must be a whole number', t?.pos ?? this.end)
      this.i++
      this.take(']')
      node = { t: 'index', target: node, index: t.value }
    }
    return node
  }

  private primary(): Node {
    const t = this.toks[this.i]
    if (!t) throw new ExprError('unexpected end of expression', this.end)
    this.i++
    if (t.kind === 'num') return { t: 'num', v: t.value }
    if (t.kind === 'op') {
      if (t.value !== '(') throw new ExprError(`unexpected '${t.value}'`, t.pos)
      const inner = this.or()
      this.take(')')
      return inner
    }
    return this.name(t)
  }

  private name(t: { value: string; pos: number }): Node {
    if (t.value === 'result') return { t: 'result' }
    if (t.value === 'true' || t.value === 'false') return { t: 'bool', v: t.value === 'true' }
    const stat = t.value.startsWith('band_') ? t.value.slice(5) : ''
    if ((BAND_STATS as readonly string[]).includes(stat)) return { t: 'band', stat: stat as BandStat }
    if (!Object.hasOwn(FUNCTIONS, t.value))
      throw new ExprError(`unknown name '${t.value}' (known: ${KNOWN_NAMES.join(', ')})`, t.pos)
    const fn = t.value as FnName
    if (!this.peek('(')) throw new ExprError(`'${fn}' is a function: call it as ${fn}(...)`, t.pos)
    this.take('(')
    const args: Node[] = []
    if (!this.peek(')')) {
      args.push(this.or())
      while (this.peek(',')) {
        this.i++
        args.push(this.or())
      }
    }
    this.take(')')
    const arity: number = FUNCTIONS[fn]
    if ((arity >= 0 && args.length !== arity) || (arity < 0 && args.length === 0)) {
      throw new ExprError(
        `'${fn}' takes ${arity < 0 ? 'one or more arguments' : `${arity} argument${arity === 1 ? '' : 's'}`}, got ${args.length}`,
        t.pos,
      )
    }
    return { t: 'call', fn, args }
  }

  private nested<T>(fn: () => T): T {
    if (++this.depth > MAX_DEPTH) throw new ExprError(`expression nested deeper than ${MAX_DEPTH} levels`)
    try {
      return fn()
    } finally {
      this.depth--
    }
  }
}

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

function evaluate(node: Node, env: Env): Value {
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
