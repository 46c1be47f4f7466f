/**
 * Labels of the issues the range's pull requests close, with a bounded number of API calls: page through the
 * repository's issues updated since the range began (an issue a PR closed in the range was updated then), most
 * recent first, until every wanted issue is found. Never one call per issue.
 */
import { callGitHub, type GitHubClient } from '@shipline/core'

const HINTS = {
  403: "The token needs 'issues: read' to read the labels of closed issues (add it under the job's permissions), or use source: commits.",
}

export async function issueLabels(
  client: GitHubClient,
  owner: string,
  repo: string,
  wanted: ReadonlySet<number>,
  since: Date,
  maxPages = 5,
): Promise<{ labels: Map<number, string[]>; calls: number }> {
  const labels = new Map<number, string[]>()
  let calls = 0
  if (!wanted.size) return { labels, calls }
  for (let page = 1; page <= maxPages && labels.size < wanted.size; page++) {
    const { data } = await callGitHub(
      `List the issues of ${owner}/${repo}`,
      () =>
        client.rest.issues.listForRepo({
          owner,
          repo,
          state: 'all',
          since: since.toISOString(),
          sort: 'updated',
          direction: 'desc',
          per_page: 100,
          page,
        }),
      { hints: HINTS },
    )
    calls++
    for (const i of data) {
      if (i.pull_request || !wanted.has(i.number)) continue
      labels.set(i.number, i.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean))
    }
    if (data.length < 100) break
  }
  return { labels, calls }
}
