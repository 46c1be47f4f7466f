/** What is out there before any change: the releases for the tag, the registry, and the pre-flight checks. */
import { UserError, notice, warning, info } from '@shipline/core'
import { budgetProblem, apiCallsNeeded, isInstallationToken, provenanceProblems } from './domain/preflight.js'
import { chooseDraft, type Plan } from './domain/plan.js'
import type { Desired, Observed, RemoteRelease } from './domain/types.js'
import type { GitHubReleases } from './adapters/github.js'
import type { NpmRegistry } from './adapters/npm.js'

/** Fill in sha256 for remote assets GitHub reported without a digest, when their size says they might be ours. */
async function hashUnknown(
  github: GitHubReleases,
  release: RemoteRelease | undefined,
  desired: Desired,
): Promise<void> {
  for (const r of release?.assets ?? []) {
    const mine = desired.assets.find((a) => a.name === r.name)
    if (!r.sha256 && mine && mine.size === r.size && r.state === 'uploaded') r.sha256 = await github.assetSha256(r)
  }
}

export async function observe(
  desired: Desired,
  github: GitHubReleases,
  npm: NpmRegistry | undefined,
): Promise<Observed> {
  const registry = desired.npm && npm ? await npm.view(desired.npm.pkg.name, desired.npm.pkg.version) : undefined
  const { published, drafts } = await github.releasesForTag(desired.tag)
  await hashUnknown(github, published ?? chooseDraft(drafts), desired)
  info(
    published
      ? `Release ${desired.tag} is published (id ${published.id})`
      : drafts.length
        ? `Draft release(s) for ${desired.tag}: ${drafts.map((d) => d.id).join(', ')}`
        : `No release for ${desired.tag} yet`,
  )
  if (registry)
    info(
      registry.integrity
        ? `${desired.npm?.pkg.name}@${desired.npm?.pkg.version} is on the registry (${registry.integrity.slice(0, 20)}…)`
        : `${desired.npm?.pkg.name}@${desired.npm?.pkg.version} is not on the registry yet`,
    )
  return { published, drafts, registry }
}

/** Pre-flight checks; throws on anything that would stop the release half way. Runs in dry-run too. */
export async function preflight(
  desired: Desired,
  plan: Plan,
  github: GitHubReleases,
  npm: NpmRegistry | undefined,
  token: string,
): Promise<void> {
  const problems: string[] = []
  if (desired.npm?.provenance && plan.steps.some((s) => s.kind === 'npm-publish') && npm) {
    const npmVersion = await npm.version().catch(() => '0.0.0')
    problems.push(
      ...provenanceProblems({
        repository: desired.repository,
        serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
        repositoryUrl: desired.npm.pkg.repositoryUrl,
        npmVersion,
        hasIdTokenUrl: Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL),
      }),
    )
  }
  const budget = await github.remainingBudget()
  const short = budgetProblem(budget.remaining, apiCallsNeeded(plan), budget.reset)
  if (short) problems.push(short)
  if (budget.remaining !== undefined)
    info(`GitHub API budget: ${budget.remaining} calls left; this release needs about ${apiCallsNeeded(plan)}`)
  if (problems.length) throw new UserError(`Pre-flight failed, nothing was changed:\n- ${problems.join('\n- ')}`)
  for (const w of plan.warnings) warning(w)
  if (isInstallationToken(token) && plan.steps.some((s) => s.kind === 'publish-release' && !s.draftStays)) {
    notice(
      'This release is made with GITHUB_TOKEN, so it will not trigger other workflows (on: release). Use a GitHub App token if it should.',
    )
  }
}
