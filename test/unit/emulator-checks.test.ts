// The GitHub emulator's release-gate reads through the real @octokit/rest client: check runs, commit statuses,
// branch protection's required status checks, milestones and the open issues/PRs in one, compare's changed files.
// Every response is validated against GitHub's OpenAPI description (a drift fails the file on stop()).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/rest'
import { startEmulator, type Emulator } from '../support/github-emulator/index.js'

let gh: Emulator
let octokit: Octokit
const quiet = { debug() {}, info() {}, warn() {}, error() {} }

beforeAll(async () => {
  gh = await startEmulator()
  octokit = new Octokit({ auth: 'test-token', baseUrl: gh.url, log: quiet })
})
afterAll(async () => {
  expect(await gh.violations()).toEqual([])
  await gh.stop()
})

describe('check runs and commit statuses', () => {
  it('lists the latest run per name on a ref; create and update move a run to its conclusion', async () => {
    const { owner, repo } = await gh.repo()
    await gh.seed(owner, repo, {
      checkRuns: [
        { name: 'build', conclusion: 'failure' },
        { name: 'build', conclusion: 'success' },
        { name: 'lint', status: 'in_progress' },
      ],
    })
    const head = (await octokit.repos.getCommit({ owner, repo, ref: 'main' })).data.sha
    const latest = await octokit.checks.listForRef({ owner, repo, ref: 'main' })
    expect(latest.data.total_count).toBe(2)
    expect(latest.data.check_runs.map((c) => [c.name, c.status, c.conclusion])).toEqual([
      ['lint', 'in_progress', null],
      ['build', 'completed', 'success'],
    ])
    expect((await octokit.checks.listForRef({ owner, repo, ref: head, filter: 'all' })).data.total_count).toBe(3)
    const created = await octokit.checks.create({
      owner,
      repo,
      name: 'e2e',
      head_sha: head,
      status: 'in_progress',
      details_url: 'https://ci.example/e2e/1',
    })
    expect(created.status).toBe(201)
    const done = await octokit.checks.update({ owner, repo, check_run_id: created.data.id, conclusion: 'timed_out' })
    expect([done.data.status, done.data.conclusion, done.data.details_url]).toEqual([
      'completed',
      'timed_out',
      'https://ci.example/e2e/1',
    ])
    await expect(octokit.checks.create({ owner, repo, name: 'x', head_sha: 'f'.repeat(40) })).rejects.toMatchObject({
      status: 422,
    })
  })

  it('combines the newest status per context: pending while one is pending, failure if any failed', async () => {
    const { owner, repo } = await gh.repo()
    const sha = (await octokit.repos.getCommit({ owner, repo, ref: 'main' })).data.sha
    expect((await octokit.repos.getCombinedStatusForRef({ owner, repo, ref: 'main' })).data).toMatchObject({
      state: 'pending',
      total_count: 0,
    })
    await octokit.repos.createCommitStatus({
      owner,
      repo,
      sha,
      state: 'failure',
      context: 'ci/jenkins',
      target_url: 'https://jenkins.example/1',
    })
    await octokit.repos.createCommitStatus({ owner, repo, sha, state: 'pending', context: 'ci/jenkins' })
    expect((await octokit.repos.getCombinedStatusForRef({ owner, repo, ref: sha })).data.state).toBe('pending')
    await octokit.repos.createCommitStatus({ owner, repo, sha, state: 'success', context: 'ci/jenkins' })
    await octokit.repos.createCommitStatus({ owner, repo, sha, state: 'success', context: 'security/scan' })
    const combined = (await octokit.repos.getCombinedStatusForRef({ owner, repo, ref: 'main' })).data
    expect(combined.state).toBe('success')
    expect(combined.statuses.map((s) => [s.context, s.state])).toEqual([
      ['security/scan', 'success'],
      ['ci/jenkins', 'success'],
    ])
    expect((await octokit.repos.listCommitStatusesForRef({ owner, repo, ref: 'main' })).data).toHaveLength(4)
  })
})

describe('branch protection and milestones', () => {
  it('answers the required status checks of a protected branch, 404 for an unprotected one, 403 without administration', async () => {
    const { owner, repo } = await gh.repo()
    await gh.seed(owner, repo, {
      protection: { main: { strict: true, contexts: ['ci/jenkins'], checks: ['build'] } },
      tokens: { 'read-only': { contents: 'write' } },
    })
    const { data } = await octokit.repos.getStatusChecksProtection({ owner, repo, branch: 'main' })
    expect(data.contexts).toEqual(['ci/jenkins', 'build'])
    expect(data.checks).toEqual([
      { context: 'ci/jenkins', app_id: null },
      { context: 'build', app_id: 15368 },
    ])
    await expect(octokit.repos.getStatusChecksProtection({ owner, repo, branch: 'dev' })).rejects.toMatchObject({
      status: 404,
    })
    const limited = new Octokit({ auth: 'read-only', baseUrl: gh.url, log: quiet })
    await expect(limited.repos.getStatusChecksProtection({ owner, repo, branch: 'main' })).rejects.toMatchObject({
      status: 403,
    })
  })

  it('lists milestones with their counts; issues/list-for-repo filters by milestone and includes pull requests', async () => {
    const { owner, repo } = await gh.repo()
    await gh.seed(owner, repo, {
      milestones: [{ title: 'v1.2.0' }, { title: 'v1.1.0', state: 'closed' }],
      issues: [
        { title: 'crash on start', milestone: 'v1.2.0' },
        { title: 'done', state: 'closed', milestone: 'v1.2.0' },
        { title: 'elsewhere' },
      ],
      pulls: [{ title: 'fix crash', milestone: 'v1.2.0', head: 'fix' }],
    })
    const open = await octokit.issues.listMilestones({ owner, repo })
    expect(open.data.map((m) => [m.title, m.open_issues, m.closed_issues])).toEqual([['v1.2.0', 2, 1]])
    expect((await octokit.issues.listMilestones({ owner, repo, state: 'all' })).data).toHaveLength(2)
    const number = open.data[0]?.number ?? 0
    const items = await octokit.issues.listForRepo({ owner, repo, milestone: String(number), state: 'open' })
    expect(items.data.map((i) => [i.title, Boolean(i.pull_request), i.milestone?.title])).toEqual([
      ['crash on start', false, 'v1.2.0'],
      ['fix crash', true, 'v1.2.0'],
    ])
    expect((await octokit.issues.listForRepo({ owner, repo, milestone: 'none' })).data.map((i) => i.title)).toEqual([
      'elsewhere',
    ])
    const made = await octokit.issues.createMilestone({ owner, repo, title: 'v2.0.0' })
    expect(made.data.open_issues).toBe(0)
    await expect(octokit.issues.createMilestone({ owner, repo, title: 'v2.0.0' })).rejects.toMatchObject({
      status: 422,
    })
  })

  it('compare lists the files changed by the commits ahead', async () => {
    const { owner, repo } = await gh.repo()
    await gh.seed(owner, repo, { tags: [{ name: 'v1.0.0' }] })
    await gh.seed(owner, repo, {
      commits: [
        { message: 'feat: a', files: [{ filename: 'src/a.ts' }] },
        { message: 'docs: a', files: [{ filename: 'docs/a.md' }, { filename: 'src/a.ts' }] },
      ],
    })
    const { data } = await octokit.repos.compareCommitsWithBasehead({ owner, repo, basehead: 'v1.0.0...main' })
    expect(data.files?.map((f) => f.filename).sort()).toEqual(['docs/a.md', 'src/a.ts'])
  })
})

describe('opening and updating pull requests', () => {
  it('opens one PR per head/base, refuses a duplicate and an empty one, and updates the body', async () => {
    const { owner, repo } = await gh.repo()
    await gh.seed(owner, repo, { branches: { develop: 'main' } })
    await gh.seed(owner, repo, { commits: [{ message: 'fix: on main' }] })
    const made = await octokit.pulls.create({
      owner,
      repo,
      head: 'main',
      base: 'develop',
      title: 'Back-merge main into develop',
      body: 'one',
    })
    expect(made.status).toBe(201)
    expect([made.data.head.ref, made.data.base.ref, made.data.commits, made.data.state]).toEqual([
      'main',
      'develop',
      1,
      'open',
    ])
    await expect(
      octokit.pulls.create({ owner, repo, head: `${owner}:main`, base: 'develop', title: 'again' }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ message: `A pull request already exists for ${owner}:main.` }] } },
    })
    await expect(
      octokit.pulls.create({ owner, repo, head: 'develop', base: 'main', title: 'nothing' }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ message: 'No commits between main and develop' }] } },
    })
    const listed = await octokit.pulls.list({ owner, repo, head: `${owner}:main`, base: 'develop', state: 'open' })
    expect(listed.data.map((p) => p.number)).toEqual([made.data.number])
    const updated = await octokit.pulls.update({ owner, repo, pull_number: made.data.number, body: 'two' })
    expect(updated.data.body).toBe('two')
  })
})
