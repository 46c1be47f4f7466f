/** Shared data shapes of the changelog engine. Plain data, no behaviour. */

/** One commit as read from git, before parsing. */
export interface RawCommit {
  sha: string
  /** Parent shas (2+ means a merge commit). */
  parents: string[]
  authorName: string
  authorEmail: string
  /** Committer date, ISO 8601. */
  date: string
  /** The full message (subject, blank line, body, footers). */
  message: string
}

/** A note from a footer, such as `BREAKING CHANGE: ...` or `DEPRECATED: ...`. */
export interface CommitNote {
  title: string
  text: string
}

/** Pull-request facts attached to a commit by the labels source. */
export interface PullInfo {
  number: number
  title: string
  labels: string[]
  author?: string
  url?: string
  /** Issues the PR closes (GitHub's closing keywords in its body), in this repository. */
  closes?: number[]
  /** Labels that came from those issues (already merged into `labels`). */
  issueLabels?: string[]
}

/** A parsed commit: what the changelog, release notes and bump rules work from. */
export interface ParsedCommit {
  sha: string
  shortSha: string
  /** Conventional type (`feat`, `fix`, ...) or undefined when the header is not conventional. */
  type?: string
  scope?: string
  /** The subject without type/scope and without a trailing `(#123)`. */
  subject: string
  /** The first line as written. */
  header: string
  breaking: boolean
  /** Breaking-change and deprecation notes from the footers (migration text). */
  notes: CommitNote[]
  /** Issue numbers referenced with an action (`Closes #12`) or plainly. */
  issues: number[]
  /** PR number from a squash-merge subject `(#123)` or a merge commit `Merge pull request #123`. */
  pr?: number
  merge: boolean
  parents: string[]
  /** Set on a commit brought in by a PR merge commit in the range: that merge's PR number. */
  partOf?: number
  /** Set on a revert: the header and/or sha prefix and/or PR number of the commit it reverts. */
  reverts?: { header?: string; sha?: string; pr?: number }
  authorName: string
  authorEmail: string
  date: string
  /** Filled by the labels source. */
  pull?: PullInfo
}

/** How much a change moves the version. Ordered: none < patch < minor < major. */
export type Impact = 'none' | 'patch' | 'minor' | 'major'

/** The `release-type` output. */
export type ReleaseType = Impact | 'prerelease'
