/**
 * The two documents. The changelog is for support staff: every commit, grouped by section and scope, with SHA, PR
 * and issue links and authors. The release notes are for users: breaking changes with their migration text first,
 * then features, fixes, performance and deprecations in plain words (PR titles when known), and new contributors.
 * Pure.
 */
import type { EngineResult } from './engine.js'
import type { EntryList } from './lists.js'
import type { CommitStore } from './store.js'
import { isBreakingNote } from './notes.js'
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
  const sink = new LineSink(Number.POSITIVE_INFINITY)
  for (const _ of changelogSteps(result, heading, links, sink)); // never full: one step
  return sink.take()
}

/**
 * The same changelog in parts of about `size` characters (whole lines), made as they are consumed: a long history
 * can be written out without holding the whole document, or a line per commit, at once.
 */
export function* changelogParts(
  result: EngineResult,
  heading: ReleaseHeading,
  links: Links,
  size = 8 * 1024,
): Generator<string> {
  const sink = new LineSink(size)
  for (const _ of changelogSteps(result, heading, links, sink)) yield sink.take()
  if (sink.text) yield sink.take()
}

/**
 * Where the changelog's lines go: appended to a string (a rope, flattened once when the part is written: cheaper
 * than encoding each line into a buffer), taken as a part once it holds `size` characters. A part is a hundred
 * lines or so: few outlive a young-generation GC.
 */
class LineSink {
  text = ''

  constructor(private readonly size: number) {}

  /** A part is ready to be taken. */
  get full(): boolean {
    return this.text.length >= this.size
  }

  add(line: string): void {
    this.text += `${line}\n`
  }

  take(): string {
    const part = this.text
    this.text = ''
    return part
  }
}

/** Write the changelog's lines into `sink`, pausing (a step) each time it holds a full part. */
function* changelogSteps(result: EngineResult, heading: ReleaseHeading, links: Links, sink: LineSink): Generator<void> {
  sink.add(`## ${links.compare(heading.version || 'Unreleased', heading.fromTag, heading.toTag)} (${heading.date})`)
  const { entries } = result
  const st = entries.store
  const breaking = positions(entries, (k) => st.breaking(entries.id(k)))
  if (breaking.length) for (const line of ['', '### ⚠ BREAKING CHANGES', '']) sink.add(line)
  for (const k of breaking) {
    const c = st.commit(entries.id(k))
    sink.add(`* ${scoped(c)}${breakingText(c)} (${links.commit(c.sha)})`)
    if (sink.full) yield
  }
  // The lines are made by a plain function: a generator looping over every commit is slow to optimise.
  const order = entries.inDocumentOrder(result.sections)
  const at = { section: undefined as Section | undefined }
  for (let from = 0; from < order.length;) {
    from = fill(sink, entries, order, from, links, at)
    if (sink.full) yield
  }
  if (entries.length === 0) for (const line of ['', '_No changes._']) sink.add(line)
}

/**
 * Lines of the entries at positions `order[from..]` into `sink` (with a section heading where the section changes),
 * until it is full; returns where to go on from.
 */
function fill(
  sink: LineSink,
  entries: EntryList,
  order: Int32Array,
  from: number,
  links: Links,
  at: { section?: Section },
): number {
  let n = from
  while (n < order.length && !sink.full) {
    const k = order[n++] as number
    const section = entries.section(k)
    if (section !== at.section) {
      at.section = section
      for (const line of ['', `### ${section.title}`, '']) sink.add(line)
    }
    sink.add(changelogLine(entries.store, entries.id(k), links))
  }
  return n
}

/** Positions of the entries for which `keep` holds (all by default), in order. */
function positions(entries: EntryList, keep: (k: number) => boolean = () => true): number[] {
  const out: number[] = []
  for (let k = 0; k < entries.length; k++) if (keep(k)) out.push(k)
  return out
}

/** Entry positions by section in one pass (a filter per section would rescan every entry for each of them). */
function bySections(entries: EntryList, items: readonly number[]): Map<Section, number[]> {
  const out = new Map<Section, number[]>()
  for (const k of items) {
    const section = entries.section(k)
    const list = out.get(section)
    if (list) list.push(k)
    else out.set(section, [k])
  }
  return out
}

/** A changelog line, from the fields it shows (read one by one: the whole commit is not made). */
function changelogLine(st: CommitStore, i: number, links: Links): string {
  const sha = st.sha(i)
  const pr = st.pr(i)
  const refs = pr === undefined ? links.commit(sha) : `${links.commit(sha)}, ${links.pull(pr)}`
  const issues = st.issues(i)
  const closes = issues.length ? `, closes ${issues.map((n) => links.issue(n)).join(' ')}` : ''
  const author = st.pull(i)?.author
  const who = author ? `@${author}` : st.authorName(i)
  const text = st.type(i) ? st.subject(i) : st.header(i).replace(/\s*\(#\d+\)\s*$/, '')
  const scope = st.scope(i)
  return `* ${scope ? `**${scope}:** ` : ''}${text} (${refs})${closes} — ${who}`
}

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
  const { entries } = result
  const st = entries.store
  const out: string[] = []
  const breaking = positions(entries, (k) => st.breaking(entries.id(k)))
  if (breaking.length) {
    out.push('## ⚠️ Breaking changes')
    for (const k of breaking) {
      const c = st.commit(entries.id(k))
      out.push('', `- ${plainLine(c, links)}`)
      for (const note of c.notes.filter(isBreakingNote)) {
        if (note.text) out.push('', ...note.text.split('\n').map((l) => (l ? `  ${l}` : '')))
      }
    }
  }
  const { own, deprecations } = userFacing(entries)
  const include = new Set(opts.includeTypes)
  const deprecated = new Set(deprecations)
  const bySection = bySections(
    entries,
    own.filter((k) => !st.breaking(entries.id(k)) && !deprecated.has(k)),
  )
  for (const section of result.sections) {
    if (!include.has(section.key) || section.key === 'deprecations') continue
    const items = bySection.get(section)
    if (!items?.length) continue
    const lines = items.map((k) => `- ${plainLine(st.commit(entries.id(k)), links)}`)
    out.push(`${out.length ? '\n' : ''}## ${section.title}`, '', ...lines)
  }
  if (include.has('deprecations') && deprecations.length) {
    out.push(`${out.length ? '\n' : ''}## Deprecations`, '')
    for (const k of deprecations) {
      const c = st.commit(entries.id(k))
      const note = c.notes.find((n) => !isBreakingNote(n))
      out.push(`- ${plainLine(c, links)}${note?.text ? ` — ${note.text.split('\n')[0]}` : ''}`)
    }
  }
  newContributorLines(out, opts, links)
  if (!out.length) out.push(`_No user-facing changes in ${heading.version || 'this range'}._`)
  return `${out.join('\n')}\n`
}

/**
 * Positions of the entries the notes describe on their own (a PR merged with a merge commit is described once, by
 * its merge commit, the PR title, not by each commit), and of those that are deprecations.
 */
function userFacing(entries: EntryList): { own: number[]; deprecations: number[] } {
  const st = entries.store
  const listed = new Set<number>()
  for (let k = 0; k < entries.length; k++) {
    const id = entries.id(k)
    const pr = st.pr(id)
    if (st.merge(id) && pr !== undefined) listed.add(pr)
  }
  const own = positions(entries, (k) => {
    const partOf = st.partOf(entries.id(k))
    return partOf === undefined || !listed.has(partOf)
  })
  const deprecations = own.filter((k) => {
    const id = entries.id(k)
    return (
      !st.breaking(id) && (entries.section(k).key === 'deprecations' || st.notes(id).some((n) => !isBreakingNote(n)))
    )
  })
  return { own, deprecations }
}

function newContributorLines(out: string[], opts: NotesOptions, links: Links): void {
  if (!opts.newContributors.length) return
  out.push(`${out.length ? '\n' : ''}## New contributors`, '')
  for (const n of opts.newContributors)
    out.push(
      `- ${n.name} made their first contribution in ${n.first.pr !== undefined ? links.pull(n.first.pr) : links.commit(n.first.sha)}`,
    )
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
