/**
 * The GitHub Deployment record: created when a token is given and the API answers, statuses in_progress →
 * success/failure with environment_url and log_url; earlier deployments of the environment become inactive
 * (auto_inactive). Any API failure is a warning: the deploy itself never depends on GitHub.
 */
import {
  createGitHubClient,
  currentRepo,
  messageOf,
  toRemoteError,
  warning,
  info,
  type GitHubClient,
} from '@shipline/core'

export interface DeploymentRecord {
  id: number | undefined
  finish(state: 'success' | 'failure', description: string): Promise<void>
}

const NONE: DeploymentRecord = { id: undefined, finish: async () => undefined }

/** Start a deployment; returns a no-op record when there is no token, no repository, or the API fails. */
export async function startDeployment(opts: {
  token: string
  environment: string
  ref: string
  app: string
  version: string
  environmentUrl?: string
  logUrl?: string
}): Promise<DeploymentRecord> {
  if (!opts.token || !process.env.GITHUB_REPOSITORY) return NONE
  let client: GitHubClient
  let repo: { owner: string; repo: string }
  let id: number
  try {
    repo = currentRepo()
    client = await createGitHubClient({ token: opts.token, action: 'atomic-deploy', retries: 2 })
    const res = await client.rest.repos.createDeployment({
      ...repo,
      ref: opts.ref,
      environment: opts.environment,
      auto_merge: false,
      required_contexts: [],
      description: `${opts.app} ${opts.version}`.slice(0, 140),
      payload: { app: opts.app, version: opts.version },
    })
    if (!('id' in res.data)) throw new Error(messageOf(res.data))
    id = res.data.id
    await status(client, repo, id, 'in_progress', `Deploying ${opts.app} ${opts.version}`, opts)
    info(`GitHub deployment ${id} for environment '${opts.environment}'`)
  } catch (e) {
    warning(`GitHub deployment not recorded: ${messageOf(toRemoteError('Create the deployment', e))}`)
    return NONE
  }
  return {
    id,
    finish: async (state, description) => {
      try {
        await status(client, repo, id, state, description, opts)
      } catch (e) {
        warning(`GitHub deployment status '${state}' not recorded: ${messageOf(toRemoteError('Set its status', e))}`)
      }
    },
  }
}

async function status(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  id: number,
  state: 'in_progress' | 'success' | 'failure',
  description: string,
  opts: { environmentUrl?: string; logUrl?: string },
): Promise<void> {
  await client.rest.repos.createDeploymentStatus({
    ...repo,
    deployment_id: id,
    state,
    description: description.slice(0, 140),
    auto_inactive: true,
    ...(opts.environmentUrl ? { environment_url: opts.environmentUrl } : {}),
    ...(opts.logUrl ? { log_url: opts.logUrl } : {}),
  })
}
