/**
 * changelog, bundled: the labels of the issues a pull request closes (its body's closing keywords, its commit's
 * `Closes #N`) count like the PR's own, read from the GitHub emulator with one bounded list call, never one per issue.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { rmSync } from 'node:fs'
import { runAction } from '../support/runner/index.js'
import { startEmulator, type Emulator } from '../support/github-emulator/index.js'
import { makeRepo } from '../fixtures/changelog/repo.js'

let gh: Emulator
const temps: string[] = []
beforeAll(async () => {
  gh = await startEmulator()
}, 60_000)
afterAll(async () => {
  await gh?.stop()
  for (const t of temps) rmSync(t, { recursive: true, force: true })
})

const iso = (h: number): string => new Date(Date.parse('2026-01-01T00:00:00Z') + h * 3600_000).toISOString()

describe('changelog: labels from the issues a PR closes', () => {
  test("an unlabelled PR that fixes a 'semver:minor' + 'enhancement' issue lands under Features and bumps minor", async () => {
    const r = makeRepo([
      { commit: 'feat: first' },
      { tag: 'v1.2.0' },
      { commit: 'fix: handle the empty cart (#5)' },
      { commit: 'chore: tidy (#6)\n\nCloses #11' },
    ])
    temps.push(r.dir)
    const { owner, repo } = await gh.repo()
    await gh.seed(owner, repo, {
      issues: [
        {
          number: 10,
          title: 'Checkout of an empty cart',
          labels: ['enhancement', 'semver:minor'],
          state: 'closed',
          created_at: iso(1),
          closed_at: iso(3),
        },
        {
          number: 11,
          title: 'Noisy logs',
          labels: ['security'],
          state: 'closed',
          created_at: iso(1),
          closed_at: iso(4),
        },
        {
          number: 12,
          title: 'Unrelated, old',
          labels: ['semver:major'],
          state: 'closed',
          created_at: iso(-100),
          closed_at: iso(-90),
        },
      ],
      pulls: [
        {
          number: 5,
          title: 'Handle the empty cart',
          body: 'Fixes #10\n\nAlso see #12.',
          labels: [],
          merged: true,
          merged_at: iso(3),
          merge_commit_sha: r.sha[2],
          user: 'alice',
        },
        {
          number: 6,
          title: 'Tidy',
          body: 'Housekeeping',
          labels: [],
          merged: true,
          merged_at: iso(4),
          merge_commit_sha: r.sha[3],
          user: 'bob',
        },
      ],
    })
    const res = await runAction('changelog', {
      workspace: r.dir,
      repository: `${owner}/${repo}`,
      token: 'ghs_x',
      inputs: { 'include-types': 'feat, fix, security' },
      env: { GITHUB_API_URL: gh.url },
    })
    expect(res.exitCode).toBe(0)
    expect(res.outputs).toMatchObject({ version: '1.3.0', 'release-type': 'minor' })
    expect(res.outputs['release-notes']).toMatch(/## Features[\s\S]*Handle the empty cart/)
    expect(res.outputs['release-notes']).toMatch(/## Security[\s\S]*Tidy/)
    expect(res.stdout).toContain('Read the labels of 2 of 2 closed issue(s) with 1 API call(s)')
    const issueCalls = (await gh.calls(owner, repo)).filter((c) => c.operation.startsWith('issues/'))
    expect(issueCalls).toHaveLength(1)
    expect(issueCalls[0]?.path).toContain('since=')
    const json = JSON.parse(res.outputs.json ?? '{}') as { commits: { pr?: number; labels?: string[] }[] }
    expect(json.commits.find((c) => c.pr === 5)?.labels).toEqual(
      expect.arrayContaining(['enhancement', 'semver:minor']),
    )
  })
})
