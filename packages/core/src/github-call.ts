/**
 * The one conversion of a failed GitHub API request into a {@link RemoteError}: what was being done, the HTTP
 * status, GitHub's own message and a hint saying what to fix (token permissions for a 403). Pure: it looks at the
 * thrown value only (octokit's `RequestError` carries `status` and `response.data.message`).
 */
import { RemoteError } from './errors.js'

/** Hints by HTTP status; a caller's hints win over {@link GITHUB_HINTS}. */
export type StatusHints = Readonly<Partial<Record<number, string>>>

/** What a status usually means for an action's GitHub token. */
export const GITHUB_HINTS: StatusHints = {
  401: 'The token was refused; check the token input.',
  403: "The token may lack the permission this needs: add it under the job's permissions.",
  404: 'Check the repository, and that the token can see it.',
}

const SERVER_HINT = 'GitHub had a server error (retried); re-run the job later.'

interface HttpFailure {
  status?: unknown
  message?: string
  response?: { data?: { message?: unknown } }
}

/** The HTTP status of a thrown request error, or undefined for anything else (a bug, a network error). */
export function statusOf(error: unknown): number | undefined {
  const status = (error as HttpFailure | undefined)?.status
  return typeof status === 'number' ? status : undefined
}

/**
 * Turn an HTTP failure into a {@link RemoteError} naming the operation; an error that is already a RemoteError or
 * carries no HTTP status is returned as it is.
 */
export function toRemoteError(operation: string, error: unknown, hints: StatusHints = {}): unknown {
  const status = statusOf(error)
  if (status === undefined || error instanceof RemoteError) return error
  const e = error as HttpFailure
  const message = e.response?.data?.message
  const detail = typeof message === 'string' && message !== '' ? message : (e.message ?? 'no detail')
  const hint = hints[status] ?? GITHUB_HINTS[status] ?? (status >= 500 ? SERVER_HINT : undefined)
  return new RemoteError(operation, status, detail, { ...(hint ? { hint } : {}), cause: error })
}

export interface CallOptions {
  /** Statuses that mean "not there": the call resolves to undefined instead of failing. */
  absent?: readonly number[]
  /** Hints by status for this call (e.g. the permission a 403 is about). */
  hints?: StatusHints
}

/** Run one API request; failures are reported through {@link toRemoteError}. */
export async function callGitHub<T>(
  operation: string,
  request: () => Promise<T>,
  opts?: { hints?: StatusHints },
): Promise<T>
export async function callGitHub<T>(
  operation: string,
  request: () => Promise<T>,
  opts: CallOptions & { absent: readonly number[] },
): Promise<T | undefined>
export async function callGitHub<T>(
  operation: string,
  request: () => Promise<T>,
  opts: CallOptions = {},
): Promise<T | undefined> {
  try {
    return await request()
  } catch (error) {
    if (opts.absent?.includes(statusOf(error) ?? 0)) return undefined
    throw toRemoteError(operation, error, opts.hints)
  }
}
