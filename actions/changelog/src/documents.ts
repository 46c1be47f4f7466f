/**
 * The documents of a run: the release heading, the release notes, the changelog (rendered when read) and the
 * structured result. Loaded by pipeline.ts while git runs.
 */
import { sectionDate } from './adapters/tag-date.js'
import type { ResolvedRange } from './adapters/git.js'
import type { EngineResult } from './domain/engine.js'
import { Links } from './domain/links.js'
import { changelogParts, renderChangelog, renderReleaseNotes, type ReleaseHeading } from './domain/render.js'
import { newContributors, toJson } from './domain/report.js'
import type { LineFacts } from './line.js'
import type { ChangelogOptions, ChangelogRun } from './pipeline.js'

/** What the run found. */
export interface Findings {
  result: EngineResult
  range: ResolvedRange
  /** Lower-cased emails of the authors before the range (with notes). */
  earlier?: Set<string>
  apiCalls: number
  line?: LineFacts
}

/** Describe a run's result: heading, links and notes now, the changelog and JSON on demand. */
export async function describe(o: ChangelogOptions, f: Findings): Promise<ChangelogRun> {
  const { result, range } = f
  const links = new Links({
    ...(o.serverUrl ? { server: o.serverUrl } : {}),
    ...(o.repository ? { repo: o.repository } : {}),
  })
  const released = result.releaseType !== 'none'
  const heading: ReleaseHeading = {
    // Nothing releasable: the documents describe the range as unreleased.
    version: released ? result.version : '',
    ...(range.previousTag ? { fromTag: range.previousTag } : {}),
    toTag: released ? `${o.tagPrefix}${result.version}` : range.to,
    date: await sectionDate(o.cwd, range.to, o.now, range.toIsTag),
  }
  const contributors = range.fromSha && f.earlier ? newContributors(result.entries, f.earlier) : []
  const notes =
    (o.notes ?? true)
      ? renderReleaseNotes(result, heading, links, { includeTypes: o.includeTypes, newContributors: contributors })
      : ''
  return runOf(f, heading, links, notes)
}

function runOf(f: Findings, heading: ReleaseHeading, links: Links, notes: string): ChangelogRun {
  const { result, range, apiCalls, line } = f
  let changelog: string | undefined
  return {
    result,
    range,
    heading,
    links,
    get changelog(): string {
      return (changelog ??= renderChangelog(result, heading, links))
    },
    changelogParts: () => changelogParts(result, heading, links),
    notes,
    json: () =>
      toJson(result, {
        ...(range.from ? { from: range.from, fromSha: range.fromSha } : {}),
        to: range.to,
        toSha: range.toSha,
      }),
    apiCalls,
    ...(line ? { line } : {}),
  }
}
