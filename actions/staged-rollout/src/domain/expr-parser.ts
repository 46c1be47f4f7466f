/**
 * The parser of the condition language (expr.ts): a recursive-descent parser from tokens to an AST, which refuses
 * unknown names, wrong arities and nesting beyond a fixed depth. Pure.
 */
import { ExprError, type Tok } from './expr-tokens.js'

export type Node =
  | { t: 'num'; v: number }
  | { t: 'bool'; v: boolean }
  | { t: 'result' }
  | { t: 'band'; stat: BandStat }
  | { t: 'call'; fn: FnName; args: Node[] }
  | { t: 'index'; target: Node; index: number }
  | { t: 'unary'; op: '-' | '!'; arg: Node }
  | { t: 'bin'; op: BinOp; left: Node; right: Node }

export type BinOp = '+' | '-' | '*' | '/' | '<' | '<=' | '>' | '>=' | '==' | '!=' | '&&' | '||'

export const FUNCTIONS = { isNaN: 1, isInf: 1, len: 1, default: 2, abs: 1, min: -1, max: -1 } as const
export type FnName = keyof typeof FUNCTIONS

/** The statistics of the stable's normal band a condition can name as `band_<stat>`. */
export const BAND_STATS = ['mean', 'p50', 'p95', 'min', 'max'] as const
export type BandStat = (typeof BAND_STATS)[number]

/** The names a condition may use, for error messages. */
export const KNOWN_NAMES = ['result', 'true', 'false', ...Object.keys(FUNCTIONS), ...BAND_STATS.map((s) => `band_${s}`)]

const MAX_DEPTH = 40

export class Parser {
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
