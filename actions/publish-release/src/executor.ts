/**
 * Applies a plan, step by step, in the order that keeps users from seeing half a release: the draft, its assets,
 * npm, and only then publishing. Every step is safe to repeat, so a re-run after a crash converges.
 */
import { RemoteError, UserError, info } from '@shipline/core'
import { bodyWithLedger, parseLedger, sameLedger, type Ledger } from './domain/ledger.js'
import { describeStep, type Plan, type Step } from './domain/plan.js'
import type { Desired, LocalAsset, Observed, RemoteAsset, RemoteRelease } from './domain/types.js'
import type { GitHubReleases } from './adapters/github.js'
import type { NpmRegistry } from './adapters/npm.js'

export interface Row { item: string; result: string; detail: string }

/** What the executor and the read-back need from GitHub and the registry (the adapters, or in-memory fakes in tests). */
export interface Ports {
  github: Pick<GitHubReleases, 'createDraft' | 'updateRelease' | 'uploadAsset' | 'deleteAsset' | 'getRelease' | 'assetSha256' | 'releasesForTag'>
  npm?: Pick<NpmRegistry, 'publish' | 'distTag' | 'view'>
}

/** Upload with a bounded recovery for `422 already_exists` (an earlier attempt landed after all, or half landed). */
async function upload(ports: Ports, release: RemoteRelease, asset: LocalAsset): Promise<{ remote: RemoteAsset; note: string }> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      return { remote: await ports.github.uploadAsset(release, asset, asset.path), note: attempt > 1 ? `after ${attempt} attempts` : '' }
    } catch (error) {
      if (!(error instanceof RemoteError) || error.status !== 422 || attempt === 3) throw error
      const there = (await ports.github.getRelease(release.id)).assets.find((a) => a.name === asset.name)
      if (!there) continue
      const sha = there.state === 'uploaded' && there.size === asset.size ? await ports.github.assetSha256(there) : undefined
      if (sha === asset.sha256) return { remote: { ...there, sha256: sha }, note: 'an earlier attempt had landed' }
      info(`${asset.name}: removing a broken earlier upload (state ${there.state}, ${there.size} bytes)`)
      await ports.github.deleteAsset(there.id)
    }
  }
  throw new UserError(`Could not upload ${asset.name}`)
}

/**
 * Create the draft without the client's blind retries: if the answer is lost (5xx, dropped connection), the draft may
 * exist anyway, so look for it (by tag and ledger) before trying once more. Never two drafts from one run.
 */
async function createDraft(ports: Ports, desired: Desired, ledger: Ledger): Promise<RemoteRelease> {
  const f = fields(desired, bodyWithLedger(desired.notes, ledger))
  try {
    return await ports.github.createDraft(f)
  } catch (error) {
    if (error instanceof RemoteError && error.status !== undefined && error.status < 500) throw error
    info(`Creating the draft failed (${(error as Error).message}); checking whether it was created anyway`)
    const { drafts } = await ports.github.releasesForTag(desired.tag)
    return drafts.find((d) => sameLedger(parseLedger(d.body), ledger)) ?? ports.github.createDraft(f)
  }
}

function fields(desired: Desired, body: string): { tag: string; name: string; body: string; prerelease: boolean; target?: string } {
  return { tag: desired.tag, name: desired.name, body, prerelease: desired.prerelease, target: desired.target }
}

/**
 * Run the plan. Returns the release it ended on; `rows` (one per step, for the summary) is filled as steps finish, so
 * after a failure it still says what was done.
 */
export async function execute(plan: Plan, desired: Desired, observed: Observed, ports: Ports, rows: Row[] = []): Promise<{ release: RemoteRelease; rows: Row[] }> {
  let release = observed.published ?? observed.drafts.find((d) => d.id === plan.releaseId)
  const onDraft = new Map<string, string>()
  const need = (): RemoteRelease => {
    if (!release) throw new Error('plan step needs a release, but none was created')
    return release
  }
  const apply = async (step: Step): Promise<Row> => {
    info(describeStep(step))
    switch (step.kind) {
      case 'create-draft':
        release = await createDraft(ports, desired, step.ledger)
        return { item: `release ${desired.tag}`, result: 'created (draft)', detail: `id ${release.id}` }
      case 'write-ledger':
        release = await ports.github.updateRelease(step.releaseId, { body: bodyWithLedger(desired.notes, step.ledger) })
        return { item: `release ${desired.tag}`, result: 'resumed (draft)', detail: `id ${step.releaseId}, plan recorded` }
      case 'delete-asset':
        await ports.github.deleteAsset(step.asset.id)
        return { item: step.asset.name, result: 'deleted', detail: step.reason }
      case 'upload-asset': {
        const { remote, note } = await upload(ports, need(), step.asset)
        onDraft.set(step.asset.name, step.asset.sha256)
        return { item: remote.name, result: 'uploaded', detail: `${step.asset.size} bytes${note ? `, ${note}` : ''}` }
      }
      case 'keep-asset':
        onDraft.set(step.asset.name, step.asset.sha256)
        return { item: step.asset.name, result: 'skipped', detail: 'same size and sha256 already there' }
      case 'npm-publish': {
        const npm = desired.npm
        if (!npm || !ports.npm) throw new Error('npm step without a package')
        await ports.npm.publish(npm.pkg.path, { tag: npm.distTag, access: npm.access, provenance: npm.provenance })
        return { item: step.spec, result: 'published (npm)', detail: `dist-tag ${npm.distTag}${npm.provenance ? ', with provenance' : ''}` }
      }
      case 'npm-keep':
        return { item: step.spec, result: 'skipped', detail: 'same integrity already on the registry' }
      case 'npm-dist-tag':
        await ports.npm?.distTag(step.spec, step.tag)
        return { item: step.spec, result: 'tagged', detail: `dist-tag ${step.tag}` }
      case 'publish-release':
        return publish(step.draftStays)
      case 'keep-published':
        return { item: `release ${desired.tag}`, result: 'skipped', detail: 'already published with the same assets' }
    }
  }
  const publish = async (draftStays: boolean): Promise<Row> => {
    const missing = desired.assets.filter((a) => onDraft.get(a.name) !== a.sha256).map((a) => a.name)
    if (missing.length) throw new UserError(`Refusing to publish ${desired.tag}: the draft lacks ${missing.join(', ')}`)
    if (draftStays) return { item: `release ${desired.tag}`, result: 'left as draft', detail: "draft: true" }
    release = await ports.github.updateRelease(need().id, { body: desired.notes, name: desired.name, draft: false, prerelease: desired.prerelease, tag: desired.tag, target: desired.target, makeLatest: desired.makeLatest })
    return { item: `release ${desired.tag}`, result: 'published', detail: `${desired.prerelease ? 'prerelease, ' : ''}make_latest ${desired.makeLatest}` }
  }
  if (release?.draft && !plan.steps.some((s) => s.kind === 'write-ledger')) {
    rows.push({ item: `release ${desired.tag}`, result: 'resumed (draft)', detail: `id ${release.id}, left by an earlier run` })
  }
  for (const step of plan.steps) rows.push(await apply(step))
  return { release: need(), rows }
}
