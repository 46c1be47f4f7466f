/**
 * changelog's drift mode, bundled, on a real history with long-lived branches (fastify's main, 5.x, 4.x; see
 * test/fixtures/changelog/branches.ts) and the GitHub emulator for the back-merge pull request: behind/ahead
 * counts, files changed on both sides, `git merge-tree` verdicts, and one PR per branch however often it re-runs.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { rmSync } from 'node:fs'
import { runAction, type RunResult } from '../support/runner/index.js'
import { startEmulator, type Emulator } from '../support/github-emulator/index.js'
import { cloneBranch, removeBranchFixture, type BranchClone } from '../fixtures/changelog/branches.js'

let gh: Emulator
const temps: string[] = []
beforeAll(async () => {
  gh = await startEmulator()
}, 60_000)
afterAll(async () => {
  await gh?.stop()
  for (const t of temps) rmSync(t, { recursive: true, force: true })
  removeBranchFixture()
})

function clone(branch: string): BranchClone {
  const c = cloneBranch(branch)
  temps.push(c.dir)
  return c
}
const failure = (r: RunResult): string =>
  r.annotations
    .filter((a) => a.kind === 'error')
    .map((a) => a.message)
    .join('\n')
type Row = {
  branch: string
  behind: number
  ahead: number
  bothChanged: string[]
  state: string
  conflicts: string[]
  pr: string | null
}

describe('changelog drift report', () => {
  test('maintenance lines of a real history: 5.x is 38 behind and 12 ahead of main and conflicts; 4.x shares no history here', async () => {
    const c = clone('main')
    const r = await runAction('changelog', {
      workspace: c.dir,
      inputs: { drift: '+([0-9])?(.{+([0-9]),x}).x', source: 'commits' },
    })
    expect(failure(r)).toBe('')
    const rows = JSON.parse(r.outputs.drift ?? '[]') as Row[]
    expect(rows.map((x) => [x.branch, x.behind, x.ahead, x.state])).toEqual([
      ['4.x', expect.any(Number), 32, 'unrelated'],
      ['5.x', 38, 12, 'conflicts'],
    ])
    const five = rows[1] as Row
    expect(five.conflicts).toContain('fastify.js')
    expect(five.bothChanged).toEqual(expect.arrayContaining(five.conflicts))
    expect(r.outputs['drift-clean']).toBe('false')
    expect(r.summary).toContain('| 5.x ← main | 38 | 12 |')
    expect(r.summary).toContain('🔴 conflicts')
    expect(r.annotations).toContainEqual(
      expect.objectContaining({
        kind: 'warning',
        message: expect.stringContaining('5.x does not merge main cleanly: '),
      }),
    )
    expect(c.git('status', '--porcelain')).toBe('')
  })

  test('a develop branch that merges cleanly gets one back-merge PR; re-runs update it, never duplicate it', async () => {
    const c = clone('main')
    c.git('branch', 'develop', 'HEAD~3')
    c.git('checkout', '-q', 'develop')
    c.commit('feat: work in progress on develop')
    c.git('checkout', '-q', 'main')
    const { owner, repo } = await gh.repo()
    await gh.seedFromGit(owner, repo, c.dir)
    const drift = (): Promise<RunResult> =>
      runAction('changelog', {
        workspace: c.dir,
        repository: `${owner}/${repo}`,
        token: 'test-token',
        env: { GITHUB_API_URL: gh.url },
        inputs: { drift: 'develop', 'drift-trunk': 'main', 'back-merge': 'true', source: 'commits' },
      })
    const first = await drift()
    expect(failure(first)).toBe('')
    const [row] = JSON.parse(first.outputs.drift ?? '[]') as Row[]
    expect(row).toMatchObject({ branch: 'develop', behind: 3, ahead: 1, state: 'clean', conflicts: [] })
    expect(row?.pr).toMatch(/\/pull\/\d+$/)
    expect(first.outputs['drift-clean']).toBe('true')
    expect(first.summary).toMatch(/\| develop ← main \| 3 \| 1 \| .* \| 🟢 merges cleanly \| \[#\d+ opened\]/)
    const again = await drift()
    expect(again.summary).toMatch(/\[#\d+ unchanged\]/)
    // The trunk moves on: the same PR's body is updated.
    c.commit('fix: one more on main')
    await gh.seedFromGit(owner, repo, c.dir)
    const third = await drift()
    expect(JSON.parse(third.outputs.drift ?? '[]')[0]).toMatchObject({ behind: 4, pr: row?.pr })
    expect(third.summary).toMatch(/\[#\d+ updated\]/)
    const pulls = (await gh.calls(owner, repo)).filter((x) => x.operation === 'pulls/create' && x.status === 201)
    expect(pulls).toHaveLength(1)
  })

  test('bad input: a branch that does not exist, a malformed name', async () => {
    const c = clone('main')
    const missing = await runAction('changelog', { workspace: c.dir, inputs: { drift: 'develop', source: 'commits' } })
    expect(failure(missing)).toContain("Input 'drift': 'develop' is not a branch here (nor origin/develop)")
    const bad = await runAction('changelog', { workspace: c.dir, inputs: { drift: 'a..b', source: 'commits' } })
    expect(failure(bad)).toContain("Input 'drift': 'a..b' is not a branch name or glob")
  })
})
