/**
 * The release gate, decided without I/O: from facts read off GitHub and the workspace, one checklist item per
 * requirement (item, required?, result, link). The gate fails closed: a required item that did not pass stops the
 * release before any write; an item still waiting (a pending check) is waited for by the caller, up to a timeout.
 */
import { matchesGlob } from 'node:path'
import compareSemver from 'semver/functions/compare.js'
import parseSemver from 'semver/functions/parse.js'

export type ItemResult = 'passed' | 'failed' | 'pending' | 'skipped'

export interface GateItem {
  item: string
  required: boolean
  result: ItemResult
  /** One line saying why (names the failing checks, issues, packages). */
  detail: string
  link?: string
}

/** A check run as GitHub reports it (the newest one per name). */
export interface CheckRunFact {
  name: string
  status: string
  conclusion: string | null
  link?: string
}

/** A commit status (the newest one per context). */
export interface StatusFact {
  context: string
  state: string
  link?: string
}

/** One required check's state on the commit. */
export interface CheckState {
  name: string
  state: 'success' | 'failure' | 'pending' | 'missing'
  /** e.g. `check run: failure`, `status: pending`. */
  detail: string
  link?: string
}

/** Conclusions GitHub accepts for a required check (neutral and skipped count as passing). */
const PASSING = new Set(['success', 'neutral', 'skipped'])

/** The state of every required check: a check run of that name, else a commit status of that context. */
export function checkStates(
  required: readonly string[],
  runs: readonly CheckRunFact[],
  statuses: readonly StatusFact[],
): CheckState[] {
  return required.map((name): CheckState => {
    const run = runs.find((r) => r.name === name)
    if (run) {
      if (run.status !== 'completed')
        return { name, state: 'pending', detail: `check run: ${run.status}`, link: run.link }
      const conclusion = run.conclusion ?? 'none'
      return {
        name,
        state: PASSING.has(conclusion) ? 'success' : 'failure',
        detail: `check run: ${conclusion}`,
        link: run.link,
      }
    }
    const status = statuses.find((s) => s.context === name)
    if (status) {
      const state = status.state === 'success' ? 'success' : status.state === 'pending' ? 'pending' : 'failure'
      return { name, state, detail: `status: ${status.state}`, link: status.link }
    }
    return { name, state: 'missing', detail: 'not reported on this commit yet' }
  })
}

/** Whether to poll again: only while some check is pending or missing, nothing failed, and time is left. */
export function keepWaiting(states: readonly CheckState[], elapsedMs: number, timeoutMs: number): boolean {
  if (states.some((s) => s.state === 'failure')) return false
  return states.some((s) => s.state === 'pending' || s.state === 'missing') && elapsedMs < timeoutMs
}

/** Poll interval for a timeout: about 30 polls, between 1 s and 15 s apart. */
export function pollInterval(timeoutMs: number): number {
  return Math.min(15_000, Math.max(1_000, Math.round(timeoutMs / 30)))
}

/** One checklist item per required check, after waiting (a check still pending here has run out of time). */
export function checkItems(states: readonly CheckState[], sha: string, timedOut: string | undefined): GateItem[] {
  return states.map((s): GateItem => {
    const where = `${s.detail} on ${sha.slice(0, 7)}`
    const late = s.state !== 'success' && s.state !== 'failure' && timedOut
    const detail = late ? `${where}, still not done after ${timedOut}` : where
    const result = s.state === 'success' ? 'passed' : 'failed'
    return { item: `Check: ${s.name}`, required: true, result, detail, link: s.link }
  })
}

/** A progress line while waiting: `2 of 3 checks done; waiting for build (check run: in_progress), lint (not reported…)`. */
export function progressLine(states: readonly CheckState[], elapsed: string, timeout: string): string {
  const waiting = states.filter((s) => s.state === 'pending' || s.state === 'missing')
  return `${states.length - waiting.length} of ${states.length} required checks done; waiting for ${waiting.map((s) => `${s.name} (${s.detail})`).join(', ')} — ${elapsed} of ${timeout}`
}

/** Release notes present and non-empty. */
export function notesItem(notes: string, required: boolean): GateItem {
  const words = notes.trim().split(/\s+/).filter(Boolean).length
  return words
    ? { item: 'Release notes', required, result: 'passed', detail: `${words} words` }
    : { item: 'Release notes', required, result: 'failed', detail: 'the release notes are empty (notes / notes-file)' }
}

/** The range the release covers, for items that look at changed files. */
export interface Range {
  /** Previous version's tag, or undefined for a first release. */
  base?: string
  head: string
  /** Files changed in base...head (GitHub lists at most 300). */
  files: readonly string[]
  link?: string
}

/** The highest version tag below `version` (prereleases only when `version` is one), or undefined. */
export function previousTag(tags: readonly string[], version: string): string | undefined {
  const mine = parseSemver(version)
  let best: { tag: string; version: string } | undefined
  for (const tag of tags) {
    const v = tag.replace(/^v/, '')
    const parsed = parseSemver(v)
    if (!parsed || compareSemver(v, version) >= 0) continue
    if (parsed.prerelease.length && !mine?.prerelease.length) continue
    if (!best || compareSemver(v, best.version) > 0) best = { tag, version: v }
  }
  return best?.tag
}

/** The changelog file was changed in the range. */
export function changelogItem(file: string, range: Range): GateItem {
  const item = `${file} updated`
  if (!range.base)
    return { item, required: true, result: 'skipped', detail: 'first release: no earlier version to compare with' }
  const changed = range.files.includes(file.replace(/^\.\//, ''))
  return changed
    ? {
        item,
        required: true,
        result: 'passed',
        detail: `changed in ${range.base}...${range.head.slice(0, 12)}`,
        link: range.link,
      }
    : {
        item,
        required: true,
        result: 'failed',
        detail: `not changed since ${range.base} (${range.files.length} files changed)`,
        link: range.link,
      }
}

/** Does the release have features? `auto`: the notes have a Features heading (the changelog action's section). */
export function hasFeatures(mode: 'auto' | 'true' | 'false', notes: string): boolean {
  if (mode !== 'auto') return mode === 'true'
  return /^#{1,6}\s*(?:\S+\s+)?(?:new\s+)?features?\b/im.test(notes)
}

/** Documentation under one of `globs` was changed in the range, when the release has features. */
export function docsItem(globs: readonly string[], range: Range, features: boolean): GateItem {
  const item = 'Documentation updated'
  if (!features) return { item, required: false, result: 'skipped', detail: 'no features in this release' }
  if (!range.base)
    return { item, required: true, result: 'skipped', detail: 'first release: no earlier version to compare with' }
  const hits = range.files.filter((f) => globs.some((g) => matchesGlob(f, g)))
  return hits.length
    ? {
        item,
        required: true,
        result: 'passed',
        detail: `${hits.length} file(s) under ${globs.join(', ')} changed`,
        link: range.link,
      }
    : {
        item,
        required: true,
        result: 'failed',
        detail: `the release has features but nothing under ${globs.join(', ')} changed since ${range.base}`,
        link: range.link,
      }
}

export interface MilestoneFact {
  title: string
  link: string
  /** Open issues and pull requests in it. */
  open: { number: number; title: string; pull: boolean }[]
}

/** Milestone titles that name this release: `1.2.3`, `v1.2.3`, the tag. */
export function milestoneTitles(version: string, tag: string): string[] {
  return [...new Set([version, `v${version}`, tag])]
}

/** No open issues or pull requests in the milestone named like the version. */
export function milestoneItem(version: string, milestone: MilestoneFact | undefined): GateItem {
  const item = 'Milestone complete'
  if (!milestone)
    return { item, required: true, result: 'skipped', detail: `no milestone named ${version} or v${version}` }
  if (!milestone.open.length)
    return { item, required: true, result: 'passed', detail: `${milestone.title}: nothing open`, link: milestone.link }
  const shown = milestone.open.slice(0, 5).map((i) => `${i.pull ? 'PR' : 'issue'} #${i.number} ${i.title}`)
  const more = milestone.open.length > shown.length ? `, and ${milestone.open.length - shown.length} more` : ''
  return {
    item,
    required: true,
    result: 'failed',
    detail: `${milestone.title} has ${milestone.open.length} open: ${shown.join('; ')}${more}`,
    link: milestone.link,
  }
}

/** The required items that did not pass (skipped ones pass: there was nothing to check). */
export function blocking(items: readonly GateItem[]): GateItem[] {
  return items.filter((i) => i.required && (i.result === 'failed' || i.result === 'pending'))
}

const ICON: Record<ItemResult, string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  pending: '⏳ pending',
  skipped: '➖ skipped',
}

/** The checklist's table rows (item, required?, result, link); a failed optional item shows as a warning. */
export function checklistRows(items: readonly GateItem[]): string[][] {
  return items.map((i) => {
    const result = !i.required && i.result === 'failed' ? '⚠️ warning' : ICON[i.result]
    return [i.item, i.required ? 'yes' : 'no', `${result}: ${i.detail}`, i.link ?? '']
  })
}
