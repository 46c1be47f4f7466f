/**
 * One changelog run, shared by the action (main.ts) and the local CLI (cli.ts): resolve the range, stream and
 * parse the commits, optionally attach pull requests, and render the documents. No runner I/O here beyond the
 * `log` callbacks, so the CLI can print to stderr.
 */
import type { BranchRule } from '@shipline/core'
import { authorsBefore, openRange, type RangeRequest, type ResolvedRange } from './adapters/git.js'
import { withoutBaselineCompiler } from './compilers.js'
import type { EngineOptions, EngineResult } from './domain/engine.js'
import type { Links } from './domain/links.js'
import type { ReleaseHeading } from './domain/render.js'
import type { LineFacts } from './line.js'

/** A range of at most this many commits makes a short run (see withoutBaselineCompiler). */
const SHORT_RANGE = 2048

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
  const lined = o.branches ? await releaseLine(o, o.branches) : undefined
  const line = lined?.facts
  const prerelease = line?.line?.prerelease ?? o.prerelease
  const opened = openRange(rangeRequest(o, prerelease !== undefined, lined?.previous), o.paths)
  // A short range, once git has written it all: the rest of the run is short too.
  void opened.written.then((n) => {
    if (n !== undefined && n <= SHORT_RANGE) withoutBaselineCompiler()
  })
  // Git runs while the engine, its parser and the renderers load.
  const documents = import('./documents.js')
  const { ChangelogEngine } = await import('./domain/engine.js')
  const engine = new ChangelogEngine()
  const wantNotes = o.notes ?? true
  const earlierAuthors = wantNotes ? opened.fromSha.then((sha) => authorsBefore(o.cwd, sha, opened.authors)) : undefined
  earlierAuthors?.catch(() => undefined) // awaited below, once the range is known to be good
  const count = await opened.read((c) => engine.add(c))
  const range = await opened.range
  logRange(o, range)
  const earlier = await earlierAuthors
  const pulls = o.source !== 'commits' && count > 0 ? await import('./pull-requests.js') : undefined
  const apiCalls = pulls ? await pulls.tryPulls(o, engine, count) : 0
  const finished = engine.finish(engineOptions(o, range, prerelease))
  const result = lined ? lined.onTheLine(lined.facts, finished) : finished
  return (await documents).describe(o, { result, range, earlier, apiCalls, ...(line ? { line } : {}) })
}

/**
 * With `branches`: the branch's release line, which versions can be its previous release, and the check of the
 * result against the line (loaded only then).
 */
async function releaseLine(o: ChangelogOptions, branches: BranchRule[]) {
  // One chunk: line.js and domain/branches.js share core's branch rules, which two chunks would each carry.
  const { readLine, onTheLine, previousOnLine } = await import('./line.js')
  const facts = await readLine(o.cwd, branches, o.log)
  return { facts, previous: previousOnLine(facts.line), onTheLine }
}

/** What to resolve: the range from the tags (the previous release on the branch's line with `branches`). */
function rangeRequest(o: ChangelogOptions, allTags: boolean, previous?: (v: string) => boolean): RangeRequest {
  return {
    cwd: o.cwd,
    ...(o.from !== undefined ? { from: o.from } : {}),
    to: o.to,
    tagPrefix: o.tagPrefix,
    allTags,
    // Without `branches` the default: stable versions (what previousOnLine gives for no line).
    ...(previous ? { previous } : {}),
  }
}

function logRange(o: ChangelogOptions, range: ResolvedRange): void {
  o.log.info(
    `Range: ${range.from ?? '(start of history)'}..${range.to}${o.paths.length ? ` limited to ${o.paths.join(', ')}` : ''}; previous version ${range.previousVersion ?? 'none'}`,
  )
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
