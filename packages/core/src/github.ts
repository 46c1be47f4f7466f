/**
 * The GitHub client: @octokit/rest with retry and throttling, base URL from GITHUB_API_URL (so GitHub Enterprise
 * Server works), the token masked, and a user agent naming the suite. Loaded lazily by callers that need it
 * (`await createGitHubClient(...)`), so actions that never talk to GitHub do not pay for octokit at start-up.
 */
import * as core from './runner.js'
import { UserError } from './errors.js'

export const SUITE_VERSION = '0.1.0'

export interface ClientOptions {
  token: string
  /** Defaults to GITHUB_API_URL, then https://api.github.com. */
  baseUrl?: string
  /** Name of the action, for the user agent. */
  action?: string
  /** Retries for 5xx/429/secondary limits (default 3). */
  retries?: number
  /**
   * Space mutating requests as GitHub asks (one write a second, three seconds for ones that notify). Default: on,
   * except for an API on a loopback address (a local emulator or proxy), which has no such limits.
   */
  pacing?: boolean
  /** Where octokit logs; defaults to the runner log. */
  log?: Pick<Console, 'debug' | 'info' | 'warn' | 'error'>
}

export type GitHubClient = Awaited<ReturnType<typeof createGitHubClient>>

/** Resolve the REST API base URL for this runner. */
export function apiBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '')
}

/** `owner/repo` of the workflow run, from GITHUB_REPOSITORY. */
export function currentRepo(env: NodeJS.ProcessEnv = process.env): { owner: string; repo: string } {
  const full = env.GITHUB_REPOSITORY ?? ''
  const [owner, repo] = full.split('/')
  if (!owner || !repo)
    throw new UserError(`GITHUB_REPOSITORY is '${full}', expected 'owner/repo'`, {
      hint: 'Run inside GitHub Actions or set GITHUB_REPOSITORY.',
    })
  return { owner, repo }
}

/** True for http(s)://127.x.x.x, localhost and [::1] API URLs. */
export function isLoopbackUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname
    return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host)
  } catch {
    return false
  }
}

/** A stand-in for plugin-throttling's per-route Bottleneck groups that runs jobs at once (no pacing). */
const UNPACED = {
  key: () => ({
    schedule: <T>(_options: unknown, job: (...args: unknown[]) => T, ...args: unknown[]): T => job(...args),
  }),
}

export async function createGitHubClient(options: ClientOptions) {
  if (!options.token) {
    throw new UserError('No GitHub token was given', {
      hint: "Set the 'token' input (it defaults to ${{ github.token }}).",
    })
  }
  core.setSecret(options.token)
  const [{ Octokit }, { retry }, { throttling }] = await Promise.all([
    import('@octokit/rest'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
  ])
  const retries = options.retries ?? 3
  const baseUrl = options.baseUrl ?? apiBaseUrl()
  const pacing = options.pacing ?? !isLoopbackUrl(baseUrl)
  const Client = Octokit.plugin(retry, throttling)
  // Octokit logs every failed request at error level, including ones the retry plugin then retries: as plain log
  // lines they inform; as error annotations they would flag a job that succeeded. Failures that stick are thrown
  // and reported once by run(). Successful requests (info) go to the debug log.
  const log = options.log ?? {
    debug: core.debug,
    info: core.debug,
    warn: core.warning,
    error: (m: string) => core.info(`GitHub API: ${m}`),
  }
  return new Client({
    auth: options.token,
    baseUrl,
    userAgent: `shipline/${SUITE_VERSION}${options.action ? ` (${options.action})` : ''}`,
    log,
    // 403 is not retried here: a secondary rate limit (a 403 too) is retried by the throttling plugin, and any
    // other 403 (missing permission) will not change by asking again. (`request.retries` would force retries on
    // every status, doNotRetry or not: plugin-retry reads it per request.)
    retry: { retries, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
    throttle: {
      // The plugin only calls `.key(id).schedule(options, job)` on these groups (wrap-request.js).
      ...(pacing ? {} : { write: UNPACED as never, notifications: UNPACED as never }),
      onRateLimit: (retryAfter: number, opts: { method: string; url: string }, _o: unknown, retryCount: number) => {
        core.warning(
          `GitHub rate limit hit for ${opts.method} ${opts.url}; retrying in ${retryAfter}s (try ${retryCount + 1} of ${retries})`,
        )
        return retryCount < retries
      },
      onSecondaryRateLimit: (
        retryAfter: number,
        opts: { method: string; url: string },
        _o: unknown,
        retryCount: number,
      ) => {
        core.warning(
          `GitHub secondary rate limit for ${opts.method} ${opts.url}; retrying in ${retryAfter}s (try ${retryCount + 1} of ${retries})`,
        )
        return retryCount < retries
      },
    },
  })
}
