/** Git facts for the drift report: refs, counts, changed files, and a merge computed in memory (`git merge-tree`). */
import { git, gitMaybe, gitRun, UserError } from '@shipline/core'
import type { DriftFacts } from '../domain/drift.js'

/** A branch as a ref: the local branch, else `origin/<name>` (a checkout has remote-tracking branches). */
export async function branchRef(cwd: string, name: string): Promise<string | undefined> {
  for (const ref of [`refs/heads/${name}`, `refs/remotes/origin/${name}`]) {
    if ((await gitMaybe(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd)) !== undefined) return ref
  }
  return undefined
}

/** The trunk: origin's HEAD branch, else `main`, else `master`. */
export async function defaultTrunk(cwd: string): Promise<string> {
  const head = await gitMaybe(['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD'], cwd)
  if (head) return head.replace(/^refs\/remotes\/origin\//, '')
  for (const name of ['main', 'master']) if (await branchRef(cwd, name)) return name
  throw new UserError("Cannot tell the trunk: origin/HEAD is not set and there is no 'main' or 'master'", {
    hint: "Set 'drift-trunk'.",
  })
}

const lines = (text: string): string[] => text.split('\n').filter(Boolean)

export async function driftFacts(cwd: string, trunk: string, branch: string): Promise<DriftFacts> {
  const [t, b] = [await branchRef(cwd, trunk), await branchRef(cwd, branch)]
  if (!t)
    throw new UserError(`Input 'drift-trunk': '${trunk}' is not a branch here (nor origin/${trunk})`, {
      hint: 'Check out with fetch-depth: 0 so every branch is there.',
    })
  if (!b)
    throw new UserError(`Input 'drift': '${branch}' is not a branch here (nor origin/${branch})`, {
      hint: 'Check out with fetch-depth: 0 so every branch is there.',
    })
  const counts = (await git(['rev-list', '--left-right', '--count', `${t}...${b}`], cwd)).split(/\s+/).map(Number)
  const base = await gitMaybe(['merge-base', t, b], cwd)
  if (!base)
    return {
      branch,
      trunk,
      behind: counts[0] ?? 0,
      ahead: counts[1] ?? 0,
      trunkFiles: [],
      branchFiles: [],
      merge: 'unrelated',
    }
  const [trunkFiles, branchFiles] = await Promise.all([
    git(['diff', '--name-only', '--no-renames', base, t], cwd),
    git(['diff', '--name-only', '--no-renames', base, b], cwd),
  ])
  // Exit 0: clean; 1: conflicts (the tree line, then the conflicted paths); anything else is an error.
  const m = await gitRun(['merge-tree', '--write-tree', '--name-only', '--no-messages', b, t], cwd)
  if (m.code !== 0 && m.code !== 1)
    throw new UserError(`git merge-tree failed for ${branch} ← ${trunk}: ${m.stderr.trim() || `exit ${m.code}`}`, {
      hint: 'git 2.38 or newer is needed (merge-tree --write-tree).',
    })
  const [, ...conflicts] = lines(m.stdout)
  return {
    branch,
    trunk,
    behind: counts[0] ?? 0,
    ahead: counts[1] ?? 0,
    base,
    trunkFiles: lines(trunkFiles),
    branchFiles: lines(branchFiles),
    merge: { clean: m.code === 0, conflicts },
  }
}

/** Branch names (local and origin's) matching `wanted`. */
export async function matchingBranches(cwd: string, wanted: (name: string) => boolean): Promise<string[]> {
  const out = await git(['for-each-ref', '--format=%(refname)', 'refs/heads', 'refs/remotes/origin'], cwd)
  const names = lines(out)
    .map((r) => r.replace(/^refs\/(heads|remotes\/origin)\//, ''))
    .filter((n) => n !== 'HEAD')
  return [...new Set(names)].filter(wanted).sort()
}
