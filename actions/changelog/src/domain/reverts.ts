/**
 * Revert handling: a revert and the commit it reverts, both inside the range, cancel out (neither appears in the
 * documents nor moves the version). A revert of a revert cancels the first revert and leaves the original change.
 */
import type { ParsedCommit } from './types.js'

/** A revert and the commit it cancelled. */
export interface CancelledPair {
  revert: ParsedCommit
  target: ParsedCommit
}

const norm = (header: string): string => (header.endsWith(')') ? header.replace(/\s*\(#\d+\)\s*$/, '').trim() : header)
/** The kept part of a header GitHub cut with `…` (undefined when it was not cut, or too short to match safely). */
const cutOf = (header: string): string | undefined => {
  const cut = header.replace(/(…|\.\.\.)$/, '')
  return cut !== header && cut.length >= 10 ? cut : undefined
}

/** What revert matching reads of a commit, by its index. */
export interface RevertFacts {
  header(i: number): string
  sha(i: number): string
  pr(i: number): number | undefined
  reverts(i: number): ParsedCommit['reverts']
  /** Indices of the commits that revert something, ascending (few: the rest of the history is not read for it). */
  revertIndices(): Iterable<number>
}

/**
 * Drop revert pairs from the commits `ids` (indices, ascending, newest first as `git log` prints them). A target is
 * found by the reverted sha (prefix), the reverted PR number (`Reverts #12`), or the reverted header (GitHub
 * truncates long ones with `…`). Returns the indices kept and the [revert, target] index pairs cancelled.
 */
export function cancelReverts(
  ids: Int32Array,
  facts: RevertFacts,
): { kept: Int32Array; cancelled: [number, number][] } {
  const reverts = positions(ids, facts.revertIndices())
  const want = wanted(reverts, ids, facts)
  if (want.header.size + want.sha.size + want.pr.size === 0) return { kept: ids.slice(), cancelled: [] }
  const index = indexTargets(ids, facts, want)
  const gone = new Set<number>()
  const cancelled: [number, number][] = []
  for (const i of reverts) {
    if (gone.has(i)) continue
    const j = findTarget(ids, i, facts, index, gone)
    if (j === undefined) continue
    gone.add(i)
    gone.add(j)
    cancelled.push([ids[i] as number, ids[j] as number])
  }
  return { kept: gone.size ? ids.filter((_, i) => !gone.has(i)) : ids.slice(), cancelled }
}

/** Positions in `ids` (ascending) of the indices `of` that are there, ascending. */
function positions(ids: Int32Array, of: Iterable<number>): number[] {
  const out: number[] = []
  for (const id of of) {
    let lo = 0
    let hi = ids.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const at = ids[mid] as number
      if (at === id) {
        out.push(mid)
        break
      }
      if (at < id) lo = mid + 1
      else hi = mid - 1
    }
  }
  return out.sort((a, b) => a - b)
}

interface Wanted {
  header: Set<string>
  sha: Set<string>
  pr: Set<number>
  prefix: Set<string>
}

/** What the reverts in the range point at (reverts are few; commits are many, so only these are indexed). */
function wanted(reverts: readonly number[], ids: Int32Array, facts: RevertFacts): Wanted {
  const want: Wanted = { header: new Set(), sha: new Set(), pr: new Set(), prefix: new Set() }
  for (const i of reverts) {
    const r = facts.reverts(ids[i] as number)
    if (!r) continue
    if (r.header) want.header.add(norm(r.header))
    const cut = r.header ? cutOf(norm(r.header)) : undefined
    if (cut) want.prefix.add(cut)
    if (r.sha) want.sha.add(r.sha.slice(0, 7))
    if (r.pr !== undefined) want.pr.add(r.pr)
  }
  return want
}

/** Positions (in `ids`) of the commits a revert could point at, by header, header prefix, short sha and PR. */
function indexTargets(ids: Int32Array, facts: RevertFacts, want: Wanted): Index {
  const index: Index = { byHeader: new Map(), byPr: new Map(), bySha: new Map(), byPrefix: new Map() }
  const headers = want.header.size + want.prefix.size > 0
  ids.forEach((id, i) => {
    if (headers) {
      const h = norm(facts.header(id))
      if (want.header.has(h)) push(index.byHeader, h, i)
      for (const p of want.prefix) if (h.startsWith(p)) push(index.byPrefix, p, i)
    }
    if (want.sha.size) {
      const sha = facts.sha(id).slice(0, 7)
      if (want.sha.has(sha)) push(index.bySha, sha, i)
    }
    const pr = want.pr.size ? facts.pr(id) : undefined
    if (pr !== undefined && want.pr.has(pr)) push(index.byPr, pr, i)
  })
  return index
}

function findTarget(
  ids: Int32Array,
  i: number,
  facts: RevertFacts,
  index: Index,
  gone: Set<number>,
): number | undefined {
  const r = facts.reverts(ids[i] as number) ?? {}
  const older = (j: number): boolean => j > i && !gone.has(j)
  const { byHeader, byPr, bySha, byPrefix } = index
  if (r.sha && r.sha.length >= 7) {
    const sha = r.sha
    const j = bySha.get(sha.slice(0, 7))?.find((k) => older(k) && facts.sha(ids[k] as number).startsWith(sha))
    if (j !== undefined) return j
  }
  if (r.pr !== undefined) {
    const j = byPr.get(r.pr)?.find(older)
    if (j !== undefined) return j
  }
  if (r.header) {
    const h = norm(r.header)
    const exact = byHeader.get(h)?.find(older)
    if (exact !== undefined) return exact
    const cut = cutOf(h)
    const j = cut ? byPrefix.get(cut)?.find(older) : undefined
    if (j !== undefined) return j
  }
  return undefined
}

interface Index {
  byHeader: Map<string, number[]>
  byPr: Map<number, number[]>
  bySha: Map<string, number[]>
  byPrefix: Map<string, number[]>
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
