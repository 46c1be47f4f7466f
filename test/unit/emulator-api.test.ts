// The GitHub emulator through the real @octokit/rest client: pagination, headers, auth, validation, git data,
// pull requests, deployments, environments, contents, seeding from a real git repository.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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

describe('pagination and headers', () => {
  it('pages with absolute Link headers, per_page default 30 and capped at 100', async () => {
    const { owner, repo } = await gh.repo()
    await gh.seed(owner, repo, { releases: Array.from({ length: 250 }, (_, i) => ({ tag_name: `v0.0.${i}` })) })
    const first = await octokit.repos.listReleases({ owner, repo })
    expect(first.data).toHaveLength(30)
    const link = first.headers.link ?? ''
    expect(link).toContain(`<${gh.url}/repos/${owner}/${repo}/releases?page=2>; rel="next"`)
    expect(link).toContain(`<${gh.url}/repos/${owner}/${repo}/releases?page=9>; rel="last"`)
    const middle = await octokit.repos.listReleases({ owner, repo, per_page: 100, page: 2 })
    expect([...(middle.headers.link ?? '').matchAll(/rel="(\w+)"/g)].map((m) => m[1])).toEqual([
      'prev',
      'next',
      'last',
      'first',
    ])
    const capped = await octokit.repos.listReleases({ owner, repo, per_page: 500 })
    expect(capped.data).toHaveLength(100)
    const pages: number[] = []
    const all = await octokit.paginate(octokit.repos.listReleases, { owner, repo, per_page: 100 }, (res) => {
      pages.push(res.data.length)
      return res.data
    })
    expect(pages).toEqual([100, 100, 50])
    expect(new Set(all.map((r) => r.id)).size).toBe(250)
  })

  it('sends rate-limit headers and a request id, and answers GET /rate_limit', async () => {
    const res = await octokit.rateLimit.get()
    expect(res.headers['x-github-request-id']).toMatch(/^[0-9A-F]+:[0-9A-F]+$/)
    expect(res.headers['x-ratelimit-limit']).toBe('5000')
    expect(res.headers['x-ratelimit-resource']).toBe('core')
    expect(Number(res.headers['x-ratelimit-remaining'])).toBe(5000 - Number(res.headers['x-ratelimit-used']))
    expect(res.data.resources.core.limit).toBe(5000)
  })

  it('answers 401 without a token, 404 for unknown repos, 403 for a read-only token writing', async () => {
    const anon = new Octokit({ baseUrl: gh.url, log: quiet })
    const { owner, repo } = await gh.repo()
    await expect(anon.repos.get({ owner, repo })).rejects.toMatchObject({ status: 401 })
    const missing = await octokit.repos.get({ owner, repo: 'nope' }).catch((e) => e)
    expect(missing.status).toBe(404)
    expect(missing.response.data).toMatchObject({
      message: 'Not Found',
      documentation_url: expect.stringMatching(/^https:/),
    })
    await gh.seed(owner, repo, { tokens: { 'ro-token': 'read' } })
    const ro = new Octokit({ auth: 'ro-token', baseUrl: gh.url, log: quiet })
    expect((await ro.repos.get({ owner, repo })).data.full_name).toBe(`${owner}/${repo}`)
    const denied = await ro.repos.createRelease({ owner, repo, tag_name: 'v1' }).catch((e) => e)
    expect(denied.status).toBe(403)
    expect(denied.response.data.message).toBe('Resource not accessible by integration')
    await gh.seed(owner, repo, { tokens: { 'no-prs': { contents: 'write' } } })
    const noPrs = new Octokit({ auth: 'no-prs', baseUrl: gh.url, log: quiet })
    await expect(noPrs.pulls.list({ owner, repo })).rejects.toMatchObject({ status: 403 })
    expect((await noPrs.repos.get({ owner, repo })).status).toBe(200)
    expect((await noPrs.repos.listReleases({ owner, repo })).status).toBe(200)
    await octokit.repos.createRelease({ owner, repo, tag_name: 'v1', make_latest: 'false' })
    const calls = await gh.calls(owner, repo)
    expect(calls.map((c) => `${c.operation} ${c.status}`)).toEqual([
      'repos/get 401',
      'repos/get 200',
      'repos/create-release 403',
      'pulls/list 403',
      'repos/get 200',
      'repos/list-releases 200',
      'repos/create-release 201',
    ])
    expect(calls[6]).toMatchObject({
      method: 'POST',
      path: `/repos/${owner}/${repo}/releases`,
      body: { tag_name: 'v1', make_latest: 'false' },
    })
  })
})

describe('response validation', () => {
  it('turns a response that drifts from the OpenAPI description into a 500 and records the violation', async () => {
    const { owner, repo } = await gh.repo()
    await gh.breakResponse({ operation: 'repos/create-release', remove: ['assets_url'], set: { draft: 'no' } })
    const err = await octokit.repos.createRelease({ owner, repo, tag_name: 'v1.0.0' }).catch((e) => e)
    expect(err.status).toBe(500)
    expect(err.response.data.message).toContain(
      "response of repos/create-release (201) drifts from GitHub's OpenAPI description",
    )
    expect(err.response.data.message).toContain("must have required property 'assets_url'")
    expect(err.response.data.message).toContain('/draft must be boolean')
    const violations = await gh.violations()
    expect(violations).toEqual([expect.objectContaining({ operation: 'repos/create-release', status: 201 })])
    await gh.reset() // the deliberate violation must not leak into later assertions
    expect(await gh.violations()).toEqual([])
  })
})

describe('git data, commits and pull requests', () => {
  it('creates, lists, updates (fast-forward only) and deletes refs; annotated tags peel to commits', async () => {
    const { owner, repo } = await gh.repo()
    await gh.seed(owner, repo, { commits: [{ message: 'a' }, { message: 'b' }] })
    const [b, a] = (await octokit.repos.listCommits({ owner, repo })).data.map((c) => c.sha) as [string, string]
    await octokit.git.createRef({ owner, repo, ref: 'refs/heads/feature', sha: a })
    const dup = await octokit.git.createRef({ owner, repo, ref: 'refs/heads/feature', sha: a }).catch((e) => e)
    expect([dup.status, dup.response.data.message]).toEqual([422, 'Reference already exists'])
    expect((await octokit.git.updateRef({ owner, repo, ref: 'heads/feature', sha: b })).data.object.sha).toBe(b)
    await expect(octokit.git.updateRef({ owner, repo, ref: 'heads/feature', sha: a })).rejects.toMatchObject({
      status: 422,
    })
    await octokit.git.updateRef({ owner, repo, ref: 'heads/feature', sha: a, force: true })
    const tag = await octokit.git.createTag({
      owner,
      repo,
      tag: 'v1.0.0',
      message: 'Release 1.0.0',
      object: b,
      type: 'commit',
    })
    await octokit.git.createRef({ owner, repo, ref: 'refs/tags/v1.0.0', sha: tag.data.sha })
    const ref = await octokit.git.getRef({ owner, repo, ref: 'tags/v1.0.0' })
    expect(ref.data.object).toMatchObject({ type: 'tag', sha: tag.data.sha })
    expect((await octokit.git.getTag({ owner, repo, tag_sha: tag.data.sha })).data.object.sha).toBe(b)
    expect((await octokit.repos.getCommit({ owner, repo, ref: 'v1.0.0' })).data.sha).toBe(b)
    const matching = await octokit.git.listMatchingRefs({ owner, repo, ref: 'heads/' })
    expect(matching.data.map((r) => r.ref)).toEqual(['refs/heads/feature', 'refs/heads/main'])
    expect((await octokit.git.deleteRef({ owner, repo, ref: 'heads/feature' })).status).toBe(204)
    await expect(octokit.git.deleteRef({ owner, repo, ref: 'heads/feature' })).rejects.toMatchObject({ status: 422 })
  })

  it('compares base...head with ahead/behind counts and finds merged PRs by commit', async () => {
    const { owner, repo } = await gh.repo()
    await gh.seed(owner, repo, {
      commits: [
        { sha: 'a'.repeat(40), message: 'feat: login (#1)' },
        { sha: 'b'.repeat(40), message: 'fix: crash (#2)' },
        { sha: 'c'.repeat(40), message: 'side', branch: 'side', parents: ['a'.repeat(40)] },
      ],
      tags: [{ name: 'v1.0.0', sha: 'a'.repeat(40) }],
      pulls: [
        {
          number: 1,
          title: 'feat: login',
          labels: ['enhancement'],
          merge_commit_sha: 'a'.repeat(40),
          merged_at: '2024-02-01T00:00:00Z',
          created_at: '2024-01-30T00:00:00Z',
        },
        {
          number: 2,
          title: 'fix: crash',
          labels: ['bug'],
          merge_commit_sha: 'b'.repeat(40),
          merged_at: '2024-02-02T00:00:00Z',
          created_at: '2024-01-31T00:00:00Z',
        },
        { number: 3, title: 'wip', state: 'open' },
      ],
    })
    const cmp = await octokit.repos.compareCommitsWithBasehead({ owner, repo, basehead: 'v1.0.0...main' })
    expect(cmp.data).toMatchObject({ status: 'ahead', ahead_by: 1, behind_by: 0, total_commits: 1 })
    expect(cmp.data.commits.map((c) => c.commit.message)).toEqual(['fix: crash (#2)'])
    const diverged = await octokit.repos.compareCommitsWithBasehead({ owner, repo, basehead: 'main...side' })
    expect(diverged.data).toMatchObject({ status: 'diverged', ahead_by: 1, behind_by: 1 })
    expect(diverged.data.merge_base_commit.sha).toBe('a'.repeat(40))
    const assoc = await octokit.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: 'b'.repeat(40) })
    expect(assoc.data.map((p) => [p.number, p.merged_at, p.labels.map((l) => l.name)])).toEqual([
      [2, '2024-02-02T00:00:00Z', ['bug']],
    ])
    const closed = await octokit.pulls.list({ owner, repo, state: 'closed', sort: 'created', direction: 'asc' })
    expect(closed.data.map((p) => p.number)).toEqual([1, 2])
    const pr = await octokit.pulls.get({ owner, repo, pull_number: 2 })
    expect(pr.data).toMatchObject({ merged: true, merge_commit_sha: 'b'.repeat(40), state: 'closed' })
    expect((await octokit.pulls.listCommits({ owner, repo, pull_number: 2 })).data.map((c) => c.sha)).toEqual([
      'b'.repeat(40),
    ])
  })

  it('seeds from a real local git repository so the emulator agrees with it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emu-git-'))
    try {
      const git = (...args: string[]) =>
        execFileSync('git', args, {
          cwd: dir,
          env: {
            ...process.env,
            GIT_AUTHOR_NAME: 'A',
            GIT_AUTHOR_EMAIL: 'a@x',
            GIT_COMMITTER_NAME: 'A',
            GIT_COMMITTER_EMAIL: 'a@x',
          },
        })
          .toString()
          .trim()
      git('init', '-q', '-b', 'main')
      for (const m of ['feat: one', 'fix: two', 'chore: three']) {
        writeFileSync(join(dir, 'f.txt'), m)
        git('add', '.')
        git('commit', '-q', '-m', m)
        if (m === 'fix: two') git('tag', '-a', 'v1.0.0', '-m', 'first release')
      }
      const { owner, repo } = await gh.repo()
      expect(await gh.seedFromGit(owner, repo, dir)).toEqual({ commits: 3, tags: 1 })
      const head = git('rev-parse', 'HEAD')
      const commits = await octokit.repos.listCommits({ owner, repo })
      expect(commits.data.map((c) => c.sha)).toEqual(git('log', '--format=%H').split('\n'))
      expect(commits.data[0]?.commit.message).toBe('chore: three')
      const cmp = await octokit.repos.compareCommitsWithBasehead({ owner, repo, basehead: `v1.0.0...${head}` })
      expect(cmp.data.commits.map((c) => c.sha)).toEqual([head])
      expect((await octokit.repos.getCommit({ owner, repo, ref: 'v1.0.0' })).data.sha).toBe(
        git('rev-parse', 'v1.0.0^{commit}'),
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('deployments, environments, contents', () => {
  it('creates deployments and statuses; a success marks older deployments of the environment inactive', async () => {
    const { owner, repo } = await gh.repo()
    const first = await octokit.repos.createDeployment({
      owner,
      repo,
      ref: 'main',
      environment: 'production',
      auto_merge: false,
      required_contexts: [],
      payload: { version: '1.0.0' },
    })
    if (first.status !== 201) throw new Error('expected a deployment')
    await octokit.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: first.data.id,
      state: 'success',
      environment_url: 'http://127.0.0.1/v1',
    })
    const second = await octokit.repos.createDeployment({
      owner,
      repo,
      ref: 'main',
      environment: 'production',
      auto_merge: false,
      required_contexts: [],
    })
    if (second.status !== 201) throw new Error('expected a deployment')
    await octokit.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: second.data.id,
      state: 'in_progress',
      log_url: 'http://127.0.0.1/log',
    })
    expect(
      (await octokit.repos.listDeploymentStatuses({ owner, repo, deployment_id: first.data.id })).data[0]?.state,
    ).toBe('success')
    await octokit.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: second.data.id,
      state: 'success',
      environment_url: 'http://127.0.0.1/v2',
    })
    const old = await octokit.repos.listDeploymentStatuses({ owner, repo, deployment_id: first.data.id })
    expect(old.data.map((s) => s.state)).toEqual(['inactive', 'success'])
    const list = await octokit.repos.listDeployments({ owner, repo, environment: 'production' })
    expect(list.data.map((d) => d.id)).toEqual([second.data.id, first.data.id])
    expect(list.data[1]?.payload).toEqual({ version: '1.0.0' })
    expect((await octokit.repos.listDeployments({ owner, repo, environment: 'staging' })).data).toEqual([])
    const bad = await octokit.repos
      .createDeploymentStatus({ owner, repo, deployment_id: second.data.id, state: 'done' as 'success' })
      .catch((e) => e)
    expect(bad.status).toBe(422)
    // auto_merge (GitHub's default): a branch behind main gets main merged in, and no deployment is made (202).
    await gh.seed(owner, repo, {
      commits: [{ message: 'side', branch: 'old', parents: [first.data.sha] }, { message: 'main moves on' }],
    })
    const merged = await octokit.repos.createDeployment({
      owner,
      repo,
      ref: 'old',
      environment: 'production',
      required_contexts: [],
    })
    expect([merged.status, (merged.data as { message?: string }).message]).toEqual([
      202,
      'Auto-merged main into old on deployment.',
    ])
    expect(
      (
        await octokit.repos.createDeployment({
          owner,
          repo,
          ref: 'old',
          environment: 'production',
          required_contexts: [],
        })
      ).status,
    ).toBe(201)
    const noRef = await octokit.repos
      .createDeployment({ owner, repo, ref: 'nope', environment: 'production' })
      .catch((e) => e)
    expect([noRef.status, noRef.response.data.message]).toEqual([422, 'No ref found for: nope'])
  })

  it('gets and creates environments, and reads/writes files as commits', async () => {
    const { owner, repo } = await gh.repo()
    await expect(octokit.repos.getEnvironment({ owner, repo, environment_name: 'staging' })).rejects.toMatchObject({
      status: 404,
    })
    const env = await octokit.repos.createOrUpdateEnvironment({
      owner,
      repo,
      environment_name: 'staging',
      wait_timer: 5,
    })
    expect(env.data.protection_rules?.[0]).toMatchObject({ type: 'wait_timer', wait_timer: 5 })
    expect((await octokit.repos.getEnvironment({ owner, repo, environment_name: 'staging' })).data.name).toBe('staging')
    const put = await octokit.repos.createOrUpdateFileContents({
      owner,
      repo,
      path: 'docs/CHANGELOG.md',
      message: 'docs: changelog',
      content: Buffer.from('# 1.0.0\n').toString('base64'),
    })
    expect(put.status).toBe(201)
    const file = await octokit.repos.getContent({ owner, repo, path: 'docs/CHANGELOG.md' })
    if (Array.isArray(file.data) || file.data.type !== 'file') throw new Error('expected a file')
    expect(Buffer.from(file.data.content, 'base64').toString()).toBe('# 1.0.0\n')
    await expect(
      octokit.repos.createOrUpdateFileContents({ owner, repo, path: 'docs/CHANGELOG.md', message: 'x', content: '' }),
    ).rejects.toMatchObject({ status: 422 })
    const upd = await octokit.repos.createOrUpdateFileContents({
      owner,
      repo,
      path: 'docs/CHANGELOG.md',
      message: 'docs: 1.1.0',
      content: Buffer.from('# 1.1.0\n').toString('base64'),
      sha: file.data.sha,
    })
    expect(upd.status).toBe(200)
    expect((await octokit.repos.getCommit({ owner, repo, ref: 'main' })).data.commit.message).toBe('docs: 1.1.0')
  })
})
