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

/**
 * Drop revert pairs from `commits` (newest first, as `git log` prints them). A target is found by the reverted sha
 * (prefix), the reverted PR number (`Reverts #12`), or the reverted header (GitHub truncates long ones with `…`).
 */
export function cancelReverts(commits: readonly ParsedCommit[]): { kept: ParsedCommit[]; cancelled: CancelledPair[] } {
  const byHeader = new Map<string, number[]>()
  const byPr = new Map<number, number[]>()
  const bySha = new Map<string, number[]>()
  const byPrefix = new Map<string, number[]>()
  // Index only the commits a revert in the range could point at (reverts are few; commits are many).
  const want = { header: new Set<string>(), sha: new Set<string>(), pr: new Set<number>(), prefix: new Set<string>() }
  for (const c of commits) {
    if (!c.reverts) continue
    if (c.reverts.header) want.header.add(norm(c.reverts.header))
    const cut = c.reverts.header ? cutOf(norm(c.reverts.header)) : undefined
    if (cut) want.prefix.add(cut)
    if (c.reverts.sha) want.sha.add(c.reverts.sha.slice(0, 7))
    if (c.reverts.pr !== undefined) want.pr.add(c.reverts.pr)
  }
  if (want.header.size + want.sha.size + want.pr.size === 0) return { kept: [...commits], cancelled: [] }
  commits.forEach((c, i) => {
    const h = norm(c.header)
    if (want.header.has(h)) push(byHeader, h, i)
    for (const p of want.prefix) if (h.startsWith(p)) push(byPrefix, p, i)
    const sha = c.sha.slice(0, 7)
    if (want.sha.has(sha)) push(bySha, sha, i)
    if (c.pr !== undefined && want.pr.has(c.pr)) push(byPr, c.pr, i)
  })
  const gone = new Set<number>()
  const cancelled: CancelledPair[] = []
  commits.forEach((c, i) => {
    if (!c.reverts || gone.has(i)) return
    const j = findTarget(commits, i, { byHeader, byPr, bySha, byPrefix }, gone)
    if (j === undefined) return
    gone.add(i)
    gone.add(j)
    cancelled.push({ revert: c, target: commits[j] as ParsedCommit })
  })
  return { kept: commits.filter((_, i) => !gone.has(i)), cancelled }
}

function findTarget(commits: readonly ParsedCommit[], i: number, index: Index, gone: Set<number>): number | undefined {
  const r = (commits[i] as ParsedCommit).reverts ?? {}
  const older = (j: number): boolean => j > i && !gone.has(j)
  const { byHeader, byPr, bySha, byPrefix } = index
  if (r.sha && r.sha.length >= 7) {
    const sha = r.sha
    const j = bySha.get(sha.slice(0, 7))?.find((k) => older(k) && (commits[k] as ParsedCommit).sha.startsWith(sha))
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
