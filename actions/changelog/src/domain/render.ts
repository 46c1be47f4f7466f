/**
 * The two documents. The changelog is for support staff: every commit, grouped by section and scope, with SHA, PR
 * and issue links and authors. The release notes are for users: breaking changes with their migration text first,
 * then features, fixes, performance and deprecations in plain words (PR titles when known), and new contributors.
 * Pure.
 */
import type { Entry, EngineResult } from './engine.js'
import { isBreakingNote } from './parse.js'
import type { Links } from './links.js'
import type { Section } from './sections.js'
import type { ParsedCommit } from './types.js'

/** What is being released. */
export interface ReleaseHeading {
  version: string
  /** Tag of the previous release (for the compare link). */
  fromTag?: string
  /** Tag of this release. */
  toTag: string
  /** YYYY-MM-DD. */
  date: string
}

const HEADER = /^\w[\w-]*(?:\([^()]*\))?!?: /

/** The support changelog (markdown, starting with a `## version` heading). */
export function renderChangelog(result: EngineResult, heading: ReleaseHeading, links: Links): string {
  return [...changelogParts(result, heading, links)].join('')
}

/**
 * The same changelog in parts of at most about `size` characters (whole lines), made as they are consumed: a long
 * history can be written out without holding the whole document, or a line per commit, at once.
 */
export function* changelogParts(
  result: EngineResult,
  heading: ReleaseHeading,
  links: Links,
  size = 64 * 1024,
): Generator<string> {
  let part = ''
  for (const line of changelogLines(result, heading, links)) {
    part += `${line}\n`
    if (part.length >= size) {
      yield part
      part = ''
    }
  }
  if (part) yield part
}

function* changelogLines(result: EngineResult, heading: ReleaseHeading, links: Links): Generator<string> {
  yield `## ${links.compare(heading.version || 'Unreleased', heading.fromTag, heading.toTag)} (${heading.date})`
  const breaking = result.entries.filter((e) => e.commit.breaking)
  if (breaking.length) {
    yield* ['', '### ⚠ BREAKING CHANGES', '']
    for (const e of breaking) yield `* ${scoped(e.commit)}${breakingText(e.commit)} (${links.commit(e.commit.sha)})`
  }
  // Entries by section in one pass (a filter per section would rescan every entry for each of them).
  const bySection = new Map<Section, Entry[]>()
  for (const e of result.entries) {
    const list = bySection.get(e.section)
    if (list) list.push(e)
    else bySection.set(e.section, [e])
  }
  for (const section of result.sections) {
    const items = bySection.get(section)
    if (!items?.length) continue
    yield* ['', `### ${section.title}`, '']
    for (const e of byScope(items)) yield changelogLine(e.commit, links)
  }
  if (result.entries.length === 0) yield* ['', '_No changes._']
}

function changelogLine(c: ParsedCommit, links: Links): string {
  const refs = [links.commit(c.sha)]
  if (c.pr !== undefined) refs.push(links.pull(c.pr))
  const closes = c.issues.length ? `, closes ${c.issues.map((n) => links.issue(n)).join(' ')}` : ''
  const who = c.pull?.author ? `@${c.pull.author}` : c.authorName
  const text = c.type ? c.subject : c.header.replace(/\s*\(#\d+\)\s*$/, '')
  return `* ${c.scope ? `**${c.scope}:** ` : ''}${text} (${refs.join(', ')})${closes} — ${who}`
}

/** Entries sorted by scope (unscoped first), keeping commit order inside a scope. */
function byScope(items: readonly Entry[]): Entry[] {
  return items
    .map((e, i) => ({ e, i }))
    .sort((a, b) => cmp(a.e.commit.scope ?? '', b.e.commit.scope ?? '') || a.i - b.i)
    .map((x) => x.e)
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function scoped(c: ParsedCommit): string {
  return c.scope ? `**${c.scope}:** ` : ''
}

function breakingText(c: ParsedCommit): string {
  const note = c.notes.find(isBreakingNote)
  return note?.text ? `${note.text.split('\n')[0]}` : c.subject
}

/** Options of {@link renderReleaseNotes}. */
export interface NotesOptions {
  /** Section keys shown (default feat, fix, perf, deprecations). */
  includeTypes: readonly string[]
  /** New contributors: display name (or @login) → the PR or commit of their first contribution. */
  newContributors: readonly { name: string; first: ParsedCommit }[]
}

/** The user-facing release notes (markdown). */
export function renderReleaseNotes(
  result: EngineResult,
  heading: ReleaseHeading,
  links: Links,
  opts: NotesOptions,
): string {
  const out: string[] = []
  const breaking = result.entries.filter((e) => e.commit.breaking)
  if (breaking.length) {
    out.push('## ⚠️ Breaking changes')
    for (const e of breaking) {
      out.push('', `- ${plainLine(e.commit, links)}`)
      for (const note of e.commit.notes.filter(isBreakingNote)) {
        if (note.text) out.push('', ...note.text.split('\n').map((l) => (l ? `  ${l}` : '')))
      }
    }
  }
  const include = new Set(opts.includeTypes)
  // A PR merged with a merge commit is described once, by its merge commit (the PR title), not by each commit.
  const listed = new Set(
    result.entries.filter((e) => e.commit.merge && e.commit.pr !== undefined).map((e) => e.commit.pr),
  )
  const own = result.entries.filter((e) => e.commit.partOf === undefined || !listed.has(e.commit.partOf))
  const deprecations = own.filter(
    (e) => !e.commit.breaking && (e.section.key === 'deprecations' || e.commit.notes.some((n) => !isBreakingNote(n))),
  )
  for (const section of result.sections) {
    if (!include.has(section.key) || section.key === 'deprecations') continue
    const items = own.filter((e) => e.section === section && !e.commit.breaking && !deprecations.includes(e))
    if (!items.length) continue
    out.push(`${out.length ? '\n' : ''}## ${section.title}`, '', ...items.map((e) => `- ${plainLine(e.commit, links)}`))
  }
  if (include.has('deprecations') && deprecations.length) {
    out.push(`${out.length ? '\n' : ''}## Deprecations`, '')
    for (const e of deprecations) {
      const note = e.commit.notes.find((n) => !isBreakingNote(n))
      out.push(`- ${plainLine(e.commit, links)}${note?.text ? ` — ${note.text.split('\n')[0]}` : ''}`)
    }
  }
  if (opts.newContributors.length) {
    out.push(`${out.length ? '\n' : ''}## New contributors`, '')
    for (const n of opts.newContributors)
      out.push(
        `- ${n.name} made their first contribution in ${n.first.pr !== undefined ? links.pull(n.first.pr) : links.commit(n.first.sha)}`,
      )
  }
  if (!out.length) out.push(`_No user-facing changes in ${heading.version || 'this range'}._`)
  return `${out.join('\n')}\n`
}

/** One line in plain words: the PR title when known (its `type(scope):` prefix dropped), capitalised. */
export function plainLine(c: ParsedCommit, links: Links): string {
  const title = c.pull?.title ? c.pull.title.replace(/\s*\(#\d+\)\s*$/, '') : c.type ? c.subject : c.header
  const scope = c.pull?.title ? /^\w[\w-]*\(([^()]*)\)!?: /.exec(c.pull.title)?.[1] : c.scope
  const text = title.replace(HEADER, '').trim()
  const sentence = text.charAt(0).toUpperCase() + text.slice(1)
  const ref = c.pr !== undefined ? links.pull(c.pr) : links.commit(c.sha)
  return `${scope ? `**${scope}:** ` : ''}${sentence} (${ref})`
}
