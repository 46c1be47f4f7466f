/**
 * GitHub Releases through the core client (retries, throttling). Uploads stream the file (see upload-transport.ts):
 * the body is re-readable, so the client's retries resend the whole file, and memory stays flat.
 */
import {
  callGitHub,
  createGitHubClient,
  hashChunks,
  debug,
  warning,
  type GitHubClient,
  type StatusHints,
} from '@shipline/core'
import { sha256OfDigest } from '../domain/checksums.js'
import { FileBody, streamingFetch } from './upload-transport.js'
import type { LocalAsset, RemoteAsset, RemoteRelease } from '../domain/types.js'

interface ApiAsset {
  id: number
  name: string
  size: number
  state: string
  digest?: string | null
  browser_download_url?: string
}
interface ApiRelease {
  id: number
  tag_name: string
  draft: boolean
  prerelease: boolean
  name: string | null
  body?: string | null
  html_url: string
  upload_url: string
  target_commitish: string
  assets: ApiAsset[]
}

function toAsset(a: ApiAsset): RemoteAsset {
  return {
    id: a.id,
    name: a.name,
    size: a.size,
    state: a.state,
    sha256: sha256OfDigest(a.digest),
    url: a.browser_download_url,
  }
}

function toRelease(r: ApiRelease): RemoteRelease {
  return {
    id: r.id,
    tagName: r.tag_name,
    draft: r.draft,
    prerelease: r.prerelease,
    name: r.name ?? '',
    body: r.body ?? '',
    htmlUrl: r.html_url,
    uploadUrl: r.upload_url,
    targetCommitish: r.target_commitish,
    assets: (r.assets ?? []).map(toAsset),
  }
}

/** What a failed release request usually means (the defaults in core cover the rest). */
export const RELEASE_HINTS: StatusHints = {
  401: 'The token was refused; check the token input.',
  403: "The token may lack 'contents: write' (add it under the job's permissions), or a ruleset blocks this tag.",
  404: "Check the repository input, and that the token can see it (private repositories need 'contents: write').",
}

/** Run one API call, with failures reported as a RemoteError; `absent` statuses resolve to undefined. */
function call<T>(operation: string, fn: () => Promise<T>): Promise<T>
function call<T>(operation: string, fn: () => Promise<T>, absent: number[]): Promise<T | undefined>
function call<T>(operation: string, fn: () => Promise<T>, absent: number[] = []): Promise<T | undefined> {
  return callGitHub(operation, fn, { absent, hints: RELEASE_HINTS })
}

export interface ReleaseFields {
  tag: string
  name: string
  body: string
  prerelease: boolean
  target?: string
}

export class GitHubReleases {
  /** `x-ratelimit-remaining` and reset from the last response that carried them. */
  rate: { remaining?: number; reset?: Date } = {}
  private constructor(
    private readonly api: GitHubClient,
    private readonly owner: string,
    private readonly repo: string,
  ) {
    api.hook.after('request', (response) => {
      const h = response.headers as Record<string, string | undefined>
      if (h['x-ratelimit-remaining'] !== undefined) {
        this.rate = {
          remaining: Number(h['x-ratelimit-remaining']),
          reset: h['x-ratelimit-reset'] ? new Date(Number(h['x-ratelimit-reset']) * 1000) : undefined,
        }
      }
    })
  }

  static async connect(token: string, repository: string): Promise<GitHubReleases> {
    const [owner = '', repo = ''] = repository.split('/')
    // A failed request that is retried is not a failure of the run: octokit's errors go to the log as warnings, and
    // the run reports the one error that stops it.
    const log = { debug, info: debug, warn: warning, error: warning }
    return new GitHubReleases(await createGitHubClient({ token, action: 'publish-release', log }), owner, repo)
  }

  /** Every release for `tag` (drafts included: get-by-tag does not return drafts), at most 10 pages of 100. */
  async releasesForTag(tag: string): Promise<{ published?: RemoteRelease; drafts: RemoteRelease[] }> {
    const found: RemoteRelease[] = []
    let full = false
    for (let page = 1; page <= 10; page++) {
      const { data } = await call('List releases', () =>
        this.api.rest.repos.listReleases({ owner: this.owner, repo: this.repo, per_page: 100, page }),
      )
      found.push(...(data as ApiRelease[]).filter((r) => r.tag_name === tag).map(toRelease))
      full = data.length === 100
      if (!full) break
    }
    let published = found.find((r) => !r.draft)
    if (!published && full) published = await this.publishedByTag(tag)
    return { published, drafts: found.filter((r) => r.draft).sort((a, b) => a.id - b.id) }
  }

  private async publishedByTag(tag: string): Promise<RemoteRelease | undefined> {
    const res = await call(
      'Get release by tag',
      () => this.api.rest.repos.getReleaseByTag({ owner: this.owner, repo: this.repo, tag }),
      [404],
    )
    return res && toRelease(res.data as ApiRelease)
  }

  /** Remaining core API budget: from the last response's headers, else `GET /rate_limit` (which costs no budget). */
  async remainingBudget(): Promise<{ remaining?: number; reset?: Date }> {
    if (this.rate.remaining !== undefined) return this.rate
    try {
      const { data } = await this.api.rest.rateLimit.get()
      return { remaining: data.resources.core.remaining, reset: new Date(data.resources.core.reset * 1000) }
    } catch (error) {
      debug(`rate limit unknown: ${(error as Error).message}`)
      return {}
    }
  }

  async createDraft(f: ReleaseFields): Promise<RemoteRelease> {
    const { data } = await call('Create draft release', () =>
      this.api.rest.repos.createRelease({
        owner: this.owner,
        repo: this.repo,
        tag_name: f.tag,
        name: f.name,
        body: f.body,
        draft: true,
        prerelease: f.prerelease,
        ...(f.target ? { target_commitish: f.target } : {}), // Never retried: a retried POST whose first answer was lost could make a second draft (the executor looks
        // for the draft by tag and ledger before trying again).
        request: { retries: 0 },
      }),
    )
    return toRelease(data as ApiRelease)
  }

  async updateRelease(
    id: number,
    patch: {
      body?: string
      name?: string
      draft?: boolean
      prerelease?: boolean
      tag?: string
      target?: string
      makeLatest?: 'true' | 'false' | 'legacy'
    },
  ): Promise<RemoteRelease> {
    const { data } = await call(patch.draft === false ? 'Publish release' : 'Update release', () =>
      this.api.rest.repos.updateRelease({
        owner: this.owner,
        repo: this.repo,
        release_id: id,
        ...(patch.body !== undefined ? { body: patch.body } : {}),
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.draft !== undefined ? { draft: patch.draft } : {}),
        ...(patch.prerelease !== undefined ? { prerelease: patch.prerelease } : {}),
        ...(patch.tag ? { tag_name: patch.tag } : {}),
        ...(patch.target ? { target_commitish: patch.target } : {}),
        ...(patch.makeLatest ? { make_latest: patch.makeLatest } : {}),
      }),
    )
    return toRelease(data as ApiRelease)
  }

  async getRelease(id: number): Promise<RemoteRelease> {
    const { data } = await call('Get release', () =>
      this.api.rest.repos.getRelease({ owner: this.owner, repo: this.repo, release_id: id }),
    )
    return toRelease(data as ApiRelease)
  }

  /** Delete a (draft) release; one already gone is fine. */
  async deleteRelease(id: number): Promise<void> {
    await call(
      'Delete release',
      () => this.api.rest.repos.deleteRelease({ owner: this.owner, repo: this.repo, release_id: id }),
      [404],
    )
  }

  /** Delete an asset; one already gone (a retried delete whose first answer was lost) is fine. */
  async deleteAsset(id: number): Promise<void> {
    await call(
      'Delete release asset',
      () => this.api.rest.repos.deleteReleaseAsset({ owner: this.owner, repo: this.repo, asset_id: id }),
      [404],
    )
  }

  /** Upload one file, streamed. Retries (5xx, dropped connections, rate limits) resend the file from the start. */
  async uploadAsset(release: RemoteRelease, asset: LocalAsset, path: string): Promise<RemoteAsset> {
    const { data } = await call(`Upload ${asset.name}`, () =>
      this.api.request({
        method: 'POST',
        url: release.uploadUrl,
        name: asset.name,
        data: new FileBody(path) as unknown as string,
        headers: { 'content-type': 'application/octet-stream', 'content-length': asset.size },
        request: { fetch: streamingFetch },
      }),
    )
    return toAsset(data as ApiAsset)
  }

  /** sha256 of an asset: GitHub's digest, else download it and hash the stream. */
  async assetSha256(asset: RemoteAsset): Promise<string> {
    if (asset.sha256) return asset.sha256
    const { data } = await call(`Download ${asset.name}`, () =>
      this.api.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
        owner: this.owner,
        repo: this.repo,
        asset_id: asset.id,
        headers: { accept: 'application/octet-stream' },
        request: { parseSuccessResponseBody: false },
      }),
    )
    return (await hashChunks(data as unknown as AsyncIterable<Uint8Array>)).sha256
  }
}
