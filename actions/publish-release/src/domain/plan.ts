/**
 * The plan: given verified inputs (desired) and what GitHub and the registry hold (observed), the list of steps
 * that brings the release to its end state, as data. Conflicts that would make us change or publish something
 * other than the user's bytes are collected first, so the run stops before its first write.
 */
import { sameIntegrity } from './checksums.js'
import { ledgerOf, parseLedger, sameLedger, type Ledger } from './ledger.js'
import { shouldMoveDistTag } from './version.js'
import type { Desired, LocalAsset, Observed, RemoteAsset, RemoteRelease } from './types.js'

export type Step =
  | { kind: 'create-draft'; ledger: Ledger }
  | { kind: 'write-ledger'; releaseId: number; ledger: Ledger }
  | { kind: 'delete-draft'; releaseId: number }
  | { kind: 'delete-asset'; releaseId: number; asset: RemoteAsset; reason: string }
  | { kind: 'upload-asset'; asset: LocalAsset }
  | { kind: 'keep-asset'; asset: LocalAsset; remote: RemoteAsset }
  | { kind: 'npm-publish'; spec: string }
  | { kind: 'npm-keep'; spec: string }
  | { kind: 'npm-dist-tag'; spec: string; tag: string }
  | { kind: 'publish-release'; draftStays: boolean }
  | { kind: 'keep-published'; releaseId: number }

export interface Plan {
  /** The release the plan works on (undefined until a draft is created). */
  releaseId?: number
  steps: Step[]
  /** Reasons the plan cannot run; non-empty means stop before any write. */
  conflicts: string[]
  warnings: string[]
  /** True when the release, its assets and the npm version are all in place already. */
  nothingToDo: boolean
}

const WRITES: ReadonlySet<Step['kind']> = new Set([
  'create-draft',
  'write-ledger',
  'delete-draft',
  'delete-asset',
  'upload-asset',
  'npm-publish',
  'npm-dist-tag',
  'publish-release',
])

/** True when a step changes something remote. */
export function isWrite(step: Step): boolean {
  return WRITES.has(step.kind)
}

function short(hex: string | undefined): string {
  return hex ? hex.slice(0, 12) : 'unknown'
}

function differs(a: LocalAsset, r: RemoteAsset): string | undefined {
  if (r.size !== a.size) return `size ${r.size} on GitHub, ${a.size} here`
  if (r.sha256 !== a.sha256) return `sha256 ${short(r.sha256)}… on GitHub, ${short(a.sha256)}… here`
  return undefined
}

/** Assets on the published release: each desired asset must be there with the same bytes. */
function planPublished(desired: Desired, rel: RemoteRelease, plan: Plan): void {
  for (const a of desired.assets) {
    const r = rel.assets.find((x) => x.name === a.name)
    if (!r) plan.conflicts.push(`Release ${desired.tag} is already published without the asset ${a.name}`)
    else {
      const why = differs(a, r)
      if (why) plan.conflicts.push(`Release ${desired.tag} is already published with a different ${a.name} (${why})`)
      else plan.steps.push({ kind: 'keep-asset', asset: a, remote: r })
    }
  }
  const extra = rel.assets.filter((r) => !desired.assets.some((a) => a.name === r.name)).map((r) => r.name)
  if (extra.length)
    plan.warnings.push(
      `The published release ${desired.tag} also has assets this run did not bring: ${extra.join(', ')}`,
    )
  plan.steps.push({ kind: 'keep-published', releaseId: rel.id })
}

/** Assets on our draft: keep equal ones, replace broken or (with overwrite) different ones, delete our stale ones. */
function planDraftAssets(desired: Desired, draft: RemoteRelease | undefined, plan: Plan): void {
  const old = parseLedger(draft?.body)
  const remote = draft?.assets ?? []
  const keeps: Step[] = []
  const deletes: Step[] = []
  const uploads: Step[] = []
  for (const a of desired.assets) {
    const r = remote.find((x) => x.name === a.name)
    if (!draft || !r) {
      uploads.push({ kind: 'upload-asset', asset: a })
      continue
    }
    const why = r.state !== 'uploaded' ? `an unfinished upload (state '${r.state}')` : differs(a, r)
    if (!why) keeps.push({ kind: 'keep-asset', asset: a, remote: r })
    else if (r.state === 'uploaded' && !desired.overwrite) {
      plan.conflicts.push(
        `The draft for ${desired.tag} already has a different ${a.name} (${why}); set 'overwrite: true' to replace it`,
      )
    } else {
      deletes.push({ kind: 'delete-asset', releaseId: draft.id, asset: r, reason: why })
      uploads.push({ kind: 'upload-asset', asset: a })
    }
  }
  for (const r of remote.filter((x) => !desired.assets.some((a) => a.name === x.name))) {
    if (old?.assets.some((o) => o.name === r.name)) {
      deletes.push({
        kind: 'delete-asset',
        releaseId: draft?.id ?? 0,
        asset: r,
        reason: 'left by an earlier run with other artifacts',
      })
    } else
      plan.warnings.push(`The draft for ${desired.tag} has an asset this run did not bring (${r.name}); it is kept`)
  }
  plan.steps.push(...keeps, ...deletes, ...uploads)
}

function planNpm(desired: Desired, observed: Observed, plan: Plan): void {
  if (!desired.npm) return
  const { pkg, distTag } = desired.npm
  const spec = `${pkg.name}@${pkg.version}`
  const view = observed.registry ?? { distTags: {} }
  if (view.integrity === undefined) {
    plan.steps.push({ kind: 'npm-publish', spec })
    return
  }
  if (!sameIntegrity(view.integrity, pkg.integrity)) {
    plan.conflicts.push(
      `${spec} is already on the registry with different contents (integrity ${view.integrity.slice(0, 22)}…, this tarball ${pkg.integrity.slice(0, 22)}…); publish a new version`,
    )
    return
  }
  plan.steps.push({ kind: 'npm-keep', spec })
  if (view.distTags[distTag] !== pkg.version && shouldMoveDistTag(view.distTags[distTag], pkg.version)) {
    plan.steps.push({ kind: 'npm-dist-tag', spec, tag: distTag })
  }
}

/** The draft a run works on: the oldest one holding a ledger (ours), else the oldest one. */
export function chooseDraft(drafts: readonly RemoteRelease[]): RemoteRelease | undefined {
  return drafts.find((d) => parseLedger(d.body)) ?? drafts[0]
}

/** Build the plan. Pure: the same desired and observed state always give the same plan. */
export function planRelease(desired: Desired, observed: Observed): Plan {
  const plan: Plan = { steps: [], conflicts: [], warnings: [], nothingToDo: false }
  const ledger = ledgerOf(desired)
  if (observed.published) {
    plan.releaseId = observed.published.id
    if (observed.drafts.length)
      plan.warnings.push(
        `Ignoring ${observed.drafts.length} draft(s) for ${desired.tag}: the tag already has a published release`,
      )
    planPublished(desired, observed.published, plan)
    planNpm(desired, observed, plan)
  } else {
    const draft = chooseDraft(observed.drafts)
    // Other drafts carrying a ledger for this tag are ours too (a lost "create" answer, or two runs racing): remove
    // them, so exactly one release remains. Drafts someone made by hand are left alone.
    const others = observed.drafts.filter((d) => d !== draft)
    const ours = others.filter((d) => parseLedger(d.body)?.tag === desired.tag)
    for (const d of ours) plan.steps.push({ kind: 'delete-draft', releaseId: d.id })
    if (others.length > ours.length)
      plan.warnings.push(
        `${others.length - ours.length} other draft(s) exist for ${desired.tag}; using release ${draft?.id} and leaving those alone`,
      )
    if (!draft) plan.steps.push({ kind: 'create-draft', ledger })
    else {
      plan.releaseId = draft.id
      if (!sameLedger(parseLedger(draft.body), ledger))
        plan.steps.push({ kind: 'write-ledger', releaseId: draft.id, ledger })
    }
    planDraftAssets(desired, draft, plan)
    planNpm(desired, observed, plan)
    plan.steps.push({ kind: 'publish-release', draftStays: desired.draft })
  }
  plan.nothingToDo = !plan.steps.some(isWrite)
  return plan
}

/** One line per step, for the log and the dry-run output. */
export function describeStep(step: Step): string {
  switch (step.kind) {
    case 'create-draft':
      return `create a draft release for ${step.ledger.tag}`
    case 'write-ledger':
      return `adopt draft release ${step.releaseId} and record the plan in it`
    case 'delete-draft':
      return `delete duplicate draft release ${step.releaseId} (made by an earlier run of this release)`
    case 'delete-asset':
      return `delete asset ${step.asset.name} (${step.reason})`
    case 'upload-asset':
      return `upload ${step.asset.name} (${step.asset.size} bytes, sha256 ${short(step.asset.sha256)}…)`
    case 'keep-asset':
      return `keep ${step.asset.name}: same size and sha256 already on GitHub`
    case 'npm-publish':
      return `npm publish ${step.spec}`
    case 'npm-keep':
      return `keep ${step.spec}: the registry has the same integrity`
    case 'npm-dist-tag':
      return `point dist-tag '${step.tag}' at ${step.spec}`
    case 'publish-release':
      return step.draftStays ? 'leave the release as a draft (draft: true)' : 'publish the release (draft → published)'
    case 'keep-published':
      return `keep release ${step.releaseId}: already published`
  }
}
