/** The date of a release section: the tag's own date when `to` names an existing tag, else today. */
import { gitMaybe } from '@shipline/core'

/**
 * `YYYY-MM-DD` of tag `to` (the tagger date of an annotated tag, the commit date of a lightweight one, in the
 * time zone it was made in), or undefined when `to` is not a tag (HEAD, a branch, a sha).
 */
export async function tagDate(cwd: string, to: string): Promise<string | undefined> {
  if (!to || to.startsWith('-') || /[*?[\\\s]/.test(to)) return undefined
  const ref = to.startsWith('refs/tags/') ? to : `refs/tags/${to}`
  const out = await gitMaybe(['for-each-ref', '--count=1', '--format=%(refname)%00%(creatordate:short)', ref], cwd)
  const [name, day] = (out ?? '').split('\0')
  return name === ref && /^\d{4}-\d\d-\d\d$/.test(day ?? '') ? day : undefined
}

/**
 * The section date: the tag's date, or `now` (UTC) when `to` is not a tag. `isTag: false` (the tag listing has no
 * such name) skips the lookup.
 */
export async function sectionDate(cwd: string, to: string, now: Date, isTag = true): Promise<string> {
  return (isTag ? await tagDate(cwd, to) : undefined) ?? now.toISOString().slice(0, 10)
}
