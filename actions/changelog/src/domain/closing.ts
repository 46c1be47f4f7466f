/**
 * Issues a pull request closes, by GitHub's closing keywords (close/closes/closed, fix/fixes/fixed,
 * resolve/resolves/resolved, optionally followed by a colon) and one reference each: `#12`, `owner/repo#12` or an
 * issue URL; references to other repositories are ignored. Like GitHub, `Closes #1, #2` closes only #1. Pure.
 */
const KEYWORD =
  /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\b:?[ \t]+(?:([\w.-]+\/[\w.-]+)?#(\d+)|https?:\/\/[^\s/]+\/([\w.-]+\/[\w.-]+)\/issues\/(\d+))\b/gi

export function closingIssues(text: string | null | undefined, repository?: string): number[] {
  if (!text) return []
  const here = repository?.toLowerCase()
  const found = new Set<number>()
  for (const m of text.replace(/<!--[\s\S]*?-->/g, '').matchAll(KEYWORD)) {
    const repo = (m[1] ?? m[3])?.toLowerCase()
    if (repo && repo !== here) continue
    const n = Number(m[2] ?? m[4])
    if (Number.isSafeInteger(n) && n > 0) found.add(n)
  }
  return [...found]
}

/** Labels for each PR from the issues it closes, merged into its own (deduplicated, case-insensitively). */
export function withIssueLabels<T extends { labels: string[]; closes?: number[] }>(
  pull: T,
  issueLabels: ReadonlyMap<number, readonly string[]>,
): T & { issueLabels?: string[] } {
  const extra: string[] = []
  const seen = new Set(pull.labels.map((l) => l.toLowerCase()))
  for (const n of pull.closes ?? []) {
    for (const l of issueLabels.get(n) ?? []) {
      if (seen.has(l.toLowerCase())) continue
      seen.add(l.toLowerCase())
      extra.push(l)
    }
  }
  return extra.length ? { ...pull, labels: [...pull.labels, ...extra], issueLabels: extra } : pull
}
