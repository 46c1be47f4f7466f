/** New contributors and the structured `json` output. Pure. */
import type { EngineResult } from './engine.js'
import type { ParsedCommit } from './types.js'

const BOT = /\[bot\]|^dependabot|^renovate|github-actions/i

/**
 * Authors whose first commit is in this range: not in `earlier` (emails, lower-case, of authors before the range).
 * Bots are left out. Oldest first contribution first.
 */
export function newContributors(
  entries: Iterable<{ commit: ParsedCommit }>,
  earlier: ReadonlySet<string>,
): { name: string; first: ParsedCommit }[] {
  const firsts = new Map<string, ParsedCommit>()
  for (const { commit } of entries) {
    const email = commit.authorEmail.toLowerCase()
    if (earlier.has(email) || BOT.test(commit.authorName) || BOT.test(email)) continue
    firsts.set(email, commit) // entries are newest first: the last one seen is the oldest
  }
  return [...firsts.values()]
    .reverse()
    .map((c) => ({ name: c.pull?.author ? `@${c.pull.author}` : c.authorName, first: c }))
}

/** The `json` output: structured data for later steps. */
export function toJson(r: EngineResult, range: { from?: string; to: string; fromSha?: string; toSha: string }): object {
  const counts = r.entries.counts()
  return {
    version: r.version,
    previousVersion: r.previousVersion ?? null,
    releaseType: r.releaseType,
    breaking: r.breaking,
    range,
    counts: {
      total: r.total,
      listed: r.entries.length,
      nonConventional: r.nonConventional.length,
      reverted: r.cancelled.length * 2,
      skipped: r.skipped.length,
      merges: r.merges,
    },
    sections: Object.fromEntries(r.sections.map((s) => [s.key, counts.get(s) ?? 0]).filter(([, n]) => n !== 0)),
    commits: r.entries.map(({ commit: c, section, impact }) => ({
      sha: c.sha,
      type: c.type ?? null,
      scope: c.scope ?? null,
      subject: c.subject,
      section: section.key,
      impact,
      breaking: c.breaking,
      notes: c.notes,
      pr: c.pr ?? null,
      issues: c.issues,
      author: c.pull?.author ?? c.authorName,
      labels: c.pull?.labels ?? [],
    })),
  }
}
