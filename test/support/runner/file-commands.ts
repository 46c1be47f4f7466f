/**
 * A port of the GitHub Actions runner's file-command parser (actions/runner `FileCommandManager.cs`, the
 * `EnvFileKeyValuePairs` reader shared by GITHUB_OUTPUT, GITHUB_ENV and GITHUB_STATE), written from its documented
 * behaviour and its L0 tests:
 *
 * - blank lines are skipped;
 * - `NAME=VALUE`: split at the first `=`; the value may contain `=` and may be empty;
 * - `NAME<<DELIM`: the value is every line up to a line that is exactly `DELIM`; the newline before the closing
 *   delimiter is not part of the value; lines are split on `\n` only (a Linux runner keeps a `\r`; the Windows
 *   runner also splits on `\r\n`, see `windows`);
 * - whichever of `=` and `<<` comes first decides the form;
 * - errors: an empty name, an empty delimiter, a line with neither form, end of file before the delimiter
 *   (`Matching delimiter not found`), and a last value line with no newline (`EOF marker missing new line`).
 *
 * One stricter check than the runner, on by default (`strict`): a heredoc value that contains its own delimiter is
 * reported, because the toolkit refuses to write one (`@actions/core` file-command.ts: a writer must pick a
 * delimiter that does not occur in the value), so it can only come from a broken writer. The runner itself
 * accepts e.g. a value line ` EOF` under the delimiter `EOF`; `strict: false` parses exactly as it does.
 */

/** A malformed file-command file; the runner fails the step with this message. */
export class FileCommandError extends Error {
  constructor(
    readonly command: string,
    message: string,
  ) {
    super(`Unable to process file command '${command}' successfully: ${message}`)
    this.name = 'FileCommandError'
  }
}

export interface ParseOptions {
  /** Which command the file belongs to ('output', 'env', 'state'), for messages. */
  command?: string
  /** Also accept `\r\n` line ends, as the Windows runner does (default false: a Linux runner). */
  windows?: boolean
  /** Refuse a heredoc value that contains its delimiter (default true; false = the runner's own rules). */
  strict?: boolean
}

interface Line {
  text: string
  newline: string | null
}

function readLine(text: string, at: { index: number }, windows: boolean): Line | null {
  if (at.index >= text.length) return null
  const start = at.index
  const lf = text.indexOf('\n', start)
  if (lf < 0) {
    at.index = text.length
    return { text: text.slice(start), newline: null }
  }
  if (windows && lf > start && text[lf - 1] === '\r') {
    at.index = lf + 1
    return { text: text.slice(start, lf - 1), newline: '\r\n' }
  }
  at.index = lf + 1
  return { text: text.slice(start, lf), newline: '\n' }
}

function readHeredoc(text: string, at: { index: number }, delimiter: string, opts: Required<ParseOptions>): string {
  const start = at.index
  let end = at.index
  for (;;) {
    const line = readLine(text, at, opts.windows)
    if (line === null)
      throw new FileCommandError(opts.command, `Invalid value. Matching delimiter not found '${delimiter}'`)
    if (line.text === delimiter) break
    if (line.newline === null) throw new FileCommandError(opts.command, 'Invalid value. EOF marker missing new line.')
    end = at.index - line.newline.length
  }
  const value = end > start ? text.slice(start, end) : ''
  if (opts.strict && value.includes(delimiter)) {
    throw new FileCommandError(opts.command, `Invalid value. The value contains its delimiter '${delimiter}'`)
  }
  return value
}

/** Parse a GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file into name → value (a later name wins). */
export function parseKeyValueFile(text: string, options: ParseOptions = {}): Record<string, string> {
  const opts: Required<ParseOptions> = {
    command: options.command ?? 'file',
    windows: options.windows ?? false,
    strict: options.strict ?? true,
  }
  const result: Record<string, string> = {}
  const at = { index: 0 }
  for (let line = readLine(text, at, opts.windows); line !== null; line = readLine(text, at, opts.windows)) {
    if (line.text === '') continue
    const eq = line.text.indexOf('=')
    const heredoc = line.text.indexOf('<<')
    if (heredoc >= 0 && (eq < 0 || heredoc < eq)) {
      const name = line.text.slice(0, heredoc)
      const delimiter = line.text.slice(heredoc + 2)
      if (!name || !delimiter) {
        throw new FileCommandError(
          opts.command,
          `Invalid format '${line.text}'. Name must not be empty and delimiter must not be empty`,
        )
      }
      result[name] = readHeredoc(text, at, delimiter, opts)
    } else if (eq >= 0) {
      const name = line.text.slice(0, eq)
      if (!name) throw new FileCommandError(opts.command, `Invalid format '${line.text}'. Name must not be empty`)
      result[name] = line.text.slice(eq + 1)
    } else {
      throw new FileCommandError(opts.command, `Invalid format '${line.text}'`)
    }
  }
  return result
}

/** Names the runner refuses to take from GITHUB_ENV (it fails the step). */
export const BLOCKED_ENV_NAMES: readonly string[] = ['NODE_OPTIONS']

/** Parse GITHUB_ENV: the key/value rules plus the runner's blocked names. */
export function parseEnvFile(text: string, options: Omit<ParseOptions, 'command'> = {}): Record<string, string> {
  const env = parseKeyValueFile(text, { ...options, command: 'env' })
  for (const name of Object.keys(env)) {
    if (BLOCKED_ENV_NAMES.includes(name.toUpperCase())) {
      throw new FileCommandError('env', `Can't store ${name} output parameter using '$GITHUB_ENV' command.`)
    }
  }
  return env
}

/**
 * Parse GITHUB_PATH: one directory a line, blanks skipped. The runner prepends each in turn, so the last line
 * ends up first; the result is in that final PATH order, without duplicates.
 */
export function parsePathFile(text: string): string[] {
  const order: string[] = []
  for (const line of text.split('\n')) {
    if (line === '') continue
    const at = order.indexOf(line)
    if (at >= 0) order.splice(at, 1)
    order.push(line)
  }
  return order.reverse()
}

/** Size limit of the step summary file (the runner refuses a larger one). */
export const STEP_SUMMARY_LIMIT = 1024 * 1024
