/**
 * The changelog engine: commits go in one at a time while `git log` streams (each is parsed on arrival and only
 * the fields the documents need are kept, in the compact commit store), pull-request facts may be attached, and
 * `finish()` cancels revert pairs, classifies, computes the version and returns everything the documents and
 * outputs need: lists of store indices whose commits are made when read. Pure.
 */
import { commitImpact, maxImpact, nextVersion, type VersionRules } from './bump.js'
import { commitList, EntryList, type Entry, type List } from './lists.js'
import { createMessageParser } from './parse.js'
import { cancelReverts, RevertTargets, type CancelledPair } from './reverts.js'
import { buildSections, classify, OTHER, type Section } from './sections.js'
import { CommitStore } from './store.js'
import type { Impact, ParsedCommit, PullInfo, RawCommit, ReleaseType } from './types.js'

export type { Entry, List } from './lists.js'

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
  entries: EntryList
  /** Section order for rendering: built-ins, custom ones, unknown types, then Other. */
  sections: Section[]
  /** Entries that decided the version (their impact equals the overall impact). */
  causes: List<Entry>
  nonConventional: List<ParsedCommit>
  cancelled: CancelledPair[]
  skipped: List<ParsedCommit>
  merges: number
  /** Every commit read from the range, including merges, reverts and skips. */
  total: number
  /** Set when `release-as` decided the version instead of the commits. */
  releaseAs?: string
}

/** Where a commit goes: its section's code in the entry list's table, and its impact's code. */
interface Placed {
  code: number
  impact: number
}

/** Streaming accumulator of a range's commits. */
export class ChangelogEngine {
  private readonly parse = createMessageParser()
  private readonly store = new CommitStore()
  private readonly revertTargets = new RevertTargets()

  /** Parse and keep one commit (newest first, as `git log` prints them). */
  add(raw: RawCommit): ParsedCommit {
    const c = this.parse(raw)
    this.revertTargets.add(this.store.add(c), c)
    return c
  }

  /** The commits read so far (for matching pull requests), all made anew on each call: call it once. */
  parsed(): ParsedCommit[] {
    return Array.from({ length: this.store.size }, (_, i) => this.store.commit(i))
  }

  /** Attach pull-request facts by commit sha (commits merged in by a PR's merge commit get that PR too). */
  attachPulls(pulls: ReadonlyMap<string, PullInfo>): void {
    const st = this.store
    for (let i = 0; i < st.size; i++) {
      const p = pulls.get(st.sha(i))
      if (p) st.setPull(i, p)
    }
    markPullMembers(st)
    const byPr = new Map<number, PullInfo>()
    for (let i = 0; i < st.size; i++) {
      const pr = st.pr(i)
      const pull = st.pull(i)
      if (st.merge(i) && pr !== undefined && pull) byPr.set(pr, pull)
    }
    for (let i = 0; i < st.size; i++) {
      const partOf = st.partOf(i)
      const p = partOf !== undefined && !st.pull(i) ? byPr.get(partOf) : undefined
      if (p) st.setPull(i, p)
    }
  }

  /** Compute the result. */
  finish(opts: EngineOptions): EngineResult {
    const st = this.store
    if (opts.members ?? true) markPullMembers(st, opts.tip)
    const { skipped, rest, merges } = this.split(opts.skipLabel?.toLowerCase())
    const { kept, cancelled } = cancelReverts(rest, st, this.revertTargets)
    const sections = buildSections(opts.labelMap)
    const extra = new Map<string, Section>()
    const entries = this.classified(kept, opts, sections, extra)
    let impact: Impact = 'none'
    for (let k = 0; k < entries.length; k++) impact = maxImpact(impact, entries.impact(k))
    // An empty range is no release, even a first one (unless release-as says so).
    const next =
      entries.length || opts.previous !== undefined || opts.releaseAs
        ? nextVersion(impact, opts)
        : ({ version: '', releaseType: 'none', effective: 'none' } as const)
    let breaking = false
    for (let k = 0; k < entries.length && !breaking; k++)
      breaking = st.breaking(entries.id(k)) || entries.impact(k) === 'major'
    return {
      version: next.version,
      ...(opts.previous !== undefined ? { previousVersion: opts.previous } : {}),
      releaseType: next.releaseType,
      impact: next.effective,
      breaking,
      entries,
      sections: [...sections, ...[...extra.values()].sort((a, b) => compareKeys(a.key, b.key)), OTHER],
      causes: impact === 'none' ? [] : entries.where((k) => entries.impact(k) === impact),
      nonConventional: commitList(
        st,
        kept.filter((id) => st.type(id) === undefined),
      ),
      cancelled: cancelled.map(([r, t]) => ({ revert: st.commit(r), target: st.commit(t) })),
      skipped: commitList(st, skipped),
      merges,
      total: st.size,
      ...(opts.releaseAs ? { releaseAs: opts.releaseAs } : {}),
    }
  }

  /** Commits skipped by label, plain merges (counted), and the rest, by store index. */
  private split(skipLabel: string | undefined): { skipped: number[]; rest: Int32Array; merges: number } {
    const st = this.store
    const skipped: number[] = []
    const rest = new Int32Array(st.size)
    let n = 0
    let merges = 0
    for (let i = 0; i < st.size; i++) {
      if (skipLabel && st.pull(i)?.labels.some((l) => l.toLowerCase() === skipLabel)) skipped.push(i)
      else if (st.merge(i) && st.pr(i) === undefined) merges++
      else rest[n++] = i
    }
    return { skipped, rest: rest.subarray(0, n), merges }
  }

  /** The kept commits placed in their sections, with their impact (numbers, not a list of objects per commit). */
  private classified(
    kept: Int32Array,
    opts: EngineOptions,
    sections: readonly Section[],
    extra: Map<string, Section>,
  ): EntryList {
    const st = this.store
    const useLabels = opts.source !== 'commits'
    const table: Section[] = []
    const codes = new Map<Section, number>()
    const sectionIds = new Int32Array(kept.length)
    const impacts = new Uint8Array(kept.length)
    const place = (facts: Pick<ParsedCommit, 'type' | 'pull' | 'breaking'>): Placed => {
      const section = classify(facts, sections, opts.source, extra)
      let code = codes.get(section)
      if (code === undefined) codes.set(section, (code = table.push(section) - 1))
      return { code, impact: EntryList.impactCode(commitImpact(facts, section, useLabels)) }
    }
    // Without a pull request the type and the breaking flag alone decide: placed once per type (and flag).
    const byType = new Map<string | undefined, Placed>()
    const byTypeBreaking = new Map<string | undefined, Placed>()
    for (let k = 0; k < kept.length; k++) {
      const id = kept[k] as number
      const pull = st.pull(id)
      const type = st.type(id)
      const breaking = st.breaking(id)
      const known = pull ? undefined : breaking ? byTypeBreaking : byType
      let placed = known?.get(type)
      if (!placed) {
        placed = place({ type, pull, breaking })
        known?.set(type, placed)
      }
      sectionIds[k] = placed.code
      impacts[k] = placed.impact
    }
    return new EntryList(st, kept, sectionIds, table, impacts)
  }
}

/**
 * Mark the commits a PR merge commit brought in (its second-parent side, down to the mainline) with `partOf`, so
 * the release notes show the PR once instead of each of its commits. The mainline is the first-parent chain from
 * the tip. Linear in the number of commits.
 */
export function markPullMembers(st: CommitStore, tip?: string): void {
  let any = false
  for (let i = 0; i < st.size && !any; i++) any = st.merge(i) && st.pr(i) !== undefined
  if (!any) return
  const bySha = new Map<string, number>()
  for (let i = 0; i < st.size; i++) bySha.set(st.sha(i), i)
  const mainline = new Set<number>()
  let cur = bySha.get(tip ?? (st.size ? st.sha(0) : ''))
  while (cur !== undefined && !mainline.has(cur)) {
    mainline.add(cur)
    cur = bySha.get(st.parents(cur)[0] ?? '')
  }
  for (let m = 0; m < st.size; m++) {
    const pr = st.pr(m)
    if (!st.merge(m) || pr === undefined || !mainline.has(m)) continue
    const stack = st.parents(m).slice(1)
    for (let guard = 0; stack.length && guard < st.size; guard++) {
      const c = bySha.get(stack.pop() as string)
      if (c === undefined || mainline.has(c) || st.partOf(c) !== undefined) continue
      st.setPartOf(c, pr)
      stack.push(...st.parents(c))
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
