/**
 * The release line of the branch being released (`branches` input): which branch this is, the rule it falls
 * under, and for a release branch the lowest version it may make (above every existing maintenance line).
 */
import {
  cell,
  maintenanceRanges,
  resolveBranch,
  trunkFloor,
  UserError,
  versionProblem,
  type BranchRule,
  type ReleaseBranch,
} from '@shipline/core'
import { branchNames, currentBranch } from './adapters/git.js'
import type { EngineResult } from './domain/engine.js'

/** Which versions can be the line's previous release (here so that the run loads the line in one chunk). */
export { previousOnLine } from './domain/branches.js'

export interface LineFacts {
  branch: string
  /** Undefined: the branch is not a release branch (nothing is released from it). */
  line?: ReleaseBranch
  /** Lowest version a release branch may make. */
  floor?: string
}

export async function readLine(
  cwd: string,
  rules: readonly BranchRule[],
  log: { info(msg: string): void },
): Promise<LineFacts> {
  const branch = await currentBranch(cwd)
  if (!branch) {
    throw new UserError(
      "Input 'branches' is set, but the checkout is on no branch (detached HEAD), so its release line is unknown",
      {
        hint: 'Run on a push to a branch (GITHUB_REF refs/heads/…), or check the branch out by name.',
      },
    )
  }
  const line = resolveBranch(rules, branch)
  if (!line) {
    log.info(
      `Branch ${branch} is not a release branch in 'branches' (${rules.map((r) => r.name).join(', ')}): nothing is released from it`,
    )
    return { branch }
  }
  const floor = line.kind === 'release' ? trunkFloor(maintenanceRanges(rules, await branchNames(cwd))) : undefined
  const what =
    line.kind === 'maintenance'
      ? `maintenance line >=${line.range?.min} <${line.range?.max}`
      : line.kind === 'prerelease'
        ? `pre-release channel ${line.prerelease}`
        : line.trunk
          ? 'the trunk'
          : 'a release line'
  log.info(
    `Branch ${branch}: ${what} (dist-tag ${line.distTag})${floor ? `; versions from ${floor} up (above the maintenance lines)` : ''}`,
  )
  return { branch, line, ...(floor ? { floor } : {}) }
}

/** The result on this line: none off the release branches; an error naming the reason when the version leaves the line. */
export function onTheLine(facts: LineFacts, result: EngineResult): EngineResult {
  if (!facts.line) return { ...result, version: result.previousVersion ?? '', releaseType: 'none', causes: [] }
  if (result.releaseType === 'none') return result
  const problem = versionProblem(facts.line, result.version, facts.floor)
  if (!problem) return result
  const causes = result.causes.slice(0, 3).map((e) => `${e.commit.shortSha} ${e.commit.header}`)
  throw new UserError(`Branch ${facts.branch}: ${problem}${causes.length ? ` (from ${causes.join('; ')})` : ''}`, {
    hint:
      facts.line.kind === 'maintenance'
        ? 'Revert or move the change, or release it from the trunk; a maintenance line only takes what keeps its range.'
        : "Check the 'branches' input and the tags on this branch.",
  })
}

/** The release line as a one-row table for the job summary ('' without `branches`). */
export function lineSummary(facts: LineFacts | undefined): string {
  if (!facts) return ''
  const l = facts.line
  const kind = !l
    ? 'not a release branch: nothing released'
    : l.kind === 'maintenance'
      ? `maintenance line >=${l.range?.min} <${l.range?.max}`
      : l.kind === 'prerelease'
        ? `pre-release channel \`${l.prerelease}\``
        : l.trunk
          ? 'trunk'
          : 'release line'
  const row = [
    facts.branch,
    kind,
    l ? `\`${l.distTag}\`` : '',
    facts.floor ? `>= ${facts.floor} (above the maintenance lines)` : '',
  ].map((c) => cell(c))
  return `| Branch | Line | npm dist-tag | Versions |\n| --- | --- | --- | --- |\n| ${row.join(' | ')} |`
}
