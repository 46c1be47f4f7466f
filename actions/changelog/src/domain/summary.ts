/** The job summary: the version, why this bump, the release notes, counts per section, non-conventional commits, reverts and skips. Pure. */
import { codeSpan, escapeHtml, literalValues, Summary, bulletList } from '@shipline/core'
import type { EngineResult } from './engine.js'
import type { Links } from './links.js'

const MAX_LISTED = 30

/** Build the job summary markdown. */
export function buildSummary(r: EngineResult, range: { from?: string; to: string }, links: Links, notes = ''): Summary {
  const released = r.releaseType !== 'none'
  const s = new Summary().heading(
    `Changelog: ${released ? `${r.previousVersion ? codeSpan(r.previousVersion) : '(first release)'} → ${codeSpan(r.version)}` : 'no release'}`,
  )
  s.table(
    ['Version', 'Previous', 'Release type', 'Range', 'Commits read', 'In the changelog'],
    [
      [
        released ? codeSpan(r.version) : '—',
        r.previousVersion ? codeSpan(r.previousVersion) : '—',
        r.releaseType,
        codeSpan(`${range.from ?? '(start of history)'}..${range.to}`),
        r.total,
        r.entries.length,
      ],
    ],
    ['l', 'l', 'l', 'l', 'r', 'r'],
  )
  if (released && notes.trim())
    s.raw(
      `<details open><summary>Release notes for <code>${escapeHtml(r.version)}</code></summary>\n\n${demote(notes.trim())}\n\n</details>`,
    )
  whyThisBump(s, r, links)
  perSection(s, r)
  leftOut(s, r, links)
  return s
}

/** "Why this bump": release-as, nothing releasable, a first release, or the commits that decided the version. */
function whyThisBump(s: Summary, r: EngineResult, links: Links): void {
  s.heading('Why this bump', 3)
  if (r.releaseAs)
    s.paragraph(
      `The version is set by \`release-as\` (${codeSpan(r.releaseAs)}); the commits alone would give a **${r.impact}** change.`,
    )
  if (r.releaseType === 'none') {
    s.paragraph('Nothing releasable landed (no feature, fix, performance change, revert or breaking change).')
  } else if (!r.causes.length) {
    if (!r.releaseAs)
      s.paragraph(
        `First release: no release tag yet, so the version is \`initial-version\` (${codeSpan(r.version)}), although no commit is releasable on its own.`,
      )
  } else {
    const rule = r.previousVersion === undefined ? 'first release' : `**${r.impact}** bump`
    const zero =
      r.breaking && r.impact === 'minor' && r.previousVersion?.startsWith('0.')
        ? ' (below 1.0.0 a breaking change bumps minor; set `breaking-bumps-major-below-1: true` to go to 1.0.0)'
        : ''
    s.paragraph(
      `${rule} (${r.releaseType}) caused by ${r.causes.length} commit${r.causes.length === 1 ? '' : 's'}${zero}:`,
    )
    s.table(
      ['Commit', 'Change', 'Why'],
      r.causes
        .slice(0, MAX_LISTED)
        .map((e) => [
          links.commit(e.commit.sha),
          literalValues(e.commit.header),
          e.commit.breaking ? 'breaking change' : e.section.title,
        ]),
    )
    if (r.causes.length > MAX_LISTED) s.paragraph(`…and ${r.causes.length - MAX_LISTED} more.`)
  }
}

/** Commits per section: a table and a pie chart. */
function perSection(s: Summary, r: EngineResult): void {
  const counts = r.entries.counts()
  const rows = r.sections.map((sec) => [sec.title, counts.get(sec) ?? 0] as const).filter(([, n]) => n > 0)
  if (!rows.length) return
  s.heading('Commits per section', 3).table(
    ['Section', 'Commits'],
    rows.map(([t, n]) => [t, n]),
    ['l', 'r'],
  )
  s.mermaid(
    `pie showData title Commits per section\n${rows.map(([t, n]) => `  "${t.replace(/"/g, "'")}" : ${n}`).join('\n')}`,
  )
}

/** Non-conventional commits, revert pairs and commits skipped by label. */
function leftOut(s: Summary, r: EngineResult, links: Links): void {
  if (r.nonConventional.length) {
    s.heading(`Non-conventional commits (${r.nonConventional.length})`, 3)
    s.paragraph(
      'These are listed under "Other" and do not move the version. Use `type(scope): subject` (e.g. `fix(api): ...`).',
    )
    s.table(
      ['Commit', 'Subject', 'Author'],
      r.nonConventional
        .slice(0, MAX_LISTED)
        .map((c) => [links.commit(c.sha), literalValues(c.header), literalValues(c.authorName)]),
    )
  }
  if (r.cancelled.length) {
    s.details(
      `Reverted inside the range (${r.cancelled.length} pairs, left out)`,
      bulletList(r.cancelled.map((p) => `${p.revert.header} ⟶ ${p.target.header}`)),
    )
  }
  if (r.skipped.length) s.details(`Skipped by label (${r.skipped.length})`, bulletList(r.skipped.map((c) => c.header)))
}

/**
 * The release notes as shown inside the summary's <details>: headings two levels down (under the summary's `###`),
 * raw HTML from commit subjects made inert (a `</details>` in a subject must not close the block), values such as
 * `pkg@1.2.3` in code spans. Code spans and fenced blocks are left as written.
 */
function demote(markdown: string): string {
  let fenced = false
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s{0,3}(```|~~~)/.test(line)) fenced = !fenced
      if (fenced) return line
      const shown = literalValues(
        line
          .split(/(`+[^`]*`+)/)
          .map((part, i) => (i % 2 ? part : part.replace(/</g, '&lt;')))
          .join(''),
      )
      return /^#{1,4} /.test(shown) ? `##${shown}` : shown
    })
    .join('\n')
}
