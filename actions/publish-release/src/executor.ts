/**
 * Applies a plan, step by step, in the order that keeps users from seeing half a release: the draft, its assets,
 * npm, and only then publishing. Every step is safe to repeat, so a re-run after a crash converges.
 */
import { RemoteError, UserError, info } from '@shipline/core'
import { bodyWithLedger, parseLedger, sameLedger, type Ledger } from './domain/ledger.js'
import { describeStep, type Plan, type Step } from './domain/plan.js'
import { sameIntegrity } from './domain/checksums.js'
import type { Desired, LocalAsset, Observed, RemoteAsset, RemoteRelease } from './domain/types.js'
import type { GitHubReleases } from './adapters/github.js'
import type { NpmRegistry } from './adapters/npm.js'

export interface Row {
  item: string
  result: string
  detail: string
}

/** What the executor and the read-back need from GitHub and the registry (the adapters, or in-memory fakes in tests). */
export interface Ports {
  github: Pick<
    GitHubReleases,
    | 'createDraft'
    | 'updateRelease'
    | 'uploadAsset'
    | 'deleteAsset'
    | 'deleteRelease'
    | 'getRelease'
    | 'assetSha256'
    | 'releasesForTag'
  >
  npm?: Pick<NpmRegistry, 'publish' | 'distTag' | 'view'>
}

/** Upload with a bounded recovery for `422 already_exists` (an earlier attempt landed after all, or half landed). */
async function upload(
  ports: Ports,
  release: RemoteRelease,
  asset: LocalAsset,
): Promise<{ remote: RemoteAsset; note: string }> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      return {
        remote: await ports.github.uploadAsset(release, asset, asset.path),
        note: attempt > 1 ? `after ${attempt} attempts` : '',
      }
    } catch (error) {
      if (!(error instanceof RemoteError) || error.status !== 422 || attempt === 3) throw error
      const there = (await ports.github.getRelease(release.id)).assets.find((a) => a.name === asset.name)
      if (!there) continue
      const sha =
        there.state === 'uploaded' && there.size === asset.size ? await ports.github.assetSha256(there) : undefined
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

function fields(
  desired: Desired,
  body: string,
): { tag: string; name: string; body: string; prerelease: boolean; target?: string } {
  return { tag: desired.tag, name: desired.name, body, prerelease: desired.prerelease, target: desired.target }
}

/** The state one run carries from step to step: the release it works on, and what the draft holds by now. */
class Run {
  release: RemoteRelease | undefined
  /** Asset name → sha256 of what is on the draft (uploaded or kept) in this run. */
  readonly onDraft = new Map<string, string>()
  constructor(
    readonly desired: Desired,
    readonly ports: Ports,
    release: RemoteRelease | undefined,
  ) {
    this.release = release
  }

  need(): RemoteRelease {
    if (!this.release) throw new Error('plan step needs a release, but none was created')
    return this.release
  }

  async draft(step: Extract<Step, { kind: 'create-draft' | 'write-ledger' | 'delete-draft' }>): Promise<Row> {
    const tag = `release ${this.desired.tag}`
    if (step.kind === 'delete-draft') {
      await this.ports.github.deleteRelease(step.releaseId)
      return { item: tag, result: 'deleted (duplicate draft)', detail: `id ${step.releaseId}` }
    }
    if (step.kind === 'create-draft') {
      this.release = await createDraft(this.ports, this.desired, step.ledger)
      return { item: tag, result: 'created (draft)', detail: `id ${this.release.id}` }
    }
    this.release = await this.ports.github.updateRelease(step.releaseId, {
      body: bodyWithLedger(this.desired.notes, step.ledger),
    })
    return { item: tag, result: 'resumed (draft)', detail: `id ${step.releaseId}, plan recorded` }
  }

  async asset(step: Extract<Step, { kind: 'delete-asset' | 'upload-asset' | 'keep-asset' }>): Promise<Row> {
    if (step.kind === 'delete-asset') {
      await this.ports.github.deleteAsset(step.asset.id)
      return { item: step.asset.name, result: 'deleted', detail: step.reason }
    }
    if (step.kind === 'keep-asset') {
      this.onDraft.set(step.asset.name, step.asset.sha256)
      return { item: step.asset.name, result: 'skipped', detail: 'same size and sha256 already there' }
    }
    const { remote, note } = await upload(this.ports, this.need(), step.asset)
    this.onDraft.set(step.asset.name, step.asset.sha256)
    return { item: remote.name, result: 'uploaded', detail: `${step.asset.size} bytes${note ? `, ${note}` : ''}` }
  }

  async npm(step: Extract<Step, { kind: 'npm-publish' | 'npm-keep' | 'npm-dist-tag' }>): Promise<Row> {
    const npm = this.desired.npm
    if (!npm || !this.ports.npm) throw new Error('npm step without a package')
    if (step.kind === 'npm-keep')
      return { item: step.spec, result: 'skipped', detail: 'same integrity already on the registry' }
    if (step.kind === 'npm-dist-tag') {
      await this.ports.npm.distTag(step.spec, step.tag)
      return { item: step.spec, result: 'tagged', detail: `dist-tag ${step.tag}` }
    }
    try {
      await this.ports.npm.publish(npm.pkg.path, { tag: npm.distTag, access: npm.access, provenance: npm.provenance })
    } catch (error) {
      // The same bytes may have landed meanwhile (an earlier, killed run's npm finishing late; a parallel run): then
      // the goal is met. Anything else on the registry, or nothing, keeps the failure.
      const now = await this.ports.npm.view(npm.pkg.name, npm.pkg.version).catch(() => undefined)
      if (!now || !sameIntegrity(now.integrity, npm.pkg.integrity)) throw error
      return { item: step.spec, result: 'skipped', detail: 'the same integrity was published meanwhile' }
    }
    return {
      item: step.spec,
      result: 'published (npm)',
      detail: `dist-tag ${npm.distTag}${npm.provenance ? ', with provenance' : ''}`,
    }
  }

  /** Publish last, and only a draft that holds every asset with the planned bytes. */
  async publish(draftStays: boolean): Promise<Row> {
    const d = this.desired
    const missing = d.assets.filter((a) => this.onDraft.get(a.name) !== a.sha256).map((a) => a.name)
    if (missing.length) throw new UserError(`Refusing to publish ${d.tag}: the draft lacks ${missing.join(', ')}`)
    if (draftStays) return { item: `release ${d.tag}`, result: 'left as draft', detail: 'draft: true' }
    this.release = await this.ports.github.updateRelease(this.need().id, {
      body: d.notes,
      name: d.name,
      draft: false,
      prerelease: d.prerelease,
      tag: d.tag,
      target: d.target,
      makeLatest: d.makeLatest,
    })
    return {
      item: `release ${d.tag}`,
      result: 'published',
      detail: `${d.prerelease ? 'prerelease, ' : ''}make_latest ${d.makeLatest}`,
    }
  }

  apply(step: Step): Promise<Row> {
    info(describeStep(step))
    switch (step.kind) {
      case 'create-draft':
      case 'write-ledger':
      case 'delete-draft':
        return this.draft(step)
      case 'delete-asset':
      case 'upload-asset':
      case 'keep-asset':
        return this.asset(step)
      case 'npm-publish':
      case 'npm-keep':
      case 'npm-dist-tag':
        return this.npm(step)
      case 'publish-release':
        return this.publish(step.draftStays)
      case 'keep-published':
        return Promise.resolve({
          item: `release ${this.desired.tag}`,
          result: 'skipped',
          detail: 'already published with the same assets',
        })
    }
  }
}

/**
 * Run the plan. Returns the release it ended on; `rows` (one per step, for the summary) is filled as steps finish, so
 * after a failure it still says what was done.
 */
export async function execute(
  plan: Plan,
  desired: Desired,
  observed: Observed,
  ports: Ports,
  rows: Row[] = [],
): Promise<{ release: RemoteRelease; rows: Row[] }> {
  const run = new Run(desired, ports, observed.published ?? observed.drafts.find((d) => d.id === plan.releaseId))
  if (run.release?.draft && !plan.steps.some((s) => s.kind === 'write-ledger')) {
    rows.push({
      item: `release ${desired.tag}`,
      result: 'resumed (draft)',
      detail: `id ${run.release.id}, left by an earlier run`,
    })
  }
  for (const step of plan.steps) rows.push(await run.apply(step))
  return { release: run.need(), rows }
}
