/**
 * publish-release on release branches (`branches`, the same list as the changelog action's): the branch being
 * released decides the npm dist-tag, whether the GitHub release is a prerelease and may be marked latest, and
 * refuses a version that is not on the branch's line, before anything is written.
 */
import {
  InputError,
  UserError,
  getInput,
  parseBranches,
  readObject,
  resolveBranch,
  versionProblem,
  type ReleaseBranch,
} from '@shipline/core'
import { agreeTagVersion } from './domain/version.js'
import type { Config } from './config.js'

/** The branch being released: GITHUB_REF's when it is a branch, else `target` when given. */
export function releasedBranch(
  config: Pick<Config, 'target'>,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (env.GITHUB_REF?.startsWith('refs/heads/')) return env.GITHUB_REF.slice('refs/heads/'.length)
  return config.target
}

/**
 * The config as the line wants it: dist-tag from the line (unless set to something else than `latest`), a
 * pre-release channel's releases marked prerelease, only the trunk's made latest (unless `make-latest` is given).
 * Throws when the branch is not a release branch or the version is not on its line. Pure.
 */
export function withLine(
  config: Config,
  line: ReleaseBranch | undefined,
  branch: string,
  makeLatestGiven: boolean,
): Config {
  if (!line)
    throw new UserError(`Branch ${branch} is not a release branch in 'branches'; nothing was changed`, {
      hint: "Release from a branch listed in 'branches', or add this one.",
    })
  const version = agreeTagVersion(config.tag, config.version)
  const problem = versionProblem(line, version)
  if (problem) throw new UserError(`Branch ${branch}: ${problem}; nothing was changed`)
  const prerelease = config.prerelease || line.kind === 'prerelease'
  return {
    ...config,
    distTag: config.distTag === 'latest' ? line.distTag : config.distTag,
    prerelease,
    makeLatest: makeLatestGiven ? config.makeLatest : line.trunk && !prerelease ? 'true' : 'false',
  }
}

/** Read `branches` and apply the released branch's line to the config; the config unchanged without it. */
export async function applyBranches(
  config: Config,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Config & { line?: ReleaseBranch }> {
  const list = await readObject('branches', {
    array: true,
    example: "[main, '+([0-9]).x', {name: beta, prerelease: true}]",
  })
  if (!list) return config
  const rules = parseBranches(list)
  const branch = releasedBranch(config, env)
  if (!branch)
    throw new InputError(
      'branches',
      JSON.stringify(list),
      "is set, but the released branch is unknown: run on a push to a branch, or name it in 'target'",
    )
  const line = resolveBranch(rules, branch)
  return { ...withLine(config, line, branch, getInput('make-latest') !== ''), ...(line ? { line } : {}) }
}
