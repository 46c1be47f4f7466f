/**
 * One changelog run, shared by the action (main.ts) and the local CLI (cli.ts): resolve the range, stream and
 * parse the commits, optionally attach pull requests, and render the documents. No runner I/O here beyond the
 * `log` callbacks, so the CLI can print to stderr.
 */
import { createGitHubClient, messageOf } from '@shipline/core'
import { authorsBefore, resolveRange, streamCommits, type ResolvedRange } from './adapters/git.js'
import { findPulls } from './adapters/pulls.js'
import { ChangelogEngine, type EngineResult } from './domain/engine.js'
import { Links } from './domain/links.js'
import { changelogParts, renderChangelog, renderReleaseNotes, type ReleaseHeading } from './domain/render.js'
import { newContributors, toJson } from './domain/report.js'

/** Everything a run needs, already validated. */
export interface ChangelogOptions {
  cwd: string
  from?: string
  to: string
  tagPrefix: string
  initialVersion: string
  prerelease?: string
  breakingBumpsMajorBelow1: boolean
  paths: string[]
  source: 'commits' | 'labels' | 'both'
  labelMap?: ReadonlyMap<string, string[]>
  skipLabel?: string
  includeTypes: string[]
  token?: string
  /** `owner/repo` for links and the API. */
  repository?: string
  serverUrl?: string
  /** Date of the release heading. */
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
}

/** Run the engine over a repository. */
export async function generate(o: ChangelogOptions): Promise<ChangelogRun> {
  const range = await resolveRange({ cwd: o.cwd, ...(o.from !== undefined ? { from: o.from } : {}), to: o.to, tagPrefix: o.tagPrefix, allTags: o.prerelease !== undefined })
  o.log.info(`Range: ${range.from ?? '(start of history)'}..${range.to}${o.paths.length ? ` limited to ${o.paths.join(', ')}` : ''}; previous version ${range.previousVersion ?? 'none'}`)
  const engine = new ChangelogEngine()
  const wantNotes = o.notes ?? true
  const earlierAuthors = wantNotes ? authorsBefore(o.cwd, range.fromSha) : undefined
  const count = await streamCommits(o.cwd, range, o.paths, (c) => engine.add(c))
  const earlier = await earlierAuthors
  let apiCalls = 0
  if (o.source !== 'commits' && count > 0) {
    try {
      apiCalls = await addPulls(o, engine, count)
    } catch (e) {
      // With `both` (the default when a token exists) the commits alone still make a complete changelog.
      if (o.source === 'labels') throw e
      o.log.warning(`Could not read pull requests (${messageOf(e)}); describing the commits from their messages only.`)
    }
  }
  const result = engine.finish({
    source: o.source,
    ...(o.labelMap ? { labelMap: o.labelMap } : {}),
    ...(o.skipLabel ? { skipLabel: o.skipLabel } : {}),
    ...(range.previousVersion !== undefined ? { previous: range.previousVersion } : {}),
    initial: o.initialVersion,
    ...(o.prerelease ? { prerelease: o.prerelease } : {}),
    breakingBumpsMajorBelow1: o.breakingBumpsMajorBelow1,
    taken: range.taken,
    tip: range.toSha,
  })
  const links = new Links({ ...(o.serverUrl ? { server: o.serverUrl } : {}), ...(o.repository ? { repo: o.repository } : {}) })
  const released = result.releaseType !== 'none'
  const heading: ReleaseHeading = {
    // Nothing releasable: the documents describe the range as unreleased.
    version: released ? result.version : '',
    ...(range.previousTag ? { fromTag: range.previousTag } : {}),
    toTag: released ? `${o.tagPrefix}${result.version}` : range.to,
    date: o.now.toISOString().slice(0, 10),
  }
  let changelog: string | undefined
  const contributors = range.fromSha && earlier ? newContributors(result.entries, earlier) : []
  return {
    result,
    range,
    heading,
    links,
    get changelog(): string {
      return (changelog ??= renderChangelog(result, heading, links))
    },
    changelogParts: () => changelogParts(result, heading, links),
    notes: wantNotes ? renderReleaseNotes(result, heading, links, { includeTypes: o.includeTypes, newContributors: contributors }) : '',
    json: () => toJson(result, { ...(range.from ? { from: range.from, fromSha: range.fromSha } : {}), to: range.to, toSha: range.toSha }),
    apiCalls,
  }
}

async function addPulls(o: ChangelogOptions, engine: ChangelogEngine, count: number): Promise<number> {
  const [owner = '', repo = ''] = (o.repository ?? '').split('/')
  // Failed requests are reported once, by this action (retried ones are not errors): octokit's own lines go to the log.
  const quiet = (): void => undefined
  const log = { debug: quiet, info: quiet, warn: (m: string) => o.log.warning(m), error: (m: string) => o.log.info(m) }
  const client = await createGitHubClient({ token: o.token ?? '', action: 'changelog', log })
  const found = await findPulls(client, engine.parsed, { owner, repo })
  engine.attachPulls(found.pulls)
  o.log.info(`Matched ${found.pulls.size} pull requests to ${count} commits with ${found.calls} API calls`)
  if (found.truncated) o.log.warning(`Stopped listing pull requests after ${found.calls} pages; older PRs in the range are described from their commits only.`)
  return found.calls
}
