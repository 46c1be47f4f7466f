/**
 * Pull requests for a run's commits (`source: labels` or `both`): matched to the commits, with the labels of the
 * issues they close. Loaded only when a run reads pull requests.
 */
import { createGitHubClient, messageOf } from '@shipline/core'
import { issueLabels } from './adapters/issues.js'
import { findPulls } from './adapters/pulls.js'
import { withIssueLabels } from './domain/closing.js'
import type { ChangelogEngine } from './domain/engine.js'
import type { ParsedCommit, PullInfo } from './domain/types.js'
import type { ChangelogOptions } from './pipeline.js'

/** Pull requests for the commits; with `both` (the default when a token exists) a failure is only a warning. */
export async function tryPulls(o: ChangelogOptions, engine: ChangelogEngine, count: number): Promise<number> {
  try {
    return await addPulls(o, engine, count)
  } catch (e) {
    // With `both` the commits alone still make a complete changelog.
    if (o.source === 'labels') throw e
    o.log.warning(`Could not read pull requests (${messageOf(e)}); describing the commits from their messages only.`)
    return 0
  }
}

async function addPulls(o: ChangelogOptions, engine: ChangelogEngine, count: number): Promise<number> {
  const [owner = '', repo = ''] = (o.repository ?? '').split('/')
  // Failed requests are reported once, by this action (retried ones are not errors): octokit's own lines go to the log.
  const quiet = (): void => undefined
  const log = { debug: quiet, info: quiet, warn: (m: string) => o.log.warning(m), error: (m: string) => o.log.info(m) }
  const client = await createGitHubClient({ token: o.token ?? '', action: 'changelog', log })
  const commits = engine.parsed()
  const found = await findPulls(client, commits, { owner, repo })
  const closed = await closedIssueLabels(o, client, commits, found.pulls)
  engine.attachPulls(found.pulls)
  o.log.info(`Matched ${found.pulls.size} pull requests to ${count} commits with ${found.calls} API calls`)
  if (found.truncated)
    o.log.warning(
      `Stopped listing pull requests after ${found.calls} pages; older PRs in the range are described from their commits only.`,
    )
  return found.calls + closed
}

/**
 * Labels of the issues each PR closes (its body's closing keywords, and its commits' `Closes #N` footers) are added
 * to the PR's own; returns the API calls made (none when no PR closes an issue).
 */
async function closedIssueLabels(
  o: ChangelogOptions,
  client: Awaited<ReturnType<typeof createGitHubClient>>,
  commits: readonly ParsedCommit[],
  pulls: Map<string, PullInfo>,
): Promise<number> {
  for (const c of commits) {
    const p = pulls.get(c.sha)
    if (p && c.issues.length) p.closes = [...new Set([...(p.closes ?? []), ...c.issues])]
  }
  const wanted = new Set([...pulls.values()].flatMap((p) => p.closes ?? []))
  if (!wanted.size) return 0
  const [owner = '', repo = ''] = (o.repository ?? '').split('/')
  // A loop, not Math.min(...dates): spreading a long history's dates would overflow the call stack.
  let oldest = Number.POSITIVE_INFINITY
  for (const c of commits) {
    const t = Date.parse(c.date)
    if (t < oldest) oldest = t
  }
  const { labels, calls } = await issueLabels(client, owner, repo, wanted, new Date(oldest - 24 * 3600 * 1000))
  for (const [sha, p] of pulls) pulls.set(sha, withIssueLabels(p, labels))
  o.log.info(`Read the labels of ${labels.size} of ${wanted.size} closed issue(s) with ${calls} API call(s)`)
  return calls
}
