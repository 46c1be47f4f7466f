/** Step 6: read the release and the registry back and check they hold exactly what was planned. */
import { UserError } from '@shipline/core'
import { sameIntegrity } from './domain/checksums.js'
import { shouldMoveDistTag } from './domain/version.js'
import type { Desired, RemoteRelease } from './domain/types.js'
import type { Ports, Row } from './executor.js'

export async function readBack(
  desired: Desired,
  releaseId: number,
  ports: Ports,
): Promise<{ release: RemoteRelease; rows: Row[] }> {
  const release = await ports.github.getRelease(releaseId)
  const problems: string[] = []
  const rows: Row[] = []
  const wantDraft = desired.draft && release.draft
  if (release.tagName !== desired.tag) problems.push(`the release has tag ${release.tagName}, not ${desired.tag}`)
  if (release.draft && !wantDraft) problems.push('the release is still a draft')
  rows.push({
    item: `release ${desired.tag}`,
    result: problems.length ? 'MISMATCH' : 'verified',
    detail: release.draft ? 'draft' : release.htmlUrl,
  })
  for (const a of desired.assets) {
    const same = release.assets.filter((r) => r.name === a.name)
    const r = same[0]
    const sha = r && r.size === a.size ? await ports.github.assetSha256(r) : undefined
    const ok = same.length === 1 && r?.state === 'uploaded' && sha === a.sha256
    if (!ok)
      problems.push(
        `asset ${a.name}: ${same.length === 0 ? 'missing' : same.length > 1 ? `${same.length} copies` : `bytes differ (size ${r?.size}, sha256 ${sha ?? 'unknown'})`}`,
      )
    rows.push({ item: a.name, result: ok ? 'verified' : 'MISMATCH', detail: `sha256 ${a.sha256.slice(0, 16)}…` })
  }
  if (desired.npm && ports.npm) {
    const { pkg, distTag } = desired.npm
    const view = await ports.npm.view(pkg.name, pkg.version)
    const tagOk = view.distTags[distTag] === pkg.version || !shouldMoveDistTag(view.distTags[distTag], pkg.version)
    if (!sameIntegrity(view.integrity, pkg.integrity))
      problems.push(`${pkg.name}@${pkg.version} on the registry has integrity ${view.integrity ?? 'none'}`)
    if (!tagOk)
      problems.push(`dist-tag ${distTag} points at ${view.distTags[distTag] ?? 'nothing'}, not ${pkg.version}`)
    rows.push({
      item: `${pkg.name}@${pkg.version}`,
      result: problems.length ? 'MISMATCH' : 'verified',
      detail: `integrity ${pkg.integrity.slice(0, 20)}…, ${distTag} → ${view.distTags[distTag]}`,
    })
  }
  if (problems.length)
    throw new UserError(`Read-back found the release is not as planned:\n- ${problems.join('\n- ')}`, {
      hint: 'Re-run the job: it converges on the planned state.',
    })
  return { release, rows }
}
