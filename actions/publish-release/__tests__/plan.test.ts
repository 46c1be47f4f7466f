import { describe, expect, test } from '@jest/globals'
import { chooseDraft, planRelease, describeStep, type Step } from '../src/domain/plan.js'
import { bodyWithLedger, ledgerOf } from '../src/domain/ledger.js'
import type { Desired, Observed, RemoteAsset, RemoteRelease } from '../src/domain/types.js'

const H = (c: string): string => c.repeat(64)
const desired = (over: Partial<Desired> = {}): Desired => ({
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
    { name: 'a.tgz', path: '/w/a.tgz', size: 10, sha256: H('a') },
    { name: 'b.zip', path: '/w/b.zip', size: 20, sha256: H('b') },
  ],
  npm: {
    pkg: { name: '@acme/widget', version: '1.0.0', integrity: 'sha512-XYZ', path: '/w/p.tgz', size: 5 },
    distTag: 'latest',
    provenance: false,
    registry: 'http://r/',
  },
  ...over,
})
const remote = (name: string, size: number, sha: string | undefined, id = 1, state = 'uploaded'): RemoteAsset => ({
  id,
  name,
  size,
  sha256: sha,
  state,
})
const release = (over: Partial<RemoteRelease>): RemoteRelease => ({
  id: 7,
  tagName: 'v1.0.0',
  draft: true,
  prerelease: false,
  name: 'v1.0.0',
  body: '',
  htmlUrl: 'h',
  uploadUrl: 'u',
  targetCommitish: 'main',
  assets: [],
  ...over,
})
const kinds = (steps: Step[]): string[] =>
  steps.map((s) => (s.kind.endsWith('-asset') ? `${s.kind}:${(s as { asset: { name: string } }).asset.name}` : s.kind))

describe('planRelease', () => {
  test('nothing out there: draft → each asset → npm → publish, in that order', () => {
    const plan = planRelease(desired(), { drafts: [], registry: { distTags: {} } })
    expect(kinds(plan.steps)).toEqual([
      'create-draft',
      'upload-asset:a.tgz',
      'upload-asset:b.zip',
      'npm-publish',
      'publish-release',
    ])
    expect(plan.conflicts).toEqual([])
    expect(plan.nothingToDo).toBe(false)
  })

  test('a crash after one upload resumes: keeps the uploaded asset, uploads the rest, never creates a second draft', () => {
    const d = desired()
    const draft = release({ body: bodyWithLedger('notes', ledgerOf(d)), assets: [remote('a.tgz', 10, H('a'))] })
    const plan = planRelease(d, { drafts: [draft], registry: { distTags: {} } })
    expect(kinds(plan.steps)).toEqual(['keep-asset:a.tgz', 'upload-asset:b.zip', 'npm-publish', 'publish-release'])
    expect(plan.releaseId).toBe(7)
  })

  test('a half-finished upload is replaced without needing overwrite', () => {
    const d = desired()
    const draft = release({
      body: bodyWithLedger('notes', ledgerOf(d)),
      assets: [remote('a.tgz', 4, undefined, 3, 'starter'), remote('b.zip', 20, H('b'), 4)],
    })
    const plan = planRelease(d, { drafts: [draft], registry: { distTags: {} } })
    expect(kinds(plan.steps)).toEqual([
      'keep-asset:b.zip',
      'delete-asset:a.tgz',
      'upload-asset:a.tgz',
      'npm-publish',
      'publish-release',
    ])
  })

  test('a different asset on the draft is a conflict, unless overwrite', () => {
    const draft = release({ assets: [remote('a.tgz', 10, H('f'))] })
    const plan = planRelease(desired(), { drafts: [draft], registry: { distTags: {} } })
    expect(plan.conflicts).toEqual([
      `The draft for v1.0.0 already has a different a.tgz (sha256 ffffffffffff… on GitHub, aaaaaaaaaaaa… here); set 'overwrite: true' to replace it`,
    ])
    const again = planRelease(desired({ overwrite: true }), { drafts: [draft], registry: { distTags: {} } })
    expect(again.conflicts).toEqual([])
    expect(kinds(again.steps)).toEqual([
      'write-ledger',
      'delete-asset:a.tgz',
      'upload-asset:a.tgz',
      'upload-asset:b.zip',
      'npm-publish',
      'publish-release',
    ])
  })

  test('assets an earlier run left (named in its ledger) are deleted; foreign ones kept with a warning', () => {
    const old = ledgerOf(desired({ assets: [{ name: 'old.txt', path: '', size: 1, sha256: H('0') }] }))
    const draft = release({
      body: bodyWithLedger('n', old),
      assets: [remote('old.txt', 1, H('0'), 5), remote('mine.txt', 1, H('1'), 6)],
    })
    const plan = planRelease(desired(), { drafts: [draft], registry: { distTags: {} } })
    expect(kinds(plan.steps)).toContain('delete-asset:old.txt')
    expect(kinds(plan.steps)).not.toContain('delete-asset:mine.txt')
    expect(plan.warnings[0]).toContain('mine.txt')
  })

  test('npm: same integrity is kept, a lower dist-tag is moved, a different integrity is a conflict', () => {
    const keep = planRelease(desired(), {
      drafts: [],
      registry: { integrity: 'sha512-XYZ', distTags: { latest: '0.9.0' } },
    })
    expect(kinds(keep.steps)).toEqual([
      'create-draft',
      'upload-asset:a.tgz',
      'upload-asset:b.zip',
      'npm-keep',
      'npm-dist-tag',
      'publish-release',
    ])
    const newer = planRelease(desired(), {
      drafts: [],
      registry: { integrity: 'sha512-XYZ', distTags: { latest: '2.0.0' } },
    })
    expect(kinds(newer.steps)).not.toContain('npm-dist-tag')
    const clash = planRelease(desired(), { drafts: [], registry: { integrity: 'sha512-OTHER', distTags: {} } })
    expect(clash.conflicts[0]).toContain('@acme/widget@1.0.0 is already on the registry with different contents')
  })

  test('already published with the same bytes and npm in place: nothing to do', () => {
    const pub = release({ draft: false, assets: [remote('a.tgz', 10, H('a'), 1), remote('b.zip', 20, H('b'), 2)] })
    const obs: Observed = {
      published: pub,
      drafts: [],
      registry: { integrity: 'sha512-XYZ', distTags: { latest: '1.0.0' } },
    }
    const plan = planRelease(desired(), obs)
    expect(plan.nothingToDo).toBe(true)
    expect(kinds(plan.steps)).toEqual(['keep-asset:a.tgz', 'keep-asset:b.zip', 'keep-published', 'npm-keep'])
  })

  test('already published with other bytes or a missing asset: conflicts, no steps run', () => {
    const pub = release({ draft: false, assets: [remote('a.tgz', 11, H('a'))] })
    const plan = planRelease(desired(), { published: pub, drafts: [], registry: { distTags: {} } })
    expect(plan.conflicts).toEqual([
      'Release v1.0.0 is already published with a different a.tgz (size 11 on GitHub, 10 here)',
      'Release v1.0.0 is already published without the asset b.zip',
    ])
  })

  test('several drafts: the one with our ledger is used, the rest are left alone', () => {
    const d = desired({ npm: undefined })
    const plan = planRelease(d, {
      drafts: [release({ id: 3 }), release({ id: 9, body: bodyWithLedger('n', ledgerOf(d)) })],
    })
    expect(plan.releaseId).toBe(9)
    expect(chooseDraft([release({ id: 3 }), release({ id: 4 })])?.id).toBe(3)
    expect(chooseDraft([])).toBeUndefined()
    expect(plan.warnings[0]).toBe('1 other draft(s) exist for v1.0.0; using release 9 and leaving those alone')
    expect(kinds(plan.steps)).not.toContain('delete-draft')
  })

  test('a second draft of ours (lost create answer, or a race) is deleted: one release remains', () => {
    const d = desired({ npm: undefined })
    const body = bodyWithLedger('n', ledgerOf(d))
    const plan = planRelease(d, {
      drafts: [release({ id: 4, body, assets: [remote('a.tgz', 10, H('a'))] }), release({ id: 5, body })],
    })
    expect(plan.releaseId).toBe(4)
    expect(plan.steps[0]).toEqual({ kind: 'delete-draft', releaseId: 5 })
    expect(describeStep(plan.steps[0] as Step)).toBe(
      'delete duplicate draft release 5 (made by an earlier run of this release)',
    )
    expect(kinds(plan.steps)).toEqual(['delete-draft', 'keep-asset:a.tgz', 'upload-asset:b.zip', 'publish-release'])
  })

  test('draft: true leaves the release a draft; every step describes itself', () => {
    const plan = planRelease(desired({ draft: true }), { drafts: [], registry: { distTags: {} } })
    expect(plan.steps.at(-1)).toEqual({ kind: 'publish-release', draftStays: true })
    expect(plan.steps.map(describeStep)).toEqual([
      'create a draft release for v1.0.0',
      'upload a.tgz (10 bytes, sha256 aaaaaaaaaaaa…)',
      'upload b.zip (20 bytes, sha256 bbbbbbbbbbbb…)',
      'npm publish @acme/widget@1.0.0',
      'leave the release as a draft (draft: true)',
    ])
  })
})
