// Fault injection in the GitHub emulator, seen through core's client (@octokit/rest + retry + throttling plugins):
// the plugins must recover from what GitHub does under load, and give up with the real error when it persists.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createGitHubClient, type GitHubClient } from '@shipline/core'
import { startEmulator, type Emulator } from '../support/github-emulator/index.js'

let gh: Emulator
let client: GitHubClient
let once: GitHubClient // retries: 1
const log = { debug() {}, info() {}, warn() {}, error() {} }

beforeAll(async () => {
  gh = await startEmulator()
  client = await createGitHubClient({ token: 'test-token', baseUrl: gh.url, action: 'emulator-test', log })
  // Made here, not in the concurrent test: a dynamic import inside an it.concurrent body can land while jest thinks no
  // test is running ("import a file outside of the scope of the test code"), which failed this file under load.
  once = await createGitHubClient({ token: 'test-token', baseUrl: gh.url, retries: 1, log })
})
afterAll(async () => {
  expect(await gh.violations()).toEqual([])
  await gh.stop()
})

async function seeded() {
  const { owner, repo } = await gh.repo()
  await gh.seed(owner, repo, { releases: [{ tag_name: 'v1.0.0' }] })
  return { owner, repo }
}
const statuses = async (owner: string, repo: string) => (await gh.calls(owner, repo)).map((c) => c.status)

// Each test works in its own repo namespace and its faults are scoped to it, so they run concurrently (the plugins'
// back-off is 1–4 s per retry).
describe('faults', () => {
  it.concurrent('the retry plugin recovers from a 502', async () => {
    const { owner, repo } = await seeded()
    await gh.fault({ operation: 'repos/get-release-by-tag', kind: 'status', status: 502, repo: `${owner}/${repo}` })
    const res = await client.rest.repos.getReleaseByTag({ owner, repo, tag: 'v1.0.0' })
    expect(res.status).toBe(200)
    expect(await statuses(owner, repo)).toEqual([502, 200])
  })

  it.concurrent('a dropped connection is retried', async () => {
    const { owner, repo } = await seeded()
    await gh.fault({ operation: 'repos/list-releases', kind: 'drop', repo: `${owner}/${repo}` })
    const res = await client.rest.repos.listReleases({ owner, repo })
    expect(res.data.map((r) => r.tag_name)).toEqual(['v1.0.0'])
    expect(await statuses(owner, repo)).toEqual([0, 200])
  })

  it.concurrent('a secondary rate limit (403 + retry-after) is waited out by the throttling plugin', async () => {
    const { owner, repo } = await seeded()
    await gh.fault({
      operation: 'repos/get-release-by-tag',
      kind: 'secondary-rate-limit',
      retryAfter: 1,
      repo: `${owner}/${repo}`,
    })
    const started = Date.now()
    const res = await client.rest.repos.getReleaseByTag({ owner, repo, tag: 'v1.0.0' })
    expect(res.status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    expect(await statuses(owner, repo)).toEqual([403, 200])
  })

  it.concurrent('a primary rate limit (x-ratelimit-remaining: 0) waits until x-ratelimit-reset', async () => {
    const { owner, repo } = await seeded()
    await gh.fault({
      operation: 'repos/get-release-by-tag',
      kind: 'rate-limit',
      retryAfter: 1,
      repo: `${owner}/${repo}`,
    })
    const res = await client.rest.repos.getReleaseByTag({ owner, repo, tag: 'v1.0.0' })
    expect(res.status).toBe(200)
    expect(await statuses(owner, repo)).toEqual([403, 200])
  })

  it.concurrent('a 429 with retry-after is retried', async () => {
    const { owner, repo } = await seeded()
    await gh.fault({ operation: 'repos/list-releases', kind: 'retry-after', retryAfter: 1, repo: `${owner}/${repo}` })
    const res = await client.rest.repos.listReleases({ owner, repo })
    expect(res.status).toBe(200)
    expect(await statuses(owner, repo)).toEqual([429, 200])
  })

  it.concurrent('a fault that outlasts the retries surfaces as the real error, with GitHub-shaped body', async () => {
    const { owner, repo } = await seeded()
    await gh.fault({
      operation: 'repos/get-release-by-tag',
      kind: 'status',
      status: 500,
      times: 5,
      repo: `${owner}/${repo}`,
    })
    const err = await once.rest.repos.getReleaseByTag({ owner, repo, tag: 'v1.0.0' }).catch((e) => e)
    expect(err.status).toBe(500)
    expect(err.response.data).toMatchObject({ message: 'Internal Server Error', documentation_url: expect.any(String) })
    expect(await statuses(owner, repo)).toEqual([500, 500])
  })

  it.concurrent('a delay slows the answer without failing it', async () => {
    const { owner, repo } = await seeded()
    await gh.fault({ operation: 'repos/list-releases', kind: 'delay', delayMs: 300, repo: `${owner}/${repo}` })
    const started = Date.now()
    expect((await client.rest.repos.listReleases({ owner, repo })).status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
  })
})
