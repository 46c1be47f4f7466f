/**
 * Merging a release into an existing CHANGELOG.md as projects really keep them (Keep a Changelog,
 * conventional-changelog and release-please, changelogen, changesets, vite's `<small>` patches). Pure (text in, text out).
 *
 * - A section for the same version is recognised in the common heading styles (`## v1.6.3`, `## [1.6.3]`,
 *   `## [1.6.3](url) (date)`, `## 1.6.3 (date)`, `## [1.6.3] - date`, `## <small>1.6.3 (date)</small>`, `# 2.0.0`, an
 *   `<a name="1.6.3"></a>` line above) and replaced, never duplicated. Blocks an older Shipline wrapped in
 *   `<!-- shipline:changelog V -->` markers are recognised too.
 * - Otherwise the section goes above the first version section: after the title, the intro and an `Unreleased`
 *   section. With no version section yet, it goes at the end, above trailing link references.
 * - The section's headings move to the level the file uses for versions (`# 1.0.0` files get `# [1.1.0]…`).
 */

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/
/** The version at the start of a heading's text, after optional `<small>`, an anchor, `[`, `version`/`release`, `v`. */
const VERSION_AT_START =
  /^(?:<small>\s*)?(?:<a\s[^>]*>\s*(?:<\/a>)?\s*)?\[?(?:version\s+|release\s+)?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)(?=$|[\]\s(),:<])/i
const ANCHOR_LINE = /^<a\s+(?:name|id)=["'][^"']*["']\s*>\s*<\/a>\s*$/i
const LINK_REFERENCE = /^\s{0,3}\[[^\]]+\]:\s*\S/
const FENCE = /^\s{0,3}(```|~~~)/
const MARKER = /^<!-- \/?shipline:changelog (\S+) -->$/

interface VersionHeading {
  /** First line of the section (the anchor line above the heading, if any). */
  start: number
  heading: number
  level: number
  version: string
}

/** The version a markdown heading line names at its start (`## [1.6.3](url) (date)` → 1.6.3), if any. */
export function headingVersion(line: string): string | undefined {
  const h = HEADING.exec(line)
  return h ? VERSION_AT_START.exec(h[2] as string)?.[1] : undefined
}

/** The new file text with `section` (a `## version` section as renderChangelog makes it) merged in for `version`. */
export function prependRelease(existing: string, version: string, section: string): string {
  if (existing.trim() === '') return `# Changelog\n\n${section.trimEnd()}\n`
  const eol = existing.includes('\r\n') ? '\r\n' : '\n'
  const lines = withoutMarkers(existing.split(/\r?\n/))
  if (lines.at(-1) === '') lines.pop()
  const headings = versionHeadings(lines)
  const tail = trailingReferences(lines)
  const body = shiftHeadings(section.trimEnd().split(/\r?\n/), usualLevel(headings) - 2)
  const same = headings.filter((h) => h.version === version.replace(/^v/, ''))
  let out: string[]
  if (same.length) {
    out = lines
    // From the last one up, so earlier indexes stay valid: the first is replaced, any duplicate removed.
    for (const h of [...same].reverse()) {
      const end = sectionEnd(h, headings, tail)
      out = splice(out, h.start, end, h === same[0] ? body : [])
    }
  } else {
    const at = headings[0]?.start ?? tail
    out = splice(lines, at, at, body)
  }
  return `${out.join(eol)}${eol}`
}

/** Replace lines [from, to) by `insert`, with exactly one blank line on each side (none at the top of the file). */
function splice(lines: readonly string[], from: number, to: number, insert: readonly string[]): string[] {
  const before = lines.slice(0, from)
  const after = lines.slice(to)
  while (before.length && before.at(-1)?.trim() === '') before.pop()
  while (after.length && after[0]?.trim() === '') after.shift()
  const parts = [before, insert, after].filter((p) => p.length)
  return parts.flatMap((p, i) => (i === 0 ? [...p] : ['', ...p]))
}

function versionHeadings(lines: readonly string[]): VersionHeading[] {
  const out: VersionHeading[] = []
  let fenced = false
  lines.forEach((line, i) => {
    if (FENCE.test(line)) fenced = !fenced
    if (fenced) return
    const version = headingVersion(line)
    if (!version) return
    const level = (HEADING.exec(line)?.[1] as string).length
    out.push({ start: i > 0 && ANCHOR_LINE.test(lines[i - 1] as string) ? i - 1 : i, heading: i, level, version })
  })
  return out
}

/** A section runs to the next version section, or to the trailing link references. */
function sectionEnd(h: VersionHeading, headings: readonly VersionHeading[], tail: number): number {
  const next = headings.find((o) => o.heading > h.heading)
  return Math.max(h.heading + 1, Math.min(next?.start ?? tail, tail))
}

/** Index where the file's final block of link reference definitions (and blank lines) starts; length if none. */
function trailingReferences(all: readonly string[]): number {
  let i = all.length
  while (i > 0 && (all[i - 1]?.trim() === '' || LINK_REFERENCE.test(all[i - 1] as string))) i--
  while (i < all.length && all[i]?.trim() === '') i++
  return i
}

/** The heading level most version sections use (2 when there are none). */
function usualLevel(headings: readonly VersionHeading[]): number {
  const count = new Map<number, number>()
  for (const h of headings) count.set(h.level, (count.get(h.level) ?? 0) + 1)
  return [...count].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 2
}

function shiftHeadings(section: readonly string[], delta: number): string[] {
  if (delta === 0) return [...section]
  let fenced = false
  return section.map((line) => {
    if (FENCE.test(line)) fenced = !fenced
    const h = fenced ? null : /^(#{1,6})(\s.*)$/.exec(line)
    return h ? `${'#'.repeat(Math.min(6, Math.max(1, (h[1] as string).length + delta)))}${h[2] as string}` : line
  })
}

/** Drop the marker comments an older Shipline put around each release (their content stays a normal section). */
function withoutMarkers(all: readonly string[]): string[] {
  return all.filter((l) => !MARKER.test(l.trim()))
}
