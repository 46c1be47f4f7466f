// The GitHub emulator through the real @octokit/rest client: releases and their assets.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { Octokit } from '@octokit/rest'
import { startEmulator, type Emulator } from '../support/github-emulator/index.js'

let gh: Emulator
let octokit: Octokit

beforeAll(async () => {
  gh = await startEmulator()
  // Plain Octokit here (the core client's throttling spaces writes 1–3 s apart, which is GitHub's etiquette but slow);
  // the retry/throttling behaviour is covered in emulator-faults.test.ts with the core client.
  octokit = new Octokit({ auth: 'test-token', baseUrl: gh.url, log: { debug() {}, info() {}, warn() {}, error() {} } })
})
afterAll(async () => {
  expect(await gh.violations()).toEqual([])
  await gh.stop()
})

const status = async (p: Promise<unknown>) =>
  p.then(
    () => 200,
    (e: { status?: number }) => e.status,
  )

describe('releases', () => {
  it('creates a draft, hides it from get-by-tag, publishes it and creates the tag at target_commitish', async () => {
    const { owner, repo } = await gh.repo()
    await gh.seed(owner, repo, { commits: [{ message: 'feat: one' }, { message: 'fix: two' }] })
    const head = (await octokit.git.getRef({ owner, repo, ref: 'heads/main' })).data.object.sha

    const draft = await octokit.repos.createRelease({
      owner,
      repo,
      tag_name: 'v1.0.0',
      name: 'v1.0.0',
      body: 'notes',
      draft: true,
      target_commitish: 'main',
    })
    expect(draft.status).toBe(201)
    expect(draft.data).toMatchObject({ draft: true, published_at: null, tag_name: 'v1.0.0', tarball_url: null })
    expect(draft.data.html_url).toContain('/releases/tag/untagged-')
    expect(draft.data.upload_url).toBe(`${gh.url}/repos/${owner}/${repo}/releases/${draft.data.id}/assets{?name,label}`)
    // Like GitHub: drafts are not found by tag, and the tag does not exist yet.
    await expect(octokit.repos.getReleaseByTag({ owner, repo, tag: 'v1.0.0' })).rejects.toMatchObject({ status: 404 })
    await expect(octokit.git.getRef({ owner, repo, ref: 'tags/v1.0.0' })).rejects.toMatchObject({ status: 404 })

    const published = await octokit.repos.updateRelease({
      owner,
      repo,
      release_id: draft.data.id,
      draft: false,
      make_latest: 'true',
    })
    expect(published.data.draft).toBe(false)
    expect(published.data.published_at).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect((await octokit.git.getRef({ owner, repo, ref: 'tags/v1.0.0' })).data.object.sha).toBe(head)
    expect((await octokit.repos.getReleaseByTag({ owner, repo, tag: 'v1.0.0' })).data.id).toBe(draft.data.id)
    expect((await octokit.repos.getLatestRelease({ owner, repo })).data.id).toBe(draft.data.id)
  })

  it('refuses a second published release for the same tag with already_exists', async () => {
    const { owner, repo } = await gh.repo()
    await octokit.repos.createRelease({ owner, repo, tag_name: 'v2.0.0' })
    const err = await octokit.repos.createRelease({ owner, repo, tag_name: 'v2.0.0' }).catch((e) => e)
    expect(err.status).toBe(422)
    expect(err.response.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Release', field: 'tag_name', code: 'already_exists' }],
    })
    expect(err.response.data.documentation_url).toMatch(/^https:\/\/docs\.github\.com\//)
  })

  it('keeps make_latest=false releases from becoming latest, and prereleases never are', async () => {
    const { owner, repo } = await gh.repo()
    const first = await octokit.repos.createRelease({ owner, repo, tag_name: 'v1.0.0' })
    await octokit.repos.createRelease({ owner, repo, tag_name: 'v0.9.1', make_latest: 'false' })
    await octokit.repos.createRelease({ owner, repo, tag_name: 'v2.0.0-rc.1', prerelease: true })
    expect((await octokit.repos.getLatestRelease({ owner, repo })).data.id).toBe(first.data.id)
    // Without make_latest, a newly published release becomes latest (GitHub's default 'true').
    const second = await octokit.repos.createRelease({ owner, repo, tag_name: 'v1.1.0' })
    expect((await octokit.repos.getLatestRelease({ owner, repo })).data.id).toBe(second.data.id)
    await octokit.repos.updateRelease({ owner, repo, release_id: second.data.id, make_latest: 'false' })
    expect((await octokit.repos.getLatestRelease({ owner, repo })).data.id).toBe(first.data.id)
    await octokit.repos.deleteRelease({ owner, repo, release_id: second.data.id })
    const list = await octokit.repos.listReleases({ owner, repo })
    expect(list.data.map((r) => r.tag_name)).toEqual(['v2.0.0-rc.1', 'v0.9.1', 'v1.0.0'])
  })

  it('uploads assets through upload_url, streams the bytes back with a sha256 digest, and 422s a duplicate name', async () => {
    const { owner, repo } = await gh.repo()
    const rel = await octokit.repos.createRelease({ owner, repo, tag_name: 'v1.0.0' })
    const bytes = Buffer.from('hello, release\n'.repeat(1000))
    const up = await octokit.repos.uploadReleaseAsset({
      owner,
      repo,
      release_id: rel.data.id,
      url: rel.data.upload_url,
      name: 'app.tgz',
      label: 'App',
      data: bytes as unknown as string,
      headers: { 'content-type': 'application/gzip', 'content-length': bytes.length },
    })
    expect(up.status).toBe(201)
    expect(up.data).toMatchObject({
      name: 'app.tgz',
      label: 'App',
      size: bytes.length,
      content_type: 'application/gzip',
      state: 'uploaded',
    })
    expect(up.data.digest).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`)

    const dup = await octokit.repos
      .uploadReleaseAsset({
        owner,
        repo,
        release_id: rel.data.id,
        url: rel.data.upload_url,
        name: 'app.tgz',
        data: 'x',
        headers: { 'content-type': 'text/plain' },
      })
      .catch((e) => e)
    expect(dup.status).toBe(422)
    expect(dup.response.data.errors).toEqual([{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }])

    const download = await fetch(up.data.browser_download_url)
    expect(download.status).toBe(200)
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true)
    const viaApi = await fetch(up.data.url, {
      headers: { authorization: 'token t', accept: 'application/octet-stream' },
    })
    expect(Buffer.from(await viaApi.arrayBuffer()).equals(bytes)).toBe(true)

    const assets = await octokit.repos.listReleaseAssets({ owner, repo, release_id: rel.data.id })
    expect(assets.data.map((a) => a.name)).toEqual(['app.tgz'])
    expect(
      (await octokit.repos.getRelease({ owner, repo, release_id: rel.data.id })).data.assets[0]?.download_count,
    ).toBe(2)
    await octokit.repos.deleteReleaseAsset({ owner, repo, asset_id: up.data.id })
    expect(await status(octokit.repos.getReleaseAsset({ owner, repo, asset_id: up.data.id }))).toBe(404)
    expect((await fetch(up.data.browser_download_url)).status).toBe(404)
  })

  it('handles monorepo tags with a slash (get by tag, tag ref, asset download URL)', async () => {
    const { owner, repo } = await gh.repo()
    const rel = await octokit.repos.createRelease({ owner, repo, tag_name: 'pkg-a/v1.2.0' })
    expect((await octokit.repos.getReleaseByTag({ owner, repo, tag: 'pkg-a/v1.2.0' })).data.id).toBe(rel.data.id)
    expect((await octokit.git.getRef({ owner, repo, ref: 'tags/pkg-a/v1.2.0' })).data.ref).toBe(
      'refs/tags/pkg-a/v1.2.0',
    )
    const up = await octokit.repos.uploadReleaseAsset({
      owner,
      repo,
      release_id: rel.data.id,
      url: rel.data.upload_url,
      name: 'a b.txt',
      data: 'x',
      headers: { 'content-type': 'text/plain' },
    })
    expect(await (await fetch(up.data.browser_download_url)).text()).toBe('x')
  })

  it('deletes a release but keeps its tag, like GitHub', async () => {
    const { owner, repo } = await gh.repo()
    const rel = await octokit.repos.createRelease({ owner, repo, tag_name: 'v3.0.0' })
    expect((await octokit.repos.deleteRelease({ owner, repo, release_id: rel.data.id })).status).toBe(204)
    expect(await status(octokit.repos.getRelease({ owner, repo, release_id: rel.data.id }))).toBe(404)
    expect(await status(octokit.git.getRef({ owner, repo, ref: 'tags/v3.0.0' }))).toBe(200)
    const state = await gh.state(owner, repo)
    expect(state.releases).toEqual([])
    expect(state.refs['refs/tags/v3.0.0']).toMatch(/^[0-9a-f]{40}$/)
  })

  it('rejects a body GitHub would reject with the 422 Validation Failed shape', async () => {
    const { owner, repo } = await gh.repo()
    const err = await octokit.repos
      .createRelease({ owner, repo, tag_name: 'v1', draft: 'yes' as unknown as boolean })
      .catch((e) => e)
    expect(err.status).toBe(422)
    expect(err.response.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Release', field: 'draft', code: 'invalid' }],
    })
    const missing = await octokit
      .request('POST /repos/{owner}/{repo}/releases', { owner, repo, name: 'no tag' } as never)
      .catch((e) => e)
    expect(missing.status).toBe(422)
    expect(missing.response.data.errors).toEqual([
      expect.objectContaining({ field: 'tag_name', code: 'missing_field' }),
    ])
    const noName = await fetch(`${gh.url}/repos/${owner}/${repo}/releases/1/assets`, {
      method: 'POST',
      headers: { authorization: 'token t' },
      body: 'x',
    })
    expect(noName.status).toBe(422)
    expect(((await noName.json()) as { errors: unknown[] }).errors).toEqual([
      expect.objectContaining({ field: 'name', code: 'missing_field' }),
    ])
    expect((await gh.state(owner, repo)).releases).toEqual([])
  })
})
