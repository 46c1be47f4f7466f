/**
 * The changelog engine: commits go in one at a time while `git log` streams (each is parsed on arrival and only
 * the parsed fields are kept), pull-request facts may be attached, and `finish()` cancels revert pairs,
 * classifies, computes the version and returns everything the documents and outputs need. Pure.
 */
import { commitImpact, maxImpact, nextVersion, type VersionRules } from './bump.js'
import { createMessageParser } from './parse.js'
import { cancelReverts, type CancelledPair } from './reverts.js'
import { buildSections, classify, OTHER, type Section } from './sections.js'
import type { Impact, ParsedCommit, PullInfo, RawCommit, ReleaseType } from './types.js'

/** A commit placed in a section, with its impact on the version. */
export interface Entry {
  commit: ParsedCommit
  section: Section
  impact: Impact
}

/** Engine options. */
export interface EngineOptions extends VersionRules {
  source: 'commits' | 'labels' | 'both'
  labelMap?: ReadonlyMap<string, string[]>
  /** PRs carrying this label are left out of both documents and of the version. */
  skipLabel?: string
  /** Sha of the range's tip (for telling the mainline from merged branches); default: the first commit read. */
  tip?: string
  /**
   * Mark the commits each merged PR brought in (`partOf`, default true): only the release notes read it, so a run
   * that makes none (the CLI printing the changelog) skips the walk over the history.
   */
  members?: boolean
}

/** What the engine computed. */
export interface EngineResult {
  version: string
  previousVersion?: string
  releaseType: ReleaseType
  /** Impact after the 0.x rule (what moved the version). */
  impact: Impact
  breaking: boolean
  /** Commits in the documents (after reverts and skips), newest first, merges without a PR left out. */
  entries: Entry[]
  /** Section order for rendering: built-ins, custom ones, unknown types, then Other. */
  sections: Section[]
  /** Entries that decided the version (their impact equals the overall impact). */
  causes: Entry[]
  nonConventional: ParsedCommit[]
  cancelled: CancelledPair[]
  skipped: ParsedCommit[]
  merges: number
  /** Every commit read from the range, including merges, reverts and skips. */
  total: number
  /** Set when `release-as` decided the version instead of the commits. */
  releaseAs?: string
}

/** Streaming accumulator of a range's commits. */
export class ChangelogEngine {
  private readonly parse = createMessageParser()
  private readonly commits: ParsedCommit[] = []

  /** Parse and keep one commit (newest first, as `git log` prints them). */
  add(raw: RawCommit): ParsedCommit {
    const c = this.parse(raw)
    this.commits.push(c)
    return c
  }

  /** The commits read so far (for matching pull requests). */
  get parsed(): readonly ParsedCommit[] {
    return this.commits
  }

  /** Attach pull-request facts by commit sha (commits merged in by a PR's merge commit get that PR too). */
  attachPulls(pulls: ReadonlyMap<string, PullInfo>): void {
    for (const c of this.commits) {
      const p = pulls.get(c.sha)
      if (p) c.pull = p
    }
    markPullMembers(this.commits)
    const byPr = new Map<number, PullInfo>()
    for (const c of this.commits) if (c.merge && c.pr !== undefined && c.pull) byPr.set(c.pr, c.pull)
    for (const c of this.commits) {
      const p = c.partOf !== undefined && !c.pull ? byPr.get(c.partOf) : undefined
      if (p) c.pull = p
    }
  }

  /** Compute the result. */
  finish(opts: EngineOptions): EngineResult {
    if (opts.members ?? true) markPullMembers(this.commits, opts.tip)
    const skipLabel = opts.skipLabel?.toLowerCase()
    const skipped = skipLabel
      ? this.commits.filter((c) => c.pull?.labels.some((l) => l.toLowerCase() === skipLabel))
      : []
    const skippedSet = new Set(skipped)
    const candidates = this.commits.filter((c) => !skippedSet.has(c))
    const merges = candidates.filter((c) => c.merge && c.pr === undefined)
    const { kept, cancelled } = cancelReverts(candidates.filter((c) => !(c.merge && c.pr === undefined)))
    const sections = buildSections(opts.labelMap)
    const extra = new Map<string, Section>()
    const useLabels = opts.source !== 'commits'
    const entries: Entry[] = kept.map((commit) => {
      const section = classify(commit, sections, opts.source, extra)
      return { commit, section, impact: commitImpact(commit, section, useLabels) }
    })
    const impact = entries.reduce<Impact>((acc, e) => maxImpact(acc, e.impact), 'none')
    // An empty range is no release, even a first one (unless release-as says so).
    const next =
      entries.length || opts.previous !== undefined || opts.releaseAs
        ? nextVersion(impact, opts)
        : ({ version: '', releaseType: 'none', effective: 'none' } as const)
    return {
      version: next.version,
      ...(opts.previous !== undefined ? { previousVersion: opts.previous } : {}),
      releaseType: next.releaseType,
      impact: next.effective,
      breaking: entries.some((e) => e.commit.breaking || e.impact === 'major'),
      entries,
      sections: [...sections, ...[...extra.values()].sort((a, b) => compareKeys(a.key, b.key)), OTHER],
      causes: impact === 'none' ? [] : entries.filter((e) => e.impact === impact),
      nonConventional: kept.filter((c) => !c.type),
      cancelled,
      skipped,
      merges: merges.length,
      total: this.commits.length,
      ...(opts.releaseAs ? { releaseAs: opts.releaseAs } : {}),
    }
  }
}

/**
 * Mark the commits a PR merge commit brought in (its second-parent side, down to the mainline) with `partOf`, so
 * the release notes show the PR once instead of each of its commits. The mainline is the first-parent chain from
 * the tip. Linear in the number of commits.
 */
export function markPullMembers(commits: ParsedCommit[], tip?: string): void {
  if (!commits.some((c) => c.merge && c.pr !== undefined)) return
  const bySha = new Map(commits.map((c) => [c.sha, c]))
  const mainline = new Set<string>()
  let cur = bySha.get(tip ?? commits[0]?.sha ?? '')
  while (cur && !mainline.has(cur.sha)) {
    mainline.add(cur.sha)
    cur = bySha.get(cur.parents[0] ?? '')
  }
  for (const m of commits) {
    if (!m.merge || m.pr === undefined || !mainline.has(m.sha)) continue
    const stack = m.parents.slice(1)
    for (let guard = 0; stack.length && guard < commits.length; guard++) {
      const c = bySha.get(stack.pop() as string)
      if (!c || mainline.has(c.sha) || c.partOf !== undefined) continue
      c.partOf = m.pr
      stack.push(...c.parents)
    }
  }
}

/** Section keys in the order `localeCompare` gives them (ICU root collation): `_`, `-`, digits, then letters. */
const KEY_ORDER = '_-0123456789abcdefghijklmnopqrstuvwxyz'

/**
 * Compare two section keys as `a.localeCompare(b)` would (same sign), without it: its first call builds an ICU
 * collator, some 70 million instructions, a fifth of a whole short run. Type keys are `\w[\w-]*` lower-cased,
 * whose root-collation order is KEY_ORDER; a key with any other character is left to localeCompare.
 */
export function compareKeys(a: string, b: string): number {
  const ranks = (k: string): number[] | undefined => {
    const out: number[] = []
    for (const ch of k) {
      const r = KEY_ORDER.indexOf(ch)
      if (r === -1) return undefined
      out.push(r)
    }
    return out
  }
  const x = ranks(a)
  const y = ranks(b)
  if (!x || !y) return a.localeCompare(b)
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number)
  return x.length - y.length
}
