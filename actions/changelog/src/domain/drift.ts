/**
 * Drift of long-lived branches from the trunk (git-flow's develop, maintenance lines): how far behind and ahead,
 * which files both sides changed since they parted, and whether the trunk merges in cleanly. Pure: facts in
 * (from adapters/drift.ts), rows, verdicts and the summary out.
 */
import { codeSpan, Summary } from '@shipline/core'

export interface DriftFacts {
  branch: string
  trunk: string
  /** Commits on the trunk that the branch lacks. */
  behind: number
  /** Commits on the branch that the trunk lacks. */
  ahead: number
  /** Merge base; undefined when the two share no history. */
  base?: string
  /** Files changed on each side since the merge base. */
  trunkFiles: readonly string[]
  branchFiles: readonly string[]
  /** `git merge-tree --write-tree` of trunk into branch: clean, or the conflicted files. */
  merge: { clean: boolean; conflicts: readonly string[] } | 'unrelated'
}

export type DriftState = 'up to date' | 'clean' | 'conflicts' | 'unrelated'

export interface DriftRow {
  branch: string
  trunk: string
  behind: number
  ahead: number
  bothChanged: string[]
  state: DriftState
  conflicts: string[]
}

/** Files changed on both sides since the branches parted, sorted. */
export function bothChanged(f: Pick<DriftFacts, 'trunkFiles' | 'branchFiles'>): string[] {
  const trunk = new Set(f.trunkFiles)
  return [...new Set(f.branchFiles)].filter((p) => trunk.has(p)).sort()
}

export function driftRow(f: DriftFacts): DriftRow {
  const state: DriftState =
    f.merge === 'unrelated' ? 'unrelated' : f.behind === 0 ? 'up to date' : f.merge.clean ? 'clean' : 'conflicts'
  return {
    branch: f.branch,
    trunk: f.trunk,
    behind: f.behind,
    ahead: f.ahead,
    bothChanged: bothChanged(f),
    state,
    conflicts: f.merge === 'unrelated' ? [] : [...f.merge.conflicts],
  }
}

/** A back-merge PR (trunk → branch) is worth opening only when the branch is behind and the merge is clean. */
export const wantsBackMerge = (r: DriftRow): boolean => r.state === 'clean'

const ICON: Record<DriftState, string> = {
  'up to date': '✅ up to date',
  clean: '🟢 merges cleanly',
  conflicts: '🔴 conflicts',
  unrelated: '⚪ no common history',
}

const list = (files: readonly string[], max = 8): string =>
  files.length === 0
    ? '—'
    : `${files
        .slice(0, max)
        .map((p) => codeSpan(p))
        .join(', ')}${files.length > max ? `, and ${files.length - max} more` : ''}`

/** The job summary: one row per branch, and a chart of behind/ahead. */
export function driftSummary(
  rows: readonly DriftRow[],
  prs: ReadonlyMap<string, { url: string; action: string }> = new Map(),
): Summary {
  const s = new Summary().heading('Branch drift')
  s.paragraph(
    `Trunk merged into each long-lived branch with \`git merge-tree --write-tree\` (nothing is written to the repository).`,
  )
  s.table(
    ['Branch', 'Behind trunk', 'Ahead of trunk', 'Changed on both sides', 'Trunk merges in', 'Back-merge PR'],
    rows.map((r) => {
      const pr = prs.get(r.branch)
      return [
        `${r.branch} ← ${r.trunk}`,
        r.behind,
        r.ahead,
        list(r.bothChanged),
        r.state === 'conflicts' ? `${ICON[r.state]}: ${list(r.conflicts, 5)}` : ICON[r.state],
        pr ? `[${pr.action}](${pr.url})` : '',
      ]
    }),
    ['l', 'r', 'r', 'l', 'l', 'l'],
  )
  if (rows.length) {
    const label = (t: string): string => `"${t.replace(/["\\<>`]/g, "'")}"`
    s.mermaid(
      [
        'xychart-beta',
        '  title "Commits behind (bars) and ahead (line) of the trunk"',
        `  x-axis [${rows.map((r) => label(r.branch)).join(', ')}]`,
        `  bar [${rows.map((r) => r.behind).join(', ')}]`,
        `  line [${rows.map((r) => r.ahead).join(', ')}]`,
      ].join('\n'),
    )
  }
  return s
}
