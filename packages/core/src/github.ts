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
  if (!owner || !repo) throw new UserError(`GITHUB_REPOSITORY is '${full}', expected 'owner/repo'`, { hint: 'Run inside GitHub Actions or set GITHUB_REPOSITORY.' })
  return { owner, repo }
}

export async function createGitHubClient(options: ClientOptions) {
  if (!options.token) {
    throw new UserError('No GitHub token was given', { hint: "Set the 'token' input (it defaults to ${{ github.token }})." })
  }
  core.setSecret(options.token)
  const [{ Octokit }, { retry }, { throttling }] = await Promise.all([
    import('@octokit/rest'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
  ])
  const retries = options.retries ?? 3
  const Client = Octokit.plugin(retry, throttling)
  const log = options.log ?? { debug: core.debug, info: core.info, warn: core.warning, error: core.error }
  return new Client({
    auth: options.token,
    baseUrl: options.baseUrl ?? apiBaseUrl(),
    userAgent: `shipline/${SUITE_VERSION}${options.action ? ` (${options.action})` : ''}`,
    log,
    request: { retries },
    retry: { doNotRetry: [400, 401, 404, 409, 410, 422, 451] },
    throttle: {
      onRateLimit: (retryAfter: number, opts: { method: string; url: string }, _o: unknown, retryCount: number) => {
        core.warning(`GitHub rate limit hit for ${opts.method} ${opts.url}; retrying in ${retryAfter}s (try ${retryCount + 1} of ${retries})`)
        return retryCount < retries
      },
      onSecondaryRateLimit: (retryAfter: number, opts: { method: string; url: string }, _o: unknown, retryCount: number) => {
        core.warning(`GitHub secondary rate limit for ${opts.method} ${opts.url}; retrying in ${retryAfter}s (try ${retryCount + 1} of ${retries})`)
        return retryCount < retries
      },
    },
  })
}
