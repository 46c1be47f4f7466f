import { describe, expect, test } from '@jest/globals'
import { RemoteError, UserError } from '@shipline/core'
import { execute, type Ports } from '../src/executor.js'
import { readBack } from '../src/readback.js'
import { planRelease } from '../src/domain/plan.js'
import type { ReleaseFields } from '../src/adapters/github.js'
import type { Desired, LocalAsset, RemoteAsset, RemoteRelease } from '../src/domain/types.js'

const H = (c: string): string => c.repeat(64)

/** GitHub in memory, with one-shot surprises: an answer lost after the write landed, a half-finished upload. */
class FakeGitHub {
  releases: RemoteRelease[] = []
  calls: string[] = []
  lostCreate = false
  halfUpload?: string
  landedUpload?: string
  private id = 100

  async releasesForTag(tag: string): Promise<{ published?: RemoteRelease; drafts: RemoteRelease[] }> {
    this.calls.push('list')
    return {
      published: this.releases.find((r) => r.tagName === tag && !r.draft),
      drafts: this.releases.filter((r) => r.tagName === tag && r.draft),
    }
  }
  async createDraft(f: ReleaseFields): Promise<RemoteRelease> {
    this.calls.push('create')
    const rel: RemoteRelease = {
      id: this.id++,
      tagName: f.tag,
      draft: true,
      prerelease: f.prerelease,
      name: f.name,
      body: f.body,
      htmlUrl: 'h',
      uploadUrl: 'u',
      targetCommitish: 'main',
      assets: [],
    }
    this.releases.push(rel)
    if (this.lostCreate) {
      this.lostCreate = false
      throw new RemoteError('Create draft release', 502, 'Server Error')
    }
    return structuredClone(rel)
  }
  async updateRelease(id: number, patch: { body?: string; draft?: boolean }): Promise<RemoteRelease> {
    this.calls.push('update')
    const rel = this.byId(id)
    if (patch.body !== undefined) rel.body = patch.body
    if (patch.draft !== undefined) rel.draft = patch.draft
    return structuredClone(rel)
  }
  async uploadAsset(release: RemoteRelease, asset: LocalAsset): Promise<RemoteAsset> {
    this.calls.push(`upload ${asset.name}`)
    const rel = this.byId(release.id)
    if (rel.assets.some((a) => a.name === asset.name))
      throw new RemoteError(`Upload ${asset.name}`, 422, 'already_exists')
    const complete: RemoteAsset = {
      id: this.id++,
      name: asset.name,
      size: asset.size,
      state: 'uploaded',
      sha256: asset.sha256,
    }
    if (this.halfUpload === asset.name) {
      this.halfUpload = undefined
      rel.assets.push({ ...complete, size: 1, state: 'starter', sha256: undefined })
      throw new RemoteError(`Upload ${asset.name}`, 422, 'already_exists')
    }
    rel.assets.push(complete)
    if (this.landedUpload === asset.name) {
      this.landedUpload = undefined
      throw new RemoteError(`Upload ${asset.name}`, 422, 'already_exists')
    }
    return { ...complete }
  }
  async deleteAsset(id: number): Promise<void> {
    this.calls.push('delete')
    for (const r of this.releases) r.assets = r.assets.filter((a) => a.id !== id)
  }
  async deleteRelease(id: number): Promise<void> {
    this.calls.push('delete release')
    this.releases = this.releases.filter((r) => r.id !== id)
  }
  async getRelease(id: number): Promise<RemoteRelease> {
    this.calls.push('get')
    return structuredClone(this.byId(id))
  }
  async assetSha256(a: RemoteAsset): Promise<string> {
    return a.sha256 ?? ''
  }
  private byId(id: number): RemoteRelease {
    const rel = this.releases.find((r) => r.id === id)
    if (!rel) throw new RemoteError('Get release', 404, 'Not Found')
    return rel
  }
}

const desired: Desired = {
  repository: 'acme/widget',
  tag: 'v1.0.0',
  version: '1.0.0',
  name: 'v1.0.0',
  notes: 'notes',
  draft: false,
  prerelease: false,
  makeLatest: 'true',
  overwrite: false,
  assets: [
    { name: 'a.tgz', path: '/nowhere/a.tgz', size: 10, sha256: H('a') },
    { name: 'b.zip', path: '/nowhere/b.zip', size: 20, sha256: H('b') },
  ],
}

async function runAll(gh: FakeGitHub): Promise<{ rows: string[]; release: RemoteRelease }> {
  const observed = { ...(await gh.releasesForTag(desired.tag)) }
  const plan = planRelease(desired, observed)
  const ports = { github: gh } as unknown as Ports
  const done = await execute(plan, desired, observed, ports)
  const checked = await readBack(desired, done.release.id, ports)
  return { rows: [...done.rows, ...checked.rows].map((r) => `${r.item}: ${r.result}`), release: checked.release }
}

describe('execute', () => {
  test('a lost answer to "create draft" is found by its ledger: one draft, not two', async () => {
    const gh = new FakeGitHub()
    gh.lostCreate = true
    const { release } = await runAll(gh)
    expect(gh.releases).toHaveLength(1)
    expect(release.draft).toBe(false)
    expect(gh.calls.slice(0, 4)).toEqual(['list', 'create', 'list', 'upload a.tgz'])
  })

  test('an upload whose answer was lost but which landed whole is kept, not sent again', async () => {
    const gh = new FakeGitHub()
    gh.landedUpload = 'a.tgz'
    const { rows } = await runAll(gh)
    expect(gh.calls.filter((c) => c === 'upload a.tgz')).toHaveLength(1)
    expect(gh.releases[0]?.assets.map((a) => a.name)).toEqual(['a.tgz', 'b.zip'])
    expect(rows).toContain('a.tgz: verified')
  })

  test('a half-finished upload found on a 422 is deleted and sent again', async () => {
    const gh = new FakeGitHub()
    gh.halfUpload = 'b.zip'
    await runAll(gh)
    expect(gh.calls.filter((c) => c === 'upload b.zip' || c === 'delete')).toEqual([
      'upload b.zip',
      'delete',
      'upload b.zip',
    ])
    expect(gh.releases[0]?.assets.find((a) => a.name === 'b.zip')).toMatchObject({ size: 20, state: 'uploaded' })
  })

  test('never publishes a draft that lacks an asset, whatever the plan says', async () => {
    const gh = new FakeGitHub()
    const plan = planRelease(desired, { drafts: [] })
    plan.steps = plan.steps.filter((s) => !(s.kind === 'upload-asset' && s.asset.name === 'b.zip'))
    await expect(execute(plan, desired, { drafts: [] }, { github: gh } as unknown as Ports)).rejects.toThrow(
      'Refusing to publish v1.0.0: the draft lacks b.zip',
    )
    expect(gh.releases[0]?.draft).toBe(true)
  })

  test('read-back refuses a release whose asset bytes differ', async () => {
    const gh = new FakeGitHub()
    await runAll(gh)
    const asset = gh.releases[0]?.assets[0] as RemoteAsset
    asset.sha256 = H('0')
    await expect(readBack(desired, gh.releases[0]?.id ?? 0, { github: gh } as unknown as Ports)).rejects.toThrow(
      'asset a.tgz: bytes differ',
    )
  })
})

/** A registry whose `npm publish` fails after (or without) the bytes landing: a late, killed run's npm; a race. */
class FakeNpm {
  integrity: string | undefined
  constructor(private readonly landsAs: string | undefined) {}
  async view(): Promise<{ integrity?: string; distTags: Record<string, string> }> {
    return {
      ...(this.integrity ? { integrity: this.integrity } : {}),
      distTags: this.integrity ? { latest: '1.0.0' } : {},
    }
  }
  async publish(): Promise<void> {
    this.integrity = this.landsAs
    throw new UserError('npm publish failed: You cannot publish over the previously published versions: 1.0.0.')
  }
  async distTag(): Promise<void> {}
}

describe('execute: npm publish that fails while the registry changes under it', () => {
  const withNpm: Desired = {
    ...desired,
    npm: {
      pkg: { name: '@acme/widget', version: '1.0.0', integrity: 'sha512-SAME', path: '/w/p.tgz', size: 5 },
      distTag: 'latest',
      provenance: false,
      registry: 'http://r/',
    },
  }
  const run = async (npm: FakeNpm) => {
    const gh = new FakeGitHub()
    const observed = { ...(await gh.releasesForTag(withNpm.tag)), registry: await npm.view() }
    return execute(planRelease(withNpm, observed), withNpm, observed, { github: gh, npm } as unknown as Ports)
  }

  test('the same bytes landed meanwhile: the goal is met, the step says so', async () => {
    const done = await run(new FakeNpm('sha512-SAME'))
    expect(done.rows).toContainEqual({
      item: '@acme/widget@1.0.0',
      result: 'skipped',
      detail: 'the same integrity was published meanwhile',
    })
    expect(done.release.draft).toBe(false)
  })

  test('other bytes, or nothing, on the registry: the failure stands', async () => {
    await expect(run(new FakeNpm('sha512-OTHER'))).rejects.toThrow('cannot publish over')
    await expect(run(new FakeNpm(undefined))).rejects.toThrow('cannot publish over')
  })
})
