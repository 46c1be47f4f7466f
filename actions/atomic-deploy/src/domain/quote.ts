/**
 * The one place where values meet a shell. Every remote command is a fixed script run as
 * `sh -c <script> shipline <arg1> <arg2> …`; over SSH the remote login shell parses that line, so each word is
 * single-quoted here. Inside single quotes a POSIX shell interprets nothing, and a `'` is written as `'\''`.
 */

/** Quote one word for a POSIX shell. Refuses NUL, which no argument can carry. */
export function shellQuote(value: string): string {
  if (value.includes('\0')) throw new Error('A shell argument cannot contain a NUL byte')
  return `'${value.replace(/'/g, `'\\''`)}'`
}

/** The command line that runs a fixed `script` with positional `args` under `sh` on the far side. */
export function shellCommand(script: string, args: readonly string[]): string {
  return ['sh', '-c', script, 'shipline', ...args].map(shellQuote).join(' ')
}
