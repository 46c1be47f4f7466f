/**
 * Prepending a release to an existing CHANGELOG.md without touching the rest of it. Each release is wrapped in
 * marker comments, so running again for the same version replaces that block instead of adding a second one.
 * Pure (text in, text out).
 */

const start = (v: string): string => `<!-- shipline:changelog ${v} -->`
const end = (v: string): string => `<!-- /shipline:changelog ${v} -->`

/** The new file text: `section` for `version` placed after the file's `# title` (or on top), or replacing it. */
export function prependRelease(existing: string, version: string, section: string): string {
  const block = `${start(version)}\n${section.trimEnd()}\n${end(version)}\n`
  const a = existing.indexOf(start(version))
  const b = existing.indexOf(end(version))
  if (a !== -1 && b > a) {
    let after = b + end(version).length
    if (existing[after] === '\n') after++
    return existing.slice(0, a) + block + existing.slice(after)
  }
  if (existing.trim() === '') return `# Changelog\n\n${block}`
  const title = /^# .*\n+/.exec(existing)
  if (title) return `${title[0]}${block}\n${existing.slice(title[0].length)}`
  return `${block}\n${existing}`
}
