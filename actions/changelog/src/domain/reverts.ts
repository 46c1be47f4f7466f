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
  sha(i: number): string
  pr(i: number): number | undefined
  reverts(i: number): ParsedCommit['reverts']
  /** Indices of the commits that revert something, ascending (few: the rest of the history is not read for it). */
  revertIndices(): Iterable<number>
}

/**
 * The commits reverts could point at, collected as commits are added, newest first as `git log` prints them: a
 * revert comes before every commit it can cancel, so each commit is checked against what the reverts added before
 * it point at while its header and sha are at hand (the whole range's text is not read again to find them).
 */
export class RevertTargets {
  private readonly want: Wanted = { header: new Set(), sha: new Set(), pr: new Set(), prefix: new Set() }
  /** `want.prefix` as an array (read for every commit: no iterator made each time). */
  private prefixes: string[] = []
  /** By index, as added (ascending): mapped to positions in the commits kept by {@link RevertTargets.index}. */
  private readonly found: Index = { byHeader: new Map(), byPr: new Map(), bySha: new Map(), byPrefix: new Map() }

  /** Check the commit at index `i` against the reverts added before it; then note its own target if it is one. */
  add(i: number, c: Pick<ParsedCommit, 'header' | 'sha' | 'pr' | 'reverts'>): void {
    const { want, found } = this
    if (want.header.size) {
      const h = norm(c.header)
      if (want.header.has(h)) push(found.byHeader, h, i)
      for (let k = 0; k < this.prefixes.length; k++) {
        const p = this.prefixes[k] as string
        if (h.startsWith(p)) push(found.byPrefix, p, i)
      }
    }
    if (want.sha.size) {
      const sha = c.sha.slice(0, 7)
      if (want.sha.has(sha)) push(found.bySha, sha, i)
    }
    if (c.pr !== undefined && want.pr.has(c.pr)) push(found.byPr, c.pr, i)
    if (!c.reverts) return
    wantTarget(want, c.reverts)
    if (want.prefix.size !== this.prefixes.length) this.prefixes = [...want.prefix]
  }

  /** The targets found, as positions in `ids` (indices, ascending); those not in `ids` are left out. */
  index(ids: Int32Array): Index {
    const at = (list: number[]): number[] => positions(ids, list)
    const mapped = <K>(m: Map<K, number[]>): Map<K, number[]> => new Map([...m].map(([k, list]) => [k, at(list)]))
    const { byHeader, byPr, bySha, byPrefix } = this.found
    return { byHeader: mapped(byHeader), byPr: mapped(byPr), bySha: mapped(bySha), byPrefix: mapped(byPrefix) }
  }
}

/**
 * Drop revert pairs from the commits `ids` (indices, ascending, newest first as `git log` prints them). A target is
 * found by the reverted sha (prefix), the reverted PR number (`Reverts #12`), or the reverted header (GitHub
 * truncates long ones with `…`), among the `targets` collected while the commits were added. Returns the indices
 * kept and the [revert, target] index pairs cancelled.
 */
export function cancelReverts(
  ids: Int32Array,
  facts: RevertFacts,
  targets: RevertTargets,
): { kept: Int32Array; cancelled: [number, number][] } {
  const reverts = positions(ids, facts.revertIndices())
  const want = wanted(reverts, ids, facts)
  if (want.header.size + want.sha.size + want.pr.size === 0) return { kept: ids.slice(), cancelled: [] }
  const index = targets.index(ids)
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

/** What the reverts in the range point at. */
function wanted(reverts: readonly number[], ids: Int32Array, facts: RevertFacts): Wanted {
  const want: Wanted = { header: new Set(), sha: new Set(), pr: new Set(), prefix: new Set() }
  for (const i of reverts) {
    const r = facts.reverts(ids[i] as number)
    if (r) wantTarget(want, r)
  }
  return want
}

/** Add what revert `r` points at: its header (and the part GitHub kept of a cut one), sha prefix and PR. */
function wantTarget(want: Wanted, r: NonNullable<ParsedCommit['reverts']>): void {
  if (r.header) want.header.add(norm(r.header))
  const cut = r.header ? cutOf(norm(r.header)) : undefined
  if (cut) want.prefix.add(cut)
  if (r.sha) want.sha.add(r.sha.slice(0, 7))
  if (r.pr !== undefined) want.pr.add(r.pr)
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
