/** Pre-flight checks that need no I/O: repository URL for provenance, API budget, token kind. */
import { npmSupportsProvenance } from './version.js'
import { isWrite, type Plan } from './plan.js'

/** `owner/repo` (lower-cased) and host named by a package.json `repository.url`, or undefined if unrecognised. */
export function repoOfUrl(url: string): { host: string; slug: string } | undefined {
  const u = url.trim()
  const short = /^(?:github:)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(u)
  if (short?.[1] && short[2] && !u.includes(':/'))
    return { host: 'github.com', slug: `${short[1]}/${short[2]}`.toLowerCase() }
  const scp = /^(?:[\w.-]+@)?([\w.-]+):([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(u)
  if (scp?.[1] && scp[2] && scp[3] && !u.includes('://'))
    return { host: scp[1].toLowerCase(), slug: `${scp[2]}/${scp[3]}`.toLowerCase() }
  const full = /^(?:git\+)?[a-z+]+:\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/i.exec(u)
  if (full?.[1] && full[2] && full[3])
    return { host: full[1].toLowerCase(), slug: `${full[2]}/${full[3]}`.toLowerCase() }
  return undefined
}

export interface ProvenanceFacts {
  repository: string
  serverUrl: string
  repositoryUrl: string | undefined
  npmVersion: string
  hasIdTokenUrl: boolean
}

/** Why `npm publish --provenance` would fail here, as messages (empty when it can go ahead). */
export function provenanceProblems(f: ProvenanceFacts): string[] {
  const problems: string[] = []
  if (!f.hasIdTokenUrl) {
    problems.push(
      "provenance needs an OIDC token, but ACTIONS_ID_TOKEN_REQUEST_URL is not set: add 'permissions: id-token: write' to the job",
    )
  }
  if (!npmSupportsProvenance(f.npmVersion))
    problems.push(`provenance needs npm 9.5.0 or newer; this runner has npm ${f.npmVersion}`)
  const want = `${new URL(f.serverUrl).host.toLowerCase()}/${f.repository.toLowerCase()}`
  const got = f.repositoryUrl ? repoOfUrl(f.repositoryUrl) : undefined
  if (!f.repositoryUrl)
    problems.push(
      `provenance needs "repository": {"url": "${f.serverUrl}/${f.repository}"} in package.json; the package has none`,
    )
  else if (!got || `${got.host}/${got.slug}` !== want) {
    problems.push(
      `provenance needs package.json repository.url to point at ${f.serverUrl}/${f.repository}, but it is '${f.repositoryUrl}'`,
    )
  }
  return problems
}

/** GitHub API calls the plan will make: one per write plus the read-back, at least. */
export function apiCallsNeeded(plan: Plan): number {
  return plan.steps.filter((s) => isWrite(s) && !s.kind.startsWith('npm-')).length + 1
}

/** A message when the remaining API budget cannot cover the plan (with a margin for retries), else undefined. */
export function budgetProblem(remaining: number | undefined, needed: number, resetAt?: Date): string | undefined {
  if (remaining === undefined) return undefined
  const margin = Math.ceil(needed * 1.5) + 5
  if (remaining >= margin) return undefined
  const when = resetAt ? ` (it resets at ${resetAt.toISOString()})` : ''
  return `only ${remaining} GitHub API calls are left${when}, and this release needs about ${needed} (${margin} with retries); stopping before any change`
}

/** GITHUB_TOKEN (an installation token) starts with `ghs_`: releases it makes do not trigger other workflows. */
export function isInstallationToken(token: string): boolean {
  return token.startsWith('ghs_')
}
