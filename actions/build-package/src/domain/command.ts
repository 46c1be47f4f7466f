/**
 * Split a command input into an argument vector, without a shell. The grammar is small and documented in the
 * README:
 * - words are separated by spaces, tabs or newlines;
 * - `'single quotes'` keep everything literally;
 * - `"double quotes"` keep spaces; inside them `\"` and `\\` are escapes;
 * - outside quotes a backslash escapes the next character;
 * - unquoted shell operators (`|`, `&&`, `||`, `;`, `>`, `<`, `&`, `$(`, backticks) are refused, because nothing
 *   would interpret them: put such pipelines in a package.json script instead.
 */

/** A command input that cannot be turned into an argument vector. */
export class CommandSyntaxError extends Error {}

const OPERATORS = /^(\|\|?|&&?|;|>>?|<|2>&1|2>)$/

export function splitCommand(text: string): string[] {
  const args: string[] = []
  let current = ''
  let inWord = false
  let quote: '"' | "'" | undefined
  let quotedWord = false
  const chars = [...text]
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string
    if (quote === "'") {
      if (c === "'") quote = undefined
      else current += c
      continue
    }
    if (quote === '"') {
      if (c === '"') quote = undefined
      else if (c === '\\' && (chars[i + 1] === '"' || chars[i + 1] === '\\')) current += chars[++i]
      else current += c
      continue
    }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (inWord) pushWord()
      continue
    }
    inWord = true
    if (c === "'" || c === '"') {
      quote = c
      quotedWord = true
    } else if (c === '\\') {
      if (i + 1 >= chars.length) throw new CommandSyntaxError('ends with a lone backslash')
      current += chars[++i]
      quotedWord = true
    } else if (c === '`' || (c === '$' && chars[i + 1] === '(')) {
      throw new CommandSyntaxError(
        `uses shell substitution '${c === '`' ? '`' : '$('}', and commands run without a shell`,
      )
    } else {
      current += c
    }
  }
  if (quote) throw new CommandSyntaxError(`has an unclosed ${quote === '"' ? 'double' : 'single'} quote`)
  if (inWord) pushWord()
  if (args.length === 0) throw new CommandSyntaxError('is empty')
  return args

  function pushWord(): void {
    if (!quotedWord && OPERATORS.test(current)) {
      throw new CommandSyntaxError(`uses the shell operator '${current}', and commands run without a shell`)
    }
    args.push(current)
    current = ''
    inWord = false
    quotedWord = false
  }
}

/** Render an argument vector for logs, quoting words that need it (the inverse of {@link splitCommand}). */
export function formatCommand(args: readonly string[]): string {
  return args.map((a) => (a !== '' && /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ')
}
