/**
 * The error hierarchy every Shipline action throws. One catch, in `run()`, sorts them:
 * a {@link UserError} is something the user can fix and is reported without a stack trace;
 * anything else is an internal error whose stack appears only with RUNNER_DEBUG=1.
 */

/** A failure the user can act on. `hint` says what to do about it. */
export class UserError extends Error {
  readonly hint: string | undefined
  /** File the failure is about, for the annotation (relative to the workspace). */
  readonly file: string | undefined
  readonly line: number | undefined

  constructor(message: string, options: { hint?: string; file?: string; line?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'UserError'
    this.hint = options.hint
    this.file = options.file
    this.line = options.line
  }
}

/** An input that does not have the accepted form. The message names the input, the value and the form. */
export class InputError extends UserError {
  readonly input: string
  readonly value: string
  readonly accepted: string

  constructor(input: string, value: string, accepted: string, options: { hint?: string; cause?: unknown } = {}) {
    super(`Input '${input}': ${quote(value)} ${accepted}`, options)
    this.name = 'InputError'
    this.input = input
    this.value = value
    this.accepted = accepted
  }
}

/** A remote service (GitHub, a registry, a host) answered with an error. */
export class RemoteError extends UserError {
  readonly status: number | undefined
  readonly operation: string

  constructor(
    operation: string,
    status: number | undefined,
    detail: string,
    options: { hint?: string; cause?: unknown } = {},
  ) {
    super(`${operation} failed${status === undefined ? '' : ` (HTTP ${status})`}: ${detail}`, options)
    this.name = 'RemoteError'
    this.status = status
    this.operation = operation
  }
}

/** Quote a value for an error message; long values are shortened, newlines shown as \n. */
export function quote(value: string, max = 120): string {
  const flat = value.replace(/\r?\n/g, '\\n')
  const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
  return `'${cut}'`
}

/** Turn anything thrown into a message, without losing non-Error throws. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'string') return error
  try {
    return JSON.stringify(error)
  } catch {
    return String(error)
  }
}
