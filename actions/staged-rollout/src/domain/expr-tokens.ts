/**
 * The tokenizer of the condition language (expr.ts): numbers, names (`and`/`or`/`not` become operators) and
 * operators, each with its character position for error messages. Pure.
 */

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

export type Tok =
  | { kind: 'num'; value: number; pos: number }
  | { kind: 'name'; value: string; pos: number }
  | { kind: 'op'; value: string; pos: number }

export function tokenize(text: string): Tok[] {
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
