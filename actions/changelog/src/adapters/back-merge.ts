/**
 * The back-merge pull request (trunk → long-lived branch) through the API: found by head/base among the open PRs,
 * else opened; its body is updated when the drift changed. A re-run converges on one PR: a create that loses a race
 * ("A pull request already exists") looks it up again.
 */
import { toRemoteError, type GitHubClient } from '@shipline/core'

export interface BackMerge {
  number: number
  url: string
  action: 'opened' | 'updated' | 'unchanged'
}

const HINTS = { 403: "The token needs 'pull-requests: write' (and 'contents: read') to open the back-merge PR." }

async function findOpen(
  api: GitHubClient,
  owner: string,
  repo: string,
  trunk: string,
  branch: string,
): Promise<{ number: number; html_url: string; body: string | null } | undefined> {
  const { data } = await api.rest.pulls.list({
    owner,
    repo,
    head: `${owner}:${trunk}`,
    base: branch,
    state: 'open',
    per_page: 10,
  })
  return data[0]
}

export async function ensureBackMerge(
  api: GitHubClient,
  repository: string,
  trunk: string,
  branch: string,
  body: string,
): Promise<BackMerge> {
  const [owner = '', repo = ''] = repository.split('/')
  try {
    const open = await findOpen(api, owner, repo, trunk, branch)
    if (open) {
      if ((open.body ?? '') === body) return { number: open.number, url: open.html_url, action: 'unchanged' }
      await api.rest.pulls.update({ owner, repo, pull_number: open.number, body })
      return { number: open.number, url: open.html_url, action: 'updated' }
    }
    try {
      // Not retried blindly: a lost answer is settled by looking the PR up again below.
      const { data } = await api.rest.pulls.create({
        owner,
        repo,
        head: trunk,
        base: branch,
        title: `Back-merge ${trunk} into ${branch}`,
        body,
        request: { retries: 0 },
      })
      return { number: data.number, url: data.html_url, action: 'opened' }
    } catch (e) {
      const again = await findOpen(api, owner, repo, trunk, branch)
      if (again) return { number: again.number, url: again.html_url, action: 'unchanged' }
      throw e
    }
  } catch (e) {
    throw toRemoteError(`Back-merge PR ${trunk} → ${branch}`, e, HINTS)
  }
}
