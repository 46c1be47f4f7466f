/**
 * Find the pull requests merged in a range with a bounded number of API calls: page through closed PRs, most
 * recently updated first, and stop once a page reaches PRs last updated before the range's oldest commit (a PR
 * merged in the range was updated at or after its merge). A PR is matched to a commit by its merge commit sha
 * (merge and squash merges) or by the `(#N)` / `Merge pull request #N` number in the commit. Never one call per
 * commit.
 */
import { callGitHub, type GitHubClient } from '@shipline/core'
import { closingIssues } from '../domain/closing.js'
import type { ParsedCommit, PullInfo } from '../domain/types.js'

/** Options of {@link findPulls}. */
export interface FindPullsOptions {
  owner: string
  repo: string
  /** Upper bound on list calls (100 PRs each). */
  maxPages?: number
}

/** What was found, and how much it cost. */
export interface FoundPulls {
  /** Commit sha → its PR. */
  pulls: Map<string, PullInfo>
  calls: number
  /** True when `maxPages` ran out before the range's start was reached. */
  truncated: boolean
}

/** What a failed read means for the changelog's token. */
export const HINTS = {
  403: "The token needs 'pull-requests: read' to read PR labels (add it under the job's permissions), or use source: commits.",
  404: "Check the repository, and that the token can see it ('pull-requests: read'), or use source: commits.",
}

/** A day of slack for clock skew between a commit's date and the PR's timestamps. */
const SLACK_MS = 24 * 3600 * 1000

/** Match merged PRs to the range's commits. */
export async function findPulls(
  client: GitHubClient,
  commits: readonly ParsedCommit[],
  opts: FindPullsOptions,
): Promise<FoundPulls> {
  const pulls = new Map<string, PullInfo>()
  if (commits.length === 0) return { pulls, calls: 0, truncated: false }
  const bySha = new Set(commits.map((c) => c.sha))
  const byNumber = new Map<number, string>()
  let oldest = Number.POSITIVE_INFINITY
  for (const c of commits) {
    if (c.pr !== undefined && !byNumber.has(c.pr)) byNumber.set(c.pr, c.sha)
    const t = Date.parse(c.date)
    if (t < oldest) oldest = t
  }
  const stopBefore = oldest - SLACK_MS
  const maxPages = opts.maxPages ?? 10
  let calls = 0
  for (let page = 1; page <= maxPages; page++) {
    const { data } = await callGitHub(
      `List the pull requests of ${opts.owner}/${opts.repo}`,
      () =>
        client.rest.pulls.list({
          owner: opts.owner,
          repo: opts.repo,
          state: 'closed',
          sort: 'updated',
          direction: 'desc',
          per_page: 100,
          page,
        }),
      { hints: HINTS },
    )
    calls++
    for (const pr of data) {
      if (!pr.merged_at) continue
      const sha = pr.merge_commit_sha && bySha.has(pr.merge_commit_sha) ? pr.merge_commit_sha : byNumber.get(pr.number)
      if (!sha || pulls.has(sha)) continue
      pulls.set(sha, {
        number: pr.number,
        title: pr.title,
        labels: pr.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
        ...(pr.user?.login ? { author: pr.user.login } : {}),
        url: pr.html_url,
        closes: closingIssues(pr.body, `${opts.owner}/${opts.repo}`),
      })
    }
    const last = data[data.length - 1]
    if (data.length < 100 || !last || Date.parse(last.updated_at) < stopBefore)
      return { pulls, calls, truncated: false }
  }
  return { pulls, calls, truncated: true }
}
