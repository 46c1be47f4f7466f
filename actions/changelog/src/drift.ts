/**
 * The drift mode of the changelog action (`drift` input): for each long-lived branch, how far it is behind and ahead
 * of the trunk, the files changed on both sides, and whether the trunk merges in cleanly — as a summary table and
 * outputs; with `back-merge: true`, a pull request from the trunk into each branch that merges cleanly.
 */
import {
  branchGlob,
  createGitHubClient,
  InputError,
  info,
  readBoolean,
  readList,
  readString,
  setOutputs,
  warning,
} from '@shipline/core'
import { defaultTrunk, driftFacts, matchingBranches } from './adapters/drift.js'
import { ensureBackMerge, type BackMerge } from './adapters/back-merge.js'
import { driftRow, driftSummary, wantsBackMerge, type DriftRow } from './domain/drift.js'

export interface DriftOptions {
  branches: string[]
  trunk?: string
  backMerge: boolean
}

/** The drift inputs, or undefined when `drift` is empty (the action writes a changelog then). */
export function readDriftInputs(): DriftOptions | undefined {
  const branches = readList('drift') // one per line: globs hold commas (`{+([0-9]),x}`)
  if (!branches.length) return undefined
  for (const b of branches)
    if (/\s|\.\.|^-|[~^:\\]/.test(b))
      throw new InputError('drift', b, 'is not a branch name or glob (e.g. develop, 5.x, +([0-9]).x)')
  const trunk = readString('drift-trunk', { pattern: /^(?!-)[^\s~^:\\]+$/, accepted: 'is not a branch name' })
  return { branches, ...(trunk ? { trunk } : {}), backMerge: readBoolean('back-merge', false) }
}

/** The PR body: the branch's drift, as the summary shows it. */
function body(r: DriftRow): string {
  return [
    `Merges \`${r.trunk}\` into \`${r.branch}\` so it does not go stale: ${r.behind} commit(s) behind, ${r.ahead} ahead.`,
    '',
    r.bothChanged.length
      ? `Files changed on both sides (they merge cleanly): ${r.bothChanged
          .slice(0, 20)
          .map((f) => `\`${f}\``)
          .join(', ')}${r.bothChanged.length > 20 ? ', …' : ''}`
      : 'No file was changed on both sides.',
    '',
    '_Opened and kept up to date by the Shipline changelog action (drift report)._',
  ].join('\n')
}

export async function runDrift(
  d: DriftOptions,
  o: { cwd: string; token?: string; repository?: string },
): Promise<void> {
  const trunk = d.trunk ?? (await defaultTrunk(o.cwd))
  const names = new Set<string>()
  for (const b of d.branches) {
    const found = /[*?[{]|[+@]\(/.test(b) ? await matchingBranches(o.cwd, (n) => branchGlob(b).test(n)) : [b]
    if (!found.length) warning(`drift: no branch matches '${b}'`)
    for (const n of found) if (n !== trunk) names.add(n)
  }
  const rows: DriftRow[] = []
  for (const branch of names) {
    const row = driftRow(await driftFacts(o.cwd, trunk, branch))
    info(
      `${branch} ← ${trunk}: ${row.behind} behind, ${row.ahead} ahead, ${row.bothChanged.length} file(s) changed on both sides; ${row.state}${row.conflicts.length ? ` (${row.conflicts.slice(0, 5).join(', ')})` : ''}`,
    )
    rows.push(row)
  }
  const prs = new Map<string, BackMerge>()
  if (d.backMerge && rows.some(wantsBackMerge)) {
    if (!o.token || !o.repository)
      throw new InputError('back-merge', 'true', "needs 'token' and a repository to open pull requests")
    const api = await createGitHubClient({ token: o.token, action: 'changelog' })
    for (const r of rows.filter(wantsBackMerge)) {
      const pr = await ensureBackMerge(api, o.repository, trunk, r.branch, body(r))
      info(`Back-merge PR #${pr.number} (${pr.action}): ${pr.url}`)
      prs.set(r.branch, pr)
    }
  }
  for (const r of rows)
    if (r.state === 'conflicts')
      warning(`${r.branch} does not merge ${trunk} cleanly: ${r.conflicts.slice(0, 10).join(', ')}`, {
        title: `Drift: ${r.branch}`,
      })
  setOutputs({
    drift: rows.map((r) => ({ ...r, pr: prs.get(r.branch)?.url ?? null })),
    'drift-clean': rows.every((r) => r.state === 'clean' || r.state === 'up to date'),
  })
  driftSummary(rows, new Map([...prs].map(([b, p]) => [b, { url: p.url, action: `#${p.number} ${p.action}` }]))).write()
}
