/** The job summary: why this bump, counts per section, non-conventional commits, reverts and skips. Pure. */
import { Summary, bulletList } from '@shipline/core'
import type { EngineResult } from './engine.js'
import type { Links } from './links.js'

const MAX_LISTED = 30

/** Build the job summary markdown. */
export function buildSummary(r: EngineResult, range: { from?: string; to: string }, links: Links): Summary {
  const s = new Summary().heading(`Changelog: ${r.releaseType === 'none' ? 'no release' : `${r.previousVersion ?? '(first release)'} → ${r.version}`}`)
  s.paragraph(`Range \`${range.from ?? '(start of history)'}..${range.to}\`: ${r.total} commits read, ${r.entries.length} in the changelog.`)
  s.heading('Why this bump', 3)
  if (r.releaseType === 'none') {
    s.paragraph('Nothing releasable landed (no feature, fix, performance change, revert or breaking change).')
  } else {
    const rule = r.previousVersion === undefined ? 'first release' : `**${r.impact}** bump`
    const zero = r.breaking && r.impact === 'minor' && r.previousVersion?.startsWith('0.') ? ' (below 1.0.0 a breaking change bumps minor; set `breaking-bumps-major-below-1: true` to go to 1.0.0)' : ''
    s.paragraph(`${rule} (${r.releaseType}) caused by ${r.causes.length} commit${r.causes.length === 1 ? '' : 's'}${zero}:`)
    s.table(
      ['Commit', 'Change', 'Why'],
      r.causes.slice(0, MAX_LISTED).map((e) => [links.commit(e.commit.sha), e.commit.header, e.commit.breaking ? 'breaking change' : e.section.title]),
    )
    if (r.causes.length > MAX_LISTED) s.paragraph(`…and ${r.causes.length - MAX_LISTED} more.`)
  }
  const rows = r.sections.map((sec) => [sec.title, r.entries.filter((e) => e.section === sec).length] as const).filter(([, n]) => n > 0)
  if (rows.length) {
    s.heading('Commits per section', 3).table(['Section', 'Commits'], rows.map(([t, n]) => [t, n]), ['l', 'r'])
    s.mermaid(`pie showData title Commits per section\n${rows.map(([t, n]) => `  "${t.replace(/"/g, "'")}" : ${n}`).join('\n')}`)
  }
  if (r.nonConventional.length) {
    s.heading(`Non-conventional commits (${r.nonConventional.length})`, 3)
    s.paragraph('These are listed under "Other" and do not move the version. Use `type(scope): subject` (e.g. `fix(api): ...`).')
    s.table(['Commit', 'Subject', 'Author'], r.nonConventional.slice(0, MAX_LISTED).map((c) => [links.commit(c.sha), c.header, c.authorName]))
  }
  if (r.cancelled.length) {
    s.details(`Reverted inside the range (${r.cancelled.length} pairs, left out)`, bulletList(r.cancelled.map((p) => `${p.revert.header} ⟶ ${p.target.header}`)))
  }
  if (r.skipped.length) s.details(`Skipped by label (${r.skipped.length})`, bulletList(r.skipped.map((c) => c.header)))
  return s
}
