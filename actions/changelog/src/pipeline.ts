/**
 * One changelog run, shared by the action (main.ts) and the local CLI (cli.ts): resolve the range, stream and
 * parse the commits, optionally attach pull requests, and render the documents. No runner I/O here beyond the
 * `log` callbacks, so the CLI can print to stderr.
 */
import { createGitHubClient, messageOf, type BranchRule } from '@shipline/core'
import { authorsBefore, openRange, type RangeRequest, type ResolvedRange } from './adapters/git.js'
import { findPulls } from './adapters/pulls.js'
import type { ChangelogEngine, EngineOptions, EngineResult } from './domain/engine.js'
import type { Links } from './domain/links.js'
import type { ReleaseHeading } from './domain/render.js'
import { previousOnLine } from './domain/branches.js'
import { onTheLine, readLine, type LineFacts } from './line.js'
import { withIssueLabels } from './domain/closing.js'
import { issueLabels } from './adapters/issues.js'
import type { PullInfo } from './domain/types.js'

/** Everything a run needs, already validated. */
export interface ChangelogOptions {
  cwd: string
  from?: string
  to: string
  tagPrefix: string
  initialVersion: string
  prerelease?: string
  breakingBumpsMajorBelow1: boolean
  /** While < 1.0.0 a feature bumps patch. */
  featBumpsPatchBelow1?: boolean
  /** This exact version, whatever the commits say. */
  releaseAs?: string
  paths: string[]
  source: 'commits' | 'labels' | 'both'
  labelMap?: ReadonlyMap<string, string[]>
  skipLabel?: string
  includeTypes: string[]
  token?: string
  /** `owner/repo` for links and the API. */
  repository?: string
  serverUrl?: string
  /** Release branches (`branches` input): the version stays on the line of the branch being released. */
  branches?: BranchRule[]
  /** Today: the date of the release heading unless `to` is a tag (then the tag's date). */
  now: Date
  /**
   * Build the release notes (default true). The CLI printing the changelog passes false: the notes' new
   * contributors need every author before the range, one more walk over the whole older history.
   */
  notes?: boolean
  log: { info(msg: string): void; warning(msg: string): void }
}

/** The outcome of a run. */
export interface ChangelogRun {
  result: EngineResult
  range: ResolvedRange
  heading: ReleaseHeading
  links: Links
  /** The changelog, rendered on first read. */
  readonly changelog: string
  /** The changelog in parts, rendered as they are consumed (for writing a long one out without holding it). */
  changelogParts(): Iterable<string>
  /** The release notes ('' when `notes: false` was asked). */
  notes: string
  /** The structured result, built on demand (large for long ranges). */
  json(): object
  apiCalls: number
  /** The branch's release line, with a `branches` input. */
  line?: LineFacts
}

/** Run the engine over a repository. */
export async function generate(o: ChangelogOptions): Promise<ChangelogRun> {
  const line = o.branches ? await readLine(o.cwd, o.branches, o.log) : undefined
  const prerelease = line?.line?.prerelease ?? o.prerelease
  const opened = openRange(rangeRequest(o, prerelease !== undefined, line), o.paths)
  // Git runs while the engine, its parser and the renderers load.
  const documents = import('./documents.js')
  const { ChangelogEngine } = await import('./domain/engine.js')
  const engine = new ChangelogEngine()
  const wantNotes = o.notes ?? true
  const earlierAuthors = wantNotes ? opened.fromSha.then((sha) => authorsBefore(o.cwd, sha)) : undefined
  earlierAuthors?.catch(() => undefined) // awaited below, once the range is known to be good
  const count = await opened.read((c) => engine.add(c))
  const range = await opened.range
  logRange(o, range)
  const earlier = await earlierAuthors
  const apiCalls = o.source !== 'commits' && count > 0 ? await tryPulls(o, engine, count) : 0
  const finished = engine.finish(engineOptions(o, range, prerelease))
  const result = line ? onTheLine(line, finished) : finished
  return (await documents).describe(o, { result, range, earlier, apiCalls, ...(line ? { line } : {}) })
}

/** What to resolve: the range from the tags (on the branch's release line with `branches`). */
function rangeRequest(o: ChangelogOptions, allTags: boolean, line: LineFacts | undefined): RangeRequest {
  return {
    cwd: o.cwd,
    ...(o.from !== undefined ? { from: o.from } : {}),
    to: o.to,
    tagPrefix: o.tagPrefix,
    allTags,
    previous: previousOnLine(line?.line),
  }
}

function logRange(o: ChangelogOptions, range: ResolvedRange): void {
  o.log.info(
    `Range: ${range.from ?? '(start of history)'}..${range.to}${o.paths.length ? ` limited to ${o.paths.join(', ')}` : ''}; previous version ${range.previousVersion ?? 'none'}`,
  )
}

/** Pull requests for the commits; with `both` (the default when a token exists) a failure is only a warning. */
async function tryPulls(o: ChangelogOptions, engine: ChangelogEngine, count: number): Promise<number> {
  try {
    return await addPulls(o, engine, count)
  } catch (e) {
    // With `both` the commits alone still make a complete changelog.
    if (o.source === 'labels') throw e
    o.log.warning(`Could not read pull requests (${messageOf(e)}); describing the commits from their messages only.`)
    return 0
  }
}

function engineOptions(o: ChangelogOptions, range: ResolvedRange, prerelease: string | undefined): EngineOptions {
  return {
    source: o.source,
    ...(o.labelMap ? { labelMap: o.labelMap } : {}),
    ...(o.skipLabel ? { skipLabel: o.skipLabel } : {}),
    ...(range.previousVersion !== undefined ? { previous: range.previousVersion } : {}),
    initial: o.initialVersion,
    ...(prerelease ? { prerelease } : {}),
    breakingBumpsMajorBelow1: o.breakingBumpsMajorBelow1,
    ...(o.featBumpsPatchBelow1 ? { featBumpsPatchBelow1: true } : {}),
    ...(o.releaseAs ? { releaseAs: o.releaseAs } : {}),
    taken: range.taken,
    tip: range.toSha,
    ...(o.notes === false ? { members: false } : {}),
  }
}

async function addPulls(o: ChangelogOptions, engine: ChangelogEngine, count: number): Promise<number> {
  const [owner = '', repo = ''] = (o.repository ?? '').split('/')
  // Failed requests are reported once, by this action (retried ones are not errors): octokit's own lines go to the log.
  const quiet = (): void => undefined
  const log = { debug: quiet, info: quiet, warn: (m: string) => o.log.warning(m), error: (m: string) => o.log.info(m) }
  const client = await createGitHubClient({ token: o.token ?? '', action: 'changelog', log })
  const found = await findPulls(client, engine.parsed, { owner, repo })
  const closed = await closedIssueLabels(o, client, engine, found.pulls)
  engine.attachPulls(found.pulls)
  o.log.info(`Matched ${found.pulls.size} pull requests to ${count} commits with ${found.calls} API calls`)
  if (found.truncated)
    o.log.warning(
      `Stopped listing pull requests after ${found.calls} pages; older PRs in the range are described from their commits only.`,
    )
  return found.calls + closed
}

/**
 * Labels of the issues each PR closes (its body's closing keywords, and its commits' `Closes #N` footers) are added
 * to the PR's own; returns the API calls made (none when no PR closes an issue).
 */
async function closedIssueLabels(
  o: ChangelogOptions,
  client: Awaited<ReturnType<typeof createGitHubClient>>,
  engine: ChangelogEngine,
  pulls: Map<string, PullInfo>,
): Promise<number> {
  for (const c of engine.parsed) {
    const p = pulls.get(c.sha)
    if (p && c.issues.length) p.closes = [...new Set([...(p.closes ?? []), ...c.issues])]
  }
  const wanted = new Set([...pulls.values()].flatMap((p) => p.closes ?? []))
  if (!wanted.size) return 0
  const [owner = '', repo = ''] = (o.repository ?? '').split('/')
  const oldest = Math.min(...engine.parsed.map((c) => Date.parse(c.date)).filter(Number.isFinite))
  const { labels, calls } = await issueLabels(client, owner, repo, wanted, new Date(oldest - 24 * 3600 * 1000))
  for (const [sha, p] of pulls) pulls.set(sha, withIssueLabels(p, labels))
  o.log.info(`Read the labels of ${labels.size} of ${wanted.size} closed issue(s) with ${calls} API call(s)`)
  return calls
}
